//! What is searchable: one document per linkable entity, its title and
//! its text fields (see the module documentation of `search`).

use super::fold::{normalize, FIELD_SEPARATOR};
use crate::report::identity::Kind;
use crate::site::routes::Route;

/// One searchable entity.
#[derive(Clone, Debug)]
pub(super) struct Document {
    pub(super) kind: Kind,
    pub(super) id: String,
    pub(super) title: String,
    /// Its text fields, joined by [`FIELD_SEPARATOR`].
    pub(super) text: String,
    pub(super) folded_title: String,
    pub(super) folded_text: String,
    pub(super) route: Route,
    pub(super) fragment: Option<String>,
    /// Index into [`SearchIndex::groups`].
    pub(super) group: usize,
}

impl Document {
    pub(super) fn new(
        kind: Kind,
        id: &str,
        title: String,
        text: String,
        route: Route,
        fragment: Option<String>,
        group: usize,
    ) -> Document {
        Document {
            kind,
            id: id.to_string(),
            folded_title: normalize(&title),
            folded_text: normalize(&text),
            title,
            text,
            route,
            fragment,
            group,
        }
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.id.capacity()
            + self.title.capacity()
            + self.text.capacity()
            + self.folded_title.capacity()
            + self.folded_text.capacity()
            + self.route.id.as_ref().map_or(0, String::capacity)
            + self.fragment.as_ref().map_or(0, String::capacity)
    }
}

/// An entity's text fields (`entity::search_text`) as one document text,
/// joined by [`FIELD_SEPARATOR`].
pub(super) fn joined(fields: Vec<&str>) -> String {
    fields.join(FIELD_SEPARATOR.encode_utf8(&mut [0; 4]))
}
