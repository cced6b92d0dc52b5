//! Shown for paths the route table does not know and ids the report lacks.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::app::Ctx;
use crate::labels;
use crate::routes::{Page, Route};

#[component]
pub fn NotFound(ctx: Ctx) -> impl IntoView {
    let contents = Page::menu()
        .map(|p| view! { <li><a href=ctx.deployment.href(&Route::new(p))>{labels::page(p)}</a></li> })
        .collect_view();
    view! {
        <Title text=format!("{} | {}", labels::NOT_FOUND_TITLE, ctx.report.meta.title)/>
        <Meta name="robots" content="noindex"/>
        <article class="page not-found" aria-labelledby="page-title">
            <h1 id="page-title">{labels::NOT_FOUND_TITLE}</h1>
            <p>{labels::NOT_FOUND_TEXT}</p>
            <p><a class="button" href=ctx.deployment.href(&Route::new(Page::Overview))>{labels::BACK_TO_TOP}</a></p>
            <nav aria-label=labels::CONTENTS>
                <ul>{contents}</ul>
            </nav>
        </article>
    }
}
