//! Everything the report says about one municipality, derived from the
//! references in the snapshot (never from a hand-written list).

use crate::graph::{Graph, Key, Kind};
use crate::model::Report;
use crate::routes::{Locator, Route};

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
            (title_of(report, from.kind, from.id), locator.locate(from))
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

/// The display title of an entity.
pub fn title_of(report: &Report, kind: Kind, id: &str) -> Option<String> {
    let sections = || report.chapters.iter().flat_map(|c| &c.sections);
    let found = match kind {
        Kind::Activity => report
            .about
            .activities
            .items
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.title.clone()),
        Kind::Pathway => report
            .about
            .pathways
            .items
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone()),
        Kind::Benefit => report
            .membership
            .benefits
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.name.clone()),
        Kind::Body => report
            .japan
            .bodies
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.name.clone()),
        Kind::Message => report
            .japan
            .messages
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.role.clone()),
        Kind::Municipality => report.municipality(id).map(|m| m.name.clone()),
        Kind::Person => report.person(id).map(|p| p.name.clone()),
        Kind::Highlight => report
            .highlights
            .iter()
            .find(|h| h.id == id)
            .map(|h| h.title.clone()),
        Kind::Story => report.story(id).map(|s| s.title.clone()),
        Kind::Chapter => report
            .chapters
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.clone()),
        Kind::Section => sections().find(|s| s.id == id).map(|s| s.title.clone()),
        Kind::Initiative => report.initiative(id).map(|i| i.name.clone()),
        Kind::Event => report.event(id).map(|e| e.title.clone()),
        Kind::GoverningBody => report
            .world
            .bodies
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.name.clone()),
        Kind::Office => report
            .world
            .offices
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone()),
        Kind::LeaderGroup => report
            .world
            .leader_groups
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.name.clone()),
        Kind::Leader => report
            .world
            .leader_groups
            .iter()
            .flat_map(|g| &g.leaders)
            .find(|l| l.id == id)
            .map(|l| l.name.clone()),
        Kind::Discrepancy => report
            .discrepancies
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.note.clone()),
    };
    found
}
