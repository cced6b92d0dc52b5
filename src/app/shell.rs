//! The application shell: loads the snapshot (a `LocalResource`), provides
//! the shared state (`context`), and hands the location to leptos_router,
//! whose routes are generated from the route table. Around the page: header,
//! breadcrumbs, pager, footer.

use std::sync::Arc;

use leptos::context::Provider;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, Title};
use leptos_router::any_nested_route::IntoAnyNestedRoute;
use leptos_router::components::{FlatRoutes, FlatRoutesProps, RouteChildren, Router};
use leptos_router::hooks::{use_location, use_params_map};
use leptos_router::location::Location;
use leptos_router::{MatchNestedRoutes, ParamSegment, PossibleRouteMatch, StaticSegment};
use wasm_bindgen::JsCast;

use crate::app::components::citation::Citation;
use crate::app::components::editions::{EditionSwitcher, NewerEditionNotice};
use crate::app::components::embed_control::EmbedControl;
use crate::app::components::failure::FailureView;
use crate::app::components::footnotes::PageNotes;
use crate::app::components::later::{settled, Later};
use crate::app::components::layout::{Breadcrumbs, Footer, Header, Pager};
use crate::app::components::search_box::SearchCache;
use crate::app::context::{
    use_deployment, use_report, use_snapshot, MapsCache, PendingParts, Snapshot,
};
use crate::app::data::fetch_report;
use crate::app::pages;
use crate::app::scroll_positions;
use crate::publish::share_card::{self, ShareCard};
use crate::site::deployment::Deployment;
use crate::site::edition::Edition;
use crate::site::labels;
use crate::site::meta::{page_meta, PageMeta};
use crate::site::routes::{Page, Route, RouteDef, Target, TABLE};

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

/// The app in the browser: fetches the snapshot and renders the shell.
/// `edition` is what the page says of its own (`site::edition`); without
/// it, a published edition.
#[component]
pub fn App(deployment: Deployment, #[prop(optional)] edition: Edition) -> impl IntoView {
    provide_meta_context();
    let base = deployment.base.clone();
    let snapshot = LocalResource::new(move || {
        let base = base.clone();
        async move { fetch_report(&base).await.map(Arc::new) }
    });
    provide_context(Snapshot {
        state: Signal::derive(move || snapshot.get()),
        retry: Callback::new(move |_| snapshot.refetch()),
    });
    provide_context(MapsCache::ready(crate::app::takeover::prerendered_maps()));
    provide_context(PendingParts::new(crate::app::takeover::has_prerendered()));
    // Taking over a prerendered page, the router and the shell come a task
    // after the snapshot's fetch has started: the framework's first run
    // (much of it V8 compiling functions on their first call) is the
    // longest part of the app's start.
    view! { <Later><Shell deployment edition/></Later> }
}

/// Everything inside the router, given a [`Snapshot`] in context: the same
/// in the browser and in the prerender step.
#[component]
pub fn Shell(deployment: Deployment, edition: Edition) -> impl IntoView {
    provide_context(deployment.clone());
    provide_context(edition);
    provide_context(SearchCache::new());
    view! {
        <Router base=deployment.router_base()>
            <Frame/>
        </Router>
    }
}

#[component]
fn Frame() -> impl IntoView {
    let deployment = use_deployment();
    let snapshot = use_snapshot();
    let location = use_location();
    scroll_to_fragment(&location, snapshot);
    if deployment.embed {
        crate::app::frame::report_to_host(location.pathname, location.hash, deployment.clone());
    }
    let draft = use_context::<Edition>()
        .is_some_and(|e| e.draft)
        .then(|| view! { <DraftNotice/> });
    // While the app takes over a prerendered page, the header, the footer
    // and the loading notice each render in a task of their own: the
    // shell's first render, mostly V8 compiling each function on its first
    // call, took 100–120 ms in one task at 4× CPU.
    let header = (!deployment.embed).then(|| view! { <Later><Header/></Later> });
    let footer = (!deployment.embed).then(|| view! { <Later><Footer/></Later> });
    // A failure view stands in for the page it could not show; so does the
    // loading notice once the reader followed a link while the snapshot is
    // still coming (the static page is of the address left). Away from the
    // address loaded, the prerendered head tags describe another page.
    let landing = location.pathname.get_untracked();
    Effect::new(move |_| {
        let away = location.pathname.get() != landing;
        let title = match snapshot.state.get() {
            Some(Err(_)) => labels::failure::TITLE,
            None if away => labels::LOADING,
            _ => return,
        };
        if away {
            crate::app::takeover::leave_prerendered();
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                document.set_title(title);
            }
        }
        crate::app::takeover::take_over();
    });
    // With `<base href>`, a bare `#main` would resolve to the overview page.
    let skip_href = move || format!("{}#main", location.pathname.get());
    view! {
        <a class="skip-link" href=skip_href on:click=skip_to_main>{labels::SKIP_TO_CONTENT}</a>
        {draft}
        {header}
        <main id="main" tabindex="-1">{routes()}</main>
        {footer}
    }
}

