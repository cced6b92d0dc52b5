//! The application shell: loads the snapshot, reads the location, and shows
//! the page the route table matches, with its header, breadcrumbs and pager.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, Title};
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::location::{BrowserUrl, LocationProvider};
use wasm_bindgen::JsCast;

use crate::components::embed_control::EmbedControl;
use crate::components::failure::FailureView;
use crate::components::search_box::SearchCache;
use crate::embed::EMBED_SEGMENT;
use crate::components::layout::{Breadcrumbs, Footer, Header, Pager};
use crate::data::{fetch_report, LoadState};
use crate::labels;
use crate::meta::page_meta;
use crate::model::Report;
use crate::pages;
use crate::routes::{Page, Route};

/// Where the app is served: its origin, base path (`""` or `/report/2024`),
/// and whether this page is embedded in another site (`{base}/embed/...`).
#[derive(Clone, Debug, PartialEq)]
pub struct Deployment {
    pub origin: String,
    pub base: String,
    pub embed: bool,
}

impl Deployment {
    /// Reads the base path from `<base href>`, which the build sets.
    pub fn from_document() -> Deployment {
        let window = web_sys::window().expect("a browser window");
        let origin = window.location().origin().unwrap_or_default();
        let base_uri = window.document().and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
        let base_path = web_sys::Url::new(&base_uri).map(|u| u.pathname()).unwrap_or_default();
        let base = base_path.trim_end_matches('/').to_string();
        let pathname = window.location().pathname().unwrap_or_default();
        let embed = pathname
            .strip_prefix(&format!("{base}{EMBED_SEGMENT}"))
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
        Deployment { origin, base, embed }
    }

    /// The prefix of every link: the base path, plus `/embed` in embed mode
    /// so that navigation stays embedded.
    pub fn link_base(&self) -> String {
        if self.embed { format!("{}{EMBED_SEGMENT}", self.base) } else { self.base.clone() }
    }

    /// The href of a route inside this deployment.
    pub fn href(&self, route: &Route) -> String {
        let path = route.path();
        let base = self.link_base();
        if path == "/" { format!("{base}/") } else { format!("{base}{path}") }
    }

    /// The public (never embedded) path of a route, for sharing.
    fn public_href(&self, route: &Route) -> String {
        Deployment { embed: false, ..self.clone() }.href(route)
    }

    pub fn href_to(&self, route: &Route, fragment: Option<&str>) -> String {
        match fragment {
            Some(f) => format!("{}#{f}", self.href(route)),
            None => self.href(route),
        }
    }

    /// The absolute public URL, as shared and as canonical URL.
    pub fn absolute(&self, route: &Route, fragment: Option<&str>) -> String {
        let href = self.public_href(route);
        match fragment {
            Some(f) => format!("{}{href}#{f}", self.origin),
            None => format!("{}{href}", self.origin),
        }
    }

    /// The app path of a browser pathname, or `None` outside the base path.
    pub fn app_path<'a>(&self, pathname: &'a str) -> Option<&'a str> {
        let rest = pathname.strip_prefix(&self.link_base())?;
        match rest {
            "" => Some("/"),
            r if r.starts_with('/') => Some(r),
            _ => None,
        }
    }
}

/// What every page needs: the report and the deployment.
#[derive(Clone)]
pub struct Ctx {
    pub report: Arc<Report>,
    pub deployment: Deployment,
}

/// The element holding a prerendered page (`prerender`), and the one the app
/// renders into beside it, hidden until it has rendered the same page.
pub const PRERENDERED_ID: &str = "prerendered";
pub const APP_ID: &str = "app";
/// Marks the head tags of a prerendered page, which the app's own replace.
pub const PRERENDERED_ATTR: &str = "data-prerendered";

