//! The visible control that copies the absolute URL of an item.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::app::Ctx;
use crate::labels;
use crate::routes::Route;

#[component]
pub fn CopyLink(ctx: Ctx, route: Route, #[prop(optional, into)] fragment: Option<String>, #[prop(into)] name: String) -> impl IntoView {
    let url = ctx.deployment.absolute(&route, fragment.as_deref());
    let status = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let url = url.clone();
        leptos::task::spawn_local(async move {
            let copied = match web_sys::window() {
                Some(window) => JsFuture::from(window.navigator().clipboard().write_text(&url)).await.is_ok(),
                None => false,
            };
            status.set(Some(if copied { labels::COPIED } else { labels::COPY_FAILED }));
        });
    };
    view! {
        <span class="copy-link">
            <button type="button" class="copy-link-button" on:click=copy aria-label=format!("{}: {name}", labels::COPY_LINK)>
                <span aria-hidden="true">"🔗"</span>
                <span class="copy-link-text">{labels::COPY_LINK}</span>
            </button>
            <span class="copy-link-status" role="status">{move || status.get()}</span>
        </span>
    }
}
