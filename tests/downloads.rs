#![cfg(not(target_arch = "wasm32"))]
//! The CSV downloads, parsed back and compared with the snapshot read as
//! plain JSON (not through the model that wrote them).

use iclei_report::publish::downloads::{csv, Download};
use iclei_report::site::deployment::Deployment;
use serde_json::Value;

const SNAPSHOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/report-2024.json");

fn json() -> Value {
    serde_json::from_str(&std::fs::read_to_string(SNAPSHOT).unwrap()).unwrap()
}

/// The header and records of a download of the bundled snapshot, after
/// checking its framing: a BOM first, CRLF after every record, and no other
/// line break (the snapshot's text has none).
fn parse(download: Download) -> (Vec<String>, Vec<Vec<String>>) {
    let (body, header, records) =
        parse_snapshot(download, &std::fs::read_to_string(SNAPSHOT).unwrap());
    assert!(
        !body.replace("\r\n", "").contains(['\n', '\r']),
        "{download:?}: a bare line break"
    );
    (header, records)
}

/// The body (after the BOM), header and records of a download of
/// `snapshot` (JSON text).
fn parse_snapshot(download: Download, snapshot: &str) -> (String, Vec<String>, Vec<Vec<String>>) {
    let report = iclei_report::derive::snapshot::load(snapshot).unwrap();
    let deployment = Deployment::new("https://example.org", "/report/2024/", "/report/2024/");
    let text = csv(download, &report, &deployment);
    let body = text
        .strip_prefix('\u{FEFF}')
        .unwrap_or_else(|| panic!("{download:?}: no byte order mark"));
    assert!(
        body.ends_with("\r\n"),
        "{download:?}: last record ends in CRLF"
    );
    let mut reader = ::csv::Reader::from_reader(body.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let records = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (body.to_string(), header, records)
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}

/// Member names of a list of ids, from the JSON's municipalities.
fn names(json: &Value, ids: &Value) -> String {
    ids.as_array()
        .unwrap()
        .iter()
        .map(|id| {
            let m = json["municipalities"]
                .as_array()
                .unwrap()
                .iter()
                .find(|m| m["id"] == *id)
                .unwrap();
            text(&m["name"])
        })
        .collect::<Vec<_>>()
        .join("、")
}

fn column<'a>(header: &[String], row: &'a [String], name: &str) -> &'a str {
    let i = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"));
    &row[i]
}

#[test]
fn events_match_the_snapshot() {
    let json = json();
    let (header, rows) = parse(Download::Events);
    assert_eq!(
        header,
        [
            "id",
            "start_date",
            "end_date",
            "date_as_printed",
            "title",
            "subtitle",
            "kind",
            "kind_ja",
            "organizer",
            "co_organizer",
            "endorsed",
            "in_calendar",
            "place",
            "members",
            "member_ids",
            "url"
        ]
    );
    let events = json["events"].as_array().unwrap();
    assert_eq!(rows.len(), events.len());
    for (row, e) in rows.iter().zip(events) {
        assert_eq!(column(&header, row, "id"), e["id"]);
        assert_eq!(column(&header, row, "start_date"), e["date"]["start"]);
        assert_eq!(column(&header, row, "end_date"), text(&e["date"]["end"]));
        assert_eq!(column(&header, row, "title"), e["title"]);
        assert_eq!(column(&header, row, "kind"), e["kind"]);
        assert_eq!(column(&header, row, "organizer"), text(&e["organizer"]));
        assert_eq!(column(&header, row, "endorsed"), e["endorsed"].to_string());
        assert_eq!(column(&header, row, "members"), names(&json, &e["members"]));
        assert!(
            column(&header, row, "url").starts_with("https://example.org/report/2024/"),
            "{row:?}"
        );
    }
    // One event, checked by hand: COP29 with its fields as printed.
    let cop29 = rows.iter().find(|r| r[0] == "cop29").unwrap();
    assert_eq!(
        column(&header, cop29, "url"),
        "https://example.org/report/2024/calendar#cop29"
    );
}

