//! Small components shared by the pages. Each takes data and renders it.

pub mod blocks;
pub mod chart;
pub mod citation;
pub mod copy_link;
pub mod download_link;
pub mod editions;
pub mod embed_control;
pub mod entities;
pub mod failure;
pub mod footnotes;
pub mod later;
pub mod layout;
pub mod point_map;
pub mod search_box;
pub mod text_input;
