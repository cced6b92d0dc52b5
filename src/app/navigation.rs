//! Programmatic navigation by app path, and where focus goes on arriving.
//!
//! The router was given the deployment's base (`Deployment::router_base`)
//! and adds it to whatever it is told to navigate to; handing it an href,
//! which already holds the base, would add it twice. Taking an [`AppPath`]
//! makes that mistake a type error.

use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::site::deployment::AppPath;

/// Navigates to an app path within the router (under `<Router>` only).
pub fn use_navigate_to() -> impl Fn(&AppPath, NavigateOptions) + Clone {
    let navigate = use_navigate();
    move |to: &AppPath, options: NavigateOptions| navigate(&to.to_string(), options)
}

/// Options for a change of the current page's query (filters, the search
/// text): the page stays where it is scrolled.
pub fn in_place(replace: bool) -> NavigateOptions {
    NavigateOptions {
        replace,
        scroll: false,
        ..Default::default()
    }
}

/// Moves focus to the page's main landmark (`#main`, focusable by script),
/// without scrolling: where a screen reader continues after a new page, or
/// after the control it used went away with what it replaced.
pub fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        focus_without_scrolling(&main);
    }
}

/// Focuses `element` without scrolling it into view: the caller has put
/// the view where the reader should be (or left it where they are).
pub fn focus_without_scrolling(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    element.focus_with_options(&options).ok();
}

/// Whether `element` takes typed text: a form field or an editable region
/// (where keys are the reader's text, not shortcuts).
pub fn is_text_field(element: &web_sys::Element) -> bool {
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.has_attribute("contenteditable")
}

/// The focused element, when it takes typed text ([`is_text_field`]).
pub fn focused_text_field() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(is_text_field)
}
