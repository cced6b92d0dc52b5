//! The frame around every page: header with menu, breadcrumbs, pager, footer.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::search_box::SearchBox;
use crate::context::{use_deployment, use_report, use_snapshot};
use crate::labels;
use crate::meta::page_meta;
use crate::model::Report;
use crate::routes::{neighbours, Page, Route, Target};

#[component]
pub fn Header() -> impl IntoView {
    let deployment = use_deployment();
    let open = RwSignal::new(false);
    // A navigation closes the menu on phones.
    let pathname = use_location().pathname;
    Effect::new(move |_| {
        pathname.track();
        open.set(false);
    });
    let home = deployment.href(&Route::new(Page::Overview).to());
    // Escape closes the open menu (on phones) and returns to its button.
    let button = NodeRef::<leptos::html::Button>::new();
    let on_keydown = move |e: leptos::ev::KeyboardEvent| {
        if e.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(button) = button.get_untracked() {
                button.focus().ok();
            }
        }
    };
    // `<A>` marks the link of the part of the report being read as current
    // (a member page is in 会員自治体); the overview only on itself.
    let items = Page::menu()
        .map(|page| {
            let href = deployment.href(&Route::new(page).to());
            view! { <li><A href exact=page == Page::Overview>{labels::page(page)}</A></li> }
        })
        .collect_view();
    view! {
        <header class="site-header" on:keydown=on_keydown>
            <div class="site-header-inner">
                <a class="site-name" href=home>{labels::SITE_NAME}</a>
                <button
                    type="button"
                    class="menu-button"
                    node_ref=button
                    aria-controls="main-nav"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {labels::MENU}
                </button>
            </div>
            // The menu follows its button in the tab order; search comes after.
            <nav id="main-nav" class="main-nav" class:open=move || open.get() aria-label=labels::MAIN_NAV>
                <ul>{items}</ul>
            </nav>
            <div class="site-search">
                <SearchBox/>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let snapshot = use_snapshot();
    view! {
        <footer class="site-footer">
            {move || snapshot.report().map(|r| view! {
                <p>{r.meta.title.clone()}" — "{r.meta.publisher.clone()}</p>
                <p class="source">{labels::SOURCE}": "{r.meta.source.clone()}</p>
            })}
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
