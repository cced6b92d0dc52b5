//! The frame around every page: header with menu, breadcrumbs, pager, footer.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{Ctx, Deployment};
use crate::components::search_box::SearchBox;
use crate::labels;
use crate::meta::page_meta;
use crate::model::Report;
use crate::routes::{neighbours, Page, Route};

#[component]
pub fn Header(deployment: Deployment, route: Memo<Option<Route>>, report: Memo<Option<Arc<Report>>>) -> impl IntoView {
    let open = RwSignal::new(false);
    // A navigation closes the menu on phones.
    Effect::new(move |_| {
        route.track();
        open.set(false);
    });
    let home = deployment.href(&Route::new(Page::Overview));
    let items = Page::menu()
        .map(|page| {
            let href = deployment.href(&Route::new(page));
            let current = move || {
                let here = route.get().map(|r| r.breadcrumbs().get(1).map(|c| c.page).unwrap_or(r.page));
                (here == Some(page)).then_some("page")
            };
            view! { <li><a href=href aria-current=current>{labels::page(page)}</a></li> }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="site-name" href=home>{labels::SITE_NAME}</a>
                <button
                    type="button"
                    class="menu-button"
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
                <SearchBox deployment=deployment.clone() report/>
            </div>
        </header>
    }
}

#[component]
pub fn Footer(report: Memo<Option<Arc<Report>>>) -> impl IntoView {
    view! {
        <footer class="site-footer">
            {move || report.get().map(|r| view! {
                <p>{r.meta.title.clone()}" — "{r.meta.publisher.clone()}</p>
                <p class="source">{labels::SOURCE}": "{r.meta.source.clone()}</p>
            })}
        </footer>
    }
}

fn crumb_label(route: &Route, report: &Report) -> String {
    match route.page {
        Page::Overview => labels::page(Page::Overview).to_string(),
        _ => page_meta(route, report).map(|m| m.heading).unwrap_or_default(),
    }
}

#[component]
pub fn Breadcrumbs(ctx: Ctx, route: Route) -> impl IntoView {
    let crumbs = route.breadcrumbs();
    let last = crumbs.len() - 1;
    let items = crumbs
        .into_iter()
        .enumerate()
        .map(|(i, crumb)| {
            let label = crumb_label(&crumb, &ctx.report);
            if i == last {
                view! { <li><span aria-current="page">{label}</span></li> }.into_any()
            } else {
                view! { <li><a href=ctx.deployment.href(&crumb)>{label}</a></li> }.into_any()
            }
        })
        .collect_view();
    view! { <nav class="breadcrumbs" aria-label=labels::BREADCRUMBS><ol>{items}</ol></nav> }
}

#[component]
pub fn Pager(ctx: Ctx, route: Route) -> impl IntoView {
    let (previous, next) = neighbours(&route, &ctx.report);
    let link = |target: Option<Route>, rel: &'static str, label: &'static str| {
        target.map(|target| {
            let title = crumb_label(&target, &ctx.report);
            view! {
                <a class=format!("pager-{rel}") rel=rel href=ctx.deployment.href(&target)>
                    <span class="pager-label">{label}</span>
                    <span class="pager-title">{title}</span>
                </a>
            }
        })
    };
    view! {
        <nav class="pager" aria-label=labels::PAGER>
            {link(previous, "prev", labels::PREVIOUS)}
            {link(next, "next", labels::NEXT)}
        </nav>
    }
}
