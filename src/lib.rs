#![recursion_limit = "256"]
//! The digital edition of ICLEI Japan's 2024 activity report.
//!
//! Pure modules, tested natively: `model`, `dates`, `graph`, `validate`,
//! `json_text`, `snapshot`, `routes`, `meta`, `labels`. The Leptos client lives in `app`,
//! `pages` and `components`.

pub mod appearances;
mod block_de;
pub mod dates;
pub mod deployment;
pub mod embed;
pub mod entity;
pub mod graph;
pub mod html;
pub mod json_text;
pub mod labels;
pub mod listing;
pub mod meta;
pub mod model;
pub mod order;
pub mod routes;
pub mod search;
pub mod snapshot;
pub mod validate;

pub mod app;
pub mod components;
pub mod context;
pub mod data;
pub mod frame;
pub mod navigation;
pub mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod takeover;
pub mod timing;
