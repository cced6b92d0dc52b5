//! The typed model of a report snapshot (`public/data/report-YYYY.json`,
//! one per edition).
//!
//! Entities that readers link to (municipalities, people, events, initiatives,
//! stories, offices, leaders, pathways, benefits, sections) carry a stable
//! ASCII `id`; relations between them are ids, never repeated names.
//! Text is kept as the report writes it, with one exception: typesetting
//! slips whose intended form is certain are corrected, and each correction
//! is recorded, with the original, in `discrepancies` beside the places
//! where the report contradicts itself (see [`DiscrepancyKind`]).

use serde::{Deserialize, Serialize};

/// Major version of the snapshot format this build understands.
pub const SCHEMA_MAJOR: u32 = 1;

/// Derives the JSON Schema only where it is generated (natively), so the
/// wasm build carries none of it.
macro_rules! model {
    ($($item:item)*) => {
        $(
            #[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
            #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
            #[serde(deny_unknown_fields)]
            $item
        )*
    };
}

model! {
    /// The whole report.
    pub struct Report {
        /// Semantic version of the snapshot format, e.g. `1.0.0`.
        pub schema_version: String,
        pub meta: Meta,
        /// Chapter 1: ICLEI, its mission, network, goals, pathways and strategy.
        pub about: About,
        /// Chapter 2: membership and its benefits.
        pub membership: Membership,
        /// ICLEI Japan: governance, messages, member list.
        pub japan: Japan,
        pub highlights: Vec<Highlight>,
        /// The activity chapters, in the report's order.
        pub chapters: Vec<Chapter>,
        /// ICLEI worldwide: governing bodies, offices, leaders.
        pub world: World,
        pub municipalities: Vec<Municipality>,
        pub people: Vec<Person>,
        pub initiatives: Vec<Initiative>,
        /// Dated events: the calendar, ICLEI Café sessions and the like.
        pub events: Vec<Event>,
        /// Readings of the place names the report writes in kanji (its
        /// municipalities, a few other places), so that search finds them
        /// by kana or romaji. Added since 1.1.0.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub place_readings: Vec<PlaceReading>,
        pub discrepancies: Vec<Discrepancy>,
    }

    pub struct Meta {
        /// The report's title, e.g. `2024年度 イクレイ日本 活動報告`.
        pub title: String,
        /// The publishing organisation.
        pub publisher: String,
        /// The fiscal year covered, as the report names it.
        pub fiscal_year: String,
        /// First and last day of that fiscal year.
        pub period: DateSpan,
        /// Where the text of this snapshot comes from.
        pub source: String,
    }

    pub struct About {
        pub title: String,
        /// The one-sentence presentation of ICLEI.
        pub intro: String,
        pub mission: TitledText,
        pub activities: ActivityOverview,
        pub network: FigureGroup,
        pub goals: TextList,
        pub pathways: PathwayGroup,
        pub strategy: Strategy,
    }

    pub struct TitledText {
        pub title: String,
        pub text: String,
    }

    pub struct ActivityOverview {
        pub title: String,
        pub lead: String,
        /// The four kinds of activity; each `id` is also the id of its chapter.
        pub items: Vec<ActivityKind>,
    }

    pub struct ActivityKind {
        pub id: String,
        pub title: String,
        pub text: String,
    }

    pub struct FigureGroup {
        pub title: String,
        pub items: Vec<Figure>,
    }

    /// A figure as the report prints it: a value (`2,500+`) and its label.
    pub struct Figure {
        pub value: String,
        pub label: String,
    }

    pub struct TextList {
        pub title: String,
        pub items: Vec<String>,
    }

    pub struct PathwayGroup {
        pub title: String,
        pub title_en: String,
        pub items: Vec<Pathway>,
    }

    pub struct Pathway {
        pub id: String,
        pub name: String,
        pub description: String,
    }

    pub struct Strategy {
        pub title: String,
        pub paragraphs: Vec<String>,
        /// The strategy's name, e.g. `イクレイ・サンパウロ戦略ビジョン 2024-2030`.
        pub vision: String,
    }

    pub struct Membership {
        pub title: String,
        pub intro: String,
        pub benefits_title: String,
        pub benefits: Vec<Benefit>,
        pub closing: String,
    }

    pub struct Benefit {
        pub id: String,
        /// The number as printed, e.g. `01`.
        pub number: String,
        pub name: String,
        pub name_en: String,
        pub description: String,
    }

    pub struct Japan {
        pub title: String,
        pub governance_as_of: String,
        /// Board, steering committee, advisors.
        pub bodies: Vec<Body>,
        pub messages: Vec<Message>,
        pub member_list: MemberList,
    }

    pub struct Body {
        pub id: String,
        pub name: String,
        pub seats: Vec<Seat>,
    }

    pub struct Seat {
        pub person: String,
        /// The role as printed, e.g. `理事長`.
        pub role: String,
        /// The affiliation as printed.
        pub affiliation: String,
        /// The member municipality the affiliation names, if any.
        pub municipality: Option<String>,
    }

    pub struct Message {
        pub id: String,
        /// The signatory's role, e.g. `理事長`.
        pub role: String,
        pub person: String,
        pub paragraphs: Vec<String>,
        /// Member municipalities the message names.
        pub members: Vec<String>,
    }

    pub struct MemberList {
        pub title: String,
        pub as_of: String,
        /// How the list is ordered, as printed (`（五十音順）`).
        pub order_note: String,
        pub regular_label: String,
        /// Member municipalities in the report's (五十音) order.
        pub regular: Vec<String>,
        pub special_label: String,
        pub special: Vec<SpecialMember>,
    }

    pub struct SpecialMember {
        pub person: String,
        /// A title printed before the name, if any.
        pub role: Option<String>,
    }

    pub struct Municipality {
        pub id: String,
        pub name: String,
        pub level: Level,
        /// Whether it is a member of ICLEI Japan.
        pub member: bool,
        pub head: Option<Head>,
        /// Longer names under which the text also mentions it (`長野県小布施町`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub aliases: Vec<String>,
        /// Where its government sits, for the map of members. Added since 1.2.0.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location: Option<Location>,
    }

    /// A point on the earth, to two decimals (about 1 km): not in the
    /// report; added by the editors with its basis.
    pub struct Location {
        /// Degrees north, −90 to 90.
        pub lat: f64,
        /// Degrees east, −180 to 180.
        pub lon: f64,
        /// What the point is and where it comes from, e.g. `市役所の所在地`.
        pub basis: String,
    }

    pub struct Head {
        /// The head's title as printed, e.g. `市長`.
        pub title: String,
        pub person: String,
    }

    pub struct Person {
        pub id: String,
        pub name: String,
        pub name_en: Option<String>,
    }

    pub struct Highlight {
        pub id: String,
        pub title: String,
        pub subtitle: Option<String>,
        /// The calendar event this highlight reports on.
        pub event: Option<String>,
        pub date: DateSpan,
        pub place: String,
        pub paragraphs: Vec<String>,
        pub figures: Vec<Figure>,
        /// Member municipalities that took part.
        pub members: Vec<String>,
        pub stories: Vec<Story>,
        pub captions: Vec<String>,
    }

    /// A dated or undated account with a heading: a side event, a conference
    /// a member attended, a collaboration.
    pub struct Story {
        pub id: String,
        pub title: String,
        pub date: Option<DateSpan>,
        pub place: Option<String>,
        /// Member municipalities the story names.
        pub members: Vec<String>,
        pub paragraphs: Vec<String>,
        /// The calendar event it tells about, if the calendar lists it.
        pub event: Option<String>,
    }

    pub struct Chapter {
        pub id: String,
        pub title: String,
        pub sections: Vec<Section>,
    }

    pub struct Section {
        pub id: String,
        pub title: String,
        /// Member municipalities its own text (paragraphs, tables) names.
        pub members: Vec<String>,
        pub blocks: Vec<Block>,
    }

    pub struct TableRow {
        pub cells: Vec<String>,
        /// Member municipalities the row names.
        pub members: Vec<String>,
    }

    pub struct Initiative {
        pub id: String,
        pub name: String,
        pub name_en: Option<String>,
        pub paragraphs: Vec<String>,
        /// Member municipalities taking part.
        pub members: Vec<String>,
    }

    pub struct Event {
        pub id: String,
        pub title: String,
        pub subtitle: Option<String>,
        pub kind: EventKind,
        pub date: DateSpan,
        /// How the report prints the date, e.g. `10.15–10.17`.
        pub date_text: String,
        pub place: Option<String>,
        pub organizer: Option<String>,
        pub co_organizer: Option<String>,
        /// Held under ICLEI Japan's endorsement (後援).
        pub endorsed: bool,
        /// Member municipalities that took part.
        pub members: Vec<String>,
        /// Listed in the report's calendar of events.
        pub in_calendar: bool,
    }

    /// A span of days; `end` is absent for a one-day event.
    pub struct DateSpan {
        /// `YYYY-MM-DD`.
        pub start: String,
        /// `YYYY-MM-DD`, not before `start`.
        pub end: Option<String>,
    }

    pub struct World {
        pub bodies: Vec<GoverningBody>,
        pub offices_title: String,
        pub offices: Vec<Office>,
        pub leaders_title: String,
        pub leaders_as_of: String,
        pub leader_groups: Vec<LeaderGroup>,
    }

    pub struct GoverningBody {
        pub id: String,
        pub name: String,
        pub text: String,
        /// Member municipalities the text names.
        pub members: Vec<String>,
    }

    pub struct Office {
        pub id: String,
        pub name: String,
        pub city: String,
        pub country: String,
        /// The city's centre, for the map of offices. Added since 1.2.0.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub location: Option<Location>,
    }

    pub struct LeaderGroup {
        pub id: String,
        pub name: String,
        pub leaders: Vec<Leader>,
    }

    pub struct Leader {
        pub id: String,
        /// The role label in Japanese, e.g. `会長`.
        pub role: String,
        pub name: String,
        /// Position as printed in English, e.g. `Mayor`.
        pub position: String,
        /// City or organisation, e.g. `Malmö, Sweden`.
        pub place: String,
        pub portfolio: Option<String>,
        pub person: Option<String>,
    }

    /// How a place name is read: a matter of public record, never guessed
    /// (there are none for people's names).
    pub struct PlaceReading {
        /// The name as the report writes it, e.g. `横浜市`.
        pub name: String,
        /// Its reading in hiragana, e.g. `よこはまし`.
        pub reading: String,
        /// Where the reading is recorded, e.g. 総務省「全国地方公共団体コード」.
        pub source: String,
    }

    /// Where the report says two things about one fact, or says something
    /// that reads as a slip: every reading is kept.
    pub struct Discrepancy {
        pub id: String,
        pub kind: DiscrepancyKind,
        /// Entities it concerns, as `kind:id` (`event:cop29`, `highlight:cop29`,
        /// `section:initiatives`, ...).
        pub applies_to: Vec<String>,
        /// A short explanation for readers.
        pub note: String,
        /// What the report prints, verbatim, at each place concerned.
        pub readings: Vec<Reading>,
        /// For a [`DiscrepancyKind::Corrected`] slip: what the report prints
        /// and what the edition shows instead. Added since 1.3.0.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub correction: Option<Correction>,
    }

    /// A typesetting slip and its correction, both verbatim strings: the
    /// entity's text holds `corrected`, never `original`.
    pub struct Correction {
        /// As printed, e.g. a word with a doubled kana.
        pub original: String,
        /// As the edition shows it: the word spelt once.
        pub corrected: String,
    }

    pub struct Reading {
        /// Where in the report, e.g. `COP29 ハイライト本文`.
        pub place: String,
        /// What it says there, verbatim.
        pub text: String,
    }
}

