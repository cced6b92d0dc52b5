//! `/message`: the chair's and the secretary general's messages.

use leptos::prelude::*;

use crate::app::components::footnotes::NoteRefs;

use crate::app::components::entities::ItemHeading;
use crate::app::context::{element_id, use_report};
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn Messages() -> impl IntoView {
    let report = use_report();
    let here = Route::new(Page::Message);
    report
        .japan
        .messages
        .iter()
        .map(|m| {
            let name = report.person_name(&m.person);
            view! {
                <section class="message" id=element_id(&m.id)>
                    <ItemHeading route=here.clone() id=m.id.clone() text=format!("{}　{}", m.role, name) level=2/>
                    {m.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                    <p class="signature">{m.role.clone()}" "{name}</p>
                    <NoteRefs tag=format!("message:{}", m.id)/>
                </section>
            }
        })
        .collect_view()
}
