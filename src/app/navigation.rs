//! Programmatic navigation by app path.
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
