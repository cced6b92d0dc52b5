//! The report's lists as CSV files, for spreadsheets: events, members,
//! people and their roles, ICLEI offices, initiatives. They are written at
//! build time beside the prerendered pages (`bin/prerender`), from the
//! same model the pages render, and linked from the page of each list.
//!
//! Format: UTF-8 with a byte order mark (Excel on Japanese Windows reads a
//! file without one as Shift_JIS), RFC 4180 records (CRLF line ends, fields
//! quoted when they hold a comma, quote or line break) written by the `csv`
//! crate. Column names are stable, in English `snake_case`, and documented
//! in docs/reading.md (*Data downloads (CSV)*); several values in one field (a list of
//! members) are joined by `、` (names) or a space (ids). A cell a
//! spreadsheet would take for a formula is neutralised (`neutralise_formula`).

use crate::site::labels;
/// One downloadable list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    Events,
    Members,
    Roles,
    Offices,
    Initiatives,
}

impl Download {
    /// What its link calls the list (`labels::download`).
    pub fn label(self) -> &'static str {
        match self {
            Download::Events => labels::download::EVENTS,
            Download::Members => labels::download::MEMBERS,
            Download::Roles => labels::download::ROLES,
            Download::Offices => labels::download::OFFICES,
            Download::Initiatives => labels::download::INITIATIVES,
        }
    }

    pub const ALL: [Download; 5] = [
        Download::Events,
        Download::Members,
        Download::Roles,
        Download::Offices,
        Download::Initiatives,
    ];

    /// The file's path under the deployment's base (`Deployment::file`):
    /// `/data/events.csv`.
    pub fn path(self) -> &'static str {
        match self {
            Download::Events => "/data/events.csv",
            Download::Members => "/data/members.csv",
            Download::Roles => "/data/roles.csv",
            Download::Offices => "/data/offices.csv",
            Download::Initiatives => "/data/initiatives.csv",
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{csv, header};

/// Build-time only: the wasm build links to the files and never writes them.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::Download;
    use crate::derive::listing::{level_param, EventFilter};
    use crate::report::identity::{Key, Kind};
    use crate::report::model::Report;
    use crate::site::deployment::Deployment;
    use crate::site::entity::Locator;
    use crate::site::labels;

    /// The byte order mark that tells spreadsheets the file is UTF-8.
    const BOM: &str = "\u{FEFF}";

    /// Kinds of place a member appears in, one count column each.
    const APPEARANCE_KINDS: [(Kind, &str); 8] = [
        (Kind::Event, "events"),
        (Kind::Highlight, "highlights"),
        (Kind::Story, "stories"),
        (Kind::Initiative, "initiatives"),
        (Kind::Section, "sections"),
        (Kind::Body, "bodies"),
        (Kind::Message, "messages"),
        (Kind::GoverningBody, "governing_bodies"),
    ];

    /// The column names of a download.
    pub fn header(download: Download) -> Vec<String> {
        let fixed: &[&str] = match download {
            Download::Events => &[
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
                "url",
            ],
            Download::Members => &[
                "id",
                "name",
                "reading",
                "level",
                "head_title",
                "head_name",
                "appearances",
            ],
            Download::Roles => &[
                "body_id",
                "body",
                "role",
                "name",
                "name_en",
                "affiliation",
                "municipality_id",
                "url",
            ],
            Download::Offices => &["id", "name", "city", "country", "url"],
            Download::Initiatives => &["id", "name", "name_en", "members", "member_ids", "url"],
        };
        let mut header: Vec<String> = fixed.iter().map(|c| c.to_string()).collect();
        if download == Download::Members {
            header.extend(
                APPEARANCE_KINDS
                    .iter()
                    .map(|(_, column)| format!("appearances_{column}")),
            );
            header.push("url".into());
        }
        header
    }

    /// The CSV file of a download, BOM first. URLs are the public ones of
    /// `deployment`.
    pub fn csv(download: Download, report: &Report, deployment: &Deployment) -> String {
        let places = crate::derive::appearances::Places::of(report);
        let locator = Locator::new(&places.graph, report);
        let url = |kind: Kind, id: &str| {
            locator
                .locate(Key { kind, id })
                .map(|(route, fragment)| deployment.absolute(&route.at(fragment.as_deref())))
                .unwrap_or_default()
        };
        let names = |ids: &[String]| {
            ids.iter()
                .filter_map(|id| report.municipality(id))
                .map(|m| m.name.as_str())
                .collect::<Vec<_>>()
                .join("、")
        };
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        let rows: Vec<Vec<String>> = match download {
            Download::Events => report
                .events
                .iter()
                .map(|e| {
                    vec![
                        e.id.clone(),
                        e.date.start.clone(),
                        text(&e.date.end),
                        e.date_text.clone(),
                        e.title.clone(),
                        text(&e.subtitle),
                        EventFilter::Kind(e.kind).param().to_string(),
                        labels::event_kind(e.kind).to_string(),
                        text(&e.organizer),
                        text(&e.co_organizer),
                        e.endorsed.to_string(),
                        e.in_calendar.to_string(),
                        text(&e.place),
                        names(&e.members),
                        e.members.join(" "),
                        url(Kind::Event, &e.id),
                    ]
                })
                .collect(),
            Download::Members => report
                .members()
                .map(|m| {
                    let mut kinds = [0usize; APPEARANCE_KINDS.len()];
                    let appearances =
                        crate::derive::appearances::appearances_in(&places, report, &m.id);
                    for a in &appearances {
                        if let Some(i) = APPEARANCE_KINDS.iter().position(|(k, _)| *k == a.kind) {
                            kinds[i] += 1;
                        }
                    }
                    let head = m.head.as_ref();
                    let mut row = vec![
                        m.id.clone(),
                        m.name.clone(),
                        report
                            .place_readings
                            .iter()
                            .find(|r| r.name == m.name)
                            .map(|r| r.reading.clone())
                            .unwrap_or_default(),
                        level_param(m.level).to_string(),
                        head.map(|h| h.title.clone()).unwrap_or_default(),
                        head.map(|h| report.person_name(&h.person))
                            .unwrap_or_default(),
                        appearances.len().to_string(),
                    ];
                    row.extend(kinds.iter().map(usize::to_string));
                    row.push(url(Kind::Municipality, &m.id));
                    row
                })
                .collect(),
            Download::Roles => {
                let japan = report.japan.bodies.iter().flat_map(|body| {
                    body.seats.iter().map(move |seat| {
                        let p = report.person(&seat.person);
                        vec![
                            body.id.clone(),
                            body.name.clone(),
                            seat.role.clone(),
                            p.map(|p| p.name.clone()).unwrap_or_default(),
                            p.and_then(|p| p.name_en.clone()).unwrap_or_default(),
                            seat.affiliation.clone(),
                            text(&seat.municipality),
                            url(Kind::Person, &seat.person),
                        ]
                    })
                });
                let world = report.world.leader_groups.iter().flat_map(|group| {
                    group.leaders.iter().map(|leader| {
                        vec![
                            group.id.clone(),
                            group.name.clone(),
                            leader.role.clone(),
                            leader.name.clone(),
                            String::new(),
                            format!("{}, {}", leader.position, leader.place),
                            String::new(),
                            url(Kind::Leader, &leader.id),
                        ]
                    })
                });
                japan.chain(world).collect()
            }
            Download::Offices => report
                .world
                .offices
                .iter()
                .map(|o| {
                    vec![
                        o.id.clone(),
                        o.name.clone(),
                        o.city.clone(),
                        o.country.clone(),
                        url(Kind::Office, &o.id),
                    ]
                })
                .collect(),
            Download::Initiatives => report
                .initiatives
                .iter()
                .map(|i| {
                    vec![
                        i.id.clone(),
                        i.name.clone(),
                        text(&i.name_en),
                        names(&i.members),
                        i.members.join(" "),
                        url(Kind::Initiative, &i.id),
                    ]
                })
                .collect(),
        };
        let mut writer = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(BOM.as_bytes().to_vec());
        // Writing to memory cannot fail, and every row has the header's length.
        writer
            .write_record(header(download))
            .expect("a CSV record in memory");
        for row in rows {
            writer
                .write_record(row.into_iter().map(neutralise_formula))
                .expect("a CSV record in memory");
        }
        let bytes = writer.into_inner().expect("a CSV file in memory");
        String::from_utf8(bytes).expect("CSV of UTF-8 fields is UTF-8")
    }

    /// `cell` as text a spreadsheet shows and never evaluates: a cell that
    /// starts with `=`, `+`, `-`, `@`, a tab or a carriage return (what Excel,
    /// LibreOffice and Google Sheets read as the start of a formula) gets a
    /// leading `'`, as OWASP's *CSV Injection* page recommends. Full-width
    /// forms (`－1.5度`) are text to spreadsheets and stay as written.
    fn neutralise_formula(cell: String) -> String {
        if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{cell}")
        } else {
            cell
        }
    }
}
