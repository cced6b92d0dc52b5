//! The footnotes of a page: which editorial notes a page carries, their
//! numbers, and the places on the page that refer to each.
//!
//! A note belongs to a page when one of the entities it applies to is shown
//! there. Notes are numbered from 1 in the order the page shows those
//! entities, and a note that applies to two entities of one page is listed
//! once, with a reference from each. Only the kinds that call for a note
//! are footnotes ([`DiscrepancyKind::is_footnote`]); corrected slips and
//! wording kept as written are listed on the about page only.

use crate::report::graph::Graph;
use crate::report::identity::{Key, Kind};
use crate::report::model::{Block, Discrepancy, Report};
use crate::site::entity::Locator;
use crate::site::routes::{Route, Target};

/// One footnote of a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Footnote {
    /// 1-based, in page order.
    pub number: usize,
    pub discrepancy: Discrepancy,
    /// The tags (`event:cop29`) on the page that refer to it, in page order.
    pub refs: Vec<String>,
}

impl Footnote {
    /// The element id of the note in the page's list: `note-cop29-dates`.
    pub fn anchor(&self) -> String {
        format!("note-{}", self.discrepancy.id)
    }

    /// The element id of its `n`-th reference (0-based) on the page:
    /// `note-ref-cop29-dates-1`.
    pub fn ref_anchor(&self, n: usize) -> String {
        format!("note-ref-{}-{}", self.discrepancy.id, n + 1)
    }
}

/// The footnotes of the page `route` shows, numbered; empty for a route
/// that resolves to nothing.
pub fn page_notes(report: &Report, route: &Route) -> Vec<Footnote> {
    let mut notes: Vec<Footnote> = Vec::new();
    for tag in shown_on(report, route) {
        for d in report.discrepancies.iter().filter(|d| d.kind.is_footnote()) {
            if !d.applies_to.contains(&tag) {
                continue;
            }
            match notes.iter_mut().find(|n| n.discrepancy.id == d.id) {
                Some(note) if !note.refs.contains(&tag) => note.refs.push(tag.clone()),
                Some(_) => {}
                None => notes.push(Footnote {
                    number: notes.len() + 1,
                    discrepancy: d.clone(),
                    refs: vec![tag.clone()],
                }),
            }
        }
    }
    notes
}

/// The tags of the entities a page shows, in page order: a chapter's
/// sections with what their blocks show in full (stories, initiative
/// cards; a calendar block there lists its events as links to the
/// calendar, which shows them), then every other entity whose place is
/// this page, in snapshot order.
fn shown_on(report: &Report, route: &Route) -> Vec<String> {
    let tag = |kind: Kind, id: &str| format!("{}:{id}", kind.tag());
    let mut tags = Vec::new();
    if let Some(Target::Chapter(chapter)) = route.resolve(report) {
        for section in &chapter.sections {
            tags.push(tag(Kind::Section, &section.id));
            for block in &section.blocks {
                match block {
                    Block::Story(story) => tags.push(tag(Kind::Story, &story.id)),
                    Block::Initiatives { ids } => {
                        tags.extend(ids.iter().map(|id| tag(Kind::Initiative, id)))
                    }
                    _ => {}
                }
            }
        }
    }
    let graph = Graph::of(report);
    let locator = Locator::new(&graph, report);
    for entity in &graph.entities {
        let Key { kind, id } = entity.key;
        let here = locator
            .locate(entity.key)
            .is_some_and(|(at, _)| at == *route);
        let t = tag(kind, id);
        if here && !tags.contains(&t) {
            tags.push(t);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::model::DiscrepancyKind;
    use crate::site::routes::Page;

    use crate::derive::snapshot::bundled as report;

    #[test]
    fn a_note_that_applies_twice_on_a_page_is_listed_once_with_two_references() {
        let report = report();
        let notes = page_notes(&report, &Route::with_id(Page::Highlight, "cop29"));
        let participants: Vec<_> = notes
            .iter()
            .filter(|n| n.discrepancy.id == "cop29-participants")
            .collect();
        assert_eq!(participants.len(), 1);
        assert_eq!(
            participants[0].refs,
            ["highlight:cop29", "story:iclei-lgma-special-session"]
        );
        let numbers: Vec<usize> = notes.iter().map(|n| n.number).collect();
        assert_eq!(numbers, (1..=notes.len()).collect::<Vec<_>>());
    }

    #[test]
    fn corrected_slips_and_wording_kept_as_written_are_no_footnotes() {
        let report = report();
        let quiet: Vec<&Discrepancy> = report
            .discrepancies
            .iter()
            .filter(|d| {
                matches!(
                    d.kind,
                    DiscrepancyKind::Corrected | DiscrepancyKind::AsWritten
                )
            })
            .collect();
        assert!(!quiet.is_empty());
        for route in crate::site::routes::reading_order(&report) {
            for note in page_notes(&report, &route) {
                assert!(
                    !quiet.iter().any(|d| d.id == note.discrepancy.id),
                    "{} on {}",
                    note.discrepancy.id,
                    route.path()
                );
            }
        }
    }

    #[test]
    fn every_footnote_is_on_the_page_of_each_entity_it_applies_to() {
        let report = report();
        let pages = crate::site::routes::reading_order(&report);
        for d in report.discrepancies.iter().filter(|d| d.kind.is_footnote()) {
            for tag in &d.applies_to {
                let on = pages.iter().filter(|route| {
                    page_notes(&report, route)
                        .iter()
                        .any(|n| n.discrepancy.id == d.id && n.refs.contains(tag))
                });
                assert!(on.count() >= 1, "{} at {tag} is on no page", d.id);
            }
        }
    }

    #[test]
    fn an_event_carries_its_note_on_the_calendar_which_shows_it() {
        let report = report();
        let has = |route: Route| {
            page_notes(&report, &route)
                .iter()
                .any(|n| n.discrepancy.id == "cop29-dates")
        };
        assert!(has(Route::new(Page::Calendar)));
        // The support chapter's calendar block links to the calendar.
        assert!(!has(Route::with_id(Page::Chapter, "support")));
        assert!(!has(Route::new(Page::Members)));
    }
}
