//! The citation line of a page, with a control that copies it.

use leptos::prelude::*;

use crate::app::components::copy_link::copy_text;
use crate::app::context::{use_deployment, use_report};
use crate::site::labels;
use crate::site::routes::Route;

/// `publisher「report」デジタル版「heading」URL` for `route`, whose heading
/// is `heading`; the URL is the page's public one, never the embed's.
#[component]
pub fn Citation(route: Route, heading: String) -> impl IntoView {
    let report = use_report();
    let url = use_deployment().absolute(&route.to());
    let line = labels::citation(&report.meta.publisher, &report.meta.title, &heading, &url);
    let status = RwSignal::new(None::<&'static str>);
    let copied = line.clone();
    let copy = move |_| copy_text(copied.clone(), status, labels::CITATION_COPIED);
    view! {
        <div class="citation">
            <p><span class="citation-label">{labels::CITE_THIS}</span><span class="citation-text">{line}</span></p>
            <button type="button" class="citation-copy" on:click=copy>{labels::COPY_CITATION}</button>
            <span class="copy-link-status" role="status">{move || status.get()}</span>
        </div>
    }
}
