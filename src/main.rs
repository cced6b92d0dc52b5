use iclei_report::app::shell::App;
use iclei_report::site::deployment::Deployment;
use iclei_report::site::edition::{Edition, SCRIPT_ID};

fn main() {
    iclei_report::app::shell::install_panic_hook();
    let deployment = deployment_of_this_page();
    let edition = edition_of_this_page();
    iclei_report::app::takeover::mount(move || leptos::view! { <App deployment edition/> });
}

/// The edition the page says it is of (`site::edition`); a published one
/// when it says nothing.
fn edition_of_this_page() -> Edition {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(SCRIPT_ID))
        .and_then(|script| script.text_content())
        .and_then(|json| Edition::parse(&json))
        .unwrap_or_default()
}

/// The deployment as the browser sees it: the base path is the `<base
/// href>` the build wrote.
fn deployment_of_this_page() -> Deployment {
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
