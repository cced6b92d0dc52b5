//! What the edition knows about each kind of entity (`identity::Kind`):
//! its title, the text search indexes, and where it is shown (its page and
//! element id). Adding a kind means adding it to `identity`, here, to the
//! walk that finds it in a snapshot (`graph`), and giving it a Japanese
//! name in `labels`, where every UI label lives.

use crate::report::graph::Graph;
use crate::report::identity::{Key, Kind};
use crate::report::model::{Block, Report};
use crate::site::labels;
use crate::site::routes::{Page, Route};

/// The display title of an entity.
pub fn title(report: &Report, kind: Kind, id: &str) -> Option<String> {
    let sections = || report.chapters.iter().flat_map(|c| &c.sections);
    let found = match kind {
        Kind::Activity => report
            .about
            .activities
            .items
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.title.clone()),
        Kind::Pathway => report
            .about
            .pathways
            .items
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone()),
        Kind::Benefit => report
            .membership
            .benefits
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.name.clone()),
        Kind::Body => report
            .japan
            .bodies
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.name.clone()),
        Kind::Message => report
            .japan
            .messages
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.role.clone()),
        Kind::Municipality => report.municipality(id).map(|m| m.name.clone()),
        Kind::Person => report.person(id).map(|p| p.name.clone()),
        Kind::Highlight => report
            .highlights
            .iter()
            .find(|h| h.id == id)
            .map(|h| h.title.clone()),
        Kind::Story => report.story(id).map(|s| s.title.clone()),
        Kind::Chapter => report
            .chapters
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.clone()),
        Kind::Section => sections().find(|s| s.id == id).map(|s| s.title.clone()),
        Kind::Initiative => report.initiative(id).map(|i| i.name.clone()),
        Kind::Event => report.event(id).map(|e| e.title.clone()),
        Kind::GoverningBody => report
            .world
            .bodies
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.name.clone()),
        Kind::Office => report
            .world
            .offices
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.name.clone()),
        Kind::LeaderGroup => report
            .world
            .leader_groups
            .iter()
            .find(|g| g.id == id)
            .map(|g| g.name.clone()),
        Kind::Leader => report
            .world
            .leader_groups
            .iter()
            .flat_map(|g| &g.leaders)
            .find(|l| l.id == id)
            .map(|l| l.name.clone()),
        Kind::Discrepancy => report
            .discrepancies
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.note.clone()),
    };
    found
}

/// Where an entity is shown: its page and the element id to scroll to.
pub fn location(kind: Kind, id: &str, report: &Report) -> Option<(Route, Option<String>)> {
    Locator::new(&Graph::of(report), report).locate(Key { kind, id })
}

/// Locates many entities against one graph (building a graph per look-up
/// costs more than the look-up).
pub struct Locator<'g, 'r> {
    graph: &'g Graph<'r>,
    report: &'r Report,
}

impl<'g, 'r> Locator<'g, 'r> {
    pub fn new(graph: &'g Graph<'r>, report: &'r Report) -> Self {
        Locator { graph, report }
    }

    pub fn locate(&self, key: Key<'_>) -> Option<(Route, Option<String>)> {
        let Key { kind, id } = key;
        let report = self.report;
        let fragment = Some(id.to_string());
        self.graph.entity(key)?;
        Some(match kind {
            Kind::Pathway => (Route::with_id(Page::Pathway, id), None),
            Kind::Municipality if report.municipality(id).is_some_and(|m| m.member) => {
                (Route::with_id(Page::Member, id), None)
            }
            Kind::Municipality => {
                // A non-member is shown where the report first mentions it.
                let from = self
                    .graph
                    .references_to(Kind::Municipality, id)
                    .next()?
                    .from?;
                return self.locate(from);
            }
            Kind::Highlight => (Route::with_id(Page::Highlight, id), None),
            Kind::Chapter | Kind::Activity => (Route::with_id(Page::Chapter, id), None),
            Kind::Benefit => (Route::new(Page::Membership), fragment),
            Kind::Body => (Route::new(Page::Governance), fragment),
            Kind::Message => (Route::new(Page::Message), fragment),
            Kind::Person => self.person(id)?,
            Kind::Event => (Route::new(Page::Calendar), fragment),
            Kind::Story | Kind::Section => (self.enclosing_page(key)?, fragment),
            Kind::Initiative => {
                let section = report.chapters.iter().flat_map(|c| &c.sections).find(|s| {
                    s.blocks.iter().any(
                        |b| matches!(b, Block::Initiatives { ids } if ids.iter().any(|i| i == id)),
                    )
                })?;
                (
                    self.locate(Key {
                        kind: Kind::Section,
                        id: &section.id,
                    })?
                    .0,
                    fragment,
                )
            }
            Kind::GoverningBody | Kind::Office | Kind::LeaderGroup | Kind::Leader => {
                (Route::new(Page::World), fragment)
            }
            Kind::Discrepancy => return None,
        })
    }

