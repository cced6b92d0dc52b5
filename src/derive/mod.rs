//! Reading a snapshot (`snapshot`, checked by `validate`) and what is
//! derived from the report: a municipality's appearances, a page's
//! footnotes (`notes`), the filtered lists (`listing`), the search index
//! (`search`). Imports `report` and `site`.

pub mod appearances;
pub mod listing;
pub mod notes;
pub mod search;
pub mod snapshot;
pub mod validate;
