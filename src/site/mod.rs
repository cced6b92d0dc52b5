//! How the edition names and places things: the route table (`routes`),
//! the one place the base path is applied (`deployment`), which edition
//! a build is (`edition`), embed mode (`embed`), every UI label (`labels`), page titles and descriptions
//! (`meta`), what is known of each kind of entity and where it is shown
//! (`entity`), HTML escaping (`html`). Imports only `report`.

pub mod deployment;
pub mod edition;
pub mod embed;
pub mod entity;
pub mod html;
pub mod labels;
pub mod meta;
pub mod routes;
