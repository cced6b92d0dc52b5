//! A map with a marker per item (`maps`), as inline SVG: each marker is a
//! link to its item, named, reachable by keyboard in the list's order.
//! Items too close to be told apart by pointer share one marker (a
//! cluster, `Map::markers`) that opens a chooser: a modal `<dialog>` with a
//! link to each. Every marker's pointer target is at least 24 CSS px
//! across and none overlaps another. The list below the map stays the
//! full, accessible account; the map is an overview.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos_router::NavigateOptions;

use wasm_bindgen::JsCast;

use crate::app::context::{element_id, use_deployment, MapsCache};
use crate::app::data::fetch_map;
use crate::app::navigation::use_navigate_to;
use crate::publish::maps::{Map, MapKind, Marker};
use crate::site::deployment::AppPath;
use crate::site::labels;

/// An item on a map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapPlace {
    /// The id the map's point is keyed by.
    pub id: String,
    /// What the point is called (its link's name and label).
    pub label: String,
    /// Where its link leads.
    pub to: AppPath,
}

/// The map of `kind` with `places` on it, drawn on the page at `page`
/// (a cluster's chooser is a fragment of it); nothing without maps in
/// context (component tests), and nothing once the map has failed to load
/// (the list below says it all).
#[component]
pub fn PointMap(
    kind: MapKind,
    title: &'static str,
    page: AppPath,
    places: Vec<MapPlace>,
) -> impl IntoView {
    use_context::<MapsCache>().map(|cache| figure(cache, kind, title, page, places))
}

fn figure(
    cache: MapsCache,
    kind: MapKind,
    title: &'static str,
    page: AppPath,
    places: Vec<MapPlace>,
) -> impl IntoView {
    let deployment = use_deployment();
    // Given by the prerender step, or read back from the prerendered page
    // (`takeover::prerendered_maps`): fetched only after a client-side
    // navigation, and only once per visit.
    let ready = cache.get(kind);
    let fetched = ready.is_none().then(|| {
        let base = deployment.base.clone();
        LocalResource::new(move || {
            let (base, cache) = (base.clone(), cache.clone());
            async move {
                let map = fetch_map(&base, kind).await.map(Arc::new);
                if let Some(map) = &map {
                    cache.keep(kind, map.clone());
                }
                map
            }
        })
    });
    let drawn = Memo::new(move |_| {
        ready
            .clone()
            .or_else(|| fetched.and_then(|r| r.get()).flatten())
    });
    let failed = move || fetched.is_some_and(|r| matches!(r.get(), Some(None)));
    let class = format!("map {}", kind.class());
    // Markers are worked out once per map drawn: the map and the choosers
    // below it both draw from them.
    let laid_out = Memo::new({
        let places = places.clone();
        move |_| {
            drawn.get().map(|map: Arc<Map>| {
                let markers = map.markers(places.iter().map(|place| place.id.as_str()));
                (map, Arc::new(markers))
            })
        }
    });
    let places = Arc::new(places);
    let map = {
        let places = places.clone();
        move || {
            laid_out
                .get()
                .map(|(map, markers)| draw(&map, &markers, kind, title, &page, &places))
        }
    };
    let choosers = move || {
        laid_out
            .get()
            .map(|(_, markers)| choosers(&markers, kind, &places))
    };
    view! {
        // The frame keeps the map's size while it loads: nothing moves.
        <figure class=class hidden=failed>
            <div class="map-frame">{map}</div>
            <figcaption>{labels::MAP_SOURCE}</figcaption>
            {choosers}
        </figure>
    }
}

/// The share of a marker's target radius its drawn dot takes: the dot of an
/// item, and the larger one of a cluster, which holds its count.
const DOT_SHARE: (u32, u32) = (2, 5);
const CLUSTER_DOT_SHARE: (u32, u32) = (4, 5);

fn share(radius: u32, (numerator, denominator): (u32, u32)) -> u32 {
    radius * numerator / denominator
}

/// The size of a marker's name, in map pixels: about 21 CSS px where the
/// map is drawn widest.
fn label_size(kind: MapKind) -> u32 {
    match kind {
        MapKind::World => 30,
        MapKind::Japan => 22,
    }
}

/// A marker's name: where it is written (`x`, `y`, `text-anchor`) so that
/// it stays inside a map `width` wide, beside a dot reaching `gap` from
/// `x`: after the dot where it fits, else before it, else as far inside as
/// it goes. Its width is estimated from its characters at `size`: a full
/// em for Japanese, 0.7 em for Latin letters and digits, and a quarter em
/// for the bold face and its halo.
fn label_place(width: u32, x: i32, gap: i32, text: &str, size: u32) -> (i32, &'static str) {
    let tenths: u32 = text
        .chars()
        .map(|c| if c.is_ascii() { 7 } else { 10 })
        .sum();
    let long = ((tenths * size).div_ceil(10) + size / 4) as i32;
    let width = width as i32;
    if x + gap + long <= width {
        (x + gap, "start")
    } else if x - gap - long >= 0 {
        (x - gap, "end")
    } else {
        ((width - long).max(0), "start")
    }
}