/// On every page of a draft edition, embedded too: that it is a draft, and
/// that search engines are asked to leave it out.
#[component]
fn DraftNotice() -> impl IntoView {
    view! {
        <Meta name="robots" content="noindex"/>
        <aside class="draft-notice" aria-label=labels::draft::LABEL>
            <p><strong>{labels::draft::LABEL}</strong>" "{labels::draft::TEXT}</p>
        </aside>
    }
}

/// leptos_router's `<Routes>`, with one route per entry of the route table:
/// there whatever the snapshot's state, so that links navigate while it
/// loads or after it failed.
fn routes() -> impl IntoView {
    let fallback = || view! { <WithReport><pages::not_found::NotFound/></WithReport> };
    FlatRoutes(
        FlatRoutesProps::builder()
            .fallback(fallback)
            .children(RouteChildren::to_children(route_defs))
            .build(),
    )
}

fn route_defs() -> impl MatchNestedRoutes + Clone + Send + 'static {
    let routes: Vec<_> = TABLE
        .iter()
        .map(|def| {
            let page = def.page;
            let view = move || view! { <WithReport><RoutePage page/></WithReport> };
            leptos_router::NestedRoute::new(segments(def), view).into_any_nested_route()
        })
        .collect();
    leptos::tachys::view::iterators::StaticVec::from(routes)
}

/// The router's segments of a route of the table.
fn segments(def: &RouteDef) -> Arc<dyn PossibleRouteMatch + Send + Sync> {
    match def.segments() {
        (Some(page), Some(param)) => Arc::new((StaticSegment(page), ParamSegment(param))),
        (Some(page), None) => Arc::new((StaticSegment(page),)),
        (None, _) => Arc::new(StaticSegment("")),
    }
}

/// A route's view: `children` with the report provided once the snapshot
/// is in; the loading notice before, the failure view if it cannot be.
#[component]
fn WithReport(children: ChildrenFn) -> impl IntoView {
    let snapshot = use_snapshot();
    move || match snapshot.state.get() {
        None => view! { <Later><Loading/></Later> }.into_any(),
        Some(Err(failure)) => view! { <FailureView failure retry=snapshot.retry/> }.into_any(),
        Some(Ok(report)) => {
            let children = children.clone();
            view! { <Provider value=report>{children()}</Provider> }.into_any()
        }
    }
}

/// A matched route of the table: resolved once against the report, then
/// rendered, or the not-found page when its id names nothing.
#[component]
fn RoutePage(page: Page) -> impl IntoView {
    let report = use_report();
    let params = use_params_map();
    // The page re-renders when the id changes, not when the query does.
    let id = Memo::new(move |_| params.read().get("id"));
    move || match (Route { page, id: id.get() }).resolve(&report) {
        Some(target) => view! { <PageFrame target/> }.into_any(),
        None => view! { <pages::not_found::NotFound/> }.into_any(),
    }
}

/// The link-preview image tags of a page's share card: a large image
/// card, or the plain `summary` card for a page that has none.
#[component]
fn ShareCardTags(route: Route, card: Option<ShareCard>) -> impl IntoView {
    let deployment = use_deployment();
    let Some(card) = card else {
        return view! { <Meta name="twitter:card" content="summary"/> }.into_any();
    };
    let image = deployment.absolute(&share_card::path(&route));
    let alt = card.alt();
    view! {
        <Meta property="og:image" content=image.clone()/>
        <Meta property="og:image:type" content="image/png"/>
        <Meta property="og:image:width" content=share_card::WIDTH.to_string()/>
        <Meta property="og:image:height" content=share_card::HEIGHT.to_string()/>
        <Meta property="og:image:alt" content=alt.clone()/>
        <Meta name="twitter:card" content="summary_large_image"/>
        <Meta name="twitter:image" content=image/>
        <Meta name="twitter:image:alt" content=alt/>
    }
    .into_any()
}

