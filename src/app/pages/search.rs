//! `/search?q=...`: results grouped by the part of the report they come
//! from, each with its snippet and a link to the exact item.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::components::search_box::{
    hit_path, marked_text, reading_note, results_path, SearchCache,
};
use crate::app::components::text_input::composing_input;
use crate::app::context::{use_deployment, use_report};
use crate::app::navigation::{in_place, use_navigate_to};
use crate::app::timing::{mark, measure};
use crate::derive::search::{group_hits, MAX_QUERY_CHARS};
use crate::site::deployment::query_param;
use crate::site::labels;

const RESULTS: usize = 100;
/// Close names offered when nothing is found.
const CLOSEST: usize = 5;

#[component]
#[inline(never)]
pub fn SearchPage() -> impl IntoView {
    let cache = expect_context::<SearchCache>();
    let report = use_report();
    let deployment = use_deployment();
    let search = use_location().search;
    // As typed, and no longer than the box takes (a URL may hold more).
    let q = Memo::new(move |_| {
        search
            .with(|s| query_param(s, "q"))
            .unwrap_or_default()
            .chars()
            .take(MAX_QUERY_CHARS)
            .collect::<String>()
    });
    let navigate = use_navigate_to();
    // The URL follows the text as typed, but not a composition in progress:
    // its end (`compositionend`) brings the converted text.
    let on_input = {
        let navigate = navigate.clone();
        move |e: leptos::ev::Event| {
            if !composing_input(&e) {
                navigate(&results_path(&event_target_value(&e)), in_place(true));
            }
        }
    };
    let on_composition_end = move |e: leptos::ev::CompositionEvent| {
        navigate(&results_path(&event_target_value(&e)), in_place(true))
    };
    let results = move || {
        let q = q.get();
        if q.trim().is_empty() {
            return view! { <p class="search-help">{labels::SEARCH_EMPTY}</p> }.into_any();
        }
        let index = cache.index(&report);
        let hits = index.search(&q, RESULTS);
        if hits.is_empty() {
            mark("search:closest-start");
            let closest = index.closest(&q, CLOSEST);
            mark("search:closest-found");
            measure(
                "search:closest",
                "search:closest-start",
                "search:closest-found",
            );
            let closest = closest
                .into_iter()
                .map(|c| {
                    let href = deployment.href(&results_path(&c));
                    view! { <li><a href=href>{c}</a></li> }
                })
                .collect::<Vec<_>>();
            let offer = (!closest.is_empty()).then(|| {
                view! {
                    <p class="search-closest" id="search-closest">{labels::SEARCH_CLOSEST}</p>
                    <ul class="search-closest-list" aria-labelledby="search-closest">{closest}</ul>
                }
            });
            return view! {
                <p class="search-none" role="status">"「"{q.clone()}"」"{labels::SEARCH_NONE}</p>
                {offer}
            }
            .into_any();
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
                                <a href=deployment.href(&hit_path(hit))>{marked_text(hit.marked_title.clone())}</a>
                                {reading_note(hit)}
                                <span class="search-result-kind">{labels::kind(hit.kind)}</span>
                                <p class="search-snippet">{marked_text(hit.snippet.clone())}</p>
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
            <input id="search-page-input" type="search" name="q" maxlength=MAX_QUERY_CHARS prop:value=move || q.get() on:input=on_input on:compositionend=on_composition_end placeholder=labels::SEARCH_PLACEHOLDER/>
        </form>
        {results}
    }
}
