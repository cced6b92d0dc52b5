//! `/search?q=...`: results grouped by the part of the report they come
//! from, each with its snippet and a link to the exact item.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::app::Ctx;
use crate::components::search_box::{hit_href, results_href, snippet_view, SearchCache};
use crate::labels;
use crate::search::group_hits;

const RESULTS: usize = 100;

#[component]
pub fn SearchPage(ctx: Ctx) -> impl IntoView {
    let cache = use_context::<SearchCache>().expect("the shell provides the search cache");
    let query = use_query_map();
    let q = Memo::new(move |_| query.get().get("q").unwrap_or_default());
    let navigate = use_navigate();
    let on_input = {
        let deployment = ctx.deployment.clone();
        move |e: leptos::ev::Event| {
            let href = results_href(&deployment, &event_target_value(&e));
            navigate(&href, NavigateOptions { replace: true, scroll: false, ..Default::default() });
        }
    };
    let results = move || {
        let q = q.get();
        if q.trim().is_empty() {
            return view! { <p class="search-help">{labels::SEARCH_EMPTY}</p> }.into_any();
        }
        let hits = cache.index(&ctx.report).search(&q, RESULTS);
        if hits.is_empty() {
            return view! { <p class="search-none" role="status">"「"{q.clone()}"」"{labels::SEARCH_NONE}</p> }.into_any();
        }
        let count = hits.len();
        let groups = group_hits(&hits)
            .into_iter()
            .enumerate()
            .map(|(g, (group, members))| {
                let heading_id = format!("search-group-{g}");
                let labelled_by = heading_id.clone();
                let items = members
                    .into_iter()
                    .map(|hit| {
                        view! {
                            <li class="search-result">
                                <a href=hit_href(&ctx, hit)>{hit.title.clone()}</a>
                                <span class="search-result-kind">{labels::kind(hit.kind)}</span>
                                <p class="search-snippet">{snippet_view(hit.snippet.clone())}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="search-group" aria-labelledby=labelled_by>
                        <h2 id=heading_id>{group}</h2>
                        <ul class="search-results">{items}</ul>
                    </section>
                }
            })
            .collect_view();
        view! {
            <p class="result-count" role="status">{count}{labels::RESULTS}</p>
            {groups}
        }
        .into_any()
    };
    view! {
        <form class="search-page-form" role="search" aria-label=labels::SEARCH_CONDITIONS on:submit=|e| e.prevent_default()>
            <label for="search-page-input">{labels::SEARCH_LABEL}</label>
            <input id="search-page-input" type="search" name="q" prop:value=move || q.get() on:input=on_input placeholder=labels::SEARCH_PLACEHOLDER/>
        </form>
        {results}
    }
}