/// Mounts the app: beside a prerendered page if the HTML has one (the
/// visitor reads it meanwhile), otherwise into the body.
pub fn mount(deployment: Deployment) {
    let document = document();
    let container = document.get_element_by_id(PRERENDERED_ID).and_then(|_| {
        let container = document.create_element("div").ok()?;
        container.set_id(APP_ID);
        container.set_attribute("hidden", "").ok()?;
        document.body()?.append_child(&container).ok()?;
        container.dyn_into::<web_sys::HtmlElement>().ok()
    });
    match container {
        Some(container) => leptos::mount::mount_to(container, move || view! { <App deployment/> }).forget(),
        None => leptos::mount::mount_to_body(move || view! { <App deployment/> }),
    }
}

/// Once the app has rendered the page (or why it cannot), it replaces the
/// prerendered one: same markup, so nothing moves; focus and typed text
/// carry over.
fn take_over(state: RwSignal<LoadState>) {
    Effect::new(move |_| {
        if matches!(state.get(), LoadState::Loading) {
            return;
        }
        let document = document();
        let (Some(prerendered), Some(app)) = (document.get_element_by_id(PRERENDERED_ID), document.get_element_by_id(APP_ID)) else {
            return;
        };
        let focused = document.active_element().filter(|active| prerendered.contains(Some(active))).and_then(|active| {
            let all = prerendered.query_selector_all("*").ok()?;
            (0..all.length()).find(|&i| all.item(i).is_some_and(|n| n.is_same_node(Some(&active)))).map(|i| (i, active))
        });
        app.remove_attribute("hidden").ok();
        if let Some((index, before)) = focused {
            carry_focus(&app, index, &before);
        }
        prerendered.remove();
        if let Ok(tags) = document.query_selector_all(&format!("[{PRERENDERED_ATTR}]")) {
            for tag in (0..tags.length()).filter_map(|i| tags.item(i)) {
                if let Some(parent) = tag.parent_node() {
                    parent.remove_child(&tag).ok();
                }
            }
        }
    });
}

/// Focuses the element at `index` of the app's markup if it is the same
/// kind of element as the one focused before, copying what was typed.
fn carry_focus(app: &web_sys::Element, index: u32, before: &web_sys::Element) {
    let Some(after) = app.query_selector_all("*").ok().and_then(|all| all.item(index)) else {
        return;
    };
    let Ok(after) = after.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    if after.tag_name() != before.tag_name() {
        return;
    }
    if let (Some(typed), Some(input)) = (before.dyn_ref::<web_sys::HtmlInputElement>(), after.dyn_ref::<web_sys::HtmlInputElement>()) {
        if !typed.value().is_empty() {
            input.set_value(&typed.value());
            if let Ok(event) = web_sys::Event::new("input") {
                input.dispatch_event(&event).ok();
            }
        }
    }
    after.focus().ok();
}

/// Turns an unforeseen panic into a readable message instead of a dead page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Some(body) = document.body() {
            let alert = document.create_element("div").expect("create an element");
            alert.set_attribute("role", "alert").ok();
            alert.set_class_name("panic");
            alert.set_text_content(Some(labels::failure::PANIC));
            body.prepend_with_node_1(&alert).ok();
        }
    }));
}

#[component]
pub fn App(deployment: Deployment) -> impl IntoView {
    provide_meta_context();
    let state = RwSignal::new(LoadState::Loading);
    let base = deployment.base.clone();
    let load = move || {
        state.set(LoadState::Loading);
        let base = base.clone();
        leptos::task::spawn_local(async move {
            state.set(match fetch_report(&base).await {
                Ok(report) => LoadState::Ready(Arc::new(report)),
                Err(failure) => LoadState::Failed(failure),
            });
        });
    };
    load();
    take_over(state);
    let router_base = deployment.link_base();

    view! {
        <Router base=router_base>
            <Shell deployment state retry=Callback::new(move |_| load())/>
        </Router>
    }
}

