//! The editions list (`editions.json`) as the build reads it, and what a
//! page of one edition is told of another (`site::edition::OtherEdition`),
//! drawn from that edition's snapshot at build time.

use serde::Deserialize;

use crate::derive::appearances::appearances;
use crate::derive::snapshot::load;
use crate::report::model::Report;
use crate::site::edition::OtherEdition;
use crate::site::routes::{app_only, prerendered};

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
    /// The list in `text`, or what is wrong with it: its shape, years that
    /// are not in increasing order (oldest first, each once), a base path
    /// that is not `/…/` or is used twice (the latest address's included),
    /// no published edition.
    pub fn parse(text: &str) -> Result<EditionList, String> {
        let list: EditionList =
            serde_json::from_str(text).map_err(|e| format!("editions list: {e}"))?;
        let years: Vec<u16> = list.editions.iter().map(|e| e.year).collect();
        if years.windows(2).any(|pair| pair[0] >= pair[1]) {
            return Err(format!(
                "editions list: years {years:?} are not oldest first, each once"
            ));
        }
        let mut bases = vec![list.latest.as_str()];
        bases.extend(list.editions.iter().map(|e| e.base.as_str()));
        for (i, base) in bases.iter().enumerate() {
            if !is_base_path(base) {
                return Err(format!(
                    "editions list: base {base:?} is not a path like /report/2025/ \
                     (segments of letters, digits and . _ ~ -, a slash at each end)"
                ));
            }
            if bases[..i].contains(base) {
                return Err(format!("editions list: base {base} is given twice"));
            }
            // One edition's site would hold another's pages, or shadow them.
            if let Some(outer) = bases[..i]
                .iter()
                .find(|b| base.starts_with(**b) || b.starts_with(*base))
            {
                return Err(format!(
                    "editions list: base {base} and {outer} lie one inside the other"
                ));
            }
        }
        if !list.editions.iter().any(|e| e.status == Status::Published) {
            return Err("editions list: no edition is published".into());
        }
        Ok(list)
    }

    /// The published editions other than `year`'s.
    pub fn others_published(&self, year: u16) -> impl Iterator<Item = &EditionEntry> {
        self.editions
            .iter()
            .filter(move |e| e.status == Status::Published && e.year != year)
    }
}

/// What is wrong with the snapshots the entries of `list` name, one line
/// each (empty when nothing is): a file that `read` (a path relative to the
/// repository → its text) can't give, one that does not load, one whose
/// `meta.period` starts in another year than its entry's. So that building
/// one edition, or the latest address, never links to an edition that
/// can't be built.
pub fn check_snapshots(
    list: &EditionList,
    read: impl Fn(&str) -> Result<String, String>,
) -> Vec<String> {
    list.editions
        .iter()
        .filter_map(|entry| {
            let report = read(&entry.snapshot)
                .and_then(|text| load(&text).map_err(|e| e.to_string()))
                .map_err(|e| format!("{}: {e}", entry.snapshot));
            match report {
                Err(problem) => Some(problem),
                Ok(report) => period_mismatch(&report, entry.year).map(|why| {
                    format!(
                        "{}: {why}, but the list gives it as the {} edition",
                        entry.snapshot, entry.year
                    )
                }),
            }
        })
        .collect()
}

/// Why `report` can't be the edition of `year` (`its meta.period starts
/// in 2024`), or `None` when its `meta.period` starts in `year`: an
/// edition is named by the year its fiscal year starts in.
pub fn period_mismatch(report: &Report, year: u16) -> Option<String> {
    let starts = report.meta.year();
    (starts != year.to_string()).then(|| format!("its meta.period starts in {starts}"))
}

/// `/`, or `/` followed by segments of letters, digits and `. _ ~ -`,
/// each ending in `/` (`/report/2025/`): the paths `scripts/build --base`
/// accepts.
fn is_base_path(base: &str) -> bool {
    let Some(inner) = base.strip_prefix('/') else {
        return false;
    };
    inner.is_empty()
        || inner.strip_suffix('/').is_some_and(|segments| {
            segments.split('/').all(|segment| {
                !segment.is_empty()
                    && segment
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"._~-".contains(&b))
            })
        })
}

