//! Turning the text of a snapshot into a validated report, with an error
//! that says exactly what is wrong when it cannot.

use std::fmt;

use serde::Deserialize;

use crate::model::{Report, SCHEMA_MAJOR};
use crate::validate::{schema_major, validate, Problem};

/// Why a snapshot could not be used. Each variant maps to its own message.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The body is not JSON at all.
    NotJson { detail: String },
    /// The body is JSON cut short.
    Truncated { detail: String },
    /// JSON, but not of the report's shape; `path` names the field.
    WrongShape { path: String, detail: String },
    /// A major schema version this build does not read.
    UnsupportedVersion { found: String },
    /// Well-formed, but with dangling references, duplicate ids and the like.
    Invalid { problems: Vec<Problem> },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotJson { detail } => write!(f, "not JSON: {detail}"),
            LoadError::Truncated { detail } => write!(f, "truncated JSON: {detail}"),
            LoadError::WrongShape { path, detail } => write!(f, "wrong shape at {path}: {detail}"),
            LoadError::UnsupportedVersion { found } => {
                write!(f, "schema version {found} is not supported (this build reads {SCHEMA_MAJOR}.x.y)")
            }
            LoadError::Invalid { problems } => {
                write!(f, "{} validation problem(s)", problems.len())?;
                for p in problems.iter().take(5) {
                    write!(f, "; {p}")?;
                }
                Ok(())
            }
        }
    }
}

/// Only the version field, read before the rest so that a future format
/// is refused by its version, not by whatever field it changed.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<serde_json::Value>,
}

pub fn load(text: &str) -> Result<Report, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::NotJson { detail: "empty body".into() });
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        let detail = e.to_string();
        if e.is_eof() {
            LoadError::Truncated { detail }
        } else {
            LoadError::NotJson { detail }
        }
    })?;
    check_version(&value)?;
    // Typed straight from the text: serde_json reports where it failed, and
    // `path_at` turns that position into a field path.
    let report: Report = serde_json::from_str(text).map_err(|e| LoadError::WrongShape {
        path: path_at(text, byte_offset(text, e.line(), e.column())),
        detail: strip_position(&e.to_string()),
    })?;
    let problems = validate(&report, &value);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(LoadError::Invalid { problems })
    }
}

fn check_version(value: &serde_json::Value) -> Result<(), LoadError> {
    let shape = |detail: &str| LoadError::WrongShape { path: "schema_version".into(), detail: detail.into() };
    let probe = VersionProbe::deserialize(value).map_err(|_| LoadError::WrongShape {
        path: "(root)".into(),
        detail: "expected a JSON object".into(),
    })?;
    let version = match probe.schema_version {
        Some(serde_json::Value::String(v)) => v,
        Some(_) => return Err(shape("expected a string")),
        None => return Err(shape("missing field")),
    };
    match schema_major(&version) {
        Some(SCHEMA_MAJOR) => Ok(()),
        Some(_) => Err(LoadError::UnsupportedVersion { found: version }),
        None => Err(shape("expected MAJOR.MINOR.PATCH")),
    }
}

/// The byte offset of serde_json's 1-based line and (byte) column.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (line_start + column).min(text.len())
}

/// serde_json appends " at line L column C"; the path says it better.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// One open container while scanning JSON text.
enum Frame {
    Object { key: Option<String>, expecting_key: bool },
    Array { index: usize },
}

/// The field path (`municipalities[3].head.person`) of the value being read
/// at byte `offset` of well-formed JSON text; `(root)` at the top level.
pub fn path_at(text: &str, offset: usize) -> String {
    let mut frames: Vec<Frame> = Vec::new();
    let mut chars = text[..offset.min(text.len())].chars();
    while let Some(c) = chars.next() {
        match c {
            '{' => frames.push(Frame::Object { key: None, expecting_key: true }),
            '[' => frames.push(Frame::Array { index: 0 }),
            '}' | ']' => {
                frames.pop();
            }
            ',' => match frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            ':' => {
                if let Some(Frame::Object { expecting_key, .. }) = frames.last_mut() {
                    *expecting_key = false;
                }
            }
            '"' => {
                let mut string = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        // An escaped character stands for itself (near enough for a path).
                        '\\' => string.extend(chars.next()),
                        '"' => break,
                        c => string.push(c),
                    }
                }
                if let Some(Frame::Object { key, expecting_key: true }) = frames.last_mut() {
                    *key = Some(string);
                }
            }
            _ => {}
        }
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() { "(root)".into() } else { path }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_broken_text() {
        assert!(matches!(load("<!doctype html>"), Err(LoadError::NotJson { .. })));
        assert_eq!(load(" \n"), Err(LoadError::NotJson { detail: "empty body".into() }));
        assert!(matches!(load(r#"{"schema_version": "1.0.0", "meta": {"#), Err(LoadError::Truncated { .. })));
        assert!(matches!(load("[1, 2]"), Err(LoadError::WrongShape { .. })));
    }

    #[test]
    fn paths_of_positions() {
        let text = r#"{"a": [1, {"b": "x", "c": [true, 42]}], "d": {"e\"f": 1}}"#;
        let at = |needle: &str| path_at(text, text.find(needle).unwrap() + needle.len());
        assert_eq!(at("42"), "a[1].c[1]");
        assert_eq!(at("\"x\""), "a[1].b");
        assert_eq!(at("\"e\\\"f\": 1"), "d.e\"f");
        assert_eq!(path_at(text, 0), "(root)");
        assert_eq!(path_at(text, text.len()), "(root)");
    }

    #[test]
    fn wrong_shapes_name_their_field() {
        let text = r#"{"schema_version": "1.0.0", "meta": {"title": 42}}"#;
        match load(text) {
            Err(LoadError::WrongShape { path, detail }) => {
                assert_eq!(path, "meta.title");
                assert!(detail.contains("invalid type"), "{detail}");
                assert!(!detail.contains(" at line "), "{detail}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn refuses_other_major_versions_before_reading_the_rest() {
        assert_eq!(
            load(r#"{"schema_version": "2.0.0", "anything": true}"#),
            Err(LoadError::UnsupportedVersion { found: "2.0.0".into() })
        );
    }

    #[test]
    fn names_the_missing_field() {
        match load(r#"{"schema_version": "1.0.0"}"#) {
            Err(LoadError::WrongShape { path, detail }) => {
                assert_eq!(path, "(root)");
                assert!(detail.contains("missing field"), "{detail}");
            }
            other => panic!("{other:?}"),
        }
    }
}
