//! `/membership`: the benefits of joining ICLEI.

use leptos::prelude::*;

use crate::app::components::entities::ItemHeading;
use crate::app::context::{element_id, use_report};
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn Membership() -> impl IntoView {
    let report = use_report();
    let m = report.membership.clone();
    let here = Route::new(Page::Membership);
    let benefits = m
        .benefits
        .iter()
        .map(|b| {
            view! {
                <section class="card benefit" id=element_id(&b.id)>
                    <p class="benefit-number" aria-hidden="true">{b.number.clone()}</p>
                    <ItemHeading route=here.clone() id=b.id.clone() text=b.name.clone()/>
                    <p class="name-en" lang="en">{b.name_en.clone()}</p>
                    <p>{b.description.clone()}</p>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="lead">{m.intro.clone()}</p>
        <section aria-labelledby=element_id("benefits")>
            <h2 id=element_id("benefits")>{m.benefits_title.clone()}</h2>
            <div class="cards">{benefits}</div>
        </section>
        <p>{m.closing.clone()}</p>
    }
}
