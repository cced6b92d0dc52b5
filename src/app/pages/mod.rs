//! One module per page of the route table. Pages read the report and the
//! deployment from context (`crate::app::context`); detail pages take the item
//! their route resolved to.
//!
//! Each page component is `#[inline(never)]`: without it the release
//! build's LTO inlines every page into [`content`], one 68 KB function of
//! the wasm; with it each page kind is a function of its own (`twiggy top`
//! names them), the unit that loading page code on demand will split off.
//! It costs 2.2 KB of brotli (+0.7 %), measured on 2026-12-06.

use leptos::prelude::*;

use crate::site::routes::{Page, Target};

pub mod about;
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
pub mod print;
pub mod search;
pub mod world;

/// The content of a resolved page (what follows its `<h1>`).
pub fn content(target: Target) -> AnyView {
    match target {
        Target::Page(Page::Overview) => view! { <overview::Overview/> }.into_any(),
        Target::Page(Page::Pathways) => view! { <pathways::Pathways/> }.into_any(),
        Target::Page(Page::Membership) => view! { <membership::Membership/> }.into_any(),
        Target::Page(Page::Governance) => view! { <governance::Governance/> }.into_any(),
        Target::Page(Page::Message) => view! { <message::Messages/> }.into_any(),
        Target::Page(Page::Members) => view! { <members::Members/> }.into_any(),
        Target::Page(Page::Highlights) => view! { <highlights::Highlights/> }.into_any(),
        Target::Page(Page::Activities) => view! { <activities::Activities/> }.into_any(),
        Target::Page(Page::Calendar) => view! { <calendar::Calendar/> }.into_any(),
        Target::Page(Page::World) => view! { <world::World/> }.into_any(),
        Target::Page(Page::Search) => view! { <search::SearchPage/> }.into_any(),
        Target::Page(Page::About) => view! { <about::About/> }.into_any(),
        Target::Page(Page::Print) => view! { <print::WholeReport/> }.into_any(),
        Target::Pathway(pathway) => view! { <pathways::PathwayPage pathway/> }.into_any(),
        Target::Member(member) => view! { <members::MemberPage member/> }.into_any(),
        Target::Highlight(highlight) => view! { <highlights::HighlightPage highlight/> }.into_any(),
        Target::Chapter(chapter) => view! { <activities::ChapterPage chapter/> }.into_any(),
        // `Route::resolve` gives detail pages their item, never a bare page.
        Target::Page(Page::Pathway | Page::Member | Page::Highlight | Page::Chapter) => {
            ().into_any()
        }
    }
}