    /// The chapter or highlight page a story or section sits in.
    fn enclosing_page(&self, key: Key<'_>) -> Option<Route> {
        let mut parent = self.graph.entity(key)?.parent?;
        loop {
            match parent.kind {
                Kind::Chapter => return Some(Route::with_id(Page::Chapter, parent.id)),
                Kind::Highlight => return Some(Route::with_id(Page::Highlight, parent.id)),
                _ => parent = self.graph.entity(parent)?.parent?,
            }
        }
    }

    /// On the governance page when seated or a special member, else with the
    /// message they sign, the municipality they head, or as a leader.
    fn person(&self, id: &str) -> Option<(Route, Option<String>)> {
        let japan = &self.report.japan;
        let seated = japan
            .bodies
            .iter()
            .flat_map(|b| &b.seats)
            .any(|s| s.person == id)
            || japan.member_list.special.iter().any(|s| s.person == id);
        if seated {
            return Some((Route::new(Page::Governance), Some(id.to_string())));
        }
        if let Some(message) = japan.messages.iter().find(|m| m.person == id) {
            return Some((Route::new(Page::Message), Some(message.id.clone())));
        }
        if let Some(m) = self
            .report
            .municipalities
            .iter()
            .find(|m| m.head.as_ref().is_some_and(|h| h.person == id))
        {
            return Some((Route::with_id(Page::Member, &m.id), None));
        }
        let mut leaders = self
            .report
            .world
            .leader_groups
            .iter()
            .flat_map(|g| &g.leaders);
        let leader = leaders.find(|l| l.person.as_deref() == Some(id))?;
        Some((Route::new(Page::World), Some(leader.id.clone())))
    }
}

/// Collects text fields, skipping empty ones.
/// Borrowed from the report, not copied: members' pages ask for the text of
/// every entity once per member.
#[derive(Default)]
struct Fields<'r>(Vec<&'r str>);

impl<'r> Fields<'r> {
    fn add(&mut self, field: &'r str) {
        if field.trim().is_empty() {
            return;
        }
        self.0.push(field);
    }

    fn add_all(&mut self, fields: impl IntoIterator<Item = &'r String>) {
        fields.into_iter().for_each(|f| self.add(f));
    }

    fn add_opt(&mut self, field: &'r Option<String>) {
        if let Some(f) = field {
            self.add(f);
        }
    }

    /// A person by id, as the page prints them.
    fn add_person(&mut self, report: &'r Report, id: &str) {
        if let Some(p) = report.person(id) {
            self.add(&p.name);
        }
    }
}

