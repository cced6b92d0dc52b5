//! The report as data: its typed model (`model`, read in one pass by
//! `block_de`), dates, the shared sort (`order`), which entity is which
//! (`identity`) and every entity and reference (`graph`). Imports nothing
//! of the crate outside this folder.

mod block_de;
pub mod dates;
pub mod graph;
pub mod identity;
pub mod json_text;
pub mod model;
pub mod order;
