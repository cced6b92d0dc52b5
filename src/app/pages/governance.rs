//! `/governance`: ICLEI Japan's board, steering committee, advisors and
//! special members.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::app::components::footnotes::NoteRefs;
use crate::app::components::later::Later;

use crate::app::components::copy_link::CopyLink;
use crate::app::components::download_link::DownloadLink;
use crate::app::components::entities::MemberLinks;
use crate::app::context::{element_id, use_deployment, use_report};
use crate::publish::downloads::Download;
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn Governance() -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let japan = report.japan.clone();
    let here = Route::new(Page::Governance);
    // A person seated twice gets the element id at the first seat only.
    let mut anchored = HashSet::new();
    let bodies = japan
        .bodies
        .iter()
        .enumerate()
        .map(|(n, body)| {
            let seats = body
                .seats
                .iter()
                .map(|seat| {
                    let name = report.person_name(&seat.person);
                    let id = anchored
                        .insert(seat.person.clone())
                        .then(|| element_id(&seat.person));
                    let member = seat.municipality.clone().map(|m| view! { <MemberLinks ids=vec![m]/> });
                    view! {
                        <li class="seat" id=id>
                            <span class="seat-role">{seat.role.clone()}</span>
                            <span class="seat-name">{name.clone()}</span>
                            <span class="seat-affiliation">{seat.affiliation.clone()}</span>
                            {member}
                            <CopyLink route=here.clone() fragment=seat.person.clone() name/>
                            <NoteRefs tag=format!("person:{}", seat.person)/>
                        </li>
                    }
                })
                .collect_view();
            let section = view! {
                <section class="body" id=element_id(&body.id) aria-labelledby=element_id(&format!("{}-title", body.id))>
                    <h2 id=element_id(&format!("{}-title", body.id))>{body.name.clone()}</h2>
                    <ul class="seats">{seats}</ul>
                    <NoteRefs tag=format!("body:{}", body.id)/>
                </section>
            };
            // The first body fills a phone's screen; the rest a body a task.
            view! { <Later now=n == 0>{section}</Later> }
        })
        .collect_view();
    let list = japan.member_list.clone();
    let special = list
        .special
        .iter()
        .map(|s| {
            let name = report.person_name(&s.person);
            let role = s
                .role
                .clone()
                .map(|r| view! { <span class="seat-role">{r}</span> });
            let person = if anchored.contains(&s.person) {
                view! { <a href=deployment.href(&here.item(&s.person))>{name}</a> }.into_any()
            } else {
                view! { <span id=element_id(&s.person)>{name}</span> }.into_any()
            };
            view! { <li>{role}{person}</li> }
        })
        .collect_view();
    view! {
        <p class="as-of">{japan.governance_as_of.clone()}</p>
        {bodies}
        <DownloadLink download=Download::Roles/>
        <Later>
            <section aria-labelledby=element_id("special-members")>
                <h2 id=element_id("special-members")>{list.special_label.clone()}</h2>
                <p class="as-of">{list.as_of.clone()}</p>
                <ul class="chips">{special}</ul>
            </section>
        </Later>
    }
}
