//! Checks a snapshot beyond its shape: ids, references, dates, empty text.
//! Returns every problem found, so whoever edits a snapshot sees them all.

use std::collections::HashSet;
use std::fmt;

use crate::report::dates::Date;
use crate::report::graph::Graph;
use crate::report::identity::parse_tagged;
use crate::report::model::{DateSpan, DiscrepancyKind, Location, Report};
use crate::site::entity::{search_text, title};

/// One thing to fix in a snapshot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value, e.g. `events[3].members[0]`.
    pub path: String,
    /// The rule it breaks.
    pub rule: Rule,
    /// What exactly is wrong, in English (the technical detail).
    pub message: String,
}

/// The rules a snapshot keeps beyond its shape; [`Rule::label`] says each
/// to an editor in Japanese.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// An id is a lowercase ASCII slug ([`is_slug`]).
    Slug,
    /// No two entities of one kind share an id.
    UniqueId,
    /// A reference names an entity the snapshot has.
    Reference,
    /// A discrepancy applies to `kind:id` tags.
    Tag,
    /// A corrected slip has its correction, and the text shows it.
    Correction,
    /// A place reading is hiragana, of a written place, given once.
    Reading,
    /// A location is on the earth (in Japan for a municipality), to two decimals.
    Location,
    /// A date is a real `YYYY-MM-DD` and a span ends after it starts.
    Date,
    /// A calendar event falls in the report's period.
    Period,
    /// No text is empty.
    Text,
}

impl Rule {
    /// The editor's message for this rule.
    pub fn label(self) -> &'static str {
        use crate::site::labels::validation as l;
        match self {
            Rule::Slug => l::SLUG,
            Rule::UniqueId => l::UNIQUE_ID,
            Rule::Reference => l::REFERENCE,
            Rule::Tag => l::TAG,
            Rule::Correction => l::CORRECTION,
            Rule::Reading => l::READING,
            Rule::Location => l::LOCATION,
            Rule::Date => l::DATE,
            Rule::Period => l::PERIOD,
            Rule::Text => l::TEXT,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The major version of a `schema_version` string, if it is `MAJOR.MINOR.PATCH`.
pub fn schema_major(version: &str) -> Option<u32> {
    let parts: Vec<&str> = version.split('.').collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    parts[0].parse().ok()
}

/// The schema version is checked before this, by `snapshot::load`, which
/// refuses other versions outright; empty text is found in the snapshot's
/// text (`json_text::blank_strings`), generically, rather than by walking
/// or re-serialising every field here.
pub fn validate(report: &Report) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |rule: Rule, path: String, message: String| {
        problems.push(Problem {
            path,
            rule,
            message,
        })
    };

    let graph = Graph::of(report);
    let mut seen = HashSet::new();
    for entity in &graph.entities {
        let id = entity.key.id;
        if !is_slug(id) {
            problem(
                Rule::Slug,
                format!("{}.id", entity.path),
                format!("id {id:?} is not a lowercase ASCII slug"),
            );
        }
        if !seen.insert(entity.key) {
            problem(
                Rule::UniqueId,
                format!("{}.id", entity.path),
                format!("duplicate {} id {id:?}", entity.key.kind.tag()),
            );
        }
    }
    for reference in &graph.references {
        if !seen.contains(&reference.to) {
            problem(
                Rule::Reference,
                reference.path.clone(),
                format!(
                    "no {} with id {:?}",
                    reference.to.kind.tag(),
                    reference.to.id
                ),
            );
        }
    }
    for (i, d) in report.discrepancies.iter().enumerate() {
        for (j, target) in d.applies_to.iter().enumerate() {
            if parse_tagged(target).is_none() {
                problem(
                    Rule::Tag,
                    format!("discrepancies[{i}].applies_to[{j}]"),
                    format!("{target:?} is not of the form kind:id"),
                );
            }
        }
    }

    check_corrections(report, &mut problem);
    check_place_readings(report, &graph, &mut problem);
    for (i, m) in report.municipalities.iter().enumerate() {
        if let Some(location) = &m.location {
            check_location(
                &format!("municipalities[{i}].location"),
                location,
                Some(JAPAN),
                &mut problem,
            );
        }
    }
    for (i, o) in report.world.offices.iter().enumerate() {
        if let Some(location) = &o.location {
            check_location(
                &format!("world.offices[{i}].location"),
                location,
                None,
                &mut problem,
            );
        }
    }

    let mut spans: Vec<(String, &DateSpan)> = vec![("meta.period".into(), &report.meta.period)];
    spans.extend(
        report
            .highlights
            .iter()
            .enumerate()
            .map(|(i, h)| (format!("highlights[{i}].date"), &h.date)),
    );
    spans.extend(
        report
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (format!("events[{i}].date"), &e.date)),
    );
    for entity in &graph.entities {
        if entity.key.kind == crate::report::identity::Kind::Story {
            if let Some(span) = report.story(entity.key.id).and_then(|s| s.date.as_ref()) {
                spans.push((format!("{}.date", entity.path), span));
            }
        }
    }
    for (path, span) in spans {
        check_span(&path, span, &mut problem);
    }
    let period = (
        Date::parse(&report.meta.period.start),
        report.meta.period.end.as_deref().and_then(Date::parse),
    );
    if let (Some(first), Some(last)) = period {
        for (i, e) in report
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.in_calendar)
        {
            let start = Date::parse(&e.date.start);
            if start.is_some_and(|s| s < first || s > last) {
                problem(
                    Rule::Period,
                    format!("events[{i}].date.start"),
                    format!("calendar event outside the report's period {first} – {last}"),
                );
            }
        }
    }
    problems
}

