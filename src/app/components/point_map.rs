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

/// The map of `kind` with `places` on it; nothing without maps in context
/// (component tests), and nothing once the map has failed to load (the
/// list below says it all).
#[component]
pub fn PointMap(kind: MapKind, title: &'static str, places: Vec<MapPlace>) -> impl IntoView {
    use_context::<MapsCache>().map(|cache| figure(cache, kind, title, places))
}

fn figure(
    cache: MapsCache,
    kind: MapKind,
    title: &'static str,
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
    let map = move || {
        drawn
            .get()
            .map(|map: Arc<Map>| draw(&map, kind, title, &places))
    };
    view! {
        // The frame keeps the map's size while it loads: nothing moves.
        <figure class=class hidden=failed>
            <div class="map-frame">{map}</div>
            <figcaption>{labels::MAP_SOURCE}</figcaption>
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

/// The map's SVG and, after it, the chooser of each cluster.
fn draw(map: &Map, kind: MapKind, title: &'static str, places: &[MapPlace]) -> impl IntoView {
    let radius = map.target_radius();
    let markers = map.markers(places.iter().map(|place| place.id.as_str()));
    let drawn = markers
        .iter()
        .map(|marker| {
            let members: Vec<&MapPlace> = marker.members.iter().map(|&i| &places[i]).collect();
            let points = map.points_attribute(members.iter().map(|place| place.id.as_str()));
            match members.as_slice() {
                [place] => item_marker(map, marker, radius, points, place).into_any(),
                _ => {
                    let chooser = chooser_id(kind, &members);
                    cluster_marker(map, marker, radius, points, &chooser, &members).into_any()
                }
            }
        })
        .collect_view();
    let choosers = markers
        .iter()
        .filter(|marker| marker.members.len() > 1)
        .map(|marker| {
            let members: Vec<&MapPlace> = marker.members.iter().map(|&i| &places[i]).collect();
            chooser(&chooser_id(kind, &members), &members)
        })
        .collect_view();
    view! {
        <svg
            viewBox=format!("0 0 {} {}", map.width, map.height)
            role="group"
            aria-label=title
        >
            <path class="map-land" d=map.land.clone()></path>
            {drawn}
        </svg>
        {choosers}
    }
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

/// The name beside a marker, shown while its link is hovered or focused,
/// on the side with room.
fn hover_label(map: &Map, marker: &Marker, dot: u32, text: String) -> impl IntoView {
    let gap = dot as i32 + 4;
    let (x, anchor) = if marker.x as f64 > map.width as f64 * 0.7 {
        (marker.x - gap, "end")
    } else {
        (marker.x + gap, "start")
    };
    view! {
        <text class="map-label" x=x y=marker.y + 5 text-anchor=anchor aria-hidden="true">{text}</text>
    }
}

// A marker's `<a>` is the only child of a `<g>` of the same view macro:
// the macro makes an `<a>` an SVG link only there (leptos_macro 0.8.20
// forgets the SVG parent of several children, and an HTML `<a>` in an SVG
// draws nothing). Its texts (name, count) are beside the link, not in it:
// the link's name is its `aria-label`, and text inside would have to
// match it.

/// An item's marker: a link to it. `points`: its `data-points`.
fn item_marker(
    map: &Map,
    marker: &Marker,
    radius: u32,
    points: String,
    place: &MapPlace,
) -> impl IntoView {
    let deployment = use_deployment();
    let dot = share(radius, DOT_SHARE);
    view! {
        <g class="map-point" data-points=points>
            <g>
                <a href=deployment.href(&place.to) aria-label=place.label.clone() on:click=follow_in_app(place.to.clone())>
                    <circle class="map-hit" cx=marker.x cy=marker.y r=radius></circle>
                    <circle class="map-dot" cx=marker.x cy=marker.y r=dot></circle>
                </a>
            </g>
            {hover_label(map, marker, dot, place.label.clone())}
        </g>
    }
}

/// A cluster's marker: a link to its chooser (element id `chooser`),
/// which it opens as a modal dialog (focus moves into it, and back when it
/// closes).
fn cluster_marker(
    map: &Map,
    marker: &Marker,
    radius: u32,
    points: String,
    chooser: &str,
    members: &[&MapPlace],
) -> impl IntoView {
    let names: Vec<&str> = members.iter().map(|place| place.label.as_str()).collect();
    let dot = share(radius, CLUSTER_DOT_SHARE);
    let open = {
        let chooser = chooser.to_string();
        move |e: ev::MouseEvent| {
            if let Some(dialog) = dialog(&chooser).filter(|_| plain_click(&e)) {
                e.prevent_default();
                // Fails only if it is open already.
                let _ = dialog.show_modal();
            }
        }
    };
    view! {
        <g class="map-point" data-points=points>
            <g>
                <a
                    href=format!("#{chooser}")
                    class="map-cluster"
                    aria-label=labels::map_cluster(&names)
                    aria-haspopup="dialog"
                    on:click=open
                >
                    <circle class="map-hit" cx=marker.x cy=marker.y r=radius></circle>
                    <circle class="map-dot" cx=marker.x cy=marker.y r=dot></circle>
                </a>
            </g>
            <text class="map-count" x=marker.x y=marker.y dy="0.35em" text-anchor="middle" font-size=dot aria-hidden="true">
                {members.len()}
            </text>
            {hover_label(map, marker, dot, labels::map_cluster_short(names[0], names.len()))}
        </g>
    }
}

/// The chooser with element id `id`, if the page has it.
fn dialog(id: &str) -> Option<web_sys::HtmlDialogElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The chooser of a cluster: a link to each of its members, and a button
/// that closes it (so do Escape and a choice).
fn chooser(id: &str, members: &[&MapPlace]) -> impl IntoView {
    let deployment = use_deployment();
    let heading = format!("{id}-heading");
    let labelled_by = heading.clone();
    let close = {
        let id = id.to_string();
        move |_: ev::MouseEvent| {
            if let Some(dialog) = dialog(&id) {
                dialog.close();
            }
        }
    };
    let links = members
        .iter()
        .map(|place| {
            let close = close.clone();
            view! { <li><a href=deployment.href(&place.to) on:click=close>{place.label.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <dialog id=id.to_string() class="map-chooser" aria-labelledby=labelled_by>
            <h2 id=heading>{labels::map_chooser_heading(members.len())}</h2>
            <ul>{links}</ul>
            <form method="dialog">
                <button>{labels::CLOSE}</button>
            </form>
        </dialog>
    }
}
