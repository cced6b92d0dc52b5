//! `/calendar`: every event of the fiscal year by month, filterable by
//! member and by kind; the filter state is in the URL.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

use crate::app::components::chart::{Bar, BarChart};
use crate::app::components::download_link::DownloadLink;
use crate::app::components::entities::EventItem;
use crate::app::components::later::Later;
use crate::app::context::{element_id, use_deployment, use_report};
use crate::app::navigation::{in_place, use_navigate_to};
use crate::derive::listing::{
    by_month, events_per_month, hidden_event, select_events, CalendarQuery, EventFilter,
};
use crate::publish::downloads::Download;
use crate::site::labels;
use crate::site::routes::{Page, Route};

fn filter_label(filter: EventFilter) -> &'static str {
    match filter {
        EventFilter::Kind(kind) => labels::event_kind(kind),
        EventFilter::Endorsed => labels::ENDORSED_EVENTS,
    }
}

#[component]
#[inline(never)]
pub fn Calendar() -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let route = Route::new(Page::Calendar);
    let clear_filters = deployment.href(&route.to());
    let query = use_query_map();
    let state = {
        let report = report.clone();
        Memo::new(move |_| {
            let params = query.get();
            CalendarQuery::from_params(
                &report,
                params.get("member").as_deref(),
                params.get("kind").as_deref(),
            )
        })
    };
    let navigate = use_navigate_to();
    let go = move |q: CalendarQuery| navigate(&q.path(), in_place(false));
    let on_member = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            go(CalendarQuery {
                member: (!value.is_empty()).then_some(value),
                ..state.get_untracked()
            });
        }
    };
    let on_kind = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let filter = EventFilter::ALL.into_iter().find(|f| f.param() == value);
            go(CalendarQuery {
                filter,
                ..state.get_untracked()
            });
        }
    };
    let member_options = report.members()
        .map(|m| {
            let id = m.id.clone();
            view! { <option value=m.id.clone() prop:selected=move || state.get().member.as_deref() == Some(id.as_str())>{m.name.clone()}</option> }
        })
        .collect_view();
    let kind_options = EventFilter::ALL
        .into_iter()
        .map(|f| view! { <option value=f.param() prop:selected=move || state.get().filter == Some(f)>{filter_label(f)}</option> })
        .collect_view();
    let all_events: Vec<_> = report.events.iter().collect();
    let bars = events_per_month(&report, &all_events)
        .into_iter()
        .map(|(month, n)| Bar {
            label: format!("{}年{}月", month.year, month.month),
            value: n,
        })
        .collect();
    // A link to an event the filters hide (`?member=yokohama#cop29`) says
    // so, rather than opening on a list without it: the note takes the
    // event's id and stands in for it as the fragment's target (the static
    // page, unfiltered, had the browser scroll to the event itself).
    let hidden = {
        let (report, route) = (report.clone(), route.clone());
        let hash = use_location().hash;
        move || {
            let fragment = hash.get();
            hidden_event(&report, &state.get(), fragment.trim_start_matches('#')).map(|event| {
                let href = deployment.href(&route.item(event.id.clone()));
                view! {
                    <p class="hidden-event" id=element_id(&event.id) data-stands-in="">
                        {labels::hidden_event(&event.title)}" "
                        <a href=href>{labels::SHOW_HIDDEN_EVENT}</a>
                    </p>
                }
            })
        }
    };
    let list = {
        let report = report.clone();
        move || {
            let q = state.get();
            let events = select_events(&report, &q);
            let count = events.len();
            let months = by_month(&events)
                .into_iter()
                .enumerate()
                .map(|(n, (month, list))| {
                    let id = element_id(&format!("month-{}-{:02}", month.year, month.month));
                    let labelled_by = id.clone();
                    let items = list
                        .into_iter()
                        .map(|event| view! { <li><EventItem event=event.clone() route=route.clone()/></li> })
                        .collect_view();
                    let section = view! {
                        <section class="month" aria-labelledby=labelled_by>
                            <h2 id=id>{format!("{}年{}月", month.year, month.month)}</h2>
                            <ul class="events">{items}</ul>
                        </section>
                    };
                    // The first month fills a phone's screen; the rest
                    // render a month a task.
                    view! { <Later now=n == 0>{section}</Later> }
                })
                .collect_view();
            view! {
                <p class="result-count" role="status">{count}{labels::RESULTS}</p>
                {(count == 0).then(|| view! { <p>{labels::NO_EVENTS}</p> })}
                {months}
            }
        }
    };
    view! {
        <form class="filters" role="search" aria-label=labels::FILTER on:submit=|ev| ev.prevent_default()>
            <label>
                <span class="filters-label">{labels::MEMBER_FILTER}</span>
                <select id="filter-member" on:change=on_member>
                    <option value="" prop:selected=move || state.get().member.is_none()>{labels::ALL}</option>
                    {member_options}
                </select>
            </label>
            <label>
                <span class="filters-label">{labels::KIND_FILTER}</span>
                <select id="filter-kind" on:change=on_kind>
                    <option value="" prop:selected=move || state.get().filter.is_none()>{labels::ALL}</option>
                    {kind_options}
                </select>
            </label>
            <a class="clear-filters" href=clear_filters>{labels::CLEAR_FILTERS}</a>
        </form>
        <DownloadLink download=Download::Events/>
        {hidden}
        {list}
        <Later><BarChart id=element_id("month-chart") title=labels::MONTH_CHART description=labels::MONTH_CHART_DESC bars/></Later>
    }
}
