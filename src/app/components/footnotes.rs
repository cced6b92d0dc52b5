//! Editorial notes as footnotes: a numbered marker where a note applies
//! ([`NoteRefs`]) and the page's notes listed once at its end
//! ([`FootnoteList`]), linked both ways. The page's notes are computed once
//! by `notes::page_notes` and shared through [`PageNotes`] in context.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::context::{element_id, use_deployment, IdPrefix};
use crate::derive::notes::Footnote;
use crate::report::model::Discrepancy;
use crate::site::labels;
use crate::site::routes::Route;

/// The footnotes of the page being rendered, provided by the page frame.
#[derive(Clone, Debug)]
pub struct PageNotes {
    /// The page the notes are shown on, which their links point into.
    pub route: Route,
    pub notes: Arc<Vec<Footnote>>,
}

/// The markers of the notes that apply to `tag` (`event:cop29`), each a link
/// to the note at the end of the page; nothing outside a page frame.
#[component]
pub fn NoteRefs(#[prop(into)] tag: String) -> impl IntoView {
    let page = use_context::<PageNotes>()?;
    let deployment = use_deployment();
    let markers = page
        .notes
        .iter()
        .filter_map(|note| Some((note, note.refs.iter().position(|r| *r == tag)?)))
        .map(|(note, n)| {
            let href = deployment.href(&page.route.item(element_id(&note.anchor())));
            view! {
                <a class="note-ref" id=element_id(&note.ref_anchor(n)) href=href aria-label=format!("{}{}", labels::NOTE, note.number)>
                    {labels::NOTE}{note.number}
                </a>
            }
        })
        .collect::<Vec<_>>();
    (!markers.is_empty()).then(|| view! { <p class="note-refs">{markers}</p> })
}

/// The page's notes, numbered, each with the readings it records and a link
/// back to every place that refers to it; nothing when the page has none.
#[component]
pub fn FootnoteList() -> impl IntoView {
    let page = use_context::<PageNotes>()?;
    if page.notes.is_empty() {
        return None;
    }
    let deployment = use_deployment();
    let items = page
        .notes
        .iter()
        .map(|note| {
            let backs = (0..note.refs.len())
                .map(|n| {
                    let href = deployment.href(&page.route.item(element_id(&note.ref_anchor(n))));
                    let name = labels::back_to_ref(note.number, n + 1);
                    view! { <a class="note-back" href=href aria-label=name>"↩"{n + 1}</a> }
                })
                .collect_view();
            view! {
                <li id=element_id(&note.anchor())>
                    <NoteBody discrepancy=note.discrepancy.clone()/>
                    <p class="note-backs">{backs}</p>
                </li>
            }
        })
        .collect_view();
    let title_id = element_id("page-notes-title");
    // Where one page holds several parts, each part's notes are named
    // after it too: 注 UNFCCC-COP29 (the part's heading is `{prefix}title`).
    let labelled_by = match use_context::<IdPrefix>() {
        Some(IdPrefix(prefix)) => format!("{title_id} {prefix}title"),
        None => title_id.clone(),
    };
    Some(view! {
        <section class="page-notes" aria-labelledby=labelled_by>
            <h2 id=title_id>{labels::NOTE}</h2>
            <ol>{items}</ol>
        </section>
    })
}

/// A note's kind, its text and what the report prints at each place.
#[component]
pub fn NoteBody(discrepancy: Discrepancy) -> impl IntoView {
    let readings = discrepancy
        .readings
        .iter()
        .map(|r| view! { <li><span class="reading-place">{r.place.clone()}</span>"：「"{r.text.clone()}"」"</li> })
        .collect_view();
    view! {
        <p><span class="note-kind">{labels::discrepancy_kind(discrepancy.kind)}</span>{discrepancy.note}</p>
        <ul class="note-readings">{readings}</ul>
    }
}
