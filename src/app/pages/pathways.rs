//! `/pathways` and `/pathways/{id}`: the five pathways.

use leptos::prelude::*;

use crate::app::components::footnotes::NoteRefs;

use crate::app::components::entities::{DetailHeader, PageCardHeading};
use crate::app::context::{element_id, use_deployment, use_report};
use crate::report::model::Pathway;
use crate::site::labels;
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn Pathways() -> impl IntoView {
    let report = use_report();
    let group = report.about.pathways.clone();
    let cards = group
        .items
        .iter()
        .map(|p| {
            let route = Route::with_id(Page::Pathway, &p.id);
            view! {
                <section class="card" id=element_id(&p.id)>
                    <PageCardHeading route text=p.name.clone()/>
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
#[inline(never)]
pub fn PathwayPage(pathway: Pathway) -> impl IntoView {
    let deployment = use_deployment();
    let route = Route::with_id(Page::Pathway, &pathway.id);
    let tag = format!("pathway:{}", pathway.id);
    view! {
        <DetailHeader route name=pathway.name.clone()>
            <p class="lead">{pathway.description.clone()}</p>
        </DetailHeader>
        <NoteRefs tag/>
        <p><a href=deployment.href(&Route::new(Page::Pathways).to())>{labels::page(Page::Pathways)}</a></p>
    }
}
