//! The hand-over from a prerendered page to the app.
//!
//! Why it exists: every page is also static HTML (`prerender`), which the
//! reader sees before any wasm has loaded. The app must not blank that page
//! while it starts, nor render a second copy below it. So it mounts into a
//! hidden element beside the static page and, once it has rendered the same
//! page (or why it cannot), swaps itself in: the markup is the same, so
//! nothing moves; focus and typed text carry over. The static page's head
//! tags give way to the app's as soon as those are in.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::context::PendingParts;
use crate::app::navigation::focus_without_scrolling;
use crate::publish::maps::{read_points, Map, MapKind, MapSet};

/// The element holding a prerendered page, and the one the app renders
/// into beside it, hidden until it has rendered the same page.
pub const PRERENDERED_ID: &str = "prerendered";
pub const APP_ID: &str = "app";
/// Marks the head tags of a prerendered page, which the app's own replace.
pub const PRERENDERED_ATTR: &str = "data-prerendered";

/// Mounts `app`: beside a prerendered page if the HTML has one (the visitor
/// reads it meanwhile), in a task of its own after the one that
/// instantiated the wasm, so that neither blocks input for the sum of both;
/// otherwise at once into the body (nothing is on screen yet).
pub fn mount<V: IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    let document = document();
    let container = document.get_element_by_id(PRERENDERED_ID).and_then(|_| {
        let container = document.create_element("div").ok()?;
        container.set_id(APP_ID);
        container.set_attribute("hidden", "").ok()?;
        document.body()?.append_child(&container).ok()?;
        container.dyn_into::<web_sys::HtmlElement>().ok()
    });
    match container {
        Some(container) => wasm_bindgen_futures::spawn_local(async move {
            crate::app::timing::next_task().await;
            leptos::mount::mount_to(container, app).forget();
        }),
        None => leptos::mount::mount_to_body(app),
    }
}

/// Whether the page holds a prerendered page for the app to take over.
pub fn has_prerendered() -> bool {
    document().get_element_by_id(PRERENDERED_ID).is_some()
}

/// The maps the prerendered page shows, read back from its markup (the
/// points each marker carries in `data-points`, the land's path, the view
/// box): the app draws the same map at once, without fetching it a second
/// time. Empty where the page has no map, nothing was prerendered or a
/// marker cannot be read (the map is then fetched).
pub fn prerendered_maps() -> MapSet {
    let document = document();
    MapKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let svg = document
                .query_selector(&format!("#{PRERENDERED_ID} .{} svg", kind.class()))
                .ok()??;
            let view_box = svg.get_attribute("viewBox")?;
            let mut size = view_box.split(' ').skip(2).map(str::parse::<u32>);
            let (width, height) = (size.next()?.ok()?, size.next()?.ok()?);
            let land = svg.query_selector(".map-land").ok()??.get_attribute("d")?;
            let nodes = svg.query_selector_all(".map-point").ok()?;
            let mut points = Vec::new();
            for i in 0..nodes.length() {
                let marker = nodes.item(i)?.dyn_into::<web_sys::Element>().ok()?;
                points.extend(read_points(&marker.get_attribute("data-points")?)?);
            }
            let map = Map {
                width,
                height,
                land,
                points,
            };
            Some((kind, Arc::new(map)))
        })
        .collect()
}

/// Marks a field of the prerendered page while an input method composes in
/// it; set and cleared by the inline script `composition-init` of
/// `index.html`, which runs before any of the app's code, so compositions
/// begun before the wasm loaded are seen too.
const COMPOSING_ATTR: &str = "data-composing";

/// Called by whatever the app renders in place of the page (the page, the
/// not-found page, the failure view) once it is in the DOM: swaps the app in
/// for the prerendered page, once. Does nothing where nothing was
/// prerendered.
///
/// Where the reader is composing Japanese in a field of the prerendered
/// page (an IME's kana not yet converted), the swap waits for the
/// composition to end: moving focus mid-composition commits the kana as
/// typed, and the conversion then lands after them (`よこはま横浜市`).
pub fn take_over() {
    // From now on pages render in one go (see `PendingParts`).
    if let Some(pending) = use_context::<PendingParts>() {
        pending.stop_deferring();
    }
    let composing = document()
        .query_selector(&format!("#{PRERENDERED_ID} [{COMPOSING_ATTR}]"))
        .ok()
        .flatten();
    match composing {
        Some(field) => wasm_bindgen_futures::spawn_local(async move {
            // An IME starts the next composition as the reader types on
            // without a pause: that one is waited for too.
            while field.has_attribute(COMPOSING_ATTR) {
                composition_end(&field).await;
                // After the `input` event of the converted text, which the
                // copy must carry.
                crate::app::timing::next_task().await;
            }
            swap();
        }),
        None => swap(),
    }
}

