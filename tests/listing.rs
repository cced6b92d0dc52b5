//! Member lists, appearances and the calendar against the real snapshot.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use iclei_report::derive::appearances::appearances;
use iclei_report::derive::listing::*;
use iclei_report::derive::snapshot::load;
use iclei_report::report::graph::Graph;
use iclei_report::report::identity::Kind;
use iclei_report::report::model::{EventKind, Level, Report};

fn report() -> Report {
    load(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/report-2024.json"
        ))
        .unwrap(),
    )
    .unwrap()
}

/// Every entity whose own text names a member is on that member's page.
/// Text is searched independently of the references appearances use.
#[test]
fn every_mention_of_a_member_is_on_its_page() {
    let r = report();
    let value = serde_json::to_value(&r).unwrap();
    let graph = Graph::of(&r);
    for m in r.municipalities.iter().filter(|m| m.member) {
        let listed: BTreeSet<(Kind, String)> = appearances(&r, &m.id)
            .into_iter()
            .map(|a| (a.kind, a.id))
            .collect();
        for entity in &graph.entities {
            if matches!(
                entity.key.kind,
                Kind::Municipality | Kind::Discrepancy | Kind::Chapter | Kind::Person
            ) {
                continue;
            }
            // The entity's own text: its JSON minus nested entities.
            let pointer = format!("/{}", entity.path.replace(['[', '.'], "/").replace(']', ""));
            let node = value
                .pointer(&pointer)
                .unwrap_or_else(|| panic!("{pointer}"));
            // Longer names that contain this one (長野県小布施町) are other places.
            let mut text = own_text(node);
            for other in r
                .municipalities
                .iter()
                .flat_map(|o| std::iter::once(&o.name).chain(&o.aliases))
            {
                if other.len() > m.name.len() && other.contains(&m.name) {
                    text = text.replace(other.as_str(), "");
                }
            }
            if text.contains(&m.name) {
                assert!(
                    listed.contains(&(entity.key.kind, entity.key.id.to_string())),
                    "{} is named by {} {} but missing from /members/{}",
                    m.name,
                    entity.key.kind.tag(),
                    entity.key.id,
                    m.id
                );
            }
        }
    }
}

fn own_text(node: &serde_json::Value) -> String {
    match node {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items.iter().map(own_text).collect::<Vec<_>>().join(" "),
        serde_json::Value::Object(fields) => fields
            .iter()
            .filter(|(_, v)| !(v.is_object() && v.get("id").is_some()))
            .filter(|(_, v)| {
                !(v.is_array() && v.as_array().unwrap().iter().any(|i| i.get("id").is_some()))
            })
            .map(|(_, v)| own_text(v))
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

#[test]
fn yokohama_appears_across_the_report() {
    let r = report();
    let found: BTreeSet<String> = appearances(&r, "yokohama")
        .into_iter()
        .map(|a| a.id)
        .collect();
    for id in [
        "cop29",
        "cbd-cop16",
        "vatican-climate-conference",
        "board",
        "lgma-joint-position",
        "pr-videos",
        "cities-with-nature",
    ] {
        assert!(found.contains(id), "yokohama misses {id}: {found:?}");
    }
}

#[test]
fn members_filter_and_sort() {
    let r = report();
    let rows = member_rows(&r);
    assert_eq!(rows.len(), 26);
    let prefectures = select_members(
        &rows,
        &MemberQuery {
            level: Some(Level::Prefecture),
            sort: MemberSort::Gojuon,
        },
    );
    let names: Vec<&str> = prefectures.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["愛知県", "東京都", "鳥取県", "長野県"]);
    let by_activity = select_members(
        &rows,
        &MemberQuery {
            level: None,
            sort: MemberSort::Activity,
        },
    );
    assert!(by_activity
        .windows(2)
        .all(|w| w[0].appearances >= w[1].appearances));
    assert_eq!(
        by_activity[0].id, "yokohama",
        "Yokohama is the most active member in the report"
    );
}

#[test]
fn calendar_filters_by_member_and_kind() {
    let r = report();
    let all = select_events(&r, &CalendarQuery::default());
    assert_eq!(all.len(), r.events.len());
    let yokohama = select_events(&r, &CalendarQuery::from_params(&r, Some("yokohama"), None));
    assert!(
        !yokohama.is_empty()
            && yokohama
                .iter()
                .all(|e| e.members.iter().any(|m| m == "yokohama"))
    );
    assert!(yokohama.len() < all.len());
    let cafes = select_events(
        &r,
        &CalendarQuery::from_params(&r, None, Some("iclei-cafe")),
    );
    assert_eq!(cafes.len(), 4);
    assert!(cafes.iter().all(|e| e.kind == EventKind::IcleiCafe));
    let endorsed = select_events(&r, &CalendarQuery::from_params(&r, None, Some("endorsed")));
    assert!(!endorsed.is_empty() && endorsed.iter().all(|e| e.endorsed));
    assert_eq!(
        CalendarQuery::from_params(&r, Some("osaka"), Some("party")),
        CalendarQuery::default(),
        "junk is ignored"
    );
}

#[test]
fn a_fragment_to_an_event_the_filters_hide_names_it() {
    let r = report();
    let yokohama = CalendarQuery::from_params(&r, Some("yokohama"), None);
    let listed = select_events(&r, &yokohama);
    let hidden: Vec<_> = r
        .events
        .iter()
        .filter(|e| !e.members.iter().any(|m| m == "yokohama"))
        .collect();
    assert!(!hidden.is_empty() && !listed.is_empty());
    for event in &hidden {
        assert_eq!(
            hidden_event(&r, &yokohama, &event.id).map(|e| &e.id),
            Some(&event.id)
        );
        assert_eq!(hidden_event(&r, &CalendarQuery::default(), &event.id), None);
    }
    for event in &listed {
        assert_eq!(hidden_event(&r, &yokohama, &event.id), None);
    }
    for fragment in ["", "month-2024-10", "no-such-event", "<script>"] {
        assert_eq!(hidden_event(&r, &yokohama, fragment), None, "{fragment}");
    }
}

#[test]
fn months_cover_the_fiscal_year() {
    let r = report();
    let events: Vec<_> = r.events.iter().collect();
    let months = events_per_month(&r, &events);
    assert_eq!(months.len(), 12);
    assert_eq!(months.iter().map(|(_, n)| n).sum::<usize>(), events.len());
    let grouped = by_month(&select_events(&r, &CalendarQuery::default()));
    assert!(grouped.windows(2).all(|w| w[0].0 < w[1].0));
}