#[component]
pub(crate) fn Shell(deployment: Deployment, state: RwSignal<LoadState>, retry: Callback<()>) -> impl IntoView {
    let location = use_location();
    let route = {
        let deployment = deployment.clone();
        Memo::new(move |_| {
            let pathname = location.pathname.get();
            deployment.app_path(&pathname).and_then(Route::parse)
        })
    };
    let report = Memo::new(move |_| match state.get() {
        LoadState::Ready(report) => Some(report),
        _ => None,
    });

    complete_navigations(location.pathname);
    scroll_to_fragment(location.hash, route, report);
    if deployment.embed {
        crate::frame::report_to_host(location.pathname, location.hash, deployment.clone());
    }

    provide_context(SearchCache::new());
    let header = (!deployment.embed).then(|| view! { <Header deployment=deployment.clone() route report/> });
    // With `<base href>`, a bare `#main` would resolve to the overview page.
    let skip_href = move || format!("{}#main", location.pathname.get());
    let footer = (!deployment.embed).then(|| view! { <Footer report/> });
    let open_full = deployment.embed.then(|| {
        let deployment = deployment.clone();
        move || {
            route.get().map(|r| {
                view! { <p class="open-full-line"><a class="open-full" target="_top" href=deployment.absolute(&r, None)>{labels::OPEN_FULL}</a></p> }
            })
        }
    });
    view! {
        <a class="skip-link" href=skip_href on:click=skip_to_main>{labels::SKIP_TO_CONTENT}</a>
        {header}
        <main id="main" tabindex="-1">
            {move || match state.get() {
                LoadState::Loading => view! { <Loading/> }.into_any(),
                LoadState::Failed(failure) => view! { <FailureView failure retry/> }.into_any(),
                LoadState::Ready(report) => {
                    let ctx = Ctx { report, deployment: deployment.clone() };
                    match route.get().filter(|r| r.exists_in(&ctx.report)) {
                        Some(route) => view! { <PageFrame ctx route/> }.into_any(),
                        None => view! { <pages::not_found::NotFound ctx/> }.into_any(),
                    }
                }
            }}
            {open_full}
        </main>
        {footer}
    }
}

/// A matched page with its metadata, breadcrumbs and previous/next links.
#[component]
fn PageFrame(ctx: Ctx, route: Route) -> impl IntoView {
    let meta = page_meta(&route, &ctx.report).expect("the route exists in the report");
    let canonical = ctx.deployment.absolute(&route, None);
    let content = match route.page {
        Page::Overview => view! { <pages::overview::Overview ctx=ctx.clone()/> }.into_any(),
        Page::Pathways => view! { <pages::pathways::Pathways ctx=ctx.clone()/> }.into_any(),
        Page::Pathway => view! { <pages::pathways::PathwayPage ctx=ctx.clone() id=route.id.clone().unwrap_or_default()/> }.into_any(),
        Page::Membership => view! { <pages::membership::Membership ctx=ctx.clone()/> }.into_any(),
        Page::Governance => view! { <pages::governance::Governance ctx=ctx.clone()/> }.into_any(),
        Page::Message => view! { <pages::message::Messages ctx=ctx.clone()/> }.into_any(),
        Page::Members => view! { <pages::members::Members ctx=ctx.clone()/> }.into_any(),
        Page::Member => view! { <pages::members::MemberPage ctx=ctx.clone() id=route.id.clone().unwrap_or_default()/> }.into_any(),
        Page::Highlights => view! { <pages::highlights::Highlights ctx=ctx.clone()/> }.into_any(),
        Page::Highlight => view! { <pages::highlights::HighlightPage ctx=ctx.clone() id=route.id.clone().unwrap_or_default()/> }.into_any(),
        Page::Activities => view! { <pages::activities::Activities ctx=ctx.clone()/> }.into_any(),
        Page::Chapter => view! { <pages::activities::ChapterPage ctx=ctx.clone() id=route.id.clone().unwrap_or_default()/> }.into_any(),
        Page::Calendar => view! { <pages::calendar::Calendar ctx=ctx.clone()/> }.into_any(),
        Page::World => view! { <pages::world::World ctx=ctx.clone()/> }.into_any(),
        Page::Search => view! { <pages::search::SearchPage ctx=ctx.clone()/> }.into_any(),
    };
    view! {
        <Title text=meta.title.clone()/>
        <Meta name="description" content=meta.description.clone()/>
        <Link rel="canonical" href=canonical.clone()/>
        <Meta property="og:type" content="article"/>
        <Meta property="og:site_name" content=ctx.report.meta.title.clone()/>
        <Meta property="og:title" content=meta.title.clone()/>
        <Meta property="og:description" content=meta.description.clone()/>
        <Meta property="og:url" content=canonical/>
        <Meta property="og:locale" content="ja_JP"/>
        <Meta name="twitter:card" content="summary"/>
        <Meta name="twitter:title" content=meta.title.clone()/>
        <Meta name="twitter:description" content=meta.description/>
        <Breadcrumbs ctx=ctx.clone() route=route.clone()/>
        <article class="page" aria-labelledby="page-title">
            <h1 id="page-title">{meta.heading.clone()}</h1>
            {content}
        </article>
        {(!ctx.deployment.embed).then(|| view! { <EmbedControl ctx=ctx.clone() route=route.clone() heading=meta.heading/> })}
        <Pager ctx route/>
    }
}

