//! Renderers for the entities and fragments that appear on several pages:
//! member links, item headings, events, stories, the link
//! to an event in the calendar, photo captions, and a detail page's facts
//! with its copy-link control.

use leptos::prelude::*;

use crate::app::components::copy_link::CopyLink;
use crate::app::components::footnotes::NoteRefs;
use crate::app::context::{element_id, use_deployment, use_report};
use crate::report::model::{Event, Story};
use crate::site::labels;
use crate::site::routes::{Page, Route};

/// Municipalities as links to their pages (plain text for non-members).
#[component]
pub fn MemberLinks(
    ids: Vec<String>,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    if ids.is_empty() {
        return None;
    }
    let report = use_report();
    let deployment = use_deployment();
    let items = ids
        .iter()
        .filter_map(|id| report.municipality(id))
        .map(|m| {
            if m.member {
                let href = deployment.href(&Route::with_id(Page::Member, &m.id).to());
                view! { <li><a href=href>{m.name.clone()}</a></li> }.into_any()
            } else {
                view! { <li>{m.name.clone()}</li> }.into_any()
            }
        })
        .collect_view();
    Some(view! {
        <div class="member-links">
            {label.map(|l| view! { <span class="member-links-label">{l}</span> })}
            <ul class="chips">{items}</ul>
        </div>
    })
}

/// A heading for a linkable item with its copy-link control.
#[component]
pub fn ItemHeading(
    route: Route,
    #[prop(into)] id: String,
    #[prop(into)] text: String,
    #[prop(default = 3)] level: u8,
) -> impl IntoView {
    let control = view! { <CopyLink route fragment=id name=text.clone()/> };
    let heading = match level {
        2 => view! { <h2>{text}</h2> }.into_any(),
        3 => view! { <h3>{text}</h3> }.into_any(),
        _ => view! { <h4>{text}</h4> }.into_any(),
    };
    view! { <div class="item-heading">{heading}{control}</div> }
}

/// The heading of a card that stands for a page of its own: a link to the
/// page, and the control that copies that page's URL.
#[component]
pub fn PageCardHeading(route: Route, #[prop(into)] text: String) -> impl IntoView {
    let href = use_deployment().href(&route.to());
    view! {
        <div class="item-heading">
            <h2><a href=href>{text.clone()}</a></h2>
            <CopyLink route name=text/>
        </div>
    }
}

/// The facts at the top of a detail page (`children`: a `<dl>`) beside the
/// control that copies the page's URL.
#[component]
pub fn DetailHeader(route: Route, #[prop(into)] name: String, children: Children) -> impl IntoView {
    view! {
        <div class="item-heading">
            {children()}
            <CopyLink route name/>
        </div>
    }
}

/// A link to an event's entry in the calendar, from an account of it
/// (`event`: the id the account refers to, if any); nothing without one.
#[component]
pub fn CalendarLink(event: Option<String>) -> impl IntoView {
    let report = use_report();
    let event = report.event(event.as_deref()?)?;
    let href = use_deployment().href(&Route::new(Page::Calendar).item(&event.id));
    Some(
        view! { <p class="event-link"><a href=href>{labels::IN_CALENDAR}": "{event.title.clone()}</a></p> },
    )
}

/// The captions of the report's photos (the photos are not in the edition).
#[component]
pub fn Captions(items: Vec<String>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <div class="captions">
                <p class="captions-label">{labels::PHOTO_CAPTIONS}</p>
                <ul>{items.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </div>
        }
    })
}

/// One event of the calendar (or of a list of events), linked to what the
/// report says about it elsewhere.
#[component]
pub fn EventItem(event: Event, route: Route) -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let highlight = report.highlights.iter().find(|h| h.event.as_deref() == Some(&event.id)).map(|h| {
        let href = deployment.href(&Route::with_id(Page::Highlight, &h.id).to());
        view! { <p class="event-link"><a href=href>{labels::HIGHLIGHT_LINK}": "{h.title.clone()}</a></p> }
    });
    let tag = format!("event:{}", event.id);
    view! {
        <article class="event" id=element_id(&event.id)>
            <p class="event-date"><time datetime=event.date.start.clone()>{event.date_text.clone()}</time></p>
            <div class="event-body">
                <ItemHeading route id=event.id.clone() text=event.title.clone()/>
                {event.subtitle.clone().map(|s| view! { <p class="event-subtitle">{s}</p> })}
                <dl class="event-facts">
                    <dt>{labels::ORGANIZER}</dt>
                    <dd>{event.organizer.clone()}</dd>
                    {event.co_organizer.clone().map(|c| view! { <dt>{labels::CO_ORGANIZER}</dt><dd>{c}</dd> })}
                    {event.place.clone().map(|p| view! { <dt>{labels::PLACE}</dt><dd>{p}</dd> })}
                </dl>
                <p class="event-kind">{labels::event_kind(event.kind)}</p>
                <MemberLinks ids=event.members.clone() label=labels::MEMBERS/>
                {highlight}
                <NoteRefs tag/>
            </div>
        </article>
    }
}

/// A story: a headed account inside a chapter or a highlight.
#[component]
pub fn StoryView(story: Story, route: Route, #[prop(default = 3)] level: u8) -> impl IntoView {
    let date = story.date.as_ref().map(|d| view! { <p class="story-date"><time datetime=d.start.clone()>{crate::report::dates::format_span(&d.start, d.end.as_deref())}</time></p> });
    let tag = format!("story:{}", story.id);
    view! {
        <section class="story" id=element_id(&story.id)>
            <ItemHeading route id=story.id.clone() text=story.title.clone() level/>
            {date}
            {story.place.clone().map(|p| view! { <p class="story-place">{labels::PLACE}": "{p}</p> })}
            {story.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <MemberLinks ids=story.members.clone() label=labels::MEMBERS/>
            <CalendarLink event=story.event.clone()/>
            <NoteRefs tag/>
        </section>
    }
}
