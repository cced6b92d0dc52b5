//! Filtering, sorting and counting for the members index and the calendar.
//! The state lives in the URL query, so a filtered view is a shareable link.

use crate::derive::appearances::{appearances_in, Places};
use crate::report::dates::Date;
use crate::report::model::{Event, EventKind, Level, Report};
use crate::report::order;
use crate::site::deployment::AppPath;
use crate::site::routes::{Page, Route};

/// A member municipality with its number of appearances in the report.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberRow {
    pub id: String,
    pub name: String,
    pub level: Level,
    pub appearances: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MemberSort {
    /// The report's own order, which is 五十音順.
    #[default]
    Gojuon,
    /// Most appearances first.
    Activity,
}

/// `?level=prefecture&sort=activity`
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MemberQuery {
    pub level: Option<Level>,
    pub sort: MemberSort,
}

impl MemberQuery {
    /// Reads the query parameters; unknown values fall back to the default.
    pub fn from_params(level: Option<&str>, sort: Option<&str>) -> MemberQuery {
        MemberQuery {
            level: match level {
                Some("prefecture") => Some(Level::Prefecture),
                Some("municipal") => Some(Level::Municipal),
                _ => None,
            },
            sort: if sort == Some("activity") {
                MemberSort::Activity
            } else {
                MemberSort::Gojuon
            },
        }
    }

    /// The members index showing this state; the bare index for the default.
    pub fn path(&self) -> AppPath {
        let sort = if self.sort == MemberSort::Activity {
            "activity"
        } else {
            ""
        };
        Route::new(Page::Members)
            .to()
            .with_param("level", self.level.map_or("", level_param))
            .with_param("sort", sort)
    }
}

pub fn level_param(level: Level) -> &'static str {
    match level {
        Level::Prefecture => "prefecture",
        Level::Municipal => "municipal",
    }
}

/// Members in the report's order with their appearance counts.
pub fn member_rows(report: &Report) -> Vec<MemberRow> {
    let places = Places::of(report);
    report
        .members()
        .map(|m| MemberRow {
            id: m.id.clone(),
            name: m.name.clone(),
            level: m.level,
            appearances: appearances_in(&places, report, &m.id).len(),
        })
        .collect()
}

pub fn select_members(rows: &[MemberRow], query: &MemberQuery) -> Vec<MemberRow> {
    let mut selected: Vec<MemberRow> = rows
        .iter()
        .filter(|r| query.level.is_none_or(|l| r.level == l))
        .cloned()
        .collect();
    if query.sort == MemberSort::Activity {
        // Stable: equal counts keep the 五十音 order.
        order::sort_by_key(&mut selected, |r| {
            u64::from(order::descending(r.appearances as u32))
        });
    }
    selected
}

/// What the calendar can be filtered by: a kind of event, or endorsement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventFilter {
    Kind(EventKind),
    Endorsed,
}

impl EventFilter {
    pub const ALL: [EventFilter; 8] = [
        EventFilter::Kind(EventKind::InternationalConference),
        EventFilter::Kind(EventKind::Forum),
        EventFilter::Kind(EventKind::Workshop),
        EventFilter::Kind(EventKind::Seminar),
        EventFilter::Kind(EventKind::Webinar),
        EventFilter::Kind(EventKind::Meeting),
        EventFilter::Kind(EventKind::IcleiCafe),
        EventFilter::Endorsed,
    ];

    pub fn param(self) -> &'static str {
        match self {
            EventFilter::Kind(EventKind::InternationalConference) => "international-conference",
            EventFilter::Kind(EventKind::Forum) => "forum",
            EventFilter::Kind(EventKind::Workshop) => "workshop",
            EventFilter::Kind(EventKind::Seminar) => "seminar",
            EventFilter::Kind(EventKind::Webinar) => "webinar",
            EventFilter::Kind(EventKind::Meeting) => "meeting",
            EventFilter::Kind(EventKind::IcleiCafe) => "iclei-cafe",
            EventFilter::Endorsed => "endorsed",
        }
    }

    pub fn matches(self, event: &Event) -> bool {
        match self {
            EventFilter::Kind(kind) => event.kind == kind,
            EventFilter::Endorsed => event.endorsed,
        }
    }
}

/// `?member=yokohama&kind=webinar`
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CalendarQuery {
    pub member: Option<String>,
    pub filter: Option<EventFilter>,
}

