#![cfg(not(target_arch = "wasm32"))]
//! The content of the bundled 2024 snapshot, counted against the printed
//! report: how many members, pathways, seats, events, offices… A new
//! edition changes these numbers and nothing else; code tests do not
//! depend on them.

use iclei_report::derive::snapshot::load;
use iclei_report::report::model::Report;

fn snapshot() -> Report {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/report-2024.json"
    ))
    .expect("the bundled snapshot is readable");
    load(&text).unwrap_or_else(|e| panic!("the bundled snapshot does not load: {e:#?}"))
}

#[test]
fn counts_match_the_report() {
    let r = snapshot();
    let members: Vec<_> = r.municipalities.iter().filter(|m| m.member).collect();
    assert_eq!(members.len(), 26, "member municipalities");
    assert!(
        members.iter().all(|m| m.head.is_some()),
        "every member has a head"
    );
    assert_eq!(r.japan.member_list.regular.len(), 26);
    assert_eq!(r.japan.member_list.special.len(), 6, "special members");
    assert_eq!(r.about.pathways.items.len(), 5, "pathways");
    assert_eq!(r.about.activities.items.len(), 4, "kinds of activity");
    assert_eq!(r.about.network.items.len(), 4, "network figures");
    assert_eq!(r.about.goals.items.len(), 6, "goals");
    assert_eq!(r.membership.benefits.len(), 5, "benefits");
    let seats = |id: &str| {
        r.japan
            .bodies
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.seats.len())
    };
    assert_eq!(seats("board"), Some(9), "board: chair and eight directors");
    assert_eq!(seats("steering-committee"), Some(7), "steering committee");
    assert_eq!(seats("advisors"), Some(5), "advisors");
    assert_eq!(r.japan.messages.len(), 2, "messages");
    assert_eq!(r.highlights.len(), 3, "highlights");
    assert_eq!(
        r.events.iter().filter(|e| e.in_calendar).count(),
        23,
        "calendar events"
    );
    assert_eq!(
        r.events
            .iter()
            .filter(|e| e.kind == iclei_report::report::model::EventKind::IcleiCafe)
            .count(),
        4,
        "café sessions"
    );
    assert_eq!(r.world.offices.len(), 25, "offices");
    assert_eq!(r.world.bodies.len(), 3, "governing bodies");
    let leaders: usize = r.world.leader_groups.iter().map(|g| g.leaders.len()).sum();
    assert_eq!(leaders, 11, "leaders elected in June 2024");
    assert_eq!(r.initiatives.len(), 12, "initiatives");
    let cop29 = r
        .highlights
        .iter()
        .find(|h| h.id == "cop29")
        .expect("cop29 highlight");
    assert_eq!(cop29.stories.len(), 4, "COP29 side events");
}
