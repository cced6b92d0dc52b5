//! `/highlights` and `/highlights/{id}`: COP29, CBD-COP16, the World Congress.

use leptos::prelude::*;

use crate::app::components::footnotes::NoteRefs;

use crate::app::components::blocks::Figures;
use crate::app::components::entities::{
    CalendarLink, Captions, DetailHeader, MemberLinks, PageCardHeading, StoryView,
};
use crate::app::context::{element_id, use_report};
use crate::report::dates::format_span;
use crate::report::model::Highlight;
use crate::site::labels;
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn Highlights() -> impl IntoView {
    let report = use_report();
    let cards = report
        .highlights
        .iter()
        .map(|h| {
            let route = Route::with_id(Page::Highlight, &h.id);
            view! {
                <section class="card" id=element_id(&h.id)>
                    <PageCardHeading route text=h.title.clone()/>
                    {h.subtitle.clone().map(|s| view! { <p class="subtitle">{s}</p> })}
                    <p class="story-date">{format_span(&h.date.start, h.date.end.as_deref())}" ・ "{h.place.clone()}</p>
                </section>
            }
        })
        .collect_view();
    view! { <div class="cards">{cards}</div> }
}

#[component]
#[inline(never)]
pub fn HighlightPage(highlight: Highlight) -> impl IntoView {
    let h = highlight;
    let route = Route::with_id(Page::Highlight, &h.id);
    let stories = h
        .stories
        .iter()
        .map(|s| view! { <StoryView story=s.clone() route=route.clone() level=2/> })
        .collect_view();
    view! {
        {h.subtitle.clone().map(|s| view! { <p class="subtitle">{s}</p> })}
        <DetailHeader route name=h.title.clone()>
            <dl class="event-facts">
                <dt>{labels::DATE}</dt>
                <dd><time datetime=h.date.start.clone()>{format_span(&h.date.start, h.date.end.as_deref())}</time></dd>
                <dt>{labels::PLACE}</dt>
                <dd>{h.place.clone()}</dd>
            </dl>
        </DetailHeader>
        {(!h.figures.is_empty()).then(|| view! { <Figures items=h.figures.clone()/> })}
        {h.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
        <NoteRefs tag=format!("highlight:{}", h.id)/>
        <MemberLinks ids=h.members.clone() label=labels::MEMBERS/>
        <CalendarLink event=h.event.clone()/>
        {stories}
        <Captions items=h.captions.clone()/>
    }
}
