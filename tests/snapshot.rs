#![cfg(not(target_arch = "wasm32"))]
//! The bundled snapshot against the model and the validator: it loads,
//! round-trips, references what it names. (What the report contains, counted,
//! is `tests/content.rs`.)

use std::collections::{BTreeSet, HashMap};

use iclei_report::derive::snapshot::load;
use iclei_report::report::model::{Block, Report};
use serde_json::Value;

const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/report-2024.json");

fn snapshot_text() -> String {
    std::fs::read_to_string(SNAPSHOT).expect("the bundled snapshot is readable")
}

fn snapshot() -> Report {
    load(&snapshot_text()).unwrap_or_else(|e| panic!("the bundled snapshot does not load: {e:#?}"))
}

#[test]
fn loads_and_validates_clean() {
    let report = snapshot();
    assert_eq!(report.schema_version, "1.3.0");
}

/// The model writes the format it reads: every block kind in the snapshot
/// survives a round trip (blocks are read by hand, written by the derive),
/// and the text written is the snapshot's own, field for field.
#[test]
fn serialising_gives_back_the_snapshot() {
    let report = snapshot();
    let written = serde_json::to_value(&report).unwrap();
    let original: Value = serde_json::from_str(&snapshot_text()).unwrap();
    assert_eq!(written, original);
    let reread: Report = serde_json::from_value(written).unwrap();
    assert_eq!(reread, report);
}

#[test]
fn member_list_and_entities_agree() {
    let r = snapshot();
    let listed: Vec<&str> = r
        .japan
        .member_list
        .regular
        .iter()
        .map(String::as_str)
        .collect();
    let members: Vec<&str> = r
        .municipalities
        .iter()
        .filter(|m| m.member)
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(
        listed, members,
        "the member list is the members, in the report's order"
    );
}

/// Municipality names found in `text`, longest names first so that
/// `長野県小布施町` is not also read as `長野県`.
fn names_in<'a>(text: &str, names: &'a [(String, String)]) -> BTreeSet<&'a str> {
    let mut rest = text.to_string();
    let mut found = BTreeSet::new();
    for (name, id) in names {
        if rest.contains(name.as_str()) {
            found.insert(id.as_str());
            rest = rest.replace(name.as_str(), "\u{0}");
        }
    }
    found
}

