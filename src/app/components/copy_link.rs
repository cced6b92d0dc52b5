//! The visible control that copies the absolute URL of an item.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::app::context::use_deployment;
use crate::site::labels;
use crate::site::routes::Route;

/// Copies `text` to the clipboard, then sets `status` to `done` or to the
/// failure label (the Clipboard API can be refused, e.g. in a frame).
pub fn copy_text(text: String, status: RwSignal<Option<&'static str>>, done: &'static str) {
    leptos::task::spawn_local(async move {
        let copied = match web_sys::window() {
            Some(window) => JsFuture::from(window.navigator().clipboard().write_text(&text))
                .await
                .is_ok(),
            None => false,
        };
        status.set(Some(if copied { done } else { labels::COPY_FAILED }));
    });
}

/// Copies the public URL of `route` (with `#fragment` for an item on it);
/// `name` tells a screen reader what is copied.
#[component]
pub fn CopyLink(
    route: Route,
    #[prop(optional, into)] fragment: Option<String>,
    #[prop(into)] name: String,
) -> impl IntoView {
    let url = use_deployment().absolute(&route.at(fragment.as_deref()));
    let status = RwSignal::new(None::<&'static str>);
    let copy = move |_| copy_text(url.clone(), status, labels::COPIED);
    view! {
        <span class="copy-link">
            <button type="button" class="copy-link-button" on:click=copy aria-label=format!("{}: {name}", labels::COPY_LINK)>
                <svg class="icon" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
                    <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/>
                </svg>
                <span class="copy-link-text">{labels::COPY_LINK}</span>
            </button>
            <span class="copy-link-status" role="status">{move || status.get()}</span>
        </span>
    }
}
