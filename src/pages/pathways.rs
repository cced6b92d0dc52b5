//! `/pathways` and `/pathways/{id}`: the five pathways.

use leptos::prelude::*;

use crate::app::Ctx;
use crate::components::copy_link::CopyLink;
use crate::components::entities::{Notes, PageCardHeading};
use crate::labels;
use crate::routes::{Page, Route};

#[component]
pub fn Pathways(ctx: Ctx) -> impl IntoView {
    let group = ctx.report.about.pathways.clone();
    let cards = group
        .items
        .iter()
        .map(|p| {
            let route = Route::with_id(Page::Pathway, &p.id);
            view! {
                <section class="card" id=p.id.clone()>
                    <PageCardHeading ctx=ctx.clone() route text=p.name.clone()/>
                    <p>{p.description.clone()}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="lead" lang="en">{group.title_en.clone()}</p>
        <div class="cards">{cards}</div>
    }
}

#[component]
pub fn PathwayPage(ctx: Ctx, id: String) -> impl IntoView {
    let pathway = ctx.report.about.pathways.items.iter().find(|p| p.id == id).cloned();
    let route = Route::with_id(Page::Pathway, &id);
    pathway.map(|p| {
        let tag = format!("pathway:{}", p.id);
        view! {
            <div class="item-heading">
                <p class="lead">{p.description.clone()}</p>
                <CopyLink ctx=ctx.clone() route name=p.name.clone()/>
            </div>
            <Notes ctx=ctx.clone() tag/>
            <p><a href=ctx.deployment.href(&Route::new(Page::Pathways))>{labels::page(Page::Pathways)}</a></p>
        }
    })
}
