//! `/message`: the chair's and the secretary general's messages.

use leptos::prelude::*;

use crate::app::Ctx;
use crate::components::entities::{ItemHeading, Notes};
use crate::routes::{Page, Route};

#[component]
pub fn Messages(ctx: Ctx) -> impl IntoView {
    let here = Route::new(Page::Message);
    ctx.report
        .japan
        .messages
        .iter()
        .map(|m| {
            let name = ctx.report.person(&m.person).map(|p| p.name.clone()).unwrap_or_default();
            view! {
                <section class="message" id=m.id.clone()>
                    <ItemHeading ctx=ctx.clone() route=here.clone() id=m.id.clone() text=format!("{}　{}", m.role, name) level=2/>
                    {m.paragraphs.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
                    <p class="signature">{m.role.clone()}" "{name}</p>
                    <Notes ctx=ctx.clone() tag=format!("message:{}", m.id)/>
                </section>
            }
        })
        .collect_view()
}
