//! Everything the report says about one municipality: the places whose data
//! refers to it (a `members` list, a seat's `municipality`) and the places
//! whose text names it, each with the report's own sentences that name it
//! and the part the report states it played there. Derived from the
//! snapshot, never from a hand-written list, and nothing is worded here:
//! passages are the report's sentences (or table rows) verbatim.

use std::collections::HashMap;

use crate::report::graph::Graph;
use crate::report::identity::{Key, Kind};
use crate::report::model::{Block, DateSpan, Municipality, Report};
use crate::site::entity::{search_text, title, Locator};
use crate::site::routes::Route;

#[derive(Clone, Debug, PartialEq)]
pub struct Appearance {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    pub route: Route,
    pub fragment: Option<String>,
    /// When it took place, for what has a date (events, highlights,
    /// stories with a date or an event that has one).
    pub date: Option<DateSpan>,
    /// The part the member played as the report's structure states it: the
    /// column or label it is listed under (`主催`, `共催`, `参加自治体`, a seat's
    /// `理事`, a group's `LGMA共同ポジション`), in the report's words.
    pub roles: Vec<String>,
    /// The report's sentences that name the member, verbatim; a table row
    /// as `column：cell` pairs joined by `　`; a seat as `role name（affiliation）`.
    pub passages: Vec<String>,
}

/// Whether an entity's text is searched for the member's name: not the
/// records of municipalities and people, whose names hold the member's
/// name by nature, nor editorial records.
fn tells_of_members(kind: Kind) -> bool {
    !matches!(kind, Kind::Municipality | Kind::Person | Kind::Discrepancy)
}

/// The report's places as every member's appearances read them: the graph
/// and each place's title, found once for all members (a title is looked
/// up by id, and each member weighs every place's title).
pub struct Places<'r> {
    pub graph: Graph<'r>,
    titles: HashMap<Key<'r>, String>,
}

impl<'r> Places<'r> {
    pub fn of(report: &'r Report) -> Places<'r> {
        let graph = Graph::of(report);
        let titles = graph
            .entities
            .iter()
            .filter_map(|e| Some((e.key, title(report, e.key.kind, e.key.id)?)))
            .collect();
        Places { graph, titles }
    }
}

/// The places that refer to or name municipality `id`, once each: those
/// that refer to it in snapshot order, then those that only name it.
pub fn appearances(report: &Report, id: &str) -> Vec<Appearance> {
    appearances_in(&Places::of(report), report, id)
}

/// As [`appearances`], against places already found (for many members).
pub fn appearances_in(places: &Places<'_>, report: &Report, id: &str) -> Vec<Appearance> {
    let Some(member) = report.municipality(id) else {
        return Vec::new();
    };
    let graph = &places.graph;
    let member = &Names::of(report, member);
    let locator = Locator::new(graph, report);
    let referring = graph
        .references_to(Kind::Municipality, id)
        .filter_map(|r| r.from)
        .filter(|from| from.kind != Kind::Municipality);
    let naming = graph
        .entities
        .iter()
        .map(|e| e.key)
        .filter(|key| tells_of_members(key.kind));
    let mut seen: Vec<Key<'_>> = Vec::new();
    let mut out = Vec::new();
    for (key, referred) in referring
        .map(|k| (k, true))
        .chain(naming.map(|k| (k, false)))
    {
        if seen.contains(&key) {
            continue;
        }
        let Some(title) = places.titles.get(&key) else {
            continue;
        };
        let passages = passages(report, key, member);
        let names_it = passages.iter().chain([title]).any(|t| member.in_text(t));
        if !referred && !names_it {
            continue;
        }
        // Located last: most places neither refer to nor name the member.
        let Some((route, fragment)) = locator.locate(key) else {
            continue;
        };
        seen.push(key);
        out.push(Appearance {
            kind: key.kind,
            id: key.id.to_string(),
            title: title.clone(),
            route,
            fragment,
            date: date(report, key),
            roles: roles(report, key, member),
            passages,
        });
    }
    out
}

/// How the report names one member: its name and longer forms, and the
/// names of other municipalities that hold one of them without naming the
/// member (長野県小布施町 holds 長野県 but names 小布施町).
#[derive(Clone, Debug, PartialEq)]
pub struct Names {
    /// The member's id.
    pub id: String,
    names: Vec<String>,
    others: Vec<String>,
}

impl Names {
    pub fn of(report: &Report, member: &Municipality) -> Names {
        let all = |m: &Municipality| -> Vec<String> {
            std::iter::once(m.name.clone())
                .chain(m.aliases.iter().cloned())
                .filter(|n| !n.is_empty())
                .collect()
        };
        let names = all(member);
        let others = report
            .municipalities
            .iter()
            .filter(|m| m.id != member.id)
            .flat_map(all)
            .filter(|other| names.iter().any(|n| other.contains(n.as_str())))
            .collect();
        Names {
            id: member.id.clone(),
            names,
            others,
        }
    }