/// Every string value and every municipality id in the subtree of `value`.
fn strings<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
    match value {
        Value::String(s) => out.push(s),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(fields) => fields.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// Every municipality `text` names must be referenced within `owner`.
fn check_text(
    text: &str,
    path: &str,
    owner: &Value,
    names: &[(String, String)],
    failures: &mut Vec<String>,
) {
    let mut within = Vec::new();
    strings(owner, &mut within);
    for id in names_in(text, names) {
        if !within.contains(&id) {
            failures.push(format!(
                "{path} names {id} but its entity ({}) does not reference it",
                owner["id"]
            ));
        }
    }
}

/// Walks objects; each object with an `id` is an entity and owns the text
/// below it up to the next entity.
fn check_mentions(
    value: &Value,
    path: &str,
    owner: Option<&Value>,
    names: &[(String, String)],
    failures: &mut Vec<String>,
) {
    match value {
        Value::Object(fields) => {
            let owner = if fields.contains_key("id") {
                Some(value)
            } else {
                owner
            };
            for (key, child) in fields {
                let child_path = format!("{path}.{key}");
                if let (Value::String(text), Some(owner)) = (child, owner) {
                    check_text(text, &child_path, owner, names, failures);
                } else {
                    check_mentions(child, &child_path, owner, names, failures);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if let (Value::String(text), Some(owner)) = (item, owner) {
                    check_text(text, &format!("{path}[{i}]"), owner, names, failures);
                } else {
                    check_mentions(item, &format!("{path}[{i}]"), owner, names, failures);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn every_municipality_named_resolves_to_its_entity() {
    let r = snapshot();
    let mut names: Vec<(String, String)> = r
        .municipalities
        .iter()
        .flat_map(|m| {
            std::iter::once(m.name.clone())
                .chain(m.aliases.iter().cloned())
                .map(move |n| (n, m.id.clone()))
        })
        .collect();
    names.sort_by_key(|(name, _)| std::cmp::Reverse(name.chars().count()));

    let value: Value = serde_json::from_str(&snapshot_text()).unwrap();
    let mut failures = Vec::new();
    for (key, section) in value.as_object().unwrap() {
        // Discrepancies quote other places verbatim; those places are
        // checked. Place readings are data about names, not mentions.
        if key != "discrepancies" && key != "place_readings" {
            check_mentions(section, key, Some(section), &names, &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} unresolved mention(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The sentences of prose in `text` that are long enough to be a passage:
/// ended by `。` and at least 25 characters (titles, names and ids are not).
fn long_passages(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive('。')
        .map(str::trim)
        .filter(|s| s.ends_with('。') && s.chars().count() >= 25)
}

#[test]
fn no_long_passage_appears_twice() {
    let r = snapshot();
    let value = serde_json::to_value(&r).unwrap();
    let mut texts = Vec::new();
    strings(&value, &mut texts);
    // Discrepancy readings quote the report on purpose.
    let quotes: BTreeSet<&str> = r
        .discrepancies
        .iter()
        .flat_map(|d| &d.readings)
        .map(|q| q.text.as_str())
        .collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for text in texts.into_iter().filter(|t| !quotes.contains(t)) {
        for sentence in long_passages(text) {
            *seen.entry(sentence).or_default() += 1;
        }
    }
    let repeated: Vec<_> = seen
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(s, n)| format!("{n}× {s}"))
        .collect();
    assert!(
        repeated.is_empty(),
        "repeated passages:\n{}",
        repeated.join("\n")
    );
}

#[test]
fn no_extraction_artefacts_remain() {
    let value: Value = serde_json::from_str(&snapshot_text()).unwrap();
    let mut texts = Vec::new();
    strings(&value, &mut texts);
    for text in texts {
        assert!(!text.contains('\n'), "line break left in {text:?}");
        assert!(!text.contains("  "), "double space left in {text:?}");
        assert!(!text.contains("HIGHLIGHT"), "layout label left in {text:?}");
        assert!(text.trim() == text, "untrimmed text {text:?}");
    }
}

#[test]
fn calendar_is_the_fiscal_year_in_order() {
    let r = snapshot();
    let section = r
        .chapters
        .iter()
        .flat_map(|c| &c.sections)
        .find(|s| s.id == "calendar")
        .expect("a calendar section");
    let ids: Vec<&String> = section
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Events { ids } => Some(ids),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(ids.len(), 23);
    let starts: Vec<&str> = ids
        .iter()
        .map(|id| {
            r.events
                .iter()
                .find(|e| &&e.id == id)
                .unwrap()
                .date
                .start
                .as_str()
        })
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted, "calendar in date order");
    assert!(starts.first().unwrap() >= &"2024-04-01" && starts.last().unwrap() <= &"2025-03-31");
}

#[test]
fn source_discrepancies_are_recorded() {
    let r = snapshot();
    let cop29 = r
        .discrepancies
        .iter()
        .find(|d| d.applies_to.iter().any(|a| a == "event:cop29"))
        .expect("COP29 dates");
    assert!(cop29.applies_to.contains(&"highlight:cop29".to_string()));
    assert!(cop29.readings.iter().any(|q| q.text.contains("11月22日")));
    assert!(cop29.readings.iter().any(|q| q.text.contains("11.24")));
    assert!(
        r.discrepancies
            .iter()
            .any(|d| d.readings.iter().any(|q| q.text.contains("2023年度"))),
        "the 2023年度 slip"
    );
    let cop29_event = r.events.iter().find(|e| e.id == "cop29").unwrap();
    assert_eq!(
        cop29_event.date.end.as_deref(),
        Some("2024-11-24"),
        "the calendar's own reading is kept"
    );
    let cop29_highlight = r.highlights.iter().find(|h| h.id == "cop29").unwrap();
    assert_eq!(
        cop29_highlight.date.end.as_deref(),
        Some("2024-11-22"),
        "the article's own reading is kept"
    );
}
