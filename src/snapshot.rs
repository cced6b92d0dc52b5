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
    let report: Report = serde_path_to_error::deserialize(&value).map_err(|e| LoadError::WrongShape {
        path: display_path(&e.path().to_string()),
        detail: e.into_inner().to_string(),
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

/// serde_path_to_error writes `.` for the root; readers want a name.
fn display_path(path: &str) -> String {
    if path == "." { "(root)".into() } else { path.into() }
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
