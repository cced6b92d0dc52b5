//! The maps of ICLEI's offices and of the member municipalities, drawn at
//! build time by `scripts/maps.mjs` from Natural Earth shapes and the
//! snapshot's locations (`model::Location`) into
//! `public/data/map-{world,japan}.json`: each map is its size, its land
//! as one SVG path and each item's point, projected to whole pixels (and
//! the shapes' source, for whoever reads the file). The pages draw them as inline SVG (`components::point_map`); the
//! browser fetches a map only on the page that shows it.

use serde::Deserialize;

/// One map, in pixels of its own `0 0 width height` view box.
#[derive(Deserialize, Clone, Debug, PartialEq)]
pub struct Map {
    pub width: u32,
    pub height: u32,
    /// The land, as an SVG path.
    pub land: String,
    /// `(id, x, y)` of each item drawn: offices or municipalities.
    pub points: Vec<(String, i32, i32)>,
}

/// The maps had, by kind (all of them in the prerender step, those fetched
/// so far in the browser).
pub type MapSet = Vec<(MapKind, std::sync::Arc<Map>)>;

/// Which map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKind {
    /// ICLEI's offices.
    World,
    /// The member municipalities.
    Japan,
}

impl MapKind {
    pub const ALL: [MapKind; 2] = [MapKind::World, MapKind::Japan];

    /// The class of its figure, by which the app also finds it in a
    /// prerendered page (`takeover::prerendered_maps`).
    pub fn class(self) -> &'static str {
        match self {
            MapKind::World => "map-world",
            MapKind::Japan => "map-japan",
        }
    }

    /// The file's path under the deployment's base (`Deployment::file`).
    pub fn path(self) -> &'static str {
        match self {
            MapKind::World => "/data/map-world.json",
            MapKind::Japan => "/data/map-japan.json",
        }
    }
}

/// The narrowest a map is drawn, in CSS pixels: a 320 px screen (WCAG's
/// reflow width) less the page's margins (16 px each side), with nothing
/// beside the map. The markers' sizes and spacing are set for it and grow
/// with the map.
pub const NARROWEST_CSS_PX: u32 = 288;

/// The smallest pointer target WCAG 2.2 accepts without spacing (2.5.8),
/// in CSS pixels.
pub const TARGET_CSS_PX: u32 = 24;

/// What the map draws at one spot: one item, or several that lie too
/// close together to be told apart by pointer (a cluster, drawn as one
/// marker that offers a choice among them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    /// Where, in map pixels: the item's point, or the mean of the points of
    /// a cluster's members.
    pub x: i32,
    pub y: i32,
    /// The items at it, as indices into the ids given to
    /// [`Map::markers`], in that order.
    pub members: Vec<usize>,
}

impl Map {
    /// Radius of a marker's pointer target, in map pixels: half of
    /// [`TARGET_CSS_PX`] where the map is [`NARROWEST_CSS_PX`] wide,
    /// rounded up (25 for a map 600 px wide).
    pub fn target_radius(&self) -> u32 {
        (TARGET_CSS_PX * self.width).div_ceil(2 * NARROWEST_CSS_PX)
    }

    /// The markers for the items `ids` (those the map has a point for; the
    /// others are left out): points closer than two target radii are
    /// merged, closest pair first, into a cluster at their mean, until
    /// every two markers are at least that far apart. So targets never
    /// overlap and each is at least [`TARGET_CSS_PX`] across at any width
    /// the map is drawn. Markers are in the order of their first member.
    pub fn markers<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<Marker> {
        let mut markers: Vec<(Marker, Vec<(i64, i64)>)> = ids
            .into_iter()
            .enumerate()
            .filter_map(|(i, id)| {
                let (x, y) = self.point(id)?;
                let marker = Marker {
                    x,
                    y,
                    members: vec![i],
                };
                Some((marker, vec![(x as i64, y as i64)]))
            })
            .collect();
        let spacing = 2 * self.target_radius() as i64;
        let apart = |a: &Marker, b: &Marker| {
            let (dx, dy) = ((a.x - b.x) as i64, (a.y - b.y) as i64);
            dx * dx + dy * dy
        };
        loop {
            let closest = (0..markers.len())
                .flat_map(|i| (i + 1..markers.len()).map(move |j| (i, j)))
                .map(|(i, j)| (apart(&markers[i].0, &markers[j].0), i, j))
                .filter(|&(squared, _, _)| squared < spacing * spacing)
                .min();
            let Some((_, i, j)) = closest else { break };
            let (merged, points) = markers.remove(j);
            let (cluster, all) = &mut markers[i];
            cluster.members.extend(merged.members);
            cluster.members.sort_unstable();
            all.extend(points);
            let n = all.len() as i64;
            let sum = all
                .iter()
                .fold((0, 0), |(sx, sy), &(x, y)| (sx + x, sy + y));
            // Rounded to the nearest whole pixel.
            cluster.x = ((2 * sum.0 + n).div_euclid(2 * n)) as i32;
            cluster.y = ((2 * sum.1 + n).div_euclid(2 * n)) as i32;
        }
        markers.into_iter().map(|(marker, _)| marker).collect()
    }