/// A page's head tags: its title, description and canonical address, and
/// its link preview (Open Graph, X) under the report's title `site_name`.
#[component]
fn PageHead(
    meta: PageMeta,
    canonical: String,
    site_name: String,
    route: Route,
    card: Option<ShareCard>,
) -> impl IntoView {
    Effect::new(|_| crate::app::takeover::drop_prerendered_head_tags());
    view! {
        <Title text=meta.title.clone()/>
        <Meta name="description" content=meta.description.clone()/>
        <Link rel="canonical" href=canonical.clone()/>
        <Meta property="og:type" content="article"/>
        <Meta property="og:site_name" content=site_name/>
        <Meta property="og:title" content=meta.title.clone()/>
        <Meta property="og:description" content=meta.description.clone()/>
        <Meta property="og:url" content=canonical/>
        <Meta property="og:locale" content="ja_JP"/>
        <Meta name="twitter:title" content=meta.title/>
        <Meta name="twitter:description" content=meta.description/>
        <ShareCardTags route card/>
    }
}

/// A resolved page with its metadata, breadcrumbs and previous/next links.
#[component]
fn PageFrame(target: Target) -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let meta = page_meta(&target, &report);
    let route = target.route();
    let canonical = deployment.absolute(&route.to());
    let card = ShareCard::new(&route, &meta.heading, &report);
    // Once the parts rendered later are in too, and once per page (a
    // filter that re-renders a list defers its parts again).
    let rendered = StoredValue::new(false);
    let pending = use_context::<PendingParts>();
    Effect::new(move |_| {
        if settled(pending) && !rendered.get_value() {
            rendered.set_value(true);
            crate::app::timing::mark("route:rendered");
            crate::app::takeover::take_over();
            pages::preload_page_code();
        }
    });
    provide_context(PageNotes {
        route: route.clone(),
        notes: Arc::new(crate::derive::notes::page_notes(&report, &route)),
    });
    let content = pages::page_content(target.clone());
    let head = {
        let (meta, canonical) = (meta.clone(), canonical.clone());
        let (site_name, route) = (report.meta.title.clone(), route.clone());
        move || view! { <PageHead meta canonical site_name route card/> }
    };
    view! {
        // Head tags in a task of their own while the app takes over: the
        // prerendered page's stand in for them until the swap.
        <Later>{head()}</Later>
        <NewerEditionNotice route=route.clone()/>
        <Breadcrumbs target=target.clone()/>
        // Busy while its parts or its code are still coming (assistive
        // technology waits; so do the tests).
        <article class="page" aria-labelledby="page-title" aria-busy=move || (!settled(pending)).then_some("true")>
            <h1 id="page-title">{meta.heading.clone()}</h1>
            {content}
        </article>
        <Later>
            <p class="print-address">{labels::PRINT_ADDRESS}{canonical}</p>
            {(!deployment.embed).then(|| view! {
                <Citation route=route.clone() heading=meta.heading.clone()/>
                <EmbedControl route=route.clone() heading=meta.heading/>
                <EditionSwitcher route=route.clone()/>
            })}
            {deployment.embed.then(|| view! {
                <p class="open-full-line"><a class="open-full" target="_top" href=open_full_href(&deployment, &route)>{labels::OPEN_FULL}</a></p>
            })}
            <Pager route/>
        </Later>
    }
}

/// The page an embedded frame shows, outside embed mode: its public URL
/// with the frame's current query (filters, a search) and fragment.
fn open_full_href(
    deployment: &Deployment,
    route: &Route,
) -> impl Fn() -> String + Send + Sync + 'static {
    let page = deployment.absolute(&route.to());
    let location = use_location();
    move || {
        let search = location.search.get();
        let query = if search.is_empty() {
            String::new()
        } else {
            format!("?{search}")
        };
        format!("{page}{query}{}", location.hash.get())
    }
}

