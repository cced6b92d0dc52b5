//! `/members` and `/members/{id}`: the member municipalities, filterable and
//! sortable (state in the URL), each with everything the report says about it.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::app::components::chart::{Bar, BarChart};
use crate::app::components::copy_link::CopyLink;
use crate::app::components::download_link::DownloadLink;
use crate::app::components::editions::MemberInOtherEditions;
use crate::app::components::entities::DetailHeader;
use crate::app::components::later::Later;
use crate::app::components::point_map::{MapPlace, PointMap};
use crate::app::context::{element_id, use_deployment, use_report};
use crate::derive::appearances::{appearances, Appearance, Names};
use crate::derive::listing::{member_rows, select_members, CalendarQuery, MemberQuery, MemberSort};
use crate::publish::downloads::Download;
use crate::publish::maps::MapKind;
use crate::report::identity::Kind;
use crate::report::model::{Level, Municipality};
use crate::site::labels;
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn Members() -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let list = report.japan.member_list.clone();
    let here = Route::new(Page::Members);
    // Counting every member's appearances is the page's heaviest work: a
    // memo does it once, when first read by a part rendered later.
    let rows = {
        let report = report.clone();
        Memo::new(move |_| Arc::new(member_rows(&report)))
    };
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let params = query.get();
        MemberQuery::from_params(
            params.get("level").as_deref(),
            params.get("sort").as_deref(),
        )
    });
    let level_option = |label: &'static str, level: Option<Level>| {
        query_link(label, state, move |q| MemberQuery { level, ..q })
    };
    let sort_option = |label: &'static str, sort: MemberSort| {
        query_link(label, state, move |q| MemberQuery { sort, ..q })
    };
    let cards = {
        let report = report.clone();
        let deployment = deployment.clone();
        move || {
            select_members(&rows.get(), &state.get())
                .into_iter()
                .filter_map(|row| report.municipality(&row.id).cloned().map(|m| (row, m)))
                .map(|(row, m)| {
                    let href = deployment.href(&Route::with_id(Page::Member, &m.id).to());
                    view! {
                        <li class="member-card" id=element_id(&m.id)>
                            <h3><a href=href>{m.name.clone()}</a></h3>
                            <p class="member-head">{report.head_line(&m)}</p>
                            <p class="member-meta">{labels::level(m.level)}" ・ "{labels::APPEARANCES}" "<span class="member-count">{row.appearances}</span></p>
                            <CopyLink route=here.clone() fragment=m.id.clone() name=m.name.clone()/>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let member_places = report
        .members()
        .map(|m| MapPlace {
            id: m.id.clone(),
            label: m.name.clone(),
            to: Route::with_id(Page::Member, &m.id).to(),
        })
        .collect();
    let special = list
        .special
        .iter()
        .map(|s| {
            let name = report.person_name(&s.person);
            let href = deployment.href(&Route::new(Page::Governance).item(&s.person));
            view! { <li>{s.role.clone()}<a href=href>{name}</a></li> }
        })
        .collect_view();
    let bars = move || {
        rows.with_untracked(|rows| {
            rows.iter()
                .map(|r| Bar {
                    label: r.name.clone(),
                    value: r.appearances,
                })
                .collect()
        })
    };
    view! {
        <p class="as-of">{list.as_of.clone()}" "{list.order_note.clone()}</p>
        <section aria-labelledby=element_id("regular-members")>
            <h2 id=element_id("regular-members")>{list.regular_label.clone()}</h2>
            <PointMap kind=MapKind::Japan title=labels::MAP_MEMBERS page=Route::new(Page::Members).to() places=member_places/>
            <div class="filters">
                <nav aria-label=labels::FILTER>
                    <span class="filters-label">{labels::FILTER}</span>
                    <ul class="toggle">
                        {level_option(labels::ALL, None)}
                        {level_option(labels::level(Level::Prefecture), Some(Level::Prefecture))}
                        {level_option(labels::level(Level::Municipal), Some(Level::Municipal))}
                    </ul>
                </nav>
                <nav aria-label=labels::SORT>
                    <span class="filters-label">{labels::SORT}</span>
                    <ul class="toggle">
                        {sort_option(labels::SORT_GOJUON, MemberSort::Gojuon)}
                        {sort_option(labels::SORT_ACTIVITY, MemberSort::Activity)}
                    </ul>
                </nav>
            </div>
            <Later>
                <ul class="member-grid">{cards}</ul>
                <DownloadLink download=Download::Members/>
            </Later>
        </section>
        // Not a landmark of its own: /governance has the special members' region.
        <Later>
            <section>
                <h2>{list.special_label.clone()}</h2>
                <ul class="chips">{special}</ul>
            </section>
            <BarChart id=element_id("activity-chart") title=labels::ACTIVITY_CHART description=labels::ACTIVITY_CHART_DESC bars=bars()/>
        </Later>
    }
}

/// A link that applies one filter or sort option to the current state;
/// marked current when the option is already in effect.
fn query_link(
    label: &'static str,
    state: Memo<MemberQuery>,
    apply: impl Fn(MemberQuery) -> MemberQuery + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let deployment = use_deployment();
    let href = move || deployment.href(&apply(state.get()).path());
    let current = move || (apply(state.get()) == state.get()).then_some("true");
    view! { <li><a href=href aria-current=current>{label}</a></li> }
}

#[component]
#[inline(never)]
pub fn MemberPage(member: Municipality) -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let m = member;
    let route = Route::with_id(Page::Member, &m.id);
    let list = report.japan.member_list.clone();
    let found = appearances(&report, &m.id);
    let names = Names::of(&report, &m);
    let (mut dated, undated): (Vec<&Appearance>, Vec<&Appearance>) =
        found.iter().partition(|a| a.date.is_some());
    dated.sort_by(|a, b| {
        a.date
            .as_ref()
            .map(|d| &d.start)
            .cmp(&b.date.as_ref().map(|d| &d.start))
    });
    // Undated places grouped by kind, groups in order of first appearance.
    let mut groups: Vec<(&'static str, Vec<&Appearance>)> = Vec::new();
    // Only the dated group mixes kinds; the others are named by theirs.
    if !dated.is_empty() {
        groups.push((labels::DATED_APPEARANCES, dated.clone()));
    }
    for a in undated {
        let label = labels::kind(a.kind);
        match groups.iter_mut().find(|(l, _)| *l == label) {
            Some((_, items)) => items.push(a),
            None => groups.push((label, vec![a])),
        }
    }
    let sections = groups
        .into_iter()
        .enumerate()
        .map(|(i, (label, items))| {
            let heading_id = element_id(&format!("appearances-{i}"));
            let labelled_by = heading_id.clone();
            let with_kind = label == labels::DATED_APPEARANCES;
            let items = items
                .into_iter()
                .map(|a| view! { <AppearanceItem appearance=a.clone() names=names.clone() with_kind/> })
                .collect_view();
            // Below the summary: a group a task.
            view! {
                <Later>
                    <section class="appearance-group" aria-labelledby=labelled_by>
                        <h3 id=heading_id>{label}</h3>
                        <ul class="appearances">{items}</ul>
                    </section>
                </Later>
            }
        })
        .collect_view();
    let in_calendar = CalendarQuery {
        member: Some(m.id.clone()),
        filter: None,
    }
    .path();
    let seats: Vec<_> = report
        .japan
        .bodies
        .iter()
        .flat_map(|b| b.seats.iter().map(move |s| (b, s)))
        .filter(|(_, s)| s.municipality.as_deref() == Some(m.id.as_str()))
        .map(|(body, seat)| {
            let href = deployment.href(&Route::new(Page::Governance).item(&seat.person));
            view! {
                <li>{body.name.clone()}" "{seat.role.clone()}"："<a href=href>{report.person_name(&seat.person)}</a>"（"{seat.affiliation.clone()}"）"</li>
            }
        })
        .collect();
    let count = |kinds: &[Kind]| found.iter().filter(|a| kinds.contains(&a.kind)).count();
    let counts = [
        (labels::COUNT_EVENTS, count(&[Kind::Event])),
        (
            labels::COUNT_STORIES,
            count(&[Kind::Highlight, Kind::Story]),
        ),
        (labels::COUNT_INITIATIVES, count(&[Kind::Initiative])),
        (labels::COUNT_SECTIONS, count(&[Kind::Section])),
        (labels::COUNT_SEATS, seats.len()),
    ];
    let months = active_months(&found);
    let (head, level) = (report.head_line(&m), labels::level(m.level));
    let other_editions = view! { <MemberInOtherEditions route=route.clone()/> };
    view! {
        <DetailHeader route name=m.name.clone()>
            <dl class="member-facts">
                // A member whose head the report does not name has no row.
                {head.map(|head| view! { <dt>{labels::HEAD}</dt><dd>{head}</dd> })}
                <dt>{labels::MEMBER_TYPE}</dt>
                <dd>{list.regular_label.clone()}"（"{list.as_of.clone()}"）"</dd>
                <dt>{labels::LEVEL}</dt>
                <dd>{level}</dd>
            </dl>
        </DetailHeader>
        <section class="member-summary" aria-labelledby=element_id("member-summary")>
            <h2 id=element_id("member-summary")>{report.meta.fiscal_year.clone()}{labels::MEMBER_SUMMARY}</h2>
            <dl class="summary-counts">
                {counts.map(|(label, n)| view! { <div><dt>{label}</dt><dd>{n}{labels::RESULTS}</dd></div> })}
            </dl>
            {(!months.is_empty()).then(|| view! { <p class="active-months">{labels::ACTIVE_MONTHS}{months}</p> })}
            {(!seats.is_empty()).then(|| view! {
                <h3>{labels::COUNT_SEATS}</h3>
                <ul class="member-seats">{seats}</ul>
            })}
        </section>
        <section aria-labelledby=element_id("appearances")>
            <h2 id=element_id("appearances")>{labels::APPEARANCES}" "<span class="count">{found.len()}</span></h2>
            {if found.is_empty() {
                view! { <p>{labels::NO_APPEARANCES}</p> }.into_any()
            } else {
                sections.into_any()
            }}
            <p><a href=deployment.href(&in_calendar)>{labels::page(Page::Calendar)}": "{m.name.clone()}</a></p>
        </section>
        {other_editions}
    }
}

/// One place the member appears: its date, kind and the member's role, a
/// link to it, and the report's sentences that name the member, the name
/// marked.
#[component]
fn AppearanceItem(appearance: Appearance, names: Names, with_kind: bool) -> impl IntoView {
    let deployment = use_deployment();
    let a = appearance;
    let marked = |text: &str| {
        names
            .mark(text)
            .into_iter()
            .map(|(part, name)| {
                if name {
                    view! { <mark>{part}</mark> }.into_any()
                } else {
                    part.into_any()
                }
            })
            .collect_view()
    };
    let date = a.date.as_ref().map(|d| {
        view! { <time datetime=d.start.clone()>{crate::report::dates::format_span(&d.start, d.end.as_deref())}</time> }
    });
    let roles = a
        .roles
        .iter()
        .map(|r| view! { <span class="role">{r.clone()}</span> })
        .collect_view();
    let passages = a
        .passages
        .iter()
        .map(|p| view! { <blockquote class="passage"><p>{marked(p)}</p></blockquote> })
        .collect_view();
    view! {
        <li class="appearance">
            <p class="appearance-meta">{date}{with_kind.then(|| view! { <span class="appearance-kind">{labels::kind(a.kind)}</span> })}{roles}</p>
            <p class="appearance-title"><a href=deployment.href(&a.route.at(a.fragment.as_deref()))>{marked(&a.title)}</a></p>
            {passages}
        </li>
    }
}

/// The months the member's dated appearances fall in, in order, the year
/// written where it changes: `2024年5月、7月、2025年1月`.
fn active_months(found: &[Appearance]) -> String {
    let mut months: Vec<(i32, u32)> = found
        .iter()
        .filter_map(|a| crate::report::dates::Date::parse(&a.date.as_ref()?.start))
        .map(|d| (d.year, d.month))
        .collect();
    months.sort();
    months.dedup();
    let mut year = None;
    months
        .into_iter()
        .map(|(y, m)| {
            let text = if year == Some(y) {
                format!("{m}月")
            } else {
                format!("{y}年{m}月")
            };
            year = Some(y);
            text
        })
        .collect::<Vec<_>>()
        .join("、")
}
