//! A link to one of the report's CSV files (`downloads`), beside the list
//! it holds.

use leptos::prelude::*;

use crate::context::use_deployment;
use crate::downloads::Download;
use crate::labels;

/// `{list}をCSVでダウンロード`: the `download` attribute saves the file
/// rather than opening it, and keeps the router from handling the click.
#[component]
pub fn DownloadLink(download: Download) -> impl IntoView {
    let href = use_deployment().file(download.path());
    view! {
        <p class="download">
            <a href=href download>{labels::download(download)}{labels::AS_CSV}</a>
        </p>
    }
}
