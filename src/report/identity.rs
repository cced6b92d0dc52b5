//! Which entity: the kinds of things in the report that carry an id, their
//! tags in references (`event:cop29`) and the (kind, id) key that names one.
//! The lowest of the entity modules: the walk that finds entities
//! (`graph`) and what is known of each (`entity`) both build on it.

/// The kinds of things that carry an id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Activity,
    Pathway,
    Benefit,
    Body,
    Message,
    Municipality,
    Person,
    Highlight,
    Story,
    Chapter,
    Section,
    Initiative,
    Event,
    GoverningBody,
    Office,
    LeaderGroup,
    Leader,
    Discrepancy,
}

impl Kind {
    /// The prefix used in `Discrepancy::applies_to` (`event:cop29`).
    pub fn tag(self) -> &'static str {
        match self {
            Kind::Activity => "activity",
            Kind::Pathway => "pathway",
            Kind::Benefit => "benefit",
            Kind::Body => "body",
            Kind::Message => "message",
            Kind::Municipality => "municipality",
            Kind::Person => "person",
            Kind::Highlight => "highlight",
            Kind::Story => "story",
            Kind::Chapter => "chapter",
            Kind::Section => "section",
            Kind::Initiative => "initiative",
            Kind::Event => "event",
            Kind::GoverningBody => "governing-body",
            Kind::Office => "office",
            Kind::LeaderGroup => "leader-group",
            Kind::Leader => "leader",
            Kind::Discrepancy => "discrepancy",
        }
    }

    pub const ALL: [Kind; 18] = [
        Kind::Activity,
        Kind::Pathway,
        Kind::Benefit,
        Kind::Body,
        Kind::Message,
        Kind::Municipality,
        Kind::Person,
        Kind::Highlight,
        Kind::Story,
        Kind::Chapter,
        Kind::Section,
        Kind::Initiative,
        Kind::Event,
        Kind::GoverningBody,
        Kind::Office,
        Kind::LeaderGroup,
        Kind::Leader,
        Kind::Discrepancy,
    ];

    pub fn from_tag(tag: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.tag() == tag)
    }
}

/// A (kind, id) pair naming one entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key<'a> {
    pub kind: Kind,
    pub id: &'a str,
}

/// Splits `event:cop29` into its kind and id.
pub fn parse_tagged(target: &str) -> Option<(Kind, &str)> {
    let (tag, id) = target.split_once(':')?;
    Some((Kind::from_tag(tag)?, id))
}
