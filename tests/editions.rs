#![cfg(not(target_arch = "wasm32"))]
//! `editions.json`, the list of editions the build reads: it passes the
//! list's own checks (`EditionList::parse`: years in order, bases of their
//! own), and every entry names a snapshot that loads and is of its year.

use iclei_report::derive::snapshot::load;
use iclei_report::publish::editions::EditionList;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn list(path: &str) -> EditionList {
    let text = std::fs::read_to_string(format!("{ROOT}/{path}")).unwrap();
    EditionList::parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_edition_is_a_snapshot_of_its_year() {
    for entry in list("editions.json").editions {
        let snapshot = &entry.snapshot;
        assert!(
            snapshot.ends_with(&format!("/report-{}.json", entry.year)),
            "{snapshot}"
        );
        let report = load(&std::fs::read_to_string(format!("{ROOT}/{snapshot}")).unwrap())
            .unwrap_or_else(|err| panic!("{snapshot}: {err}"));
        assert_eq!(
            report.meta.year(),
            entry.year.to_string(),
            "{snapshot}: meta.period"
        );
    }
}

#[test]
fn the_tests_list_of_two_editions_passes_the_same_checks() {
    let tests = list("tests/fixtures/editions/editions.json");
    assert_eq!(tests.editions.len(), 2);
}
