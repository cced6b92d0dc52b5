//! `/iclei`: ICLEI's governing bodies, leaders and offices.

use leptos::prelude::*;

use crate::app::components::footnotes::NoteRefs;
use crate::app::components::later::Later;

use crate::app::components::copy_link::CopyLink;
use crate::app::components::download_link::DownloadLink;
use crate::app::components::entities::{ItemHeading, MemberLinks};
use crate::app::components::point_map::{MapPlace, PointMap};
use crate::app::context::{element_id, use_report};
use crate::publish::downloads::Download;
use crate::publish::maps::MapKind;
use crate::site::labels;
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn World() -> impl IntoView {
    let report = use_report();
    let world = report.world.clone();
    let here = Route::new(Page::World);
    let bodies = world
        .bodies
        .iter()
        .map(|b| {
            view! {
                <section class="card" id=element_id(&b.id)>
                    <ItemHeading route=here.clone() id=b.id.clone() text=b.name.clone() level=2/>
                    <p>{b.text.clone()}</p>
                    <MemberLinks ids=b.members.clone()/>
                </section>
            }
        })
        .collect_view();
    let groups = world
        .leader_groups
        .iter()
        .map(|g| {
            let leaders = g
                .leaders
                .iter()
                .map(|l| {
                    view! {
                        <li class="leader" id=element_id(&l.id)>
                            <p class="seat-role">{l.role.clone()}</p>
                            <p class="leader-name" lang="en">{l.name.clone()}</p>
                            <p class="leader-position" lang="en">{l.position.clone()}" | "{l.place.clone()}</p>
                            {l.portfolio.clone().map(|p| view! { <p class="leader-portfolio"><span>{labels::PORTFOLIO}": "</span><span lang="en">{p}</span></p> })}
                            <CopyLink route=here.clone() fragment=l.id.clone() name=l.name.clone()/>
                            <NoteRefs tag=format!("leader:{}", l.id)/>
                        </li>
                    }
                })
                .collect_view();
            let (id, name) = (g.id.clone(), g.name.clone());
            let title_id = element_id(&format!("{id}-title"));
            // Below the bodies' cards: a group a task.
            view! {
                <Later>
                    <section id=element_id(&id) aria-labelledby=title_id.clone()>
                        <h3 id=title_id.clone()>{name}</h3>
                        <ul class="leaders">{leaders}</ul>
                    </section>
                </Later>
            }
        })
        .collect_view();
    let office_places = world
        .offices
        .iter()
        .map(|o| MapPlace {
            id: o.id.clone(),
            label: format!("{}（{}・{}）", o.name, o.country, o.city),
            to: here.item(&o.id),
        })
        .collect();
    let offices = world
        .offices
        .iter()
        .map(|o| {
            view! {
                <li class="office" id=element_id(&o.id)>
                    <span class="office-name">{o.name.clone()}</span>
                    <span class="office-place">{o.country.clone()}"・"{o.city.clone()}</span>
                    <CopyLink route=here.clone() fragment=o.id.clone() name=o.name.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="cards">{bodies}</div>
        <section aria-labelledby=element_id("leaders")>
            <h2 id=element_id("leaders")>{world.leaders_title.clone()}</h2>
            <p class="as-of">{world.leaders_as_of.clone()}</p>
            {groups}
            <DownloadLink download=Download::Roles/>
        </section>
        <Later>
            <section aria-labelledby=element_id("offices")>
                <h2 id=element_id("offices")>{world.offices_title.clone()}</h2>
                <PointMap kind=MapKind::World title=labels::MAP_OFFICES page=here.to() places=office_places/>
                <ul class="offices">{offices}</ul>
                <DownloadLink download=Download::Offices/>
            </section>
        </Later>
    }
}
