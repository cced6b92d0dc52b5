//! `/highlights` and `/highlights/{id}`: COP29, CBD-COP16, the World Congress.

use leptos::prelude::*;

use crate::app::Ctx;
use crate::components::blocks::Figures;
use crate::components::copy_link::CopyLink;
use crate::components::entities::{MemberLinks, Notes, PageCardHeading, StoryView};
use crate::dates::format_span;
use crate::labels;
use crate::routes::{Page, Route};

#[component]
pub fn Highlights(ctx: Ctx) -> impl IntoView {
    let cards = ctx
        .report
        .highlights
        .iter()
        .map(|h| {
            let route = Route::with_id(Page::Highlight, &h.id);
            view! {
                <section class="card" id=h.id.clone()>
                    <PageCardHeading ctx=ctx.clone() route text=h.title.clone()/>
                    {h.subtitle.clone().map(|s| view! { <p class="subtitle">{s}</p> })}
                    <p class="story-date">{format_span(&h.date.start, h.date.end.as_deref())}" ・ "{h.place.clone()}</p>
                </section>
            }
        })
        .collect_view();
    view! { <div class="cards">{cards}</div> }
}

#[component]
pub fn HighlightPage(ctx: Ctx, id: String) -> impl IntoView {
    let h = ctx.report.highlights.iter().find(|h| h.id == id).cloned()?;
    let route = Route::with_id(Page::Highlight, &id);
    let calendar = h.event.as_ref().and_then(|e| ctx.report.event(e)).map(|e| {
        let href = ctx.deployment.href_to(&Route::new(Page::Calendar), Some(&e.id));
        view! { <p class="event-link"><a href=href>{labels::IN_CALENDAR}": "{e.title.clone()}</a></p> }
    });
    let stories = h
        .stories
        .iter()
        .map(|s| view! { <StoryView ctx=ctx.clone() story=s.clone() route=route.clone() level=2/> })
        .collect_view();
    let captions = (!h.captions.is_empty()).then(|| {
        view! {
            <div class="captions">
                <p class="captions-label">{labels::PHOTO_CAPTIONS}</p>
                <ul>{h.captions.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul>
            </div>
        }
    });
    Some(view! {
        {h.subtitle.clone().map(|s| view! { <p class="subtitle">{s}</p> })}
        <div class="item-heading">
            <dl class="event-facts">
                <dt>{labels::DATE}</dt>
                <dd><time datetime=h.date.start.clone()>{format_span(&h.date.start, h.date.end.as_deref())}</time></dd>
                <dt>{labels::PLACE}</dt>
                <dd>{h.place.clone()}</dd>
            </dl>
            <CopyLink ctx=ctx.clone() route name=h.title.clone()/>
        </div>
        {(!h.figures.is_empty()).then(|| view! { <Figures items=h.figures.clone()/> })}
        {h.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
        <Notes ctx=ctx.clone() tag=format!("highlight:{}", h.id)/>
        <MemberLinks ctx=ctx.clone() ids=h.members.clone() label=labels::MEMBERS/>
        {calendar}
        {stories}
        {captions}
    })
}
