//! The editions list (`editions.json`) as the build reads it, and what a
//! page of one edition is told of another (`site::edition::OtherEdition`),
//! drawn from that edition's snapshot at build time.

use serde::Deserialize;

use crate::derive::appearances::appearances;
use crate::report::model::Report;
use crate::site::edition::OtherEdition;
use crate::site::routes::prerendered;

/// `editions.json`: every edition, oldest first.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionList {
    #[serde(rename = "_comment", default)]
    _comment: String,
    /// The address of the latest edition, `/report/latest/`: built by
    /// `scripts/build --latest` (`scripts/latest.mjs`), not by this crate.
    pub latest: String,
    pub editions: Vec<EditionEntry>,
}

/// One edition of the list.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct EditionEntry {
    pub year: u16,
    /// The snapshot file, relative to the repository: `public/data/report-2024.json`.
    pub snapshot: String,
    /// Where it is published: `/report/2024/`.
    pub base: String,
    pub status: Status,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Published,
    Draft,
}

impl EditionList {
    /// The list in `text`, or what is wrong with it.
    pub fn parse(text: &str) -> Result<EditionList, String> {
        serde_json::from_str(text).map_err(|e| format!("editions list: {e}"))
    }

    /// The published editions other than `year`'s.
    pub fn others_published(&self, year: u16) -> impl Iterator<Item = &EditionEntry> {
        self.editions
            .iter()
            .filter(move |e| e.status == Status::Published && e.year != year)
    }
}

/// What another edition's pages tell of `report`, published under `base`:
/// its pages' paths and its members' appearances.
pub fn other_edition(year: u16, base: &str, report: &Report) -> OtherEdition {
    OtherEdition {
        year,
        base: base.to_string(),
        paths: prerendered(report).iter().map(|r| r.path()).collect(),
        members: report
            .municipalities
            .iter()
            .filter(|m| m.member)
            .map(|m| (m.id.clone(), appearances(report, &m.id).len()))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repository_list_parses_and_names_its_published_editions() {
        let list = EditionList::parse(include_str!("../../editions.json")).unwrap();
        let published: Vec<u16> = list.others_published(0).map(|e| e.year).collect();
        assert!(published.contains(&2024), "{published:?}");
        assert!(list.others_published(2024).all(|e| e.year != 2024));
        assert!(EditionList::parse(r#"{"editions": [{"year": 2024}]}"#).is_err());
    }

    #[test]
    fn another_edition_lists_its_pages_and_its_members_appearances() {
        let report = crate::derive::snapshot::bundled();
        let other = other_edition(2024, "/report/2024/", &report);
        assert!(other.paths.contains(&"/members/yokohama".to_string()));
        assert!(other.paths.contains(&"/".to_string()));
        let members = report.municipalities.iter().filter(|m| m.member).count();
        assert_eq!(other.members.len(), members);
        assert_eq!(
            other.appearances_of("yokohama"),
            Some(appearances(&report, "yokohama").len())
        );
        assert_eq!(other.appearances_of("obuse"), None, "not a member in 2024");
    }
}