    /// Whether `text` names the member.
    pub fn in_text(&self, text: &str) -> bool {
        self.may_be_in(text) && self.mark(text).iter().any(|(_, name)| *name)
    }

    /// Whether `text` holds one of the member's names at all: a plain
    /// substring search, so that the marking (which also weighs the other
    /// municipalities' names) runs only on the few texts that do. Every
    /// text that names the member passes; most of the report does not.
    fn may_be_in(&self, text: &str) -> bool {
        self.names.iter().any(|n| text.contains(n.as_str()))
    }

    /// `text` cut into the parts that name the member (`true`) and the
    /// rest, in order, for marking the names: at each point the earliest
    /// name, the longest where two begin together, and another
    /// municipality's name is left unmarked.
    pub fn mark(&self, text: &str) -> Vec<(String, bool)> {
        let patterns: Vec<(&str, bool)> = self
            .names
            .iter()
            .map(|n| (n.as_str(), true))
            .chain(self.others.iter().map(|n| (n.as_str(), false)))
            .collect();
        let mut parts: Vec<(String, bool)> = Vec::new();
        let mut push = |part: &str, name: bool| match parts.last_mut() {
            Some((last, false)) if !name => last.push_str(part),
            _ => parts.push((part.to_string(), name)),
        };
        let mut rest = text;
        while !rest.is_empty() {
            let next = patterns
                .iter()
                .filter_map(|&(p, name)| rest.find(p).map(|at| (at, p.len(), name)))
                .min_by_key(|&(at, len, _)| (at, std::cmp::Reverse(len)));
            let Some((at, len, name)) = next else {
                push(rest, false);
                break;
            };
            if at > 0 {
                push(&rest[..at], false);
            }
            push(&rest[at..at + len], name);
            rest = &rest[at + len..];
        }
        parts
    }
}

/// The sentences of `text` (cut after `。` and at line breaks), trimmed.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split_inclusive(['。', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The report's sentences in `key`'s own text that name the member; a
/// section's table rows and an event's organisers under their columns.
fn passages(report: &Report, key: Key<'_>, member: &Names) -> Vec<String> {
    if key.kind == Kind::Body {
        // A seat as the governance page prints it: role, name, affiliation.
        return report
            .japan
            .bodies
            .iter()
            .filter(|b| b.id == key.id)
            .flat_map(|b| &b.seats)
            .filter(|s| {
                s.municipality.as_deref() == Some(member.id.as_str())
                    || member.in_text(&s.affiliation)
            })
            .map(|s| {
                format!(
                    "{} {}（{}）",
                    s.role,
                    report.person_name(&s.person),
                    s.affiliation
                )
            })
            .collect();
    }
    let mut texts = search_text(report, key.kind, key.id);
    let mut rows = Vec::new();
    if let Some(event) = report.event(key.id).filter(|_| key.kind == Kind::Event) {
        // Organisers as the calendar prints them, under their column.
        for (column, field) in [
            (crate::site::labels::ORGANIZER, &event.organizer),
            (crate::site::labels::CO_ORGANIZER, &event.co_organizer),
        ] {
            if let Some(field) = field {
                texts.retain(|t| t != field);
                if member.in_text(field) {
                    rows.push(format!("{column}：{field}"));
                }
            }
        }
    }
    if key.kind == Kind::Section {
        for (columns, row) in section(report, key.id)
            .into_iter()
            .flat_map(|s| &s.blocks)
            .filter_map(|b| match b {
                Block::Table { columns, rows, .. } => Some((columns, rows)),
                _ => None,
            })
            .flat_map(|(columns, rows)| rows.iter().map(move |r| (columns, r)))
        {
            if row.cells.iter().any(|c| member.in_text(c)) {
                texts.retain(|t| !row.cells.iter().any(|c| c == t));
                let pairs: Vec<String> = columns
                    .iter()
                    .zip(&row.cells)
                    .map(|(column, cell)| format!("{column}：{cell}"))
                    .collect();
                rows.push(pairs.join("　"));
            }
        }
    }
    let mut found: Vec<String> = Vec::new();
    // A sentence names the member only where its text does.
    for sentence in texts
        .iter()
        .filter(|t| member.may_be_in(t))
        .flat_map(|t| sentences(t))
    {
        if member.in_text(sentence) && !found.iter().any(|f| f == sentence) {
            found.push(sentence.to_string());
        }
    }
    found.extend(rows);
    found
}

fn section<'r>(report: &'r Report, id: &str) -> Option<&'r crate::report::model::Section> {
    report
        .chapters
        .iter()
        .flat_map(|c| &c.sections)
        .find(|s| s.id == id)
}

