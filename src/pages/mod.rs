//! One module per page of the route table.

pub mod activities;
pub mod calendar;
pub mod governance;
pub mod highlights;
pub mod members;
pub mod membership;
pub mod message;
pub mod not_found;
pub mod overview;
pub mod pathways;
pub mod search;
pub mod world;
