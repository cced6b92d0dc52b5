//! The editors' check of a snapshot file before it is published
//! (`scripts/validate`, the `validate` bin): every problem at once, each with
//! its JSON path, a Japanese message and the English detail.
//!
//! Two passes, as the build reads a snapshot:
//! 1. its shape, against the JSON Schema checked in beside the snapshot
//!    (`public/data/report.schema.json`, generated from the model), by the
//!    `jsonschema` crate, which reports every shape error where serde stops
//!    at the first;
//! 2. when the shape is right, `derive::snapshot::load`: the schema version
//!    and every rule of `derive::validate`, exactly as the app applies them.

use serde_json::Value;

use crate::derive::snapshot::{error_path, load, LoadError};
use crate::derive::validate::schema_major;
use crate::report::model::SCHEMA_MAJOR;
use crate::site::labels::validation as text;

/// The JSON Schema the snapshot's shape is checked against.
const SCHEMA: &str = include_str!("../../public/data/report.schema.json");

/// One problem in a snapshot file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Where: `municipalities[3].head.person`, or `(root)`.
    pub path: String,
    /// What is wrong, for an editor (Japanese).
    pub message: &'static str,
    /// The technical detail (English), on one line.
    pub detail: String,
}

impl std::fmt::Display for Finding {
    /// `path: message (detail)`, one line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} ({})", self.path, self.message, self.detail)
    }
}

/// What the check of a file found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// Every problem found; empty when there is nothing to fix.
    pub findings: Vec<Finding>,
    /// Whether every rule was checked: not while the file is not JSON of
    /// the snapshot's shape and version, since the other rules read a
    /// snapshot.
    pub complete: bool,
}

/// Checks the bytes of a snapshot file. Never panics, whatever the bytes.
pub fn check(bytes: &[u8]) -> Checked {
    let finding = |path: String, message, detail: String| Finding {
        path,
        message,
        detail: one_line(&detail),
    };
    // Before the snapshot loads, what stops the check is all it can say.
    let stopped = |findings: Vec<Finding>| Checked {
        findings,
        complete: false,
    };
    if bytes.starts_with(b"\xef\xbb\xbf") {
        return stopped(vec![finding(
            "(root)".into(),
            text::BOM,
            "UTF-8 byte order mark (EF BB BF) before the JSON".into(),
        )]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            return stopped(vec![finding(
                "(root)".into(),
                text::NOT_UTF8,
                e.to_string(),
            )])
        }
    };
    if text.trim().is_empty() {
        return stopped(vec![finding(
            "(root)".into(),
            text::NOT_JSON,
            "empty file".into(),
        )]);
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            let message = if e.is_eof() {
                text::TRUNCATED
            } else {
                text::NOT_JSON
            };
            return stopped(vec![finding(error_path(text, &e), message, e.to_string())]);
        }
    };
    // Another major version is refused by its version, as the app does,
    // not by whatever fields it changed.
    if let Some(found) = value.get("schema_version").and_then(Value::as_str) {
        if schema_major(found).is_some_and(|major| major != SCHEMA_MAJOR) {
            let error = LoadError::UnsupportedVersion {
                found: found.into(),
            };
            return stopped(vec![finding(
                "schema_version".into(),
                text::VERSION,
                error.to_string(),
            )]);
        }
    }
    let shape = shape_errors(&value);
    if !shape.is_empty() {
        return stopped(shape);
    }
    match load(text) {
        Ok(_) => Checked {
            findings: Vec::new(),
            complete: true,
        },
        Err(LoadError::Invalid { problems }) => Checked {
            findings: problems
                .into_iter()
                .map(|p| finding(p.path, p.rule.label(), p.message))
                .collect(),
            complete: true,
        },
        // The schema passed but serde did not: a rule the schema can't say.
        Err(LoadError::WrongShape { path, detail }) => {
            stopped(vec![finding(path, text::SHAPE, detail)])
        }
        // Not reached once the text parsed and its version was read above.
        Err(other) => stopped(vec![finding(
            "(root)".into(),
            text::SHAPE,
            other.to_string(),
        )]),
    }
}

/// The shape errors of a JSON value against [`SCHEMA`], in the validator's order.
fn shape_errors(value: &Value) -> Vec<Finding> {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the checked-in schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the checked-in schema compiles");
    validator
        .iter_errors(value)
        .flat_map(|e| shape_findings(&e))
        .collect()
}

