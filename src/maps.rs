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

impl Map {
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
}