/// A marker's name as drawn while the marker is hovered or focused.
struct Label {
    x: i32,
    y: i32,
    anchor: &'static str,
    text: String,
}

/// The map's SVG: the land, a marker per item or cluster, and the name of
/// the marker hovered or focused, drawn last so no other marker covers it.
fn draw(
    map: &Map,
    markers: &[Marker],
    kind: MapKind,
    title: &'static str,
    page: &AppPath,
    places: &[MapPlace],
) -> impl IntoView {
    let radius = map.target_radius();
    let shown = RwSignal::new(None::<usize>);
    let mut labels = Vec::new();
    let drawn = markers
        .iter()
        .enumerate()
        .map(|(n, marker)| {
            let members = members(marker, places);
            let points = map.points_attribute(members.iter().map(|place| place.id.as_str()));
            let (dot, text) = match members.as_slice() {
                [place] => (share(radius, DOT_SHARE), place.label.clone()),
                _ => {
                    let short = labels::map_cluster_short(&members[0].label, members.len());
                    (share(radius, CLUSTER_DOT_SHARE), short)
                }
            };
            let gap = dot as i32 + 4;
            let (x, anchor) = label_place(map.width, marker.x, gap, &text, label_size(kind));
            labels.push(Label {
                x,
                y: marker.y + 5,
                anchor,
                text,
            });
            let drawing = Drawing {
                marker,
                radius,
                dot,
                shown,
                n,
            };
            let (link, count) = match members.as_slice() {
                [place] => (item_link(drawing, place).into_any(), None),
                _ => {
                    let chooser = chooser_id(kind, &members);
                    let href = use_deployment().href(&page.clone().with_fragment(chooser.clone()));
                    let count = view! {
                        <text class="map-count" x=marker.x y=marker.y dy="0.35em" text-anchor="middle" font-size=dot aria-hidden="true">
                            {members.len()}
                        </text>
                    };
                    let link = cluster_link(drawing, href, chooser, &members);
                    (link.into_any(), Some(count))
                }
            };
            view! {
                <g
                    class="map-point"
                    data-points=points
                    on:mouseenter=move |_| shown.set(Some(n))
                    on:mouseleave=move |_| shown.set(None)
                >
                    {link}
                    {count}
                </g>
            }
        })
        .collect_view();
    let size = label_size(kind);
    let label = move || {
        shown.get().and_then(|n| labels.get(n)).map(|label| {
            view! {
                <text class="map-label" x=label.x y=label.y text-anchor=label.anchor font-size=size aria-hidden="true">
                    {label.text.clone()}
                </text>
            }
        })
    };
    view! {
        <svg
            viewBox=format!("0 0 {} {}", map.width, map.height)
            role="group"
            aria-label=title
        >
            <path class="map-land" d=map.land.clone()></path>
            {drawn}
            {label}
        </svg>
    }
}

/// The items at `marker`.
fn members<'a>(marker: &Marker, places: &'a [MapPlace]) -> Vec<&'a MapPlace> {
    marker.members.iter().map(|&i| &places[i]).collect()
}

/// The chooser of each cluster among `markers`, after the map.
fn choosers(markers: &[Marker], kind: MapKind, places: &[MapPlace]) -> impl IntoView {
    markers
        .iter()
        .filter(|marker| marker.members.len() > 1)
        .map(|marker| {
            let members = members(marker, places);
            chooser(&chooser_id(kind, &members), &members)
        })
        .collect_view()
}

/// The element id of the chooser of a cluster: named after its first
/// member, which no other cluster has.
fn chooser_id(kind: MapKind, members: &[&MapPlace]) -> String {
    element_id(&format!("{}-near-{}", kind.class(), members[0].id))
}

/// Follows `to` in the app on a plain primary click: the router follows
/// HTML links only, and an SVG link would load the whole page again (and
/// lose the place to go back to).
fn follow_in_app(to: AppPath) -> impl Fn(ev::MouseEvent) + 'static {
    let navigate = use_navigate_to();
    move |e: ev::MouseEvent| {
        if plain_click(&e) {
            e.prevent_default();
            navigate(&to, NavigateOptions::default());
        }
    }
}

fn plain_click(e: &ev::MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

// A marker's `<a>` is the only child of a `<g>` of the same view macro:
// the macro makes an `<a>` an SVG link only there (leptos_macro 0.8.20
// forgets the SVG parent of several children, and an HTML `<a>` in an SVG
// draws nothing). Its texts (count, name) are beside the link, not in it:
// the link's name is its `aria-label`, and text inside would have to
// match it.

/// A marker as drawn: where, its target's radius and its dot's, and the
/// signal of which marker's name is shown with this marker's number in it.
#[derive(Clone, Copy)]
struct Drawing<'a> {
    marker: &'a Marker,
    radius: u32,
    dot: u32,
    shown: RwSignal<Option<usize>>,
    n: usize,
}