    /// The points of the items `ids` the map has, as one attribute value
    /// (`"id x y;id x y"`): what a prerendered marker carries so the app
    /// can read the map back from the page ([`read_points`]).
    pub fn points_attribute<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> String {
        let points: Vec<String> = ids
            .into_iter()
            .filter_map(|id| self.point(id).map(|(x, y)| format!("{id} {x} {y}")))
            .collect();
        points.join(";")
    }

    /// The point of item `id`, if the map has it.
    pub fn point(&self, id: &str) -> Option<(i32, i32)> {
        self.points
            .iter()
            .find(|(p, _, _)| p == id)
            .map(|&(_, x, y)| (x, y))
    }

    /// Whether `(x, y)` lies inside the view box.
    pub fn contains(&self, (x, y): (i32, i32)) -> bool {
        (0..=self.width as i32).contains(&x) && (0..=self.height as i32).contains(&y)
    }
}

/// The points written by [`Map::points_attribute`]: `(id, x, y)` each, or
/// `None` if `attribute` is not in that form.
pub fn read_points(attribute: &str) -> Option<Vec<(String, i32, i32)>> {
    attribute
        .split(';')
        .map(|point| {
            let mut parts = point.split(' ');
            let id = parts.next().filter(|id| !id.is_empty())?;
            let x = parts.next()?.parse().ok()?;
            let y = parts.next()?.parse().ok()?;
            parts.next().is_none().then(|| (id.to_string(), x, y))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_points_and_knows_its_bounds() {
        let map: Map = serde_json::from_str(
            r#"{"width": 100, "height": 50, "land": "M0,0Z", "points": [["a", 10, 20], ["b", 120, 5]]}"#,
        )
        .unwrap();
        assert_eq!(map.point("a"), Some((10, 20)));
        assert_eq!(map.point("c"), None);
        assert!(map.contains((10, 20)));
        assert!(!map.contains((120, 5)));
    }

    #[test]
    fn a_markers_points_are_read_back_as_written() {
        let m = map(100, &[("a", 10, -2), ("b-c", 0, 99)]);
        let attribute = m.points_attribute(["b-c", "missing", "a"]);
        assert_eq!(attribute, "b-c 0 99;a 10 -2");
        let read = read_points(&attribute).unwrap();
        assert_eq!(
            read,
            [("b-c".to_string(), 0, 99), ("a".to_string(), 10, -2)]
        );
        for broken in ["", "a 1", "a 1 2 3", "a x 2", " 1 2", "a 1 2;"] {
            assert_eq!(read_points(broken), None, "{broken:?}");
        }
    }

    fn map(width: u32, points: &[(&str, i32, i32)]) -> Map {
        Map {
            width,
            height: width,
            land: String::new(),
            points: points.iter().map(|&(id, x, y)| (id.into(), x, y)).collect(),
        }
    }

    #[test]
    fn a_target_is_24_css_px_across_on_the_narrowest_screen() {
        // 576 map px drawn 288 px wide: a 24 px target is 48 map px across.
        assert_eq!(map(576, &[]).target_radius(), 24);
        // 600 × 24 / 576 = 25.
        assert_eq!(map(600, &[]).target_radius(), 25);
        // 1000 × 24 / 576 = 41.7, rounded up.
        assert_eq!(map(1000, &[]).target_radius(), 42);
    }

    #[test]
    fn points_too_close_are_merged_closest_first_and_the_rest_kept() {
        // Target radius 24: markers must be 48 map px apart.
        let m = map(
            576,
            &[
                ("far", 10, 10),
                ("a", 300, 300),
                ("b", 330, 300),
                ("c", 300, 340),
                ("d", 400, 300),
                ("same", 300, 300),
            ],
        );
        let markers = m.markers(["far", "a", "absent", "b", "c", "d", "same"]);
        // a, same and b merge first (0 and 30 px apart), then c joins their
        // mean (310, 300), 41 px away; d stays 93 px from the cluster's
        // final mean (308, 310).
        assert_eq!(
            markers,
            [
                Marker {
                    x: 10,
                    y: 10,
                    members: vec![0]
                },
                Marker {
                    x: 308,
                    y: 310,
                    members: vec![1, 3, 4, 6]
                },
                Marker {
                    x: 400,
                    y: 300,
                    members: vec![5]
                },
            ]
        );
    }

    /// The maps the edition ships: every two markers are a whole target
    /// apart, and every item with a point is on exactly one marker.
    #[test]
    fn the_shipped_maps_markers_never_overlap() {
        for name in ["world", "japan"] {
            let path = format!("{}/public/data/map-{name}.json", env!("CARGO_MANIFEST_DIR"));
            let map: Map = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            let ids: Vec<&str> = map.points.iter().map(|(id, _, _)| id.as_str()).collect();
            let markers = map.markers(ids.iter().copied());
            let spacing = 2.0 * map.target_radius() as f64;
            for (i, a) in markers.iter().enumerate() {
                for b in &markers[i + 1..] {
                    let distance = ((a.x - b.x) as f64).hypot((a.y - b.y) as f64);
                    assert!(
                        distance >= spacing,
                        "{name}: {a:?} and {b:?} {distance} apart"
                    );
                }
            }
            let mut members: Vec<usize> = markers.iter().flat_map(|m| m.members.clone()).collect();
            members.sort_unstable();
            assert_eq!(members, (0..ids.len()).collect::<Vec<_>>(), "{name}");
            assert!(markers.len() < ids.len(), "{name}: some points are close");
        }
    }
}
