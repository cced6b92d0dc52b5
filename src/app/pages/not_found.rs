//! Shown for paths the route table does not know and ids the report lacks.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::app::context::{use_deployment, use_report};
use crate::site::labels;
use crate::site::routes::{Page, Route};

#[component]
pub fn NotFound() -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    // Rendered like any page: the offline worker registers on this mark
    // (index.html), so a first visit through a broken link keeps the report.
    Effect::new(|_| {
        crate::app::timing::mark("route:rendered");
        crate::app::takeover::take_over();
    });
    let contents = Page::menu()
        .map(|p| view! { <li><a href=deployment.href(&Route::new(p).to())>{labels::page(p)}</a></li> })
        .collect_view();
    view! {
        <Title text=format!("{} | {}", labels::NOT_FOUND_TITLE, report.meta.title)/>
        <Meta name="robots" content="noindex"/>
        <article class="page not-found" aria-labelledby="page-title">
            <h1 id="page-title">{labels::NOT_FOUND_TITLE}</h1>
            <p>{labels::NOT_FOUND_TEXT}</p>
            <p><a class="button" href=deployment.href(&Route::new(Page::Overview).to())>{labels::BACK_TO_TOP}</a></p>
            <nav aria-label=labels::CONTENTS>
                <ul>{contents}</ul>
            </nav>
        </article>
    }
}
