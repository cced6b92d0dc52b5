//! The search box in the header: suggestions as you type, arrow keys and
//! Enter to choose, Escape to close, `/` to focus it from anywhere.

use std::sync::{Arc, Mutex};

use leptos::ev;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::app::components::text_input::composing_key;
use crate::app::context::{use_deployment, use_snapshot};
use crate::app::navigation::use_navigate_to;
use crate::app::timing::{mark, measure};
use crate::derive::search::{Hit, SearchIndex, Segment, MAX_QUERY_CHARS};
use crate::report::model::Report;
use crate::site::deployment::AppPath;
use crate::site::labels;
use crate::site::routes::{Page, Route};

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
        SearchCache {
            built: Arc::new(Mutex::new(None)),
        }
    }

    pub fn index(&self, report: &Arc<Report>) -> Arc<SearchIndex> {
        let mut built = self
            .built
            .lock()
            .expect("the cache is never poisoned: building does not panic");
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

/// The app path of the results page for `query` (the page alone when
/// the query is blank).
pub fn results_path(query: &str) -> AppPath {
    let query: String = query.trim().chars().take(MAX_QUERY_CHARS).collect();
    Route::new(Page::Search).to().with_param("q", query)
}

/// The app path of a hit: its page, at its item.
pub fn hit_path(hit: &Hit) -> AppPath {
    hit.route.at(hit.fragment.as_deref())
}

/// Closes the suggestions when focus leaves the search form, but not when it
/// moves inside it (Tab from the box to the link to all results).
fn close_when_focus_leaves(open: RwSignal<bool>) -> impl Fn(ev::FocusEvent) {
    move |e: ev::FocusEvent| {
        let form = e
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let to = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = matches!((form, to), (Some(form), Some(to)) if form.contains(Some(&to)));
        if !inside {
            open.set(false);
        }
    }
}

/// A snippet or title with its matches marked.
pub fn marked_text(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| {
            if s.highlighted {
                view! { <mark>{s.text}</mark> }.into_any()
            } else {
                s.text.into_any()
            }
        })
        .collect_view()
}

/// The reading a hit was found by, after its title (`よみ：よこはまし`).
pub fn reading_note(hit: &Hit) -> impl IntoView {
    hit.reading.clone().map(|reading| {
        view! { <span class="search-reading">{labels::READING}{reading}</span> }
    })
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let cache = expect_context::<SearchCache>();
    let deployment = use_deployment();
    let snapshot = use_snapshot();
    let report = Signal::derive(move || snapshot.report());
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
    let navigate = use_navigate_to();
    let input_ref = NodeRef::<leptos::html::Input>::new();

    // `/` focuses the box from anywhere but a text field.
    Effect::new(move |_| {
        let shortcut = window_event_listener(ev::keydown, move |e| {
            let typing = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| crate::app::navigation::is_text_field(&el));
            if e.key() == "/" && !typing && !e.ctrl_key() && !e.meta_key() && !e.alt_key() {
                if let Some(input) = input_ref.get_untracked() {
                    e.prevent_default();
                    input.focus().ok();
                }
            }
        });
        on_cleanup(move || shortcut.remove());
    });

    let go = move |to: AppPath| {
        open.set(false);
        active.set(None);
        navigate(&to, NavigateOptions::default());
    };
    let on_keydown = {
        let go = go.clone();
        move |e: ev::KeyboardEvent| {
            if composing_key(&e) {
                return;
            }
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
                    let chosen = active
                        .get_untracked()
                        .and_then(|i| hits.with_untracked(|h| h.get(i).map(hit_path)));
                    go(chosen.unwrap_or_else(|| results_path(&query.get_untracked())));
                }
                _ => {}
            }
        }
    };
    let options = {
        move || {
            hits.get()
                .into_iter()
                .enumerate()
                .map(|(i, hit)| {
                    let to = hit_path(&hit);
                    // An item with a page of its own (a member) is that page:
                    // say what it is rather than repeat its name.
                    let context = if hit.group == hit.title {
                        labels::kind(hit.kind)
                    } else {
                        hit.group.as_str()
                    }
                    .to_string();
                    let go = go.clone();
                    view! {
                        <li
                            role="option"
                            id=format!("search-option-{i}")
                            class="search-option"
                            aria-selected=move || if active.get() == Some(i) { "true" } else { "false" }
                            on:mousedown=move |e| {
                                e.prevent_default();
                                go(to.clone());
                            }
                        >
                            <span class="search-option-title">
                                {marked_text(hit.marked_title.clone())}
                                {reading_note(&hit)}
                            </span>
                            <span class="search-option-group">{context}</span>
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        }
    };
    let all_results = {
        let deployment = deployment.clone();
        move || deployment.href(&results_path(&query.get()))
    };
    let expanded = move || open.get() && !query.get().trim().is_empty();
    view! {
        <form
            class="search-box"
            role="search"
            aria-label=labels::SEARCH_LABEL
            action=deployment.href(&results_path(""))
            on:submit=|e| e.prevent_default()
            on:focusout=close_when_focus_leaves(open)
        >
            <label class="visually-hidden" for="site-search">{labels::SEARCH_LABEL}</label>
            <input
                id="site-search"
                node_ref=input_ref
                type="search"
                name="q"
                maxlength=MAX_QUERY_CHARS
                autocomplete="off"
                placeholder=labels::SEARCH_PLACEHOLDER
                title=labels::SEARCH_SHORTCUT_HINT
                role="combobox"
                aria-autocomplete="list"
                aria-controls="search-suggestions"
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=move || active.get().map(|i| format!("search-option-{i}"))
                on:input=move |e| {
                    query.set(event_target_value(&e));
                    open.set(true);
                    active.set(None);
                }
                on:focus=move |_| open.set(true)
                on:keydown=on_keydown
            />
            <div class="search-popup" hidden=move || !expanded()>
                <ul id="search-suggestions" role="listbox" aria-label=labels::SEARCH_RESULTS>{options}</ul>
                <a class="search-all" href=all_results on:mousedown=|e| e.prevent_default()>{labels::SEARCH_ALL_RESULTS}</a>
            </div>
        </form>
    }
}