// Deserialised by hand (`block_de`), in one pass; the serde attributes
// describe the same format for `Serialize` and the JSON Schema.
/// A content block of a section, rendered in order.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Block {
    Paragraph {
        text: String,
    },
    List {
        ordered: bool,
        items: Vec<String>,
    },
    Figures {
        items: Vec<Figure>,
    },
    /// Initiatives shown as cards, by id.
    Initiatives {
        ids: Vec<String>,
    },
    /// Events shown as a list, by id.
    Events {
        ids: Vec<String>,
    },
    /// A labelled group of member municipalities (`賛同自治体` ...).
    Members {
        label: String,
        ids: Vec<String>,
    },
    Story(Story),
    Table {
        caption: Option<String>,
        columns: Vec<String>,
        rows: Vec<TableRow>,
    },
    /// Photo captions: the photos are not part of the snapshot.
    Captions {
        items: Vec<String>,
    },
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// 都道府県
    Prefecture,
    /// 市区町村
    Municipal,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// Conferences of parties and other international conferences.
    InternationalConference,
    Forum,
    Workshop,
    Seminar,
    Webinar,
    /// Briefings and meetings.
    Meeting,
    IcleiCafe,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DiscrepancyKind {
    /// Two places of the report disagree: a footnote at each place, both
    /// readings kept.
    Contradiction,
    /// The editors' note on how the edition reads the report (a label
    /// printed once for two cards): a footnote where it applies.
    Editorial,
    /// A typesetting slip whose intended form is certain: shown corrected,
    /// listed on the about page with the original (`correction`). Added
    /// since 1.3.0.
    Corrected,
    /// Informal wording, kept as written without a note on the page; listed
    /// on the about page.
    AsWritten,
}

