#![recursion_limit = "256"]
//! The digital edition of ICLEI Japan's annual activity report (one build
//! per edition, `editions.json`), in five layers, each a folder; a layer
//! uses only the layers listed before it (`tests/architecture.rs` checks
//! it):
//!
//! 1. [`report`]: the report's data model and the walk over its entities.
//! 2. [`site`]: how the edition names and places things: routes, URLs
//!    under a base path, UI labels, page metadata.
//! 3. [`derive`]: reading a snapshot, and what is derived from it
//!    (appearances, footnotes, listings, the search index).
//! 4. [`publish`]: what the build writes besides pages (CSV files,
//!    sitemap, share cards, maps).
//! 5. [`app`]: the Leptos app, in the browser and prerendered.
//!
//! All but `app` are pure and tested natively; every browser-only module
//! is under `app`.

pub mod app;
pub mod derive;
pub mod publish;
pub mod report;
pub mod site;