#[test]
fn members_match_the_snapshot() {
    let json = json();
    let (header, rows) = parse(Download::Members);
    assert_eq!(
        &header[..7],
        [
            "id",
            "name",
            "reading",
            "level",
            "head_title",
            "head_name",
            "appearances"
        ]
    );
    let regular = json["japan"]["member_list"]["regular"].as_array().unwrap();
    assert_eq!(rows.len(), regular.len());
    assert_eq!(rows.len(), 26);
    for (row, id) in rows.iter().zip(regular) {
        let m = json["municipalities"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == *id)
            .unwrap();
        assert_eq!(column(&header, row, "id"), *id);
        assert_eq!(column(&header, row, "name"), m["name"]);
        assert_eq!(column(&header, row, "level"), m["level"]);
        let reading = json["place_readings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == m["name"])
            .unwrap();
        assert_eq!(column(&header, row, "reading"), reading["reading"]);
        let head = json["people"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == m["head"]["person"])
            .unwrap();
        assert_eq!(column(&header, row, "head_name"), head["name"]);
        // The count by kind adds up to the total.
        let by_kind: usize = header
            .iter()
            .zip(row)
            .filter(|(h, _)| h.starts_with("appearances_"))
            .map(|(_, v)| v.parse::<usize>().unwrap())
            .sum();
        assert_eq!(
            column(&header, row, "appearances")
                .parse::<usize>()
                .unwrap(),
            by_kind
        );
        assert_eq!(
            column(&header, row, "url"),
            format!("https://example.org/report/2024/members/{}", text(id))
        );
    }
}

#[test]
fn roles_match_the_snapshot() {
    let json = json();
    let (header, rows) = parse(Download::Roles);
    assert_eq!(
        header,
        [
            "body_id",
            "body",
            "role",
            "name",
            "name_en",
            "affiliation",
            "municipality_id",
            "url"
        ]
    );
    let mut expected = Vec::new();
    for body in json["japan"]["bodies"].as_array().unwrap() {
        for seat in body["seats"].as_array().unwrap() {
            let person = json["people"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["id"] == seat["person"])
                .unwrap();
            expected.push((
                text(&body["name"]),
                text(&seat["role"]),
                text(&person["name"]),
                text(&seat["affiliation"]),
            ));
        }
    }
    for group in json["world"]["leader_groups"].as_array().unwrap() {
        for leader in group["leaders"].as_array().unwrap() {
            expected.push((
                text(&group["name"]),
                text(&leader["role"]),
                text(&leader["name"]),
                format!("{}, {}", text(&leader["position"]), text(&leader["place"])),
            ));
        }
    }
    let found: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                column(&header, r, "body").to_string(),
                column(&header, r, "role").to_string(),
                column(&header, r, "name").to_string(),
                column(&header, r, "affiliation").to_string(),
            )
        })
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn offices_and_initiatives_match_the_snapshot() {
    let json = json();
    let (header, rows) = parse(Download::Offices);
    assert_eq!(header, ["id", "name", "city", "country", "url"]);
    let offices = json["world"]["offices"].as_array().unwrap();
    assert_eq!(rows.len(), offices.len());
    assert_eq!(rows.len(), 25);
    for (row, o) in rows.iter().zip(offices) {
        for field in ["id", "name", "city", "country"] {
            assert_eq!(column(&header, row, field), o[field], "{field}");
        }
    }

    let (header, rows) = parse(Download::Initiatives);
    assert_eq!(
        header,
        ["id", "name", "name_en", "members", "member_ids", "url"]
    );
    let initiatives = json["initiatives"].as_array().unwrap();
    assert_eq!(rows.len(), initiatives.len());
    for (row, i) in rows.iter().zip(initiatives) {
        assert_eq!(column(&header, row, "name"), i["name"]);
        assert_eq!(column(&header, row, "members"), names(&json, &i["members"]));
        assert!(column(&header, row, "url").contains('#'), "{row:?}");
    }
}

#[test]
fn fields_with_commas_and_quotes_are_quoted() {
    // The roles file holds `position, place` affiliations: every one of
    // them must come back whole, which it only does when quoted.
    let (header, rows) = parse(Download::Roles);
    assert!(rows
        .iter()
        .any(|r| column(&header, r, "affiliation").contains(", ")));
    let report =
        iclei_report::derive::snapshot::load(&std::fs::read_to_string(SNAPSHOT).unwrap()).unwrap();
    let deployment = Deployment::new("https://example.org", "/", "/");
    let raw = csv(Download::Roles, &report, &deployment);
    assert!(raw.contains(",\""), "quoted fields in the raw file");
}

#[test]
fn cells_a_spreadsheet_would_evaluate_are_neutralised() {
    // A snapshot whose first event starts fields with every character
    // that opens a formula (OWASP, CSV Injection).
    let mut doc = json();
    let formulas = [
        ("title", "=HYPERLINK(\"https://example.org\",\"x\")"),
        ("subtitle", "+1+2"),
        ("organizer", "-1+2"),
        ("co_organizer", "@SUM(1,2)"),
        ("place", "\t=1+2"),
        ("date_text", "\r=1+2"),
    ];
    for (field, value) in formulas {
        doc["events"][0][field] = value.into();
    }
    let (_, header, rows) = parse_snapshot(Download::Events, &doc.to_string());
    let columns = [
        ("title", "title"),
        ("subtitle", "subtitle"),
        ("organizer", "organizer"),
        ("co_organizer", "co_organizer"),
        ("place", "place"),
        ("date_text", "date_as_printed"),
    ];
    for ((field, value), (_, name)) in formulas.iter().zip(columns) {
        assert_eq!(
            column(&header, &rows[0], name),
            format!("'{value}"),
            "{field}"
        );
    }
    // Text that only looks like it: full-width signs and signs inside a
    // cell stay as written (the bundled snapshot has a subtitle
    // starting with a full-width minus).
    let (header, rows) = parse(Download::Events);
    let subtitles: Vec<&str> = rows
        .iter()
        .map(|r| column(&header, r, "subtitle"))
        .collect();
    let json = json();
    let expected: Vec<String> = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| text(&e["subtitle"]))
        .collect();
    assert!(expected.iter().any(|s| s.starts_with('－')));
    assert_eq!(subtitles, expected);
}
