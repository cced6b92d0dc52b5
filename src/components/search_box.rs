//! The search box in the header: suggestions as you type, arrow keys and
//! Enter to choose, Escape to close, `/` to focus it from anywhere.

use std::sync::{Arc, Mutex};

use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::app::{Ctx, Deployment};
use crate::labels;
use crate::model::Report;
use crate::routes::{Page, Route};
use crate::search::{Hit, SearchIndex, Segment};
use crate::timing::{mark, measure};

const SUGGESTIONS: usize = 8;

/// An index and the report it was built from.
type Built = (Arc<Report>, Arc<SearchIndex>);

/// The index, built on first use from the snapshot already loaded.
#[derive(Clone)]
pub struct SearchCache {
    built: Arc<Mutex<Option<Built>>>,
}

impl SearchCache {
    pub fn new() -> Self {
        SearchCache { built: Arc::new(Mutex::new(None)) }
    }

    pub fn index(&self, report: &Arc<Report>) -> Arc<SearchIndex> {
        let mut built = self.built.lock().expect("the cache is never poisoned: building does not panic");
        match &*built {
            Some((for_report, index)) if Arc::ptr_eq(for_report, report) => index.clone(),
            _ => {
                mark("search:build-start");
                let index = Arc::new(SearchIndex::build(report));
                mark("search:built");
                measure("search:build", "search:build-start", "search:built");
                *built = Some((report.clone(), index.clone()));
                index
            }
        }
    }
}

impl Default for SearchCache {
    fn default() -> Self {
        SearchCache::new()
    }
}

/// The URL of the results page for `query`.
pub fn results_href(deployment: &Deployment, query: &str) -> String {
    let href = deployment.href(&Route::new(Page::Search));
    let query = query.trim();
    if query.is_empty() { href } else { format!("{href}?q={}", js_sys::encode_uri_component(query)) }
}

pub fn hit_href(ctx: &Ctx, hit: &Hit) -> String {
    ctx.deployment.href_to(&hit.route, hit.fragment.as_deref())
}

/// A snippet with its matches marked.
pub fn snippet_view(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| if s.highlighted { view! { <mark>{s.text}</mark> }.into_any() } else { s.text.into_any() })
        .collect_view()
}

#[component]
pub fn SearchBox(deployment: Deployment, report: Memo<Option<Arc<Report>>>) -> impl IntoView {
    let cache = use_context::<SearchCache>().expect("the shell provides the search cache");
    let query = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let hits = Memo::new(move |_| {
        let q = query.get();
        match report.get() {
            Some(report) if !q.trim().is_empty() => {
                let index = cache.index(&report);
                mark("search:query-start");
                let hits = index.search(&q, SUGGESTIONS);
                mark("search:queried");
                measure("search:query", "search:query-start", "search:queried");
                hits
            }
            _ => Vec::new(),
        }
    });
    let navigate = use_navigate();
    let input_ref = NodeRef::<leptos::html::Input>::new();

    // `/` focuses the box from anywhere but a text field.
    Effect::new(move |_| {
        let shortcut = window_event_listener(ev::keydown, move |e| {
        let typing = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable")
        });
            if e.key() == "/" && !typing && !e.ctrl_key() && !e.meta_key() && !e.alt_key() {
                if let Some(input) = input_ref.get_untracked() {
                    e.prevent_default();
                    input.focus().ok();
                }
            }
        });
        on_cleanup(move || shortcut.remove());
    });

    let go = move |href: String| {
        open.set(false);
        active.set(None);
        navigate(&href, NavigateOptions::default());
    };
    let on_keydown = {
        let go = go.clone();
        let deployment = deployment.clone();
        move |e: ev::KeyboardEvent| {
            let count = hits.with(Vec::len);
            match e.key().as_str() {
                "ArrowDown" if count > 0 => {
                    e.prevent_default();
                    open.set(true);
                    active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
                }
                "ArrowUp" if count > 0 => {
                    e.prevent_default();
                    open.set(true);
                    active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
                }
                "Escape" => {
                    // Close the list; the browser's own Escape would also clear the text.
                    if open.get_untracked() {
                        e.prevent_default();
                    }
                    open.set(false);
                    active.set(None);
                }
                "Enter" => {
                    e.prevent_default();
                    let chosen = active.get_untracked().and_then(|i| hits.with_untracked(|h| h.get(i).cloned()));
                    let href = match (chosen, report.get_untracked()) {
                        (Some(hit), Some(report)) => hit_href(&Ctx { report, deployment: deployment.clone() }, &hit),
                        _ => results_href(&deployment, &query.get_untracked()),
                    };
                    go(href);
                }
                _ => {}
            }
        }
    };
    let options = {
        let deployment = deployment.clone();
        move || {
            let Some(report) = report.get() else {
                return Vec::new();
            };
            let ctx = Ctx { report, deployment: deployment.clone() };
            hits.get()
                .into_iter()
                .enumerate()
                .map(|(i, hit)| {
                    let href = hit_href(&ctx, &hit);
                    let go = go.clone();
                    view! {
                        <li
                            role="option"
                            id=format!("search-option-{i}")
                            class="search-option"
                            aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                            on:mousedown=move |e| {
                                e.prevent_default();
                                go(href.clone());
                            }
                        >
                            <span class="search-option-title">{hit.title.clone()}</span>
                            <span class="search-option-group">{hit.group.clone()}</span>
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        }
    };
    let all_results = {
        let deployment = deployment.clone();
        move || results_href(&deployment, &query.get())
    };
    let expanded = move || open.get() && !query.get().trim().is_empty();
    view! {
        <form class="search-box" role="search" aria-label=labels::SEARCH_LABEL action=results_href(&deployment, "") on:submit=|e| e.prevent_default()>
            <label class="visually-hidden" for="site-search">{labels::SEARCH_LABEL}</label>
            <input
                id="site-search"
                node_ref=input_ref
                type="search"
                name="q"
                autocomplete="off"
                placeholder=labels::SEARCH_PLACEHOLDER
                title=labels::SEARCH_SHORTCUT_HINT
                role="combobox"
                aria-autocomplete="list"
                aria-controls="search-suggestions"
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=move || active.get().map(|i| format!("search-option-{i}"))
                prop:value=move || query.get()
                on:input=move |e| {
                    query.set(event_target_value(&e));
                    open.set(true);
                    active.set(None);
                }
                on:focus=move |_| open.set(true)
                on:blur=move |_| open.set(false)
                on:keydown=on_keydown
            />
            <div class="search-popup" hidden=move || !expanded()>
                <ul id="search-suggestions" role="listbox" aria-label=labels::SEARCH_RESULTS>{options}</ul>
                <a class="search-all" href=all_results on:mousedown=|e| e.prevent_default()>{labels::SEARCH_ALL_RESULTS}</a>
            </div>
        </form>
    }
}