impl DiscrepancyKind {
    /// Whether the pages it applies to carry a footnote for it.
    pub fn is_footnote(self) -> bool {
        matches!(
            self,
            DiscrepancyKind::Contradiction | DiscrepancyKind::Editorial
        )
    }
}

impl Meta {
    /// The year the fiscal year starts in (`2024` for 2024年度, 2024-04-01
    /// to 2025-03-31), from `period.start`: what names an edition
    /// (`report-2024.json`, `/report/2024/`). Empty if the start is too
    /// short, which validation refuses.
    pub fn year(&self) -> &str {
        self.period.start.get(..4).unwrap_or_default()
    }
}

/// Look-ups by id, for rendering references.
impl Report {
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// A person's name as the report prints it; empty for an id that names
    /// nobody (validation refuses such a snapshot).
    pub fn person_name(&self, id: &str) -> String {
        self.person(id).map(|p| p.name.clone()).unwrap_or_default()
    }

    /// The member municipalities, in the report's (五十音) order.
    pub fn members(&self) -> impl Iterator<Item = &Municipality> + '_ {
        self.japan
            .member_list
            .regular
            .iter()
            .filter_map(|id| self.municipality(id))
    }

    pub fn municipality(&self, id: &str) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.initiatives.iter().find(|i| i.id == id)
    }

    /// Every story: the highlights' side events, then the chapters' story blocks.
    pub fn stories(&self) -> impl Iterator<Item = &Story> {
        let in_sections = self
            .chapters
            .iter()
            .flat_map(|c| &c.sections)
            .flat_map(|s| &s.blocks)
            .filter_map(|b| match b {
                Block::Story(s) => Some(s),
                _ => None,
            });
        self.highlights
            .iter()
            .flat_map(|h| &h.stories)
            .chain(in_sections)
    }

    pub fn story(&self, id: &str) -> Option<&Story> {
        self.stories().find(|s| s.id == id)
    }

    /// A municipality's head as printed with its title: `市長 山中 竹春`.
    pub fn head_line(&self, municipality: &Municipality) -> Option<String> {
        let head = municipality.head.as_ref()?;
        let person = self.person(&head.person)?;
        Some(format!("{} {}", head.title, person.name))
    }

    /// Discrepancies that apply to `kind:id`.
    pub fn discrepancies_for<'a>(
        &'a self,
        tag: &'a str,
    ) -> impl Iterator<Item = &'a Discrepancy> + 'a {
        self.discrepancies
            .iter()
            .filter(move |d| d.applies_to.iter().any(|a| a == tag))
    }
}