/// The text fields of an entity besides its title, as search indexes them:
/// every string of the entity that is not an id or a reference, without
/// what belongs to entities nested in it (a highlight's stories, a section's
/// story blocks), plus the names its page prints beside it (a
/// municipality's head, a message's signatory, a body's members, a person's
/// seats). Blank fields are left out.
pub fn search_text<'r>(report: &'r Report, kind: Kind, id: &str) -> Vec<&'r str> {
    let mut t = Fields::default();
    match kind {
        Kind::Activity => {
            if let Some(a) = report.about.activities.items.iter().find(|a| a.id == id) {
                t.add(&a.text);
            }
        }
        Kind::Pathway => {
            if let Some(p) = report.about.pathways.items.iter().find(|p| p.id == id) {
                t.add(&p.description);
            }
        }
        Kind::Benefit => {
            if let Some(b) = report.membership.benefits.iter().find(|b| b.id == id) {
                t.add(&b.number);
                t.add(&b.name_en);
                t.add(&b.description);
            }
        }
        Kind::Body => {
            for seat in report
                .japan
                .bodies
                .iter()
                .filter(|b| b.id == id)
                .flat_map(|b| &b.seats)
            {
                t.add(&seat.role);
                t.add_person(report, &seat.person);
                t.add(&seat.affiliation);
            }
        }
        Kind::Message => {
            if let Some(m) = report.japan.messages.iter().find(|m| m.id == id) {
                t.add_person(report, &m.person);
                t.add_all(&m.paragraphs);
            }
        }
        Kind::Municipality => {
            if let Some(m) = report.municipality(id) {
                t.add_all(&m.aliases);
                if let Some(head) = &m.head {
                    t.add(&head.title);
                    t.add_person(report, &head.person);
                }
            }
        }
        Kind::Person => person_text(report, id, &mut t),
        Kind::Highlight => {
            if let Some(h) = report.highlights.iter().find(|h| h.id == id) {
                t.add_opt(&h.subtitle);
                t.add(&h.place);
                t.add_all(&h.paragraphs);
                for f in &h.figures {
                    t.add(&f.value);
                    t.add(&f.label);
                }
                t.add_all(&h.captions);
            }
        }
        Kind::Story => {
            if let Some(s) = report.story(id) {
                t.add_opt(&s.place);
                t.add_all(&s.paragraphs);
            }
        }
        Kind::Chapter => {}
        Kind::Section => {
            let section = report
                .chapters
                .iter()
                .flat_map(|c| &c.sections)
                .find(|s| s.id == id);
            for block in section.iter().flat_map(|s| &s.blocks) {
                block_text(block, &mut t);
            }
        }
        Kind::Initiative => {
            if let Some(i) = report.initiative(id) {
                t.add_opt(&i.name_en);
                t.add_all(&i.paragraphs);
            }
        }
        Kind::Event => {
            if let Some(e) = report.event(id) {
                t.add_opt(&e.subtitle);
                t.add(labels::event_kind(e.kind));
                t.add(&e.date_text);
                t.add_opt(&e.place);
                t.add_opt(&e.organizer);
                t.add_opt(&e.co_organizer);
            }
        }
        Kind::GoverningBody => {
            if let Some(b) = report.world.bodies.iter().find(|b| b.id == id) {
                t.add(&b.text);
            }
        }
        Kind::Office => {
            if let Some(o) = report.world.offices.iter().find(|o| o.id == id) {
                t.add(&o.city);
                t.add(&o.country);
            }
        }
        // Its leaders are documents of their own.
        Kind::LeaderGroup => {}
        Kind::Leader => {
            if let Some(l) = report
                .world
                .leader_groups
                .iter()
                .flat_map(|g| &g.leaders)
                .find(|l| l.id == id)
            {
                t.add(&l.role);
                t.add(&l.position);
                t.add(&l.place);
                t.add_opt(&l.portfolio);
            }
        }
        Kind::Discrepancy => {}
    }
    t.0
}

/// A person's other names and, where they hold seats, what the governance
/// page prints beside them.
fn person_text<'r>(report: &'r Report, id: &str, t: &mut Fields<'r>) {
    if let Some(p) = report.person(id) {
        t.add_opt(&p.name_en);
    }
    for seat in report
        .japan
        .bodies
        .iter()
        .flat_map(|b| &b.seats)
        .filter(|s| s.person == id)
    {
        t.add(&seat.role);
        t.add(&seat.affiliation);
    }
    for special in report
        .japan
        .member_list
        .special
        .iter()
        .filter(|s| s.person == id)
    {
        t.add_opt(&special.role);
    }
}

/// A section block's own text; stories in it are documents of their own and
/// lists of ids are references.
fn block_text<'r>(block: &'r Block, t: &mut Fields<'r>) {
    match block {
        Block::Paragraph { text } => t.add(text),
        Block::List { items, .. } | Block::Captions { items } => t.add_all(items),
        Block::Figures { items } => {
            for f in items {
                t.add(&f.value);
                t.add(&f.label);
            }
        }
        Block::Members { label, .. } => t.add(label),
        Block::Table {
            caption,
            columns,
            rows,
        } => {
            t.add_opt(caption);
            t.add_all(columns);
            rows.iter().for_each(|r| t.add_all(&r.cells));
        }
        Block::Initiatives { .. } | Block::Events { .. } | Block::Story(_) => {}
    }
}
