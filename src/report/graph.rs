//! Every entity of a report and every reference between them, found in one
//! walk. Validation checks the references against the entities; member pages
//! list the references that point at a municipality.

use crate::report::identity::{parse_tagged, Key, Kind};
use crate::report::model::*;

/// An entity and where it sits in the snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity<'a> {
    pub key: Key<'a>,
    /// JSON path, for messages: `chapters[2].sections[0]`.
    pub path: String,
    /// The innermost entity it sits in, if any (a story's section).
    pub parent: Option<Key<'a>>,
}

/// A reference from one entity to another.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference<'a> {
    /// The innermost entity the reference sits in; `None` for top-level
    /// lists such as the member list.
    pub from: Option<Key<'a>>,
    pub to: Key<'a>,
    /// JSON path of the referring field.
    pub path: String,
}

#[derive(Default, Debug)]
pub struct Graph<'a> {
    pub entities: Vec<Entity<'a>>,
    pub references: Vec<Reference<'a>>,
}

impl<'a> Graph<'a> {
    pub fn of(report: &'a Report) -> Graph<'a> {
        let mut walk = Walk::default();
        walk.report(report);
        walk.graph
    }

    /// References pointing at `to`, in snapshot order.
    pub fn references_to<'s>(
        &'s self,
        kind: Kind,
        id: &'s str,
    ) -> impl Iterator<Item = &'s Reference<'a>> + 's {
        self.references
            .iter()
            .filter(move |r| r.to.kind == kind && r.to.id == id)
    }

    pub fn entity(&self, key: Key<'_>) -> Option<&Entity<'a>> {
        self.entities
            .iter()
            .find(|e| e.key.kind == key.kind && e.key.id == key.id)
    }
}

#[derive(Default)]
struct Walk<'a> {
    graph: Graph<'a>,
    /// Entities enclosing the current position, innermost last.
    stack: Vec<Key<'a>>,
}