/// One schema error as findings. An optional field or a tagged block is an
/// `anyOf`/`oneOf` of alternatives; when all but one fail only by their
/// type (`null` for an absent value, another block's tag), the errors
/// inside that one say what is wrong, deeper and more exactly.
fn shape_findings(error: &jsonschema::ValidationError) -> Vec<Finding> {
    use jsonschema::error::ValidationErrorKind as Kind;
    let mut path = json_path(error.instance_path());
    let message = match error.kind() {
        Kind::AnyOf { context } | Kind::OneOfNotValid { context } => {
            let at_itself = |e: &jsonschema::ValidationError| {
                e.instance_path() == error.instance_path()
                    && matches!(
                        e.kind(),
                        Kind::Type { .. } | Kind::Constant { .. } | Kind::Enum { .. }
                    )
            };
            let mut close = context
                .iter()
                .filter(|branch| !branch.iter().all(at_itself));
            if let (Some(branch), None) = (close.next(), close.next()) {
                return branch.iter().flat_map(shape_findings).collect();
            }
            text::CHOICE
        }
        Kind::Required { property } => {
            if let Some(name) = property.as_str() {
                path = field(&path, name);
            }
            text::REQUIRED
        }
        Kind::AdditionalProperties { unexpected } => {
            if let [name] = unexpected.as_slice() {
                path = field(&path, name);
            }
            text::UNKNOWN_FIELD
        }
        Kind::Type { .. } => text::TYPE,
        Kind::Enum { .. } | Kind::Constant { .. } => text::CHOICE,
        Kind::Pattern { .. } | Kind::Format { .. } => text::FORMAT,
        _ => text::SHAPE,
    };
    vec![Finding {
        path,
        message,
        detail: one_line(&error.to_string()),
    }]
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A JSON Pointer location as the path the rest of the crate writes:
/// `/municipalities/3/head` → `municipalities[3].head`.
fn json_path(location: &jsonschema::paths::Location) -> String {
    use jsonschema::paths::LocationSegment;
    let mut path = String::new();
    for segment in location.segments() {
        match segment {
            LocationSegment::Index(i) => path.push_str(&format!("[{i}]")),
            LocationSegment::Property(name) => path = field(&path, &name),
        }
    }
    if path.is_empty() {
        "(root)".into()
    } else {
        path
    }
}

fn field(path: &str, name: &str) -> String {
    match path {
        "" | "(root)" => name.to_string(),
        _ => format!("{path}.{name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SNAPSHOT: &str = include_str!("../../public/data/report-2024.json");

    fn edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
        let mut value: Value = serde_json::from_str(SNAPSHOT).unwrap();
        edit(&mut value);
        serde_json::to_vec(&value).unwrap()
    }

    #[test]
    fn the_bundled_snapshot_has_nothing_to_fix() {
        let checked = check(SNAPSHOT.as_bytes());
        assert_eq!(checked.findings, Vec::new());
        assert!(checked.complete);
    }

    #[test]
    fn every_shape_error_is_found_at_its_path() {
        let bytes = edited(|v| {
            v["meta"]["title"] = Value::from(42);
            v["municipalities"][3]
                .as_object_mut()
                .unwrap()
                .remove("name");
            v["events"][0]["colour"] = Value::from("red");
        });
        let checked = check(&bytes);
        assert!(!checked.complete, "the rules wait for the shape");
        let mut found: Vec<(String, &str)> = checked
            .findings
            .into_iter()
            .map(|f| (f.path, f.message))
            .collect();
        found.sort();
        assert_eq!(
            found,
            vec![
                ("events[0].colour".to_string(), text::UNKNOWN_FIELD),
                ("meta.title".to_string(), text::TYPE),
                ("municipalities[3].name".to_string(), text::REQUIRED),
            ]
        );
    }

    #[test]
    fn rules_beyond_the_shape_are_found_with_their_message() {
        let bytes = edited(|v| {
            v["events"][0]["members"]
                .as_array_mut()
                .unwrap()
                .push(Value::from("atlantis"));
        });
        let checked = check(&bytes);
        assert!(checked.complete);
        let found = checked.findings;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].path, "events[0].members[1]");
        assert_eq!(found[0].message, text::REFERENCE);
        assert_eq!(found[0].detail, "no municipality with id \"atlantis\"");
    }

    #[test]
    fn text_that_is_not_a_snapshot_is_named() {
        let cases: [(&[u8], &str, &str); 6] = [
            (b"\xff\xfe{}", "(root)", text::NOT_UTF8),
            (b"\xef\xbb\xbf{}", "(root)", text::BOM),
            (b" \n", "(root)", text::NOT_JSON),
            (b"<!doctype html>", "(root)", text::NOT_JSON),
            (
                br#"{"schema_version": "1.0.0", "meta": {"title": "#,
                "meta.title",
                text::TRUNCATED,
            ),
            (
                br#"{"schema_version": "9.0.0"}"#,
                "schema_version",
                text::VERSION,
            ),
        ];
        for (bytes, path, message) in cases {
            let found = check(bytes).findings;
            assert!(!found.is_empty(), "{bytes:?}");
            assert!(
                found[0].path.starts_with(path) && found[0].message == message,
                "{bytes:?}: {found:?}"
            );
        }
    }

    #[test]
    fn details_are_one_line() {
        let found = check(b"{\n\"a\": [1,\n 2,\n").findings;
        assert!(
            found.iter().all(|f| !f.to_string().contains('\n')),
            "{found:?}"
        );
    }
}