#[component]
fn Loading() -> impl IntoView {
    let slow = RwSignal::new(false);
    let after = std::time::Duration::from_secs(crate::data::STILL_LOADING_AFTER_S.into());
    let handle = set_timeout_with_handle(move || slow.set(true), after).ok();
    on_cleanup(move || {
        if let Some(handle) = handle {
            handle.clear();
        }
    });
    view! {
        <div class="loading" role="status" aria-live="polite">
            <p>{labels::LOADING}</p>
            <Show when=move || slow.get()>
                <p>{labels::STILL_LOADING}</p>
            </Show>
        </div>
    }
}

/// Moves focus to the main content without a navigation: the router must
/// not treat the skip link as a link to another page.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    let main = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("main"));
    if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        main.focus().ok();
        main.scroll_into_view();
    }
}

/// The router updates the address bar once the new view is rendered; we
/// match routes ourselves (from the route table), so we tell it when.
fn complete_navigations(pathname: Memo<String>) {
    let browser_url = use_context::<BrowserUrl>();
    Effect::new(move |_| {
        pathname.track();
        if let Some(url) = &browser_url {
            url.ready_to_complete();
        }
        crate::timing::mark("route:rendered");
    });
}

/// After each navigation: scroll to the fragment's element and mark it, or
/// to the top. Runs after render, as it touches the DOM.
fn scroll_to_fragment(hash: Memo<String>, route: Memo<Option<Route>>, report: Memo<Option<Arc<Report>>>) {
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let hash = hash.get();
        route.track();
        if report.get().is_none() {
            return;
        }
        let is_first = first.get_value();
        first.set_value(false);
        request_animation_frame(move || mark_target(&hash, is_first));
    });
}

fn mark_target(hash: &str, is_first_view: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(marked)) = document.query_selector(".is-target") {
        marked.class_list().remove_1("is-target").ok();
    }
    let id = hash.trim_start_matches('#');
    let decoded = js_sys::decode_uri_component(id).ok().and_then(|s| s.as_string()).unwrap_or_default();
    match (!decoded.is_empty()).then(|| document.get_element_by_id(&decoded)).flatten() {
        Some(target) => {
            target.class_list().add_1("is-target").ok();
            target.scroll_into_view();
        }
        None => {
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
            // Move focus to the new page for screen readers, not on first load.
            if !is_first_view {
                if let Some(main) = document.get_element_by_id("main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
                    main.focus().ok();
                }
            }
        }
    }
}