impl CalendarQuery {
    /// Reads the query parameters; a member the report does not list and an
    /// unknown kind are ignored.
    pub fn from_params(report: &Report, member: Option<&str>, kind: Option<&str>) -> CalendarQuery {
        CalendarQuery {
            member: member
                .filter(|id| report.municipality(id).is_some_and(|m| m.member))
                .map(str::to_string),
            filter: kind.and_then(|k| EventFilter::ALL.into_iter().find(|f| f.param() == k)),
        }
    }

    /// Whether `event` is listed in this state: one of the member's, of
    /// the kind chosen.
    pub fn admits(&self, event: &Event) -> bool {
        self.member
            .as_ref()
            .is_none_or(|m| event.members.contains(m))
            && self.filter.is_none_or(|f| f.matches(event))
    }

    /// The calendar showing this state; the bare calendar when unfiltered.
    pub fn path(&self) -> AppPath {
        let route = Route::new(Page::Calendar).to();
        route
            .with_param("member", self.member.as_deref().unwrap_or_default())
            .with_param("kind", self.filter.map_or("", EventFilter::param))
    }
}

/// Every event of the report in date order, filtered.
pub fn select_events<'a>(report: &'a Report, query: &CalendarQuery) -> Vec<&'a Event> {
    let mut events: Vec<&Event> = report.events.iter().filter(|e| query.admits(e)).collect();
    // Undated first, as `Option` orders them (validation refuses those anyway).
    order::sort_by_key(&mut events, |e| {
        Date::parse(&e.date.start).map_or(0, |d| order::key2(d.year as u32, d.month * 32 + d.day))
    });
    events
}

/// The event a fragment names (`cop29`, the id without `#`) when the
/// calendar's filters leave it out: a link from elsewhere to an event with
/// filters that hide it. `None` when the fragment names no event or a
/// listed one.
pub fn hidden_event<'a>(
    report: &'a Report,
    query: &CalendarQuery,
    fragment: &str,
) -> Option<&'a Event> {
    report
        .events
        .iter()
        .find(|e| e.id == fragment)
        .filter(|e| !query.admits(e))
}

/// Events grouped by the month they start in, in order.
pub fn by_month<'a>(events: &[&'a Event]) -> Vec<(Date, Vec<&'a Event>)> {
    let mut months: Vec<(Date, Vec<&Event>)> = Vec::new();
    for event in events {
        let Some(month) = Date::parse(&event.date.start).map(Date::month_start) else {
            continue;
        };
        match months.last_mut() {
            Some((m, list)) if *m == month => list.push(event),
            _ => months.push((month, vec![event])),
        }
    }
    months
}

/// The number of events starting in each month of the report's period,
/// months without events included.
pub fn events_per_month(report: &Report, events: &[&Event]) -> Vec<(Date, usize)> {
    let (Some(first), Some(last)) = (
        Date::parse(&report.meta.period.start),
        report.meta.period.end.as_deref().and_then(Date::parse),
    ) else {
        return Vec::new();
    };
    let mut month = first.month_start();
    let mut counts = Vec::new();
    while month <= last {
        let n = events
            .iter()
            .filter(|e| Date::parse(&e.date.start).map(Date::month_start) == Some(month))
            .count();
        counts.push((month, n));
        month = if month.month == 12 {
            Date {
                year: month.year + 1,
                month: 1,
                day: 1,
            }
        } else {
            Date {
                month: month.month + 1,
                ..month
            }
        };
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_queries_round_trip_and_ignore_junk() {
        let q = MemberQuery::from_params(Some("prefecture"), Some("activity"));
        assert_eq!(
            q,
            MemberQuery {
                level: Some(Level::Prefecture),
                sort: MemberSort::Activity
            }
        );
        assert_eq!(
            q.path().to_string(),
            "/members?level=prefecture&sort=activity"
        );
        assert_eq!(
            MemberQuery::from_params(Some("<x>"), Some("random")),
            MemberQuery::default()
        );
        assert_eq!(MemberQuery::default().path().to_string(), "/members");
    }

    #[test]
    fn activity_sort_is_stable() {
        let row = |id: &str, n| MemberRow {
            id: id.into(),
            name: id.into(),
            level: Level::Municipal,
            appearances: n,
        };
        let rows = vec![row("a", 1), row("b", 3), row("c", 1), row("d", 3)];
        let sorted = select_members(
            &rows,
            &MemberQuery {
                level: None,
                sort: MemberSort::Activity,
            },
        );
        let ids: Vec<&str> = sorted.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["b", "d", "a", "c"]);
    }

    #[test]
    fn event_filters_have_distinct_params() {
        let mut params: Vec<&str> = EventFilter::ALL.iter().map(|f| f.param()).collect();
        params.sort();
        params.dedup();
        assert_eq!(params.len(), EventFilter::ALL.len());
    }
}
