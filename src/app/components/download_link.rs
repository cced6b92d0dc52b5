//! A link to one of the report's CSV files (`downloads`), beside the list
//! it holds.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::context::use_deployment;
use crate::publish::downloads::Download;
use crate::site::labels;

/// `{list}をCSVでダウンロード`: the `download` attribute saves the file
/// rather than opening it, and keeps the router from handling the click.
/// A plain click fetches the file and saves what came back: Chromium
/// sends a `download` link's own request past the service worker, so
/// offline (or with the host down) the link alone would save nothing.
/// Modified clicks (new tab, save as) and a page without the app keep the
/// link's own behaviour.
#[component]
pub fn DownloadLink(download: Download) -> impl IntoView {
    let href = use_deployment().file(download.path());
    let on_click = {
        let href = href.clone();
        move |event: MouseEvent| {
            if event.button() != 0
                || event.ctrl_key()
                || event.meta_key()
                || event.shift_key()
                || event.alt_key()
            {
                return;
            }
            event.prevent_default();
            let href = href.clone();
            leptos::task::spawn_local(async move {
                let name = file_name(&href);
                // A fetch that fails (no network, nothing cached) falls back
                // to the link itself, so the browser says what went wrong.
                match fetch_blob_url(&href).await {
                    Some(blob_url) => {
                        save(&blob_url, name);
                        // The download reads the blob after the click
                        // returns: it is let go of once that is long done.
                        set_timeout(
                            move || {
                                web_sys::Url::revoke_object_url(&blob_url).ok();
                            },
                            BLOB_LIFETIME,
                        );
                    }
                    None => save(&href, name),
                }
            });
        }
    };
    view! {
        <p class="download">
            <a href=href download on:click=on_click>{download.label()}{labels::AS_CSV}</a>
        </p>
    }
}

/// How long a fetched file stays in memory after its download started.
const BLOB_LIFETIME: std::time::Duration = std::time::Duration::from_secs(30);

/// The last segment of a file's URL: `events.csv`.
fn file_name(href: &str) -> &str {
    href.rsplit('/').next().unwrap_or(href)
}

/// The file at `href`, fetched (through the service worker, which answers
/// from its cache when the network fails), as an object URL; `None` when
/// there is no successful answer.
async fn fetch_blob_url(href: &str) -> Option<String> {
    let response = gloo_net::http::Request::get(href).send().await.ok()?;
    if !response.ok() {
        return None;
    }
    let bytes = response.binary().await.ok()?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&response.headers().get("content-type").unwrap_or_default());
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Saves `href` as `name` through a link made for it: the browser's own
/// download, with its name.
fn save(href: &str, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    link.set_href(href);
    link.set_download(name);
    link.click();
}
