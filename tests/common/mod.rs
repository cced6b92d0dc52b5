//! The corpus of bad snapshots in `tests/fixtures/`, shared by the tests
//! that read it: each case is a body served as it is, the real snapshot cut
//! short, or the real snapshot with a JSON patch applied.
#![allow(dead_code)] // Each test crate uses a part.

use serde_json::Value;

pub const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
pub const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/report-2024.json");

/// The body a fixture serves, or `None` for transport-level cases.
pub fn body(fixture: &Value) -> Option<String> {
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

/// Every case of the corpus, sorted by file name: (file name, fixture).
pub fn cases() -> Vec<(String, Value)> {
    let mut paths: Vec<_> = std::fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().path())
        // editions/ holds a test edition, not a bad snapshot.
        .filter(|path| path.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let fixture = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                fixture,
            )
        })
        .collect()
}
