//! `/activities` and `/activities/{chapter}`: the report's activity chapters.

use leptos::prelude::*;

use crate::app::Ctx;
use crate::components::blocks::BlockView;
use crate::components::entities::{ItemHeading, Notes};
use crate::labels;
use crate::routes::{Page, Route};

#[component]
pub fn Activities(ctx: Ctx) -> impl IntoView {
    ctx.report
        .chapters
        .iter()
        .map(|c| {
            let route = Route::with_id(Page::Chapter, &c.id);
            let sections = c
                .sections
                .iter()
                .map(|s| view! { <li><a href=ctx.deployment.href_to(&route, Some(&s.id))>{s.title.clone()}</a></li> })
                .collect_view();
            view! {
                <section class="card" id=c.id.clone()>
                    <h2><a href=ctx.deployment.href(&route)>{c.title.clone()}</a></h2>
                    <ul class="list">{sections}</ul>
                </section>
            }
        })
        .collect_view()
}

#[component]
pub fn ChapterPage(ctx: Ctx, id: String) -> impl IntoView {
    let chapter = ctx.report.chapters.iter().find(|c| c.id == id).cloned()?;
    let route = Route::with_id(Page::Chapter, &id);
    let toc = chapter
        .sections
        .iter()
        .map(|s| view! { <li><a href=ctx.deployment.href_to(&route, Some(&s.id))>{s.title.clone()}</a></li> })
        .collect_view();
    let sections = chapter
        .sections
        .iter()
        .map(|s| {
            let blocks = s
                .blocks
                .iter()
                .map(|b| view! { <BlockView ctx=ctx.clone() block=b.clone() route=route.clone()/> })
                .collect_view();
            view! {
                <section class="section" id=s.id.clone()>
                    <ItemHeading ctx=ctx.clone() route=route.clone() id=s.id.clone() text=s.title.clone() level=2/>
                    <Notes ctx=ctx.clone() tag=format!("section:{}", s.id)/>
                    {blocks}
                </section>
            }
        })
        .collect_view();
    Some(view! {
        <nav class="toc" aria-label=labels::SECTIONS>
            <ul>{toc}</ul>
        </nav>
        {sections}
    })
}
