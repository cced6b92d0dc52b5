//! A map with a point per item (`maps`), as inline SVG: each point is a
//! link to its item, named, reachable by keyboard in the list's order. The
//! list beside it stays the full, accessible account; the map is an
//! overview.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_meta::Link;

use crate::context::{use_deployment, MapsCache};
use crate::data::fetch_map;
use crate::labels;
use crate::maps::{Map, MapKind};

/// An item on a map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapPlace {
    /// The id the map's point is keyed by.
    pub id: String,
    /// What the point is called (its link's name).
    pub label: String,
    pub href: String,
}

/// Radius of a point's dot and of the larger, invisible disc that takes the
/// pointer, in the map's pixels.
const DOT_RADIUS: u32 = 6;
const HIT_RADIUS: u32 = 14;

/// The map of `kind` with `places` on it; nothing without maps in context
/// (component tests) or when they cannot be had.
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
    let ready = cache.get(kind);
    // Fetched only by a page that shows the map, and only once per visit.
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
    let loaded = move || {
        ready
            .clone()
            .or_else(|| fetched.and_then(|r| r.get()).flatten())
    };
    let class = match kind {
        MapKind::World => "map map-world",
        MapKind::Japan => "map map-japan",
    };
    let drawn = Memo::new(move |_| loaded());
    let map = move || drawn.get().map(|map: Arc<Map>| svg(&map, title, &places));
    view! {
        // The prerendered page asks for the maps beside the app's code, so
        // they are there when the app takes the page over.
        <Link rel="preload" href=deployment.file(kind.path()) as_="fetch" crossorigin="anonymous"/>
        // The frame keeps the map's size while the maps load: nothing moves.
        <figure class=class>
            <div class="map-frame">{map}</div>
            // The same before the map has loaded: nothing moves.
            <figcaption>{labels::MAP_SOURCE}</figcaption>
        </figure>
    }
}

fn svg(map: &Map, title: &'static str, places: &[MapPlace]) -> impl IntoView {
    let points = places
        .iter()
        .filter_map(|place| {
            let (x, y) = map.point(&place.id)?;
            Some(view! {
                <g class="map-point">
                    <a href=place.href.clone() aria-label=place.label.clone()>
                        <title>{place.label.clone()}</title>
                        <circle class="map-hit" cx=x cy=y r=HIT_RADIUS></circle>
                        <circle class="map-dot" cx=x cy=y r=DOT_RADIUS></circle>
                    </a>
                </g>
            })
        })
        .collect_view();
    view! {
        <svg
            viewBox=format!("0 0 {} {}", map.width, map.height)
            role="group"
            aria-label=title
        >
            <path class="map-land" d=map.land.clone()></path>
            {points}
        </svg>
    }
}
