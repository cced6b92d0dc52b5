//! Renders the content blocks of a section.

use leptos::prelude::*;

use crate::app::components::footnotes::NoteRefs;

use crate::app::components::entities::{Captions, EventItem, ItemHeading, MemberLinks, StoryView};
use crate::app::context::{element_id, use_deployment, use_report};
use crate::report::model::{Block, Figure, Initiative};
use crate::site::labels;
use crate::site::routes::{Page, Route};

#[component]
pub fn BlockView(block: Block, route: Route) -> impl IntoView {
    let report = use_report();
    match block {
        Block::Paragraph { text } => view! { <p>{text}</p> }.into_any(),
        Block::List {
            ordered: true,
            items,
        } => view! { <ol class="list">{list_items(items)}</ol> }.into_any(),
        Block::List {
            ordered: false,
            items,
        } => view! { <ul class="list">{list_items(items)}</ul> }.into_any(),
        Block::Figures { items } => view! { <Figures items/> }.into_any(),
        Block::Initiatives { ids } => {
            let cards = ids
                .iter()
                .filter_map(|id| report.initiative(id).cloned())
                .map(|initiative| view! { <InitiativeCard initiative route=route.clone()/> })
                .collect_view();
            view! { <div class="cards">{cards}</div> }.into_any()
        }
        Block::Events { ids } => {
            // Events live on the calendar page; elsewhere they link there.
            let calendar = Route::new(Page::Calendar);
            let items = ids
                .iter()
                .filter_map(|id| report.event(id).cloned())
                .map(|event| {
                    if route == calendar {
                        view! { <li><EventItem event route=calendar.clone()/></li> }.into_any()
                    } else {
                        let href = use_deployment().href(&calendar.item(&event.id));
                        view! {
                            <li class="event-summary">
                                <time datetime=event.date.start.clone()>{event.date_text.clone()}</time>" "
                                <a href=href>{event.title.clone()}</a>
                            </li>
                        }
                        .into_any()
                    }
                })
                .collect_view();
            view! { <ul class="events">{items}</ul> }.into_any()
        }
        Block::Members { label, ids } => view! { <MemberLinks ids label/> }.into_any(),
        Block::Story(story) => view! { <StoryView story route/> }.into_any(),
        Block::Table {
            caption,
            columns,
            rows,
        } => {
            let head = columns
                .into_iter()
                .map(|c| view! { <th scope="col">{c}</th> })
                .collect_view();
            let body = rows
                .into_iter()
                .map(|row| {
                    let cells = row
                        .cells
                        .into_iter()
                        .map(|c| view! { <td>{c}</td> })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            let region_label = caption.clone().unwrap_or_default();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=region_label>
                    <table>
                        {caption.map(|c| view! { <caption>{c}</caption> })}
                        <thead><tr>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
        Block::Captions { items } => view! { <Captions items/> }.into_any(),
    }
}

fn list_items(items: Vec<String>) -> impl IntoView {
    items
        .into_iter()
        .map(|item| view! { <li>{item}</li> })
        .collect_view()
}

#[component]
pub fn Figures(items: Vec<Figure>) -> impl IntoView {
    let figures = items
        .into_iter()
        .map(|f| view! { <div class="figure"><dt>{f.label}</dt><dd>{f.value}</dd></div> })
        .collect_view();
    view! { <dl class="figures">{figures}</dl> }
}

#[component]
pub fn InitiativeCard(initiative: Initiative, route: Route) -> impl IntoView {
    let tag = format!("initiative:{}", initiative.id);
    view! {
        <section class="card initiative" id=element_id(&initiative.id)>
            <ItemHeading route id=initiative.id.clone() text=initiative.name.clone()/>
            {initiative.name_en.clone().map(|n| view! { <p class="name-en" lang="en">{n}</p> })}
            {initiative.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
            <MemberLinks ids=initiative.members.clone() label=labels::MEMBERS/>
            <NoteRefs tag/>
        </section>
    }
}
