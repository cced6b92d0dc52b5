//! Calendar dates as the snapshot writes them (`YYYY-MM-DD`), without a
//! date library: the report needs parsing, ordering and month grouping only.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`, refusing days that do not exist (`2025-02-29`).
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        (1..=12)
            .contains(&date.month)
            .then_some(())
            .filter(|_| (1..=days_in_month(date.year, date.month)).contains(&date.day))
            .map(|_| date)
    }

    /// The first day of this date's month, for grouping.
    pub fn month_start(self) -> Date {
        Date { day: 1, ..self }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A span of ISO dates in Japanese: `2024年11月11日〜11月22日`.
pub fn format_span(start: &str, end: Option<&str>) -> String {
    match (Date::parse(start), end.and_then(Date::parse)) {
        (Some(s), Some(e)) if s.year == e.year => format!(
            "{}年{}月{}日〜{}月{}日",
            s.year, s.month, s.day, e.month, e.day
        ),
        (Some(s), Some(e)) => format!(
            "{}年{}月{}日〜{}年{}月{}日",
            s.year, s.month, s.day, e.year, e.month, e.day
        ),
        (Some(s), None) => format!("{}年{}月{}日", s.year, s.month, s.day),
        _ => start.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_days_only() {
        assert_eq!(
            Date::parse("2024-11-11"),
            Some(Date {
                year: 2024,
                month: 11,
                day: 11
            })
        );
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        for bad in [
            "2025-02-29",
            "2024-13-01",
            "2024-04-31",
            "2024-4-1",
            "20240401",
            "2024-04-01x",
            "",
            "abcd-ef-gh",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_spans_in_japanese() {
        assert_eq!(
            format_span("2024-11-11", Some("2024-11-22")),
            "2024年11月11日〜11月22日"
        );
        assert_eq!(
            format_span("2024-12-30", Some("2025-01-02")),
            "2024年12月30日〜2025年1月2日"
        );
        assert_eq!(format_span("2024-05-16", None), "2024年5月16日");
    }

    #[test]
    fn orders_chronologically() {
        let a = Date::parse("2024-12-31").unwrap();
        let b = Date::parse("2025-01-01").unwrap();
        assert!(a < b);
        assert_eq!(a.month_start().to_string(), "2024-12-01");
    }
}
