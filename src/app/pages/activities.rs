//! `/activities` and `/activities/{chapter}`: the report's activity chapters.

use leptos::prelude::*;

use crate::app::components::footnotes::NoteRefs;

use crate::app::components::blocks::BlockView;
use crate::app::components::download_link::DownloadLink;
use crate::app::components::entities::ItemHeading;
use crate::app::context::{element_id, use_deployment, use_report};
use crate::publish::downloads::Download;
use crate::report::model::{Block, Chapter};
use crate::site::labels;
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn Activities() -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    report
        .chapters
        .iter()
        .map(|c| {
            let route = Route::with_id(Page::Chapter, &c.id);
            let sections = c
                .sections
                .iter()
                .map(|s| view! { <li><a href=deployment.href(&route.item(&s.id))>{s.title.clone()}</a></li> })
                .collect_view();
            view! {
                <section class="card" id=element_id(&c.id)>
                    <h2><a href=deployment.href(&route.to())>{c.title.clone()}</a></h2>
                    <ul class="list">{sections}</ul>
                </section>
            }
        })
        .collect_view()
}

#[component]
#[inline(never)]
pub fn ChapterPage(chapter: Chapter) -> impl IntoView {
    let deployment = use_deployment();
    let route = Route::with_id(Page::Chapter, &chapter.id);
    let toc = chapter
        .sections
        .iter()
        .map(|s| view! { <li><a href=deployment.href(&route.item(&s.id))>{s.title.clone()}</a></li> })
        .collect_view();
    // The initiatives' CSV follows the first section that lists some.
    let initiatives_at = chapter.sections.iter().position(|s| {
        s.blocks
            .iter()
            .any(|b| matches!(b, Block::Initiatives { .. }))
    });
    let sections = chapter
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let blocks = s
                .blocks
                .iter()
                .map(|b| view! { <BlockView block=b.clone() route=route.clone()/> })
                .collect_view();
            view! {
                <section class="section" id=element_id(&s.id)>
                    <ItemHeading route=route.clone() id=s.id.clone() text=s.title.clone() level=2/>
                    <NoteRefs tag=format!("section:{}", s.id)/>
                    {blocks}
                    {(initiatives_at == Some(i)).then(|| view! { <DownloadLink download=Download::Initiatives/> })}
                </section>
            }
        })
        .collect_view();
    // Named after its chapter too: the whole-report page holds every chapter.
    let toc_name = format!("{}：{}", labels::SECTIONS, chapter.title);
    view! {
        <nav class="toc" aria-label=toc_name>
            <ul>{toc}</ul>
        </nav>
        {sections}
    }
}
