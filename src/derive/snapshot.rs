//! Turning the text of a snapshot into a validated report, with an error
//! that says exactly what is wrong when it cannot.

use std::fmt;

use serde::de::IgnoredAny;
use serde::Deserialize;

use crate::derive::validate::{schema_major, validate, Problem, Rule};
use crate::report::json_text::{blank_strings, path_at};
use crate::report::model::{Report, SCHEMA_MAJOR};

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
                write!(
                    f,
                    "schema version {found} is not supported (this build reads {SCHEMA_MAJOR}.x.y)"
                )
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

/// Only the version field, read when the report itself did not parse, so
/// that a future format is refused by its version, not by whatever field it
/// changed. Other fields are skipped without being built.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: Option<String>,
}

/// The bundled snapshot, loaded: what the modules' native tests read.
#[cfg(test)]
pub(crate) fn bundled() -> Report {
    load(include_str!("../../public/data/report-2024.json")).expect("the bundled snapshot loads")
}

/// Reads a snapshot's text into the model and checks it: [`parse`], then
/// [`check`]. Errors: what [`LoadError`] lists, the first problem found.
pub fn load(text: &str) -> Result<Report, LoadError> {
    check(parse(text)?, text)
}

/// Reads a snapshot's text into the model, refusing text that is not JSON,
/// is cut short, has the wrong shape or a schema version this app cannot
/// read. The browser runs it and [`check`] in separate tasks: together
/// they take 50–70 ms on a phone's CPU (4× slowed), past what a task may
/// take without delaying input.
pub fn parse(text: &str) -> Result<Report, LoadError> {
    let body = text.trim_start();
    if body.is_empty() {
        return Err(LoadError::NotJson {
            detail: "empty body".into(),
        });
    }
    if !body.starts_with('{') {
        // serde would read an array as a struct's fields in order and report
        // an error deep inside it; the real problem is at the root.
        serde_json::from_str::<IgnoredAny>(text).map_err(syntax_error)?;
        return Err(LoadError::WrongShape {
            path: "(root)".into(),
            detail: "expected a JSON object".into(),
        });
    }
    // Parsed once, straight into the model: serde_json says where it
    // stopped, and `path_at` turns that position into a field path.
    let report: Report = serde_json::from_str(text).map_err(|e| {
        if !e.is_data() {
            return syntax_error(e);
        }
        if let Ok(VersionProbe {
            schema_version: Some(version),
        }) = serde_json::from_str(text)
        {
            if let Err(unsupported @ LoadError::UnsupportedVersion { .. }) = check_version(&version)
            {
                return unsupported;
            }
        }
        LoadError::WrongShape {
            path: error_path(text, &e),
            detail: strip_position(&e.to_string()),
        }
    })?;
    check_version(&report.schema_version)?;
    Ok(report)
}

/// Checks a parsed report against the rules of `validate` and for blank
/// texts (found in `text`, the JSON it was parsed from). Errors:
/// [`LoadError::Invalid`] with every problem.
pub fn check(report: Report, text: &str) -> Result<Report, LoadError> {
    let mut problems = validate(&report);
    problems.extend(blank_strings(text).into_iter().map(|path| Problem {
        path,
        rule: Rule::Text,
        message: "empty text".into(),
    }));
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(LoadError::Invalid { problems })
    }
}

/// Text that is not JSON, or JSON cut short.
fn syntax_error(e: serde_json::Error) -> LoadError {
    let detail = e.to_string();
    if e.is_eof() {
        LoadError::Truncated { detail }
    } else {
        LoadError::NotJson { detail }
    }
}

fn check_version(version: &str) -> Result<(), LoadError> {
    match schema_major(version) {
        Some(SCHEMA_MAJOR) => Ok(()),
        Some(_) => Err(LoadError::UnsupportedVersion {
            found: version.into(),
        }),
        None => Err(LoadError::WrongShape {
            path: "schema_version".into(),
            detail: "expected MAJOR.MINOR.PATCH".into(),
        }),
    }
}

/// The field path (`meta.title`, `events[3].date`) where serde_json
/// stopped reading `text` with `error`; `(root)` before the first field.
pub fn error_path(text: &str, error: &serde_json::Error) -> String {
    path_at(text, byte_offset(text, error.line(), error.column()))
}

/// The byte offset of serde_json's 1-based line and (byte) column.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(text.len())
}

/// serde_json appends " at line L column C"; the path says it better.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_broken_text() {
        assert!(matches!(
            load("<!doctype html>"),
            Err(LoadError::NotJson { .. })
        ));
        assert_eq!(
            load(" \n"),
            Err(LoadError::NotJson {
                detail: "empty body".into()
            })
        );
        assert!(matches!(
            load(r#"{"schema_version": "1.0.0", "meta": {"#),
            Err(LoadError::Truncated { .. })
        ));
        assert!(matches!(load("[1, 2]"), Err(LoadError::WrongShape { .. })));
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
            Err(LoadError::UnsupportedVersion {
                found: "2.0.0".into()
            })
        );
    }

    /// The browser parses and checks in two tasks: a blank title is read
    /// by the first and refused by the second, as `load` refuses it.
    #[test]
    fn parse_reads_what_check_then_refuses() {
        let text = include_str!("../../public/data/report-2024.json");
        let title = bundled().meta.title;
        let blank = text.replacen(&format!("\"title\": \"{title}\""), "\"title\": \" \"", 1);
        assert_ne!(
            blank, text,
            "the bundled snapshot gives meta.title as expected"
        );
        let parsed = parse(&blank).expect("a blank text is valid JSON of the right shape");
        assert_eq!(parsed.meta.title, " ");
        let refused = |result: Result<Report, LoadError>| match result {
            Err(LoadError::Invalid { problems }) => problems
                .iter()
                .any(|p| p.path == "meta.title" && p.rule == Rule::Text),
            _ => false,
        };
        assert!(refused(check(parsed, &blank)));
        assert!(refused(load(&blank)));
        assert!(check(bundled(), text).is_ok());
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
