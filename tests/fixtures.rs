//! The corpus of bad snapshots in `tests/fixtures/`: each one is refused
//! with the cause and the detail it names. The end-to-end tests drive the
//! same corpus through the release build.
#![cfg(not(target_arch = "wasm32"))]

use iclei_report::derive::snapshot::{load, LoadError};
use serde_json::Value;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/report-2024.json");

/// The body a fixture serves, or `None` for transport-level cases.
fn body(fixture: &Value) -> Option<String> {
    if let Some(body) = fixture["body"].as_str() {
        return Some(body.to_string());
    }
    let snapshot: Value =
        serde_json::from_str(&std::fs::read_to_string(SNAPSHOT).unwrap()).unwrap();
    if let Some(at) = fixture["truncate_at"].as_u64() {
        let text = serde_json::to_string(&snapshot).unwrap();
        return Some(text.chars().take(at as usize).collect());
    }
    let patch = fixture["patch"].as_array()?;
    let mut doc = snapshot;
    for op in patch {
        let path = op["path"].as_str().unwrap();
        let (parent, last) = path.rsplit_once('/').unwrap();
        let target = doc
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("no {parent}"));
        match (target, op.get("remove")) {
            (Value::Object(map), Some(_)) => {
                map.remove(last)
                    .unwrap_or_else(|| panic!("no {path} to remove"));
            }
            (Value::Array(items), None) if last == "-" => items.push(op["value"].clone()),
            (Value::Array(items), None) => {
                items[last.parse::<usize>().unwrap()] = op["value"].clone()
            }
            (Value::Object(map), None) => {
                map.insert(last.to_string(), op["value"].clone());
            }
            (other, _) => panic!("cannot apply {op} to {other}"),
        }
    }
    Some(serde_json::to_string(&doc).unwrap())
}

fn tag(error: &LoadError) -> &'static str {
    match error {
        LoadError::NotJson { .. } => "not-json",
        LoadError::Truncated { .. } => "truncated",
        LoadError::WrongShape { .. } => "wrong-shape",
        LoadError::UnsupportedVersion { .. } => "unsupported-version",
        LoadError::Invalid { .. } => "invalid",
    }
}

#[test]
fn every_bad_snapshot_is_refused_with_its_cause() {
    let mut entries: Vec<_> = std::fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    assert!(
        entries.len() >= 15,
        "the corpus has {} cases",
        entries.len()
    );
    let mut bodies = 0;
    for path in entries {
        let fixture: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Some(text) = body(&fixture) else {
            continue;
        };
        bodies += 1;
        let name = path.file_name().unwrap().to_string_lossy();
        let error = load(&text)
            .err()
            .unwrap_or_else(|| panic!("{name}: accepted"));
        assert_eq!(tag(&error), fixture["expect"]["error"], "{name}: {error}");
        let detail = fixture["expect"]["detail"].as_str().unwrap();
        assert!(
            error.to_string().contains(detail),
            "{name}: {error:?} does not name {detail:?}"
        );
    }
    assert!(bodies >= 15, "{bodies} cases with a body");
}

#[test]
fn the_good_snapshot_passes_the_same_pipeline() {
    let text = std::fs::read_to_string(SNAPSHOT).unwrap();
    load(&text).expect("the real snapshot loads");
}