/// Resolves at the next `compositionend` on `field`.
async fn composition_end(field: &web_sys::Element) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let listening = field
            .add_event_listener_with_callback_and_add_event_listener_options(
                "compositionend",
                &resolve,
                &options,
            )
            .is_ok();
        if !listening {
            resolve.call0(&wasm_bindgen::JsValue::NULL).ok();
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok();
}

/// Shows the app in place of the prerendered page, focus and typed text
/// carried over.
fn swap() {
    let document = document();
    let (Some(prerendered), Some(app)) = (
        document.get_element_by_id(PRERENDERED_ID),
        document.get_element_by_id(APP_ID),
    ) else {
        return;
    };
    let focused = document
        .active_element()
        .filter(|active| prerendered.contains(Some(active)))
        .and_then(|active| {
            let all = prerendered.query_selector_all("*").ok()?;
            (0..all.length())
                .find(|&i| all.item(i).is_some_and(|n| n.is_same_node(Some(&active))))
                .map(|i| (i, active))
        });
    app.remove_attribute("hidden").ok();
    keep_popovers_open(&prerendered, &app);
    if let Some((index, before)) = focused {
        carry_focus(&app, index, &before);
    }
    prerendered.remove();
}

/// Removes the prerendered page's head tags: called once the app's own are
/// in (`PageHead`), so that each tag is there once at every moment. Where
/// the app shows no page (the failure view), they stay: they still
/// describe the address.
pub fn drop_prerendered_head_tags() {
    let Ok(tags) = document().query_selector_all(&format!("[{PRERENDERED_ATTR}]")) else {
        return;
    };
    for tag in (0..tags.length()).filter_map(|i| tags.item(i)) {
        if let Some(parent) = tag.parent_node() {
            parent.remove_child(&tag).ok();
        }
    }
}

/// Called when the reader has left the address the page was prerendered
/// for before the app took over (a link followed on it): its head tags go,
/// and so does its focus, which the takeover would otherwise carry to
/// whatever the app shows at the same place for the new address.
pub fn leave_prerendered() {
    drop_prerendered_head_tags();
    let focused = document()
        .active_element()
        .filter(|active| {
            active
                .closest(&format!("#{PRERENDERED_ID}"))
                .ok()
                .flatten()
                .is_some()
        })
        .and_then(|active| active.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(focused) = focused {
        focused.blur().ok();
    }
}

/// Opens in the app the popovers open on the static page (the phone's
/// menu, which works before the app does), by id, each from its button as
/// a reader would: the browser returns focus there when it closes.
fn keep_popovers_open(prerendered: &web_sys::Element, app: &web_sys::Element) {
    let Ok(open) = prerendered.query_selector_all("[popover]:popover-open") else {
        return;
    };
    for before in (0..open.length()).filter_map(|i| open.item(i)) {
        let Some(id) = before
            .dyn_ref::<web_sys::Element>()
            .map(web_sys::Element::id)
        else {
            continue;
        };
        let html = |selector: String| {
            app.query_selector(&selector)
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        if let Some(button) = html(format!("[popovertarget='{id}']")) {
            // Without scrolling: the app's copy is still below the static
            // page, which goes next, leaving the copy where the reader was.
            focus_without_scrolling(&button);
        }
        if let Some(after) = html(format!("[id='{id}']")) {
            after.show_popover().ok();
        }
    }
}

/// Focuses the element at `index` of the app's markup if it is the same
/// kind of element as the one focused before, copying what was typed.
fn carry_focus(app: &web_sys::Element, index: u32, before: &web_sys::Element) {
    let Some(after) = app
        .query_selector_all("*")
        .ok()
        .and_then(|all| all.item(index))
    else {
        return;
    };
    let Ok(after) = after.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    if after.tag_name() != before.tag_name() {
        return;
    }
    if let (Some(typed), Some(input)) = (
        before.dyn_ref::<web_sys::HtmlInputElement>(),
        after.dyn_ref::<web_sys::HtmlInputElement>(),
    ) {
        if !typed.value().is_empty() {
            input.set_value(&typed.value());
            // The caret too: the reader may have moved it back to correct.
            if let (Ok(Some(start)), Ok(Some(end))) =
                (typed.selection_start(), typed.selection_end())
            {
                input.set_selection_range(start, end).ok();
            }
            if let Ok(event) = web_sys::Event::new("input") {
                input.dispatch_event(&event).ok();
            }
        }
    }
    // A filter chosen on the static page is applied by the app.
    if let (Some(chosen), Some(select)) = (
        before.dyn_ref::<web_sys::HtmlSelectElement>(),
        after.dyn_ref::<web_sys::HtmlSelectElement>(),
    ) {
        if chosen.value() != select.value() {
            select.set_value(&chosen.value());
            if let Ok(event) = web_sys::Event::new("change") {
                select.dispatch_event(&event).ok();
            }
        }
    }
    // Without scrolling, as the menu's button above.
    focus_without_scrolling(&after);
}