impl<'a> Walk<'a> {
    fn enter(&mut self, kind: Kind, id: &'a str, path: String) {
        let key = Key { kind, id };
        let parent = self.stack.last().copied();
        self.graph.entities.push(Entity { key, path, parent });
        self.stack.push(key);
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    /// An entity with nothing inside it.
    fn leaf(&mut self, kind: Kind, id: &'a str, path: String) {
        self.enter(kind, id, path);
        self.leave();
    }

    fn refer(&mut self, kind: Kind, id: &'a str, path: String) {
        let from = self.stack.last().copied();
        self.graph.references.push(Reference {
            from,
            to: Key { kind, id },
            path,
        });
    }

    fn refer_all(&mut self, kind: Kind, ids: &'a [String], path: &str) {
        for (i, id) in ids.iter().enumerate() {
            self.refer(kind, id, format!("{path}[{i}]"));
        }
    }

    fn report(&mut self, r: &'a Report) {
        for (i, a) in r.about.activities.items.iter().enumerate() {
            self.leaf(
                Kind::Activity,
                &a.id,
                format!("about.activities.items[{i}]"),
            );
        }
        for (i, p) in r.about.pathways.items.iter().enumerate() {
            self.leaf(Kind::Pathway, &p.id, format!("about.pathways.items[{i}]"));
        }
        for (i, b) in r.membership.benefits.iter().enumerate() {
            self.leaf(Kind::Benefit, &b.id, format!("membership.benefits[{i}]"));
        }
        self.japan(&r.japan);
        for (i, m) in r.municipalities.iter().enumerate() {
            let path = format!("municipalities[{i}]");
            self.enter(Kind::Municipality, &m.id, path.clone());
            if let Some(head) = &m.head {
                self.refer(Kind::Person, &head.person, format!("{path}.head.person"));
            }
            self.leave();
        }
        for (i, p) in r.people.iter().enumerate() {
            self.leaf(Kind::Person, &p.id, format!("people[{i}]"));
        }
        for (i, h) in r.highlights.iter().enumerate() {
            self.highlight(h, format!("highlights[{i}]"));
        }
        for (i, c) in r.chapters.iter().enumerate() {
            self.chapter(c, format!("chapters[{i}]"));
        }
        for (i, init) in r.initiatives.iter().enumerate() {
            let path = format!("initiatives[{i}]");
            self.enter(Kind::Initiative, &init.id, path.clone());
            self.refer_all(
                Kind::Municipality,
                &init.members,
                &format!("{path}.members"),
            );
            self.leave();
        }
        for (i, e) in r.events.iter().enumerate() {
            let path = format!("events[{i}]");
            self.enter(Kind::Event, &e.id, path.clone());
            self.refer_all(Kind::Municipality, &e.members, &format!("{path}.members"));
            self.leave();
        }
        self.world(&r.world);
        for (i, d) in r.discrepancies.iter().enumerate() {
            let path = format!("discrepancies[{i}]");
            self.enter(Kind::Discrepancy, &d.id, path.clone());
            for (j, target) in d.applies_to.iter().enumerate() {
                self.tagged_ref(target, format!("{path}.applies_to[{j}]"));
            }
            self.leave();
        }
    }

    /// A `kind:id` reference; one of unknown form is left to validation.
    fn tagged_ref(&mut self, target: &'a str, path: String) {
        if let Some((kind, id)) = parse_tagged(target) {
            self.refer(kind, id, path);
        }
    }

    fn japan(&mut self, j: &'a Japan) {
        for (i, body) in j.bodies.iter().enumerate() {
            let path = format!("japan.bodies[{i}]");
            self.enter(Kind::Body, &body.id, path.clone());
            for (s, seat) in body.seats.iter().enumerate() {
                self.refer(
                    Kind::Person,
                    &seat.person,
                    format!("{path}.seats[{s}].person"),
                );
                if let Some(m) = &seat.municipality {
                    self.refer(
                        Kind::Municipality,
                        m,
                        format!("{path}.seats[{s}].municipality"),
                    );
                }
            }
            self.leave();
        }
        for (i, m) in j.messages.iter().enumerate() {
            let path = format!("japan.messages[{i}]");
            self.enter(Kind::Message, &m.id, path.clone());
            self.refer(Kind::Person, &m.person, format!("{path}.person"));
            self.refer_all(Kind::Municipality, &m.members, &format!("{path}.members"));
            self.leave();
        }
        self.refer_all(
            Kind::Municipality,
            &j.member_list.regular,
            "japan.member_list.regular",
        );
        for (i, s) in j.member_list.special.iter().enumerate() {
            self.refer(
                Kind::Person,
                &s.person,
                format!("japan.member_list.special[{i}].person"),
            );
        }
    }

    fn highlight(&mut self, h: &'a Highlight, path: String) {
        self.enter(Kind::Highlight, &h.id, path.clone());
        if let Some(e) = &h.event {
            self.refer(Kind::Event, e, format!("{path}.event"));
        }
        self.refer_all(Kind::Municipality, &h.members, &format!("{path}.members"));
        for (i, s) in h.stories.iter().enumerate() {
            self.story(s, format!("{path}.stories[{i}]"));
        }
        self.leave();
    }

    fn story(&mut self, s: &'a Story, path: String) {
        self.enter(Kind::Story, &s.id, path.clone());
        self.refer_all(Kind::Municipality, &s.members, &format!("{path}.members"));
        if let Some(e) = &s.event {
            self.refer(Kind::Event, e, format!("{path}.event"));
        }
        self.leave();
    }

    fn chapter(&mut self, c: &'a Chapter, path: String) {
        self.enter(Kind::Chapter, &c.id, path.clone());
        for (i, s) in c.sections.iter().enumerate() {
            let spath = format!("{path}.sections[{i}]");
            self.enter(Kind::Section, &s.id, spath.clone());
            self.refer_all(Kind::Municipality, &s.members, &format!("{spath}.members"));
            for (b, block) in s.blocks.iter().enumerate() {
                self.block(block, format!("{spath}.blocks[{b}]"));
            }
            self.leave();
        }
        self.leave();
    }

    fn block(&mut self, block: &'a Block, path: String) {
        match block {
            Block::Initiatives { ids } => {
                self.refer_all(Kind::Initiative, ids, &format!("{path}.ids"))
            }
            Block::Events { ids } => self.refer_all(Kind::Event, ids, &format!("{path}.ids")),
            Block::Members { ids, .. } => {
                self.refer_all(Kind::Municipality, ids, &format!("{path}.ids"))
            }
            Block::Story(s) => self.story(s, path),
            Block::Table { rows, .. } => {
                for (i, row) in rows.iter().enumerate() {
                    self.refer_all(
                        Kind::Municipality,
                        &row.members,
                        &format!("{path}.rows[{i}].members"),
                    );
                }
            }
            Block::Paragraph { .. }
            | Block::List { .. }
            | Block::Figures { .. }
            | Block::Captions { .. } => {}
        }
    }

    fn world(&mut self, w: &'a World) {
        for (i, b) in w.bodies.iter().enumerate() {
            let path = format!("world.bodies[{i}]");
            self.enter(Kind::GoverningBody, &b.id, path.clone());
            self.refer_all(Kind::Municipality, &b.members, &format!("{path}.members"));
            self.leave();
        }
        for (i, o) in w.offices.iter().enumerate() {
            self.leaf(Kind::Office, &o.id, format!("world.offices[{i}]"));
        }
        for (i, g) in w.leader_groups.iter().enumerate() {
            let path = format!("world.leader_groups[{i}]");
            self.enter(Kind::LeaderGroup, &g.id, path.clone());
            for (l, leader) in g.leaders.iter().enumerate() {
                let lpath = format!("{path}.leaders[{l}]");
                self.enter(Kind::Leader, &leader.id, lpath.clone());
                if let Some(p) = &leader.person {
                    self.refer(Kind::Person, p, format!("{lpath}.person"));
                }
                self.leave();
            }
            self.leave();
        }
    }
}