#[component]
fn Loading() -> impl IntoView {
    let slow = RwSignal::new(false);
    let after = std::time::Duration::from_secs(crate::app::data::STILL_LOADING_AFTER_S.into());
    let handle = set_timeout_with_handle(move || slow.set(true), after).ok();
    on_cleanup(move || {
        if let Some(handle) = handle {
            handle.clear();
        }
    });
    view! {
        // The notice is the page's heading until the page is in (a page
        // has a level-one heading, in every state).
        <div class="loading" role="status" aria-live="polite">
            <h1>{labels::LOADING}</h1>
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
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        main.focus().ok();
        main.scroll_into_view();
    }
}

/// Path, query (with a fragment only) and fragment: what makes an arrival.
type Address = (String, String, String);

/// An address arrived at, and how the one before was left for it.
struct Departure {
    address: Address,
    /// What had focus when the address changed: a text field focused since,
    /// or one typed in since (the reader typing, an IME composing while the
    /// page's code came), keeps focus when the page is in, and the page
    /// stays where it is (the field and its suggestions in view).
    focused: Option<web_sys::Element>,
    /// Whether the path stayed the same (only the query or fragment changed).
    same_path: bool,
}

/// After each navigation: scroll to the fragment's element and mark it, or
/// to the top, once per address. Runs after render, as it touches the DOM,
/// and after the parts rendered later, as the fragment may be in one: the
/// effect may run before the new page has counted its parts, so the frame
/// checks again. A prerendered first view is only marked: the browser has
/// scrolled it already (to the fragment, or back where the reader was), and
/// the reader may have scrolled on while the app took over. A page reached
/// with Back or Forward (`popstate`) goes back where the reader was on it
/// ([`scroll_positions`]; the browser's own restoration where none is
/// known). The position is remembered while a page is in place. A change
/// of address made by a field of the page that keeps focus (a calendar
/// filter dropping the `#event` of a shared link) is no arrival: the page
/// stays where it is, focus on the field. So does a page that comes in
/// while the reader types or composes in a field (the header's search box):
/// its fragment is marked, but neither focus nor the view leaves the field.
///
/// An address is the path and the fragment, and the query too when there
/// is a fragment: a change of the query alone (a filter) keeps the reader
/// where they are, but a link to an item in a list the query decides (the
/// calendar's) is an arrival, and the list renders the item anew.
fn scroll_to_fragment(location: &Location, snapshot: Snapshot) {
    let Location {
        pathname,
        search,
        hash,
        ..
    } = location.clone();
    let handled = StoredValue::new(None::<Address>);
    // Set by Back and Forward, taken by the next address handled. The
    // router's own listener came first, but its render and this effect's
    // frame come after this listener.
    let traversed = StoredValue::new(false);
    // Whether the reader has typed or composed in a text field since the
    // last address change: they have gone on, and focus stays with them.
    let typed = StoredValue::new(false);
    // The address last arrived at, and how it was left for it.
    let departure = StoredValue::new_local(None::<Departure>);
    // Whether the address is still the one the document loaded, not yet
    // handled (the first view): a link followed before the snapshot was in
    // (the static page's) makes the next address an arrival.
    let first = StoredValue::new(true);
    // Whether the current address's page is in place: the page the
    // document loaded with (the static page too, before the app takes
    // over), or a page whose arrival was handled. Only then is where the
    // reader is theirs to return to.
    let in_place = move || {
        first.get_value()
            || departure.with_value(|d| {
                d.as_ref()
                    .is_some_and(|d| handled.with_value(|h| h.as_ref() == Some(&d.address)))
            })
    };
    Effect::new(move |_| {
        // The listeners live as long as the app.
        let _listener = window_event_listener(leptos::ev::popstate, move |_| {
            traversed.set_value(true);
        });
        let on_typing = move |event: &web_sys::Event| {
            let target = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if target.is_some_and(|el| crate::app::navigation::is_text_field(&el)) {
                typed.set_value(true);
            }
        };
        let _input = window_event_listener(leptos::ev::input, move |e| on_typing(&e));
        let _composition =
            window_event_listener(leptos::ev::compositionstart, move |e| on_typing(&e));
        let _scroll = window_event_listener(leptos::ev::scroll, move |_| {
            if in_place() {
                scroll_positions::remember();
            }
        });
        let _hidden = window_event_listener(leptos::ev::pagehide, |_| scroll_positions::persist());
        // Where the reader scrolled the static page before the app ran.
        if in_place() {
            scroll_positions::remember();
        }
    });
    let loaded = Memo::new(move |_| snapshot.report().map(|r| Arc::as_ptr(&r) as usize));
    let pending = use_context::<PendingParts>();
    Effect::new(move |_| {
        let hash = hash.get();
        let search = if hash.is_empty() {
            String::new()
        } else {
            search.get()
        };
        let address = (pathname.get(), search, hash);
        let previous = departure.with_value(|d| d.as_ref().map(|d| d.address.clone()));
        if previous.as_ref() != Some(&address) {
            if previous.is_some() {
                first.set_value(false);
            }
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            departure.set_value(Some(Departure {
                same_path: previous.is_some_and(|p| p.0 == address.0),
                address: address.clone(),
                focused,
            }));
            typed.set_value(false);
        }
        // A page left before it was in (its code still coming) is not
        // handled; nor is the one before it any more: coming back to it
        // is a new arrival, which moves focus.
        if handled.with_value(|h| h.as_ref() != Some(&address)) {
            handled.set_value(None);
        }
        if loaded.get().is_none() || !settled(pending) {
            return;
        }
        request_animation_frame(move || {
            let settled = pending.is_none_or(|p| p.settled_untracked());
            let done = handled.try_with_value(|h| h.as_ref() == Some(&address));
            // On a busy machine the frame may come after the reader has
            // gone on (Back before the page left was handled).
            let current =
                departure.with_value(|d| d.as_ref().is_some_and(|d| d.address == address));
            if !settled || !current || done != Some(false) {
                return;
            }
            let is_first = std::mem::replace(&mut *first.write_value(), false);
            handled.set_value(Some(address.clone()));
            let restored = std::mem::take(&mut *traversed.write_value());
            if let Some(y) = restored.then(scroll_positions::recall).flatten() {
                window().scroll_to_with_x_and_y(0.0, y);
            }
            let placed_by_browser =
                restored || (is_first && pending.is_some_and(|p| p.took_over_prerendered()));
            let (typing_since, by_field) = departure.with_value(|d| {
                let d = d.as_ref();
                let before = d.and_then(|d| d.focused.as_ref());
                let field = crate::app::navigation::focused_text_field();
                let typing = field
                    .as_ref()
                    .is_some_and(|f| Some(f) != before || typed.get_value());
                // A field of the page that changed the address (a filter
                // that drops the fragment) and keeps focus: nothing arrived.
                let by_field =
                    d.is_some_and(|d| d.same_path) && field.is_some_and(|f| Some(&f) == before);
                (typing, by_field)
            });
            let reader_stays = typing_since || by_field;
            mark_target(
                &address.2,
                !is_first && !reader_stays,
                !placed_by_browser && !reader_stays,
            );
            scroll_positions::remember();
        });
    });
}

