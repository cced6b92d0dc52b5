//! `/`: ICLEI's mission, activities, network, goals, pathways, strategy, and
//! the way into every part of the report.

use leptos::prelude::*;

use crate::app::components::blocks::Figures;
use crate::app::components::entities::ItemHeading;
use crate::app::context::{element_id, use_deployment, use_report};
use crate::site::labels;
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn Overview() -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let about = report.about.clone();
    let here = Route::new(Page::Overview);
    let activities = about
        .activities
        .items
        .iter()
        .map(|a| {
            let href = deployment.href(&Route::with_id(Page::Chapter, &a.id).to());
            view! {
                <section class="card" id=element_id(&a.id)>
                    <ItemHeading route=here.clone() id=a.id.clone() text=a.title.clone()/>
                    <p>{a.text.clone()}</p>
                    <p><a href=href>{labels::READ_MORE}<span class="visually-hidden">": "{a.title.clone()}</span></a></p>
                </section>
            }
        })
        .collect_view();
    let pathways = about
        .pathways
        .items
        .iter()
        .map(|p| view! { <li><a href=deployment.href(&Route::with_id(Page::Pathway, &p.id).to())>{p.name.clone()}</a></li> })
        .collect_view();
    let contents = Page::menu()
        .filter(|p| *p != Page::Overview)
        .map(|p| view! { <li><a href=deployment.href(&Route::new(p).to())>{labels::page(p)}</a></li> })
        .collect_view();
    view! {
        <p class="lead">{about.intro.clone()}</p>
        <nav class="contents" aria-labelledby=element_id("contents-title")>
            <h2 id=element_id("contents-title")>{labels::CONTENTS}</h2>
            <ol>{contents}</ol>
            <p class="whole-report-link"><a href=deployment.href(&Route::new(Page::Print).to())>{labels::WHOLE_REPORT}</a></p>
        </nav>
        <section aria-labelledby=element_id("mission")>
            <h2 id=element_id("mission")>{about.mission.title.clone()}</h2>
            <p>{about.mission.text.clone()}</p>
        </section>
        <section aria-labelledby=element_id("activities")>
            <h2 id=element_id("activities")>{about.activities.title.clone()}</h2>
            <p>{about.activities.lead.clone()}</p>
            <div class="cards">{activities}</div>
        </section>
        <section aria-labelledby=element_id("network")>
            <h2 id=element_id("network")>{about.network.title.clone()}</h2>
            <Figures items=about.network.items.clone()/>
        </section>
        <section aria-labelledby=element_id("goals")>
            <h2 id=element_id("goals")>{about.goals.title.clone()}</h2>
            <ol class="list">{about.goals.items.iter().map(|g| view! { <li>{g.clone()}</li> }).collect_view()}</ol>
        </section>
        <section aria-labelledby=element_id("pathways")>
            <h2 id=element_id("pathways")>{about.pathways.title.clone()}" "<span lang="en">{about.pathways.title_en.clone()}</span></h2>
            <ol class="list">{pathways}</ol>
        </section>
        <section aria-labelledby=element_id("strategy")>
            <h2 id=element_id("strategy")>{about.strategy.title.clone()}</h2>
            {about.strategy.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <p class="vision">{about.strategy.vision.clone()}</p>
        </section>
    }
}
