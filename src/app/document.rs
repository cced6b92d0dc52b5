//! What the page the app starts on says of itself: where it is served
//! (its `<base href>` and location) and which edition it is of (its
//! edition script, `site::edition`). Read once, when the app starts.

use crate::site::deployment::Deployment;
use crate::site::edition::{Edition, SCRIPT_ID};

/// The deployment as the browser sees it: the base path is the `<base
/// href>` the build wrote.
pub fn deployment() -> Deployment {
    let window = web_sys::window().expect("a browser window");
    let location = window.location();
    let base_uri = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let base_path = web_sys::Url::new(&base_uri)
        .map(|u| u.pathname())
        .unwrap_or_default();
    Deployment::new(
        &location.origin().unwrap_or_default(),
        &base_path,
        &location.pathname().unwrap_or_default(),
    )
}

/// The edition the page says it is of; a published one that knows no
/// other when it says nothing.
pub fn edition() -> Edition {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(SCRIPT_ID))
        .and_then(|script| script.text_content())
        .and_then(|json| Edition::parse(&json))
        .unwrap_or_default()
}