/// A marker's link: its target and dot, named `name`. Focus on it shows
/// its name. (The focus handlers are on the link: an SVG element with
/// focus listeners becomes focusable in Chromium.)
fn marker_link(
    drawing: Drawing,
    href: String,
    name: String,
    cluster: bool,
    on_click: impl Fn(ev::MouseEvent) + 'static,
) -> impl IntoView {
    let Drawing {
        marker,
        radius,
        dot,
        shown,
        n,
    } = drawing;
    view! {
        <g>
            <a
                href=href
                class=cluster.then_some("map-cluster")
                aria-label=name
                aria-haspopup=cluster.then_some("dialog")
                on:click=on_click
                on:focus=move |_| shown.set(Some(n))
                on:blur=move |_| shown.set(None)
            >
                <circle class="map-hit" cx=marker.x cy=marker.y r=radius></circle>
                <circle class="map-dot" cx=marker.x cy=marker.y r=dot></circle>
            </a>
        </g>
    }
}

/// An item's marker: a link to it.
fn item_link(drawing: Drawing, place: &MapPlace) -> impl IntoView {
    let href = use_deployment().href(&place.to);
    let follow = follow_in_app(place.to.clone());
    marker_link(drawing, href, place.label.clone(), false, follow)
}

/// A cluster's marker: a link to its chooser (element id `chooser`; `href`
/// is the page's address with that fragment, where a page without its
/// script shows the chooser by CSS), which it opens as a modal dialog:
/// focus moves into it, and back when it closes. In an embedded page the
/// frame is as tall as its content, so the dialog is placed below the
/// marker rather than in the middle of the frame.
fn cluster_link(
    drawing: Drawing,
    href: String,
    chooser: String,
    members: &[&MapPlace],
) -> impl IntoView {
    let names: Vec<&str> = members.iter().map(|place| place.label.as_str()).collect();
    let embedded = use_deployment().embed;
    let open = move |e: ev::MouseEvent| {
        let Some(dialog) = dialog(&chooser).filter(|_| plain_click(&e)) else {
            return;
        };
        e.prevent_default();
        // Fails only if it is open already.
        let _ = dialog.show_modal();
        if embedded {
            let below = e
                .current_target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .map(|marker| {
                    marker.get_bounding_client_rect().bottom() + window().scroll_y().unwrap_or(0.0)
                });
            if let Some(below) = below {
                let room = f64::from(
                    document()
                        .document_element()
                        .map_or(0, |root| root.scroll_height()),
                ) - f64::from(dialog.offset_height());
                let top = below.min(room).max(0.0).round() as i32;
                let style = web_sys::HtmlElement::style(&dialog);
                let _ = style.set_property("position", "absolute");
                let _ = style.set_property("margin-top", "0");
                let _ = style.set_property("top", &format!("{top}px"));
            }
        }
    };
    marker_link(drawing, href, labels::map_cluster(&names), true, open)
}

/// The chooser with element id `id`, if the page has it.
fn dialog(id: &str) -> Option<web_sys::HtmlDialogElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The chooser of a cluster: a link to each of its members, and a button
/// that closes it (so do Escape, a click outside it and a choice). The
/// second click of a double click that opened it lands on whatever is now
/// under the pointer: it is ignored.
fn chooser(id: &str, members: &[&MapPlace]) -> impl IntoView {
    let deployment = use_deployment();
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    let choose = {
        let id = id.to_string();
        move |e: ev::MouseEvent| {
            if e.detail() > 1 {
                e.prevent_default();
                e.stop_propagation();
            } else if let Some(dialog) = dialog(&id) {
                dialog.close();
            }
        }
    };
    // A click on the backdrop (outside the dialog's box) closes it; not the
    // second click of the double click that opened it.
    let dismiss = {
        let id = id.to_string();
        move |e: ev::MouseEvent| {
            let Some(dialog) = dialog(&id).filter(|_| e.detail() == 1) else {
                return;
            };
            let box_ = dialog.get_bounding_client_rect();
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            if x < box_.left() || x > box_.right() || y < box_.top() || y > box_.bottom() {
                dialog.close();
            }
        }
    };
    let links = members
        .iter()
        .map(|place| {
            let choose = choose.clone();
            view! { <li><a href=deployment.href(&place.to) on:click=choose>{place.label.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <dialog id=id.to_string() class="map-chooser" aria-labelledby=labelled_by on:click=dismiss>
            <h2 id=heading>{labels::map_chooser_heading(members.len())}</h2>
            <ul>{links}</ul>
            <form method="dialog">
                <button>{labels::CLOSE}</button>
            </form>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_stays_inside_the_map() {
        // At 10 px: 4 Latin letters 30 px, 3 Japanese characters 32 px
        // (with the quarter em).
        assert_eq!(label_place(100, 10, 5, "abcd", 10), (15, "start"));
        assert_eq!(label_place(100, 90, 5, "abcd", 10), (85, "end"));
        assert_eq!(label_place(100, 70, 5, "東京都", 10), (65, "end"));
        assert_eq!(label_place(100, 63, 5, "東京都", 10), (68, "start"));
        // Fits on neither side: as far inside as it goes.
        assert_eq!(label_place(100, 50, 5, "東京都東京都", 10), (38, "start"));
        assert_eq!(label_place(50, 25, 5, "東京都東京都", 10), (0, "start"));
    }
}