/// What another edition's pages tell of `report`, published under `base`:
/// its pages' paths and its members' appearances.
pub fn other_edition(year: u16, base: &str, report: &Report) -> OtherEdition {
    OtherEdition {
        year,
        base: base.to_string(),
        paths: prerendered(report)
            .into_iter()
            .chain(app_only())
            .map(|r| r.path())
            .collect(),
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
    fn a_snapshot_missing_unreadable_or_of_another_year_is_named() {
        let real = include_str!("../../public/data/report-2024.json");
        let list = EditionList::parse(
            r#"{"latest": "/report/latest/", "editions": [
                {"year": 2023, "snapshot": "a.json", "base": "/report/2023/", "status": "published"},
                {"year": 2024, "snapshot": "b.json", "base": "/report/2024/", "status": "published"},
                {"year": 2025, "snapshot": "c.json", "base": "/report/2025/", "status": "draft"},
                {"year": 2026, "snapshot": "d.json", "base": "/report/2026/", "status": "draft"}]}"#,
        )
        .unwrap();
        let problems = check_snapshots(&list, |path| match path {
            "a.json" | "b.json" => Ok(real.to_string()),
            "c.json" => Ok("{".to_string()),
            _ => Err("No such file".to_string()),
        });
        assert_eq!(problems.len(), 3, "{problems:#?}");
        assert!(
            problems[0].starts_with(
                "a.json: its meta.period starts in 2024, but the list gives it as the 2023 edition"
            ),
            "{}",
            problems[0]
        );
        assert!(problems[1].starts_with("c.json: "), "{}", problems[1]);
        assert_eq!(problems[2], "d.json: No such file");
    }

    #[test]
    fn a_list_out_of_order_or_with_a_base_twice_is_refused() {
        let entry = |year: u16, base: &str, status: &str| {
            format!(
                r#"{{"year": {year}, "snapshot": "s.json", "base": "{base}", "status": "{status}"}}"#
            )
        };
        let list = |entries: &[String]| {
            EditionList::parse(&format!(
                r#"{{"latest": "/report/latest/", "editions": [{}]}}"#,
                entries.join(",")
            ))
        };
        let (a, b) = (
            entry(2024, "/report/2024/", "published"),
            entry(2025, "/report/2025/", "draft"),
        );
        assert!(list(&[a.clone(), b.clone()]).is_ok());
        for (bad, why) in [
            (vec![b.clone(), a.clone()], "not oldest first"),
            (vec![a.clone(), a.clone()], "not oldest first"),
            (
                vec![a.clone(), entry(2025, "/report/2024/", "draft")],
                "given twice",
            ),
            (
                vec![a.clone(), entry(2025, "/report/20 25/", "draft")],
                "not a path",
            ),
            (
                vec![a.clone(), entry(2025, "report/2025/", "draft")],
                "not a path",
            ),
            (
                vec![a.clone(), entry(2025, "/report/2024/2025/", "draft")],
                "one inside the other",
            ),
            (
                vec![a.clone(), entry(2025, "/", "draft")],
                "one inside the other",
            ),
            (
                vec![a.clone(), entry(2025, "/report/2025/", "Published")],
                "unknown variant",
            ),
            (
                vec![a.clone(), entry(2025, "/report/latest/", "draft")],
                "given twice",
            ),
            (
                vec![a.clone(), entry(2025, "report/2025", "draft")],
                "not a path",
            ),
            (vec![b.clone()], "no edition is published"),
        ] {
            let error = list(&bad)
                .err()
                .unwrap_or_else(|| panic!("{bad:?} accepted"));
            assert!(error.contains(why), "{error}");
        }
    }

    #[test]
    fn another_edition_lists_its_pages_and_its_members_appearances() {
        let report = crate::derive::snapshot::bundled();
        let other = other_edition(2024, "/report/2024/", &report);
        assert!(other.paths.contains(&"/members/yokohama".to_string()));
        assert!(other.paths.contains(&"/".to_string()));
        assert!(
            other.paths.contains(&"/search".to_string()),
            "app-only pages too"
        );
        let members = report.municipalities.iter().filter(|m| m.member).count();
        assert_eq!(other.members.len(), members);
        assert_eq!(
            other.appearances_of("yokohama"),
            Some(appearances(&report, "yokohama").len())
        );
        assert_eq!(other.appearances_of("obuse"), None, "not a member in 2024");
    }
}
