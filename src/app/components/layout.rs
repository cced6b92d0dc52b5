//! The frame around every page: header with menu, breadcrumbs, pager, footer.

use leptos::ev;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::app::components::search_box::SearchBox;
use crate::app::context::{use_deployment, use_report, use_snapshot};
use crate::report::model::Report;
use crate::site::labels;
use crate::site::meta::page_meta;
use crate::site::routes::{neighbours, Page, Route, Target};

/// The site's header: its name, the menu, search and the scheme toggle.
///
/// On phones the menu is a popover (`popover`, opened by its button's
/// `popovertarget`): the browser opens and closes it, closes it on Escape
/// or a tap beside it, returns focus to the button and tells assistive
/// technology whether it is open, all without the app's code, so the menu
/// of a prerendered page works before the app has taken over, and with
/// script off. On wide screens the same list is a bar, always shown. The
/// app also closes it when a link in it is followed (the page's own too),
/// on Back and Forward, when focus moves on past it (to the search box it
/// covers) and when the window becomes wide.
#[component]
pub fn Header() -> impl IntoView {
    let deployment = use_deployment();
    let nav = NodeRef::<leptos::html::Nav>::new();
    let close = move || {
        if let Some(nav) = nav.get_untracked() {
            if nav.matches(":popover-open").unwrap_or(false) {
                nav.hide_popover().ok();
            }
        }
    };
    let pathname = use_location().pathname;
    Effect::new(move |_| {
        pathname.track();
        close();
    });
    Effect::new(move |_| {
        let Some(wide) = web_sys::window().and_then(|w| w.match_media(WIDE_SCREEN).ok().flatten())
        else {
            return;
        };
        // The listener lives as long as the page, as the header does.
        let on_change = Closure::<dyn Fn()>::new(close);
        wide.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
            .ok();
        on_change.forget();
    });
    let on_click = move |e: ev::MouseEvent| {
        let on_link = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|t| t.closest("a").ok().flatten().is_some());
        if on_link {
            close();
        }
    };
    let on_focusout = move |e: ev::FocusEvent| {
        let Some(to) = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            // Focus left the page, or a tap beside the menu, which the
            // browser handles.
            return;
        };
        let inside = nav
            .get_untracked()
            .is_some_and(|nav| nav.contains(Some(&to)));
        if !inside && !to.class_list().contains("menu-button") {
            close();
        }
    };
    let home = deployment.href(&Route::new(Page::Overview).to());
    // `<A>` marks the link of the part of the report being read as current
    // (a member page is in 会員自治体); the overview only on itself.
    let items = Page::menu()
        .map(|page| {
            let href = deployment.href(&Route::new(page).to());
            view! { <li><A href exact=page == Page::Overview>{labels::page(page)}</A></li> }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="site-name" href=home>{labels::SITE_NAME}</a>
                <button type="button" class="menu-button" popovertarget="main-nav" aria-controls="main-nav">
                    {labels::MENU}
                </button>
            </div>
            // The menu follows its button in the tab order; search comes after.
            <nav
                id="main-nav"
                class="main-nav"
                popover="auto"
                node_ref=nav
                aria-label=labels::MAIN_NAV
                on:click=on_click
                on:focusout=on_focusout
            >
                <ul>{items}</ul>
                <button type="button" class="menu-close" popovertarget="main-nav" popovertargetaction="hide">
                    {labels::CLOSE_MENU}
                </button>
            </nav>
            <div class="site-search">
                <SearchBox/>
                <ThemeToggle/>
            </div>
        </header>
    }
}

/// Where the reader's choice of scheme is kept, across pages and visits.
/// index.html's inline script reads the same key to set `data-theme` on
/// `<html>` before the first paint.
const THEME_KEY: &str = "iclei-report:theme";
const SYSTEM_DARK: &str = "(prefers-color-scheme: dark)";
/// Where the menu is a bar rather than a popover: style/main.css's breakpoint.
const WIDE_SCREEN: &str = "(min-width: 60rem)";

/// Dark mode on or off (`aria-pressed`). The page follows the system's
/// scheme until the reader chooses the other one; choosing the system's
/// again forgets the choice. The browser is read in effects and handlers
/// only: the same component renders the static pages.
#[component]
fn ThemeToggle() -> impl IntoView {
    let dark = RwSignal::new(false);
    Effect::new(move |_| {
        dark.set(shows_dark());
        // The system's scheme can change while the page is open.
        let on_change = Closure::<dyn Fn()>::new(move || dark.set(shows_dark()));
        if let Some(query) = system_dark() {
            query.set_onchange(Some(on_change.as_ref().unchecked_ref()));
        }
        on_change.forget();
        // A choice made in another tab of the edition (the `storage` event
        // fires in every other tab of the origin): this one follows it.
        // The listener lives as long as the page.
        let _listener = window_event_listener(ev::storage, move |event| {
            if event.key().is_none_or(|key| key == THEME_KEY) {
                show_stored_theme();
                dark.set(shows_dark());
            }
        });
    });
    let toggle = move |_| {
        let choice = !shows_dark();
        choose_dark(choice);
        dark.set(choice);
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed=move || if dark.get() { "true" } else { "false" }
            on:click=toggle
        >
            <svg class="icon" aria-hidden="true" viewBox="0 0 16 16" width="18" height="18">
                <path d="M13.5 10A6 6 0 016 2.5 6 6 0 1013.5 10z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/>
            </svg>
            <span class="theme-toggle-text">{labels::DARK_MODE}</span>
        </button>
    }
}

