//! "Embed this page": shows the snippet for the current page with a copy button.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::app::Ctx;
use crate::embed::snippet;
use crate::labels;
use crate::routes::Route;

#[component]
pub fn EmbedControl(ctx: Ctx, route: Route, heading: String) -> impl IntoView {
    let open = RwSignal::new(false);
    let status = RwSignal::new(None::<&'static str>);
    let code = snippet(
        &ctx.deployment.origin,
        &ctx.deployment.base,
        &route.path(),
        &format!("{}: {heading}", ctx.report.meta.title),
    );
    let copy = {
        let code = code.clone();
        move |_| {
            let code = code.clone();
            leptos::task::spawn_local(async move {
                let copied = match web_sys::window() {
                    Some(w) => JsFuture::from(w.navigator().clipboard().write_text(&code)).await.is_ok(),
                    None => false,
                };
                status.set(Some(if copied { labels::SNIPPET_COPIED } else { labels::COPY_FAILED }));
            });
        }
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
