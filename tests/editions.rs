#![cfg(not(target_arch = "wasm32"))]
//! `editions.json`, the list of editions the build reads (through
//! `scripts/edition.mjs`): every entry names a snapshot that loads and is of
//! its year, under a base path of its own.

use std::collections::HashSet;

use iclei_report::derive::snapshot::load;
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn editions() -> Vec<Value> {
    let text = std::fs::read_to_string(format!("{ROOT}/editions.json")).unwrap();
    let list: Value = serde_json::from_str(&text).unwrap();
    list["editions"]
        .as_array()
        .expect("an `editions` array")
        .clone()
}

#[test]
fn every_edition_is_a_snapshot_of_its_year_under_its_own_base() {
    let editions = editions();
    assert!(!editions.is_empty());
    let (mut years, mut bases) = (HashSet::new(), HashSet::new());
    for e in &editions {
        let mut keys: Vec<&str> = e.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["base", "snapshot", "status", "year"], "{e}");
        let year = e["year"].as_u64().unwrap();
        assert!(years.insert(year), "{year} listed twice");
        let base = e["base"].as_str().unwrap();
        assert!(
            base.starts_with('/') && base.ends_with('/') && !base.contains("//"),
            "{year}: base {base:?}"
        );
        assert!(bases.insert(base), "{year}: base {base} taken");
        assert!(
            ["published", "draft"].contains(&e["status"].as_str().unwrap()),
            "{e}"
        );
        let snapshot = e["snapshot"].as_str().unwrap();
        assert!(
            snapshot.ends_with(&format!("/report-{year}.json")),
            "{snapshot}"
        );
        let report = load(&std::fs::read_to_string(format!("{ROOT}/{snapshot}")).unwrap())
            .unwrap_or_else(|err| panic!("{snapshot}: {err}"));
        assert_eq!(
            report.meta.year(),
            year.to_string(),
            "{snapshot}: meta.period"
        );
    }
    let listed: Vec<u64> = editions
        .iter()
        .map(|e| e["year"].as_u64().unwrap())
        .collect();
    assert!(listed.is_sorted(), "oldest first: {listed:?}");
    assert!(
        editions.iter().any(|e| e["status"] == "published"),
        "at least one edition is published"
    );
}