/// A corrected slip has its correction, and only it does; the entities it
/// applies to show the corrected form and no longer the original, which
/// one of its readings quotes as printed.
fn check_corrections(report: &Report, problem: &mut impl FnMut(Rule, String, String)) {
    for (i, d) in report.discrepancies.iter().enumerate() {
        let path = format!("discrepancies[{i}]");
        let correction = match (d.kind, &d.correction) {
            (DiscrepancyKind::Corrected, Some(c)) => c,
            (DiscrepancyKind::Corrected, None) => {
                problem(
                    Rule::Correction,
                    path,
                    "a corrected slip without its correction".into(),
                );
                continue;
            }
            (_, Some(_)) => {
                problem(
                    Rule::Correction,
                    format!("{path}.correction"),
                    "a correction on a discrepancy that is not corrected".into(),
                );
                continue;
            }
            (_, None) => continue,
        };
        let texts: Vec<String> = d
            .applies_to
            .iter()
            .filter_map(|tag| parse_tagged(tag))
            .flat_map(|(kind, id)| {
                let mut text: Vec<String> = search_text(report, kind, id)
                    .into_iter()
                    .map(str::to_string)
                    .collect();
                text.extend(title(report, kind, id));
                text
            })
            .collect();
        let (original, corrected) = (&correction.original, &correction.corrected);
        if original == corrected || original.is_empty() {
            problem(
                Rule::Correction,
                format!("{path}.correction"),
                format!("{original:?} corrected to itself"),
            );
        }
        if !d
            .readings
            .iter()
            .any(|r| r.text.contains(original.as_str()))
        {
            problem(
                Rule::Correction,
                format!("{path}.readings"),
                format!("no reading quotes the original {original:?}"),
            );
        }
        if texts.iter().any(|t| t.contains(original.as_str())) {
            problem(
                Rule::Correction,
                format!("{path}.correction.original"),
                format!("{original:?} is still in the text it applies to"),
            );
        }
        if !texts.iter().any(|t| t.contains(corrected.as_str())) {
            problem(
                Rule::Correction,
                format!("{path}.correction.corrected"),
                format!("{corrected:?} is not in the text it applies to"),
            );
        }
    }
}

