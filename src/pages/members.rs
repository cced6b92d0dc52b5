//! `/members` and `/members/{id}`: the member municipalities, each with
//! everything the report says about it.

use leptos::prelude::*;

use crate::app::Ctx;
use crate::appearances::appearances;
use crate::components::copy_link::CopyLink;
use crate::labels;
use crate::model::Municipality;
use crate::routes::{Page, Route};

fn head_line(ctx: &Ctx, m: &Municipality) -> Option<String> {
    let head = m.head.as_ref()?;
    let person = ctx.report.person(&head.person)?;
    Some(format!("{} {}", head.title, person.name))
}

#[component]
pub fn Members(ctx: Ctx) -> impl IntoView {
    let list = ctx.report.japan.member_list.clone();
    let here = Route::new(Page::Members);
    let cards = list
        .regular
        .iter()
        .filter_map(|id| ctx.report.municipality(id).cloned())
        .map(|m| {
            let count = appearances(&ctx.report, &m.id).len();
            let href = ctx.deployment.href(&Route::with_id(Page::Member, &m.id));
            view! {
                <li class="member-card" id=m.id.clone()>
                    <h3><a href=href>{m.name.clone()}</a></h3>
                    <p class="member-head">{head_line(&ctx, &m)}</p>
                    <p class="member-meta">{labels::level(m.level)}" ・ "{labels::APPEARANCES}" "{count}</p>
                    <CopyLink ctx=ctx.clone() route=here.clone() fragment=m.id.clone() name=m.name.clone()/>
                </li>
            }
        })
        .collect_view();
    let special = list
        .special
        .iter()
        .map(|s| {
            let name = ctx.report.person(&s.person).map(|p| p.name.clone()).unwrap_or_default();
            let href = ctx.deployment.href_to(&Route::new(Page::Governance), Some(&s.person));
            view! { <li>{s.role.clone()}<a href=href>{name}</a></li> }
        })
        .collect_view();
    view! {
        <p class="as-of">{list.as_of.clone()}" "{list.order_note.clone()}</p>
        <section aria-labelledby="regular-members">
            <h2 id="regular-members">{list.regular_label.clone()}</h2>
            <ul class="member-grid">{cards}</ul>
        </section>
        <section aria-labelledby="special-members">
            <h2 id="special-members">{list.special_label.clone()}</h2>
            <ul class="chips">{special}</ul>
        </section>
    }
}

#[component]
pub fn MemberPage(ctx: Ctx, id: String) -> impl IntoView {
    let m = ctx.report.municipality(&id).cloned()?;
    let route = Route::with_id(Page::Member, &id);
    let list = &ctx.report.japan.member_list;
    let found = appearances(&ctx.report, &id);
    let items = found
        .iter()
        .map(|a| {
            let href = ctx.deployment.href_to(&a.route, a.fragment.as_deref());
            view! { <li><span class="appearance-kind">{labels::kind(a.kind)}</span><a href=href>{a.title.clone()}</a></li> }
        })
        .collect_view();
    Some(view! {
        <div class="item-heading">
            <dl class="member-facts">
                <dt>{labels::HEAD}</dt>
                <dd>{head_line(&ctx, &m)}</dd>
                <dt>{labels::MEMBER_TYPE}</dt>
                <dd>{list.regular_label.clone()}"（"{list.as_of.clone()}"）"</dd>
                <dt>{labels::LEVEL}</dt>
                <dd>{labels::level(m.level)}</dd>
            </dl>
            <CopyLink ctx=ctx.clone() route name=m.name.clone()/>
        </div>
        <section aria-labelledby="appearances">
            <h2 id="appearances">{labels::APPEARANCES}</h2>
            {if found.is_empty() {
                view! { <p>{labels::NO_APPEARANCES}</p> }.into_any()
            } else {
                view! { <ul class="appearances">{items}</ul> }.into_any()
            }}
        </section>
    })
}