/// The part the member played at `key`, as the report's structure states
/// it; labels from `labels` name the columns the report prints (主催, 共催,
/// 参加自治体).
fn roles(report: &Report, key: Key<'_>, member: &Names) -> Vec<String> {
    let listed = |members: &[String]| members.contains(&member.id);
    let mut roles: Vec<String> = Vec::new();
    match key.kind {
        Kind::Event => {
            if let Some(e) = report.event(key.id) {
                let organised =
                    |o: &Option<String>| o.as_deref().is_some_and(|o| member.in_text(o));
                if organised(&e.organizer) {
                    roles.push(crate::site::labels::ORGANIZER.into());
                }
                if organised(&e.co_organizer) {
                    roles.push(crate::site::labels::CO_ORGANIZER.into());
                }
                if listed(&e.members) {
                    roles.push(crate::site::labels::MEMBERS.into());
                }
            }
        }
        Kind::Highlight | Kind::Initiative => {
            let members = match key.kind {
                Kind::Highlight => report
                    .highlights
                    .iter()
                    .find(|h| h.id == key.id)
                    .map(|h| &h.members),
                _ => report.initiative(key.id).map(|i| &i.members),
            };
            if members.is_some_and(|m| listed(m)) {
                roles.push(crate::site::labels::MEMBERS.into());
            }
        }
        Kind::Body => {
            for body in report.japan.bodies.iter().filter(|b| b.id == key.id) {
                for seat in &body.seats {
                    if seat.municipality.as_deref() == Some(member.id.as_str()) {
                        roles.push(format!("{}（{}）", seat.role, body.name));
                    }
                }
            }
        }
        Kind::Section => {
            for block in section(report, key.id).iter().flat_map(|s| &s.blocks) {
                match block {
                    Block::Members { label, ids } if listed(ids) => roles.push(label.clone()),
                    Block::Table { columns, rows, .. } => {
                        for row in rows.iter().filter(|r| listed(&r.members)) {
                            for (column, cell) in columns.iter().zip(&row.cells) {
                                if member.in_text(cell) {
                                    roles.push(column.clone());
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
    roles.dedup();
    roles
}

fn date(report: &Report, key: Key<'_>) -> Option<DateSpan> {
    match key.kind {
        Kind::Event => report.event(key.id).map(|e| e.date.clone()),
        Kind::Highlight => report
            .highlights
            .iter()
            .find(|h| h.id == key.id)
            .map(|h| h.date.clone()),
        // An account without a date of its own takes its event's.
        Kind::Story => report.story(key.id).and_then(|s| {
            s.date
                .clone()
                .or_else(|| Some(report.event(s.event.as_deref()?)?.date.clone()))
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::derive::snapshot::bundled as report;

    #[test]
    fn another_municipality_holding_the_name_is_not_the_member() {
        let report = report();
        let nagano = Names::of(&report, report.municipality("nagano").unwrap());
        let text = "鳥取県、長野県小布施町と長野県";
        assert_eq!(
            nagano.mark(text),
            [
                ("鳥取県、長野県小布施町と".to_string(), false),
                ("長野県".to_string(), true)
            ]
        );
        assert!(!nagano.in_text("日本の自治体（鳥取県、長野県小布施町）"));
        assert_eq!(nagano.mark("なし"), [("なし".to_string(), false)]);
        assert!(appearances(&report, "nagano")
            .iter()
            .all(|a| a.id != "turku-collaboration"));
    }

    #[test]
    fn sentences_end_at_the_full_stop() {
        let cut: Vec<&str> = sentences("一つ目。二つ目。\n三つ目").collect();
        assert_eq!(cut, ["一つ目。", "二つ目。", "三つ目"]);
    }

    #[test]
    fn an_organiser_is_a_role_and_a_table_row_a_passage() {
        let report = report();
        let tokyo = appearances(&report, "tokyo");
        let lectures = tokyo.iter().find(|a| a.id == "lectures").unwrap();
        assert!(lectures.roles.iter().any(|r| r == "主催"), "{lectures:?}");
        assert!(
            lectures.passages.iter().any(|p| p.contains("主催：東京都")),
            "{lectures:?}"
        );
        // An account without its own date is dated by its event.
        let yokohama = appearances(&report, "yokohama");
        let workshop = yokohama
            .iter()
            .find(|a| a.id == "comp-kaohsiung-workshop")
            .unwrap();
        let event = report.event("comp-kaohsiung").unwrap();
        assert!(report
            .story("comp-kaohsiung-workshop")
            .unwrap()
            .date
            .is_none());
        assert_eq!(workshop.date.as_ref(), Some(&event.date));
        let sushi = tokyo
            .iter()
            .find(|a| a.id == "sushi-tech-tokyo-2024")
            .unwrap();
        assert!(sushi.date.is_some());
        assert!(sushi
            .passages
            .iter()
            .any(|p| p.starts_with("主催：") && p.contains("東京都")));
    }
}