/// A reading is hiragana, names a place the report writes (a
/// municipality's name or alias, or a phrase of its text), and is given once.
fn check_place_readings(
    report: &Report,
    graph: &Graph,
    problem: &mut impl FnMut(Rule, String, String),
) {
    let mut seen = HashSet::new();
    for (i, r) in report.place_readings.iter().enumerate() {
        let path = format!("place_readings[{i}]");
        if !r.reading.chars().all(is_hiragana) {
            problem(
                Rule::Reading,
                format!("{path}.reading"),
                format!("reading {:?} is not all hiragana", r.reading),
            );
        }
        if !seen.insert((&r.name, &r.reading)) {
            problem(
                Rule::Reading,
                format!("{path}.name"),
                format!("{:?} read {:?} is given twice", r.name, r.reading),
            );
        }
        let written = report
            .municipalities
            .iter()
            .any(|m| m.name == r.name || m.aliases.contains(&r.name))
            || graph.entities.iter().any(|e| {
                search_text(report, e.key.kind, e.key.id)
                    .iter()
                    .any(|t| t.contains(&r.name))
            });
        if !r.name.is_empty() && !written {
            problem(
                Rule::Reading,
                format!("{path}.name"),
                format!("{:?} is not written anywhere in the report", r.name),
            );
        }
    }
}

/// Latitudes and longitudes that hold Japan, outlying islands included:
/// `(south, north, west, east)` in degrees.
const JAPAN: (f64, f64, f64, f64) = (20.0, 46.0, 122.0, 154.0);

/// A location is on the earth (inside `within` when given) and written to
/// two decimals, as the snapshot records them.
fn check_location(
    path: &str,
    location: &Location,
    within: Option<(f64, f64, f64, f64)>,
    problem: &mut impl FnMut(Rule, String, String),
) {
    let (south, north, west, east) = within.unwrap_or((-90.0, 90.0, -180.0, 180.0));
    for (field, value, low, high) in [
        ("lat", location.lat, south, north),
        ("lon", location.lon, west, east),
    ] {
        let hundredths = (value * 100.0).round();
        if !(low..=high).contains(&value) {
            problem(
                Rule::Location,
                format!("{path}.{field}"),
                format!(
                    "{} is outside {}..={}",
                    degrees(hundredths),
                    degrees(low * 100.0),
                    degrees(high * 100.0)
                ),
            );
        }
        if (hundredths - value * 100.0).abs() > 1e-6 {
            problem(
                Rule::Location,
                format!("{path}.{field}"),
                format!("{} has more than two decimals", degrees(hundredths)),
            );
        }
    }
}

/// Hundredths of a degree as degrees (`13691` → `136.91`), written with
/// integers: formatting an `f64` would bring Rust's float printing (about
/// 14 KB) into the wasm for these messages alone.
fn degrees(hundredths: f64) -> String {
    let h = hundredths as i64;
    let sign = if h < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", h.abs() / 100, h.abs() % 100)
}

fn is_hiragana(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ')
}

fn check_span(path: &str, span: &DateSpan, problem: &mut impl FnMut(Rule, String, String)) {
    let start = Date::parse(&span.start);
    if start.is_none() {
        problem(
            Rule::Date,
            format!("{path}.start"),
            format!("{:?} is not a real YYYY-MM-DD date", span.start),
        );
    }
    if let Some(end_text) = &span.end {
        match (start, Date::parse(end_text)) {
            (_, None) => problem(
                Rule::Date,
                format!("{path}.end"),
                format!("{end_text:?} is not a real YYYY-MM-DD date"),
            ),
            (Some(s), Some(e)) if e < s => problem(
                Rule::Date,
                format!("{path}.end"),
                format!("ends ({e}) before it starts ({s})"),
            ),
            _ => {}
        }
    }
}

/// `zero-carbon`, `cop29`: lowercase ASCII words joined by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("zero-carbon"));
        assert!(is_slug("cop29"));
        for bad in ["", "-a", "a-", "a--b", "Kyoto", "京都", "a b", "a_b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn degrees_are_written_to_two_decimals() {
        assert_eq!(degrees(13691.0), "136.91");
        assert_eq!(degrees(-3792.0), "-37.92");
        assert_eq!(degrees(-5.0), "-0.05");
        assert_eq!(degrees(2000.0), "20.00");
    }

    #[test]
    fn schema_versions() {
        assert_eq!(schema_major("1.0.0"), Some(1));
        assert_eq!(schema_major("2.3.10"), Some(2));
        for bad in ["1", "1.0", "v1.0.0", "1.0.0-beta", "", "1..0"] {
            assert_eq!(schema_major(bad), None, "{bad}");
        }
    }
}
