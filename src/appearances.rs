//! Everything the report says about one municipality, derived from the
//! references in the snapshot (never from a hand-written list).

use crate::entity::{title, Key, Kind, Locator};
use crate::graph::Graph;
use crate::model::Report;
use crate::routes::Route;

#[derive(Clone, Debug, PartialEq)]
pub struct Appearance {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    pub route: Route,
    pub fragment: Option<String>,
}

/// The places that reference municipality `id`, once each, in snapshot order.
pub fn appearances(report: &Report, id: &str) -> Vec<Appearance> {
    let graph = Graph::of(report);
    appearances_in(&graph, report, id)
}

/// As [`appearances`], against a graph already built (for many members).
pub fn appearances_in(graph: &Graph<'_>, report: &Report, id: &str) -> Vec<Appearance> {
    let locator = Locator::new(graph, report);
    let mut seen: Vec<Key<'_>> = Vec::new();
    let mut out = Vec::new();
    for reference in graph.references_to(Kind::Municipality, id) {
        let Some(from) = reference.from else {
            continue;
        };
        if from.kind == Kind::Municipality || seen.contains(&from) {
            continue;
        }
        seen.push(from);
        let (Some(title), Some((route, fragment))) =
            (title(report, from.kind, from.id), locator.locate(from))
        else {
            continue;
        };
        out.push(Appearance {
            kind: from.kind,
            id: from.id.to_string(),
            title,
            route,
            fragment,
        });
    }
    out
}
