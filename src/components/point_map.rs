//! A map with a point per item (`maps`), as inline SVG: each point is a
//! link to its item, named, reachable by keyboard in the list's order. The
//! list below it stays the full, accessible account; the map is an
//! overview.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos_router::NavigateOptions;

use crate::context::{use_deployment, MapsCache};
use crate::data::fetch_map;
use crate::deployment::AppPath;
use crate::labels;
use crate::maps::{Map, MapKind};
use crate::navigation::use_navigate_to;

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

/// Radius of a point's dot, and the most its pointer target may have, in
/// the map's pixels.
/// Whole pixels: printing an `f64` would bring Rust's float formatting
/// into the wasm.
const DOT_RADIUS: u32 = 6;
const HIT_RADIUS: u32 = 14;

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
    let map = move || drawn.get().map(|map: Arc<Map>| svg(&map, title, &places));
    view! {
        // The frame keeps the map's size while it loads: nothing moves.
        <figure class=class hidden=failed>
            <div class="map-frame">{map}</div>
            <figcaption>{labels::MAP_SOURCE}</figcaption>
        </figure>
    }
}

/// A point drawn: where, and how far its pointer target reaches.
struct Drawn<'a> {
    place: &'a MapPlace,
    x: i32,
    y: i32,
    reach: u32,
}

/// The places the map has, each with a pointer target of half the distance
/// to its nearest neighbour (at most [`HIT_RADIUS`]): targets never
/// overlap, so a click or tap on a point opens that point, never one drawn
/// over it. Points at the same spot (愛知県 and 名古屋市 at two decimals)
/// share it; the keyboard and the list reach each.
fn drawn<'a>(map: &Map, places: &'a [MapPlace]) -> Vec<Drawn<'a>> {
    let mut points: Vec<Drawn> = places
        .iter()
        .filter_map(|place| {
            let (x, y) = map.point(&place.id)?;
            Some(Drawn {
                place,
                x,
                y,
                reach: HIT_RADIUS,
            })
        })
        .collect();
    let at: Vec<(f64, f64)> = points.iter().map(|p| (p.x as f64, p.y as f64)).collect();
    for (i, point) in points.iter_mut().enumerate() {
        for (j, &(x, y)) in at.iter().enumerate() {
            if i != j {
                let half = ((x - at[i].0).hypot(y - at[i].1) / 2.0) as u32;
                point.reach = point.reach.min(half.max(1));
            }
        }
    }
    points
}

fn svg(map: &Map, title: &'static str, places: &[MapPlace]) -> impl IntoView {
    let deployment = use_deployment();
    let navigate = use_navigate_to();
    let points = drawn(map, places)
        .into_iter()
        .map(|p| {
            let to = p.place.to.clone();
            let navigate = navigate.clone();
            // The router follows HTML links only: an SVG link would load
            // the whole page again (and lose the place to go back to).
            let follow = move |e: ev::MouseEvent| {
                if e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
                {
                    e.prevent_default();
                    navigate(&to, NavigateOptions::default());
                }
            };
            // The name beside the point, shown on hover and focus (on the
            // side with room).
            let (label_x, anchor) = if p.x as f64 > map.width as f64 * 0.7 {
                (p.x - 10, "end")
            } else {
                (p.x + 10, "start")
            };
            view! {
                <g class="map-point" data-id=p.place.id.clone()>
                    <a href=deployment.href(&p.place.to) aria-label=p.place.label.clone() on:click=follow>
                        <circle class="map-dot" cx=p.x cy=p.y r=DOT_RADIUS></circle>
                        <circle class="map-hit" cx=p.x cy=p.y r=p.reach></circle>
                        <text class="map-label" x=label_x y=p.y + 5 text-anchor=anchor aria-hidden="true">{p.place.label.clone()}</text>
                    </a>
                </g>
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: &str) -> MapPlace {
        MapPlace {
            id: id.into(),
            label: id.into(),
            to: AppPath::new("/"),
        }
    }

    #[test]
    fn pointer_targets_never_overlap() {
        let map = Map {
            width: 100,
            height: 100,
            land: String::new(),
            points: vec![
                ("far".into(), 10, 10),
                ("a".into(), 50, 50),
                ("b".into(), 56, 58),
                ("same".into(), 50, 50),
            ],
        };
        let places: Vec<MapPlace> = ["far", "a", "b", "same", "absent"]
            .into_iter()
            .map(place)
            .collect();
        let points = drawn(&map, &places);
        let reach: Vec<(&str, u32)> = points
            .iter()
            .map(|p| (p.place.id.as_str(), p.reach))
            .collect();
        assert_eq!(
            reach,
            [("far", HIT_RADIUS), ("a", 1), ("b", 5), ("same", 1)]
        );
    }
}
