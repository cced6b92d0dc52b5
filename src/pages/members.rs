//! `/members` and `/members/{id}`: the member municipalities, filterable and
//! sortable (state in the URL), each with everything the report says about it.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::app::Ctx;
use crate::appearances::appearances;
use crate::components::chart::{Bar, BarChart};
use crate::components::copy_link::CopyLink;
use crate::labels;
use crate::listing::{member_rows, select_members, MemberQuery, MemberSort};
use crate::model::Level;
use crate::routes::{Page, Route};

#[component]
pub fn Members(ctx: Ctx) -> impl IntoView {
    let list = ctx.report.japan.member_list.clone();
    let here = Route::new(Page::Members);
    let rows = member_rows(&ctx.report);
    let query = use_query_map();
    let state = Memo::new(move |_| {
        let params = query.get();
        MemberQuery::from_params(params.get("level").as_deref(), params.get("sort").as_deref())
    });
    let base = ctx.deployment.href(&here);
    let level_option = |label: &'static str, level: Option<Level>| {
        query_link(base.clone(), label, state, move |q| MemberQuery { level, ..q })
    };
    let sort_option = |label: &'static str, sort: MemberSort| query_link(base.clone(), label, state, move |q| MemberQuery { sort, ..q });
    let cards = {
        let ctx = ctx.clone();
        let rows = rows.clone();
        move || {
            select_members(&rows, &state.get())
                .into_iter()
                .filter_map(|row| ctx.report.municipality(&row.id).cloned().map(|m| (row, m)))
                .map(|(row, m)| {
                    let href = ctx.deployment.href(&Route::with_id(Page::Member, &m.id));
                    view! {
                        <li class="member-card" id=m.id.clone()>
                            <h3><a href=href>{m.name.clone()}</a></h3>
                            <p class="member-head">{ctx.report.head_line(&m)}</p>
                            <p class="member-meta">{labels::level(m.level)}" ・ "{labels::APPEARANCES}" "<span class="member-count">{row.appearances}</span></p>
                            <CopyLink ctx=ctx.clone() route=here.clone() fragment=m.id.clone() name=m.name.clone()/>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let special = list
        .special
        .iter()
        .map(|s| {
            let name = ctx.report.person(&s.person).map(|p| p.name.clone()).unwrap_or_default();
            let href = ctx.deployment.href_to(&Route::new(Page::Governance), Some(&s.person));
            view! { <li>{s.role.clone()}<a href=href>{name}</a></li> }
        })
        .collect_view();
    let bars = rows.iter().map(|r| Bar { label: r.name.clone(), value: r.appearances }).collect();
    view! {
        <p class="as-of">{list.as_of.clone()}" "{list.order_note.clone()}</p>
        <section aria-labelledby="regular-members">
            <h2 id="regular-members">{list.regular_label.clone()}</h2>
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
            <ul class="member-grid">{cards}</ul>
        </section>
        <section aria-labelledby="special-members">
            <h2 id="special-members">{list.special_label.clone()}</h2>
            <ul class="chips">{special}</ul>
        </section>
        <BarChart id="activity-chart" title=labels::ACTIVITY_CHART description=labels::ACTIVITY_CHART_DESC bars/>
    }
}

/// A link that applies one filter or sort option to the current state;
/// marked current when the option is already in effect.
fn query_link(
    base: String,
    label: &'static str,
    state: Memo<MemberQuery>,
    apply: impl Fn(MemberQuery) -> MemberQuery + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let href = move || match apply(state.get()).to_query() {
        query if query.is_empty() => base.clone(),
        query => format!("{base}?{query}"),
    };
    let current = move || (apply(state.get()) == state.get()).then_some("true");
    view! { <li><a href=href aria-current=current>{label}</a></li> }
}

#[component]
pub fn MemberPage(ctx: Ctx, id: String) -> impl IntoView {
    let m = ctx.report.municipality(&id).cloned()?;
    let route = Route::with_id(Page::Member, &id);
    let list = &ctx.report.japan.member_list;
    let found = appearances(&ctx.report, &id);
    // Grouped by kind, groups in order of first appearance.
    let mut groups: Vec<(&'static str, Vec<_>)> = Vec::new();
    for a in &found {
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
            let heading_id = format!("appearances-{i}");
            let labelled_by = heading_id.clone();
            let links = items
                .into_iter()
                .map(|a| view! { <li><a href=ctx.deployment.href_to(&a.route, a.fragment.as_deref())>{a.title.clone()}</a></li> })
                .collect_view();
            view! {
                <section class="appearance-group" aria-labelledby=labelled_by>
                    <h3 id=heading_id>{label}</h3>
                    <ul class="appearances">{links}</ul>
                </section>
            }
        })
        .collect_view();
    let calendar = ctx.deployment.href(&Route::new(Page::Calendar));
    Some(view! {
        <div class="item-heading">
            <dl class="member-facts">
                <dt>{labels::HEAD}</dt>
                <dd>{ctx.report.head_line(&m)}</dd>
                <dt>{labels::MEMBER_TYPE}</dt>
                <dd>{list.regular_label.clone()}"（"{list.as_of.clone()}"）"</dd>
                <dt>{labels::LEVEL}</dt>
                <dd>{labels::level(m.level)}</dd>
            </dl>
            <CopyLink ctx=ctx.clone() route name=m.name.clone()/>
        </div>
        <section aria-labelledby="appearances">
            <h2 id="appearances">{labels::APPEARANCES}" "<span class="count">{found.len()}</span></h2>
            {if found.is_empty() {
                view! { <p>{labels::NO_APPEARANCES}</p> }.into_any()
            } else {
                sections.into_any()
            }}
            <p><a href=format!("{calendar}?member={id}")>{labels::page(Page::Calendar)}": "{m.name.clone()}</a></p>
        </section>
    })
}
