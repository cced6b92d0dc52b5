#![recursion_limit = "256"]
//! The digital edition of ICLEI Japan's 2024 activity report.
//!
//! Pure modules, tested natively: `model`, `dates`, `identity`, `entity`, `graph`,
//! `validate`, `json_text`, `snapshot`, `routes`, `deployment`, `meta`,
//! `appearances`, `notes`, `listing`, `search`, `downloads` (CSV files),
//! `share_card`, `sitemap`, `html`,
//! `labels`. The Leptos client:
//! `app` (the shell) uses `pages`, which use `components`; shared state is
//! read from `context`; `data` fetches the snapshot, `navigation` navigates by
//! app path, `takeover` hands a prerendered page over to the app.

pub mod appearances;
mod block_de;
pub mod dates;
pub mod deployment;
pub mod downloads;
pub mod embed;
pub mod entity;
pub mod graph;
pub mod html;
pub mod identity;
pub mod json_text;
pub mod labels;
pub mod listing;
pub mod maps;
pub mod meta;
pub mod model;
pub mod notes;
pub mod order;
pub mod routes;
pub mod search;
pub mod share_card;
pub mod sitemap;
pub mod snapshot;
pub mod validate;

pub mod app;
#[cfg(not(target_arch = "wasm32"))]
pub mod card_image;
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
