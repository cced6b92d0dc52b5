//! `/calendar`: the events of the fiscal year, grouped by month.

use leptos::prelude::*;

use crate::app::Ctx;
use crate::components::entities::EventItem;
use crate::dates::Date;
use crate::routes::{Page, Route};

#[component]
pub fn Calendar(ctx: Ctx) -> impl IntoView {
    let route = Route::new(Page::Calendar);
    let mut events: Vec<_> = ctx.report.events.iter().cloned().filter_map(|e| Some((Date::parse(&e.date.start)?, e))).collect();
    events.sort_by(|a, b| a.0.cmp(&b.0));
    let mut months: Vec<(Date, Vec<crate::model::Event>)> = Vec::new();
    for (date, event) in events {
        match months.last_mut() {
            Some((month, list)) if *month == date.month_start() => list.push(event),
            _ => months.push((date.month_start(), vec![event])),
        }
    }
    months
        .into_iter()
        .map(|(month, list)| {
            let id = format!("month-{}-{:02}", month.year, month.month);
            let items = list
                .into_iter()
                .map(|event| view! { <li><EventItem ctx=ctx.clone() event route=route.clone()/></li> })
                .collect_view();
            let labelled_by = id.clone();
            view! {
                <section class="month" aria-labelledby=labelled_by>
                    <h2 id=id>{format!("{}年{}月", month.year, month.month)}</h2>
                    <ul class="events">{items}</ul>
                </section>
            }
        })
        .collect_view()
}