/// Marks the fragment's element (`.is-target`) and scrolls to it or to the
/// top when `scroll`; with `move_focus`, focus follows: to the target, or
/// to the main landmark.
fn mark_target(hash: &str, move_focus: bool, scroll: bool) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(marked)) = document.query_selector(".is-target") {
        marked.class_list().remove_1("is-target").ok();
    }
    let id = hash.trim_start_matches('#');
    let decoded = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    match (!decoded.is_empty())
        .then(|| document.get_element_by_id(&decoded))
        .flatten()
    {
        Some(target) => {
            target.class_list().add_1("is-target").ok();
            // A target standing in for one the static page had elsewhere
            // (`data-stands-in`): where the browser scrolled is not it.
            let scroll = scroll || target.has_attribute("data-stands-in");
            // A footnote marker is a small target in a paragraph: centred,
            // so the text it annotates shows; an item starts at the top.
            if scroll && target.class_list().contains("note-ref") {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                target.scroll_into_view_with_scroll_into_view_options(&options);
            } else if scroll {
                target.scroll_into_view();
            }
            // Keyboard and screen reader users continue from the target.
            if move_focus {
                if let Ok(element) = target.dyn_into::<web_sys::HtmlElement>() {
                    if element.get_attribute("tabindex").is_none() && element.tag_name() != "A" {
                        element.set_attribute("tabindex", "-1").ok();
                    }
                    crate::app::navigation::focus_without_scrolling(&element);
                }
            }
        }
        None => {
            if let Some(window) = web_sys::window().filter(|_| scroll) {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
            // Move focus to the new page for screen readers, not on first
            // load; without scrolling, so the page opens at its top.
            if move_focus {
                crate::app::navigation::focus_main();
            }
        }
    }
}
