//! "Embed this page": shows the snippet for the current page with a copy button.

use leptos::prelude::*;

use crate::app::components::copy_link::copy_text;
use crate::app::context::{use_deployment, use_report};
use crate::site::embed::snippet;
use crate::site::labels;
use crate::site::routes::Route;

#[component]
pub fn EmbedControl(route: Route, heading: String) -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let open = RwSignal::new(false);
    let status = RwSignal::new(None::<&'static str>);
    let code = snippet(
        &deployment.origin,
        &deployment.base,
        &route.path(),
        &format!("{}: {heading}", report.meta.title),
    );
    let copy = {
        let code = code.clone();
        move |_| copy_text(code.clone(), status, labels::SNIPPET_COPIED)
    };
    view! {
        <section class="embed">
            <button
                type="button"
                class="embed-button"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="embed-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {labels::EMBED}
            </button>
            <div id="embed-panel" class="embed-panel" hidden=move || !open.get()>
                <p>{labels::EMBED_HELP}</p>
                <label for="embed-snippet">{labels::EMBED_SNIPPET}</label>
                <textarea id="embed-snippet" class="embed-snippet" readonly rows="5" spellcheck="false">{code}</textarea>
                <button type="button" class="embed-copy button" on:click=copy>{labels::COPY_SNIPPET}</button>
                <span class="copy-link-status" role="status">{move || status.get()}</span>
            </div>
        </section>
    }
}