fn system_dark() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(SYSTEM_DARK).ok()?
}

/// `<html>`, which carries `data-theme`.
fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Where the reader's choice is kept, where the browser allows storage.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether the page is dark now: the reader's choice, else the system's.
fn shows_dark() -> bool {
    let chosen = root().and_then(|html| html.get_attribute("data-theme"));
    match chosen {
        Some(theme) => theme == "dark",
        None => system_dark().is_some_and(|q| q.matches()),
    }
}

/// Shows the page as the stored choice says (what index.html's inline
/// script does before the first paint): `data-theme` from the storage, or
/// none (the system's scheme) when there is no valid choice.
fn show_stored_theme() {
    let Some(html) = root() else {
        return;
    };
    let stored = local_storage().and_then(|storage| storage.get_item(THEME_KEY).ok().flatten());
    match stored.as_deref() {
        Some(theme @ ("light" | "dark")) => html.set_attribute("data-theme", theme).ok(),
        _ => html.remove_attribute("data-theme").ok(),
    };
}

/// Shows the page dark or light from now on, on every page.
fn choose_dark(dark: bool) {
    let Some(html) = root() else {
        return;
    };
    let storage = local_storage();
    if system_dark().is_some_and(|q| q.matches()) == dark {
        html.remove_attribute("data-theme").ok();
        if let Some(storage) = storage {
            storage.remove_item(THEME_KEY).ok();
        }
    } else {
        let theme = if dark { "dark" } else { "light" };
        html.set_attribute("data-theme", theme).ok();
        if let Some(storage) = storage {
            storage.set_item(THEME_KEY, theme).ok();
        }
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let snapshot = use_snapshot();
    let deployment = use_deployment();
    let link = move |page: Page, label: &'static str| {
        view! { <li><a href=deployment.href(&Route::new(page).to())>{label}</a></li> }
    };
    view! {
        <footer class="site-footer">
            {move || snapshot.report().map(|r| view! {
                <p>{r.meta.title.clone()}" — "{r.meta.publisher.clone()}</p>
                <p class="source">{labels::SOURCE}"："{r.meta.source.clone()}</p>
            })}
            <ul class="footer-links">
                {link(Page::About, labels::page(Page::About))}
                {link(Page::Print, labels::WHOLE_REPORT)}
            </ul>
        </footer>
    }
}

/// How breadcrumbs and the pager name a page: its heading (the overview
/// by its menu label).
fn crumb_label(target: &Target, report: &Report) -> String {
    match target {
        Target::Page(Page::Overview) => labels::page(Page::Overview).to_string(),
        _ => page_meta(target, report).heading,
    }
}

#[component]
pub fn Breadcrumbs(target: Target) -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let mut chain = target.route().breadcrumbs();
    // The last of the chain is the page itself, already resolved.
    chain.pop();
    let parents = chain
        .iter()
        .filter_map(|route| route.resolve(&report))
        .map(|crumb| view! { <li><a href=deployment.href(&crumb.route().to())>{crumb_label(&crumb, &report)}</a></li> })
        .collect_view();
    let current =
        view! { <li><span aria-current="page">{crumb_label(&target, &report)}</span></li> };
    view! { <nav class="breadcrumbs" aria-label=labels::BREADCRUMBS><ol>{parents}{current}</ol></nav> }
}

#[component]
pub fn Pager(route: Route) -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let (previous, next) = neighbours(&route, &report);
    let link = |target: Option<Route>, rel: &'static str, label: &'static str| {
        let target = target?.resolve(&report)?;
        let title = crumb_label(&target, &report);
        Some(view! {
            <a class=format!("pager-{rel}") rel=rel href=deployment.href(&target.route().to())>
                <span class="pager-label">{label}</span>
                <span class="pager-title">{title}</span>
            </a>
        })
    };
    view! {
        <nav class="pager" aria-label=labels::PAGER>
            {link(previous, "prev", labels::PREVIOUS)}
            {link(next, "next", labels::NEXT)}
        </nav>
    }
}
