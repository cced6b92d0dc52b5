//! The Leptos app: the shell (`shell`: router, page frame, metadata),
//! one module per page (`pages`), small components (`components`),
//! shared state (`context`), what the starting page says of itself
//! (`document`), fetching (`data`), navigation, where the reader was on
//! each history entry (`scroll_positions`), the hand-over
//! from a prerendered page (`takeover`), the embed frame's messages
//! (`frame`), timing marks; and, natively, every page rendered to static
//! HTML at build time (`prerender`). May import every other layer; every
//! browser-only module of the crate is here.

pub mod components;
pub mod context;
pub mod data;
pub mod document;
pub mod frame;
pub mod navigation;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod scroll_positions;
pub mod shell;
pub mod takeover;
pub mod timing;
