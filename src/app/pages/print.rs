//! `/print`: the whole report on one page in reading order, to print or
//! save as PDF. Each part is the page's own content with its footnotes,
//! its element ids prefixed with the part's (`part-3-`, [`IdPrefix`]) so
//! that none is on the page twice. Pages whose content other parts already
//! print are left out, so that every passage is printed once: member
//! pages, the filterable calendar (the support chapter's calendar), the
//! activities index (the chapters' titles and sections, which the
//! chapters print) and the pathways
//! index (its English title is the overview's, its cards the pathways'
//! own parts).

use std::sync::Arc;

use leptos::context::Provider;
use leptos::prelude::*;

use crate::app::components::footnotes::PageNotes;
use crate::app::components::later::settled;
use crate::app::context::{use_deployment, use_report, IdPrefix, PendingParts};
use crate::derive::notes::page_notes;
use crate::site::labels;
use crate::site::meta::page_meta;
use crate::site::routes::{reading_order, Page, Route};

/// The pages the whole-report page holds, in reading order.
pub fn parts(report: &crate::report::model::Report) -> Vec<Route> {
    reading_order(report)
        .into_iter()
        .filter(|r| {
            !matches!(
                r.page,
                Page::Member | Page::Calendar | Page::Activities | Page::Pathways
            )
        })
        .collect()
}

#[component]
#[inline(never)]
pub fn WholeReport() -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let here = Route::new(Page::Print);
    let parts: Vec<_> = parts(&report)
        .into_iter()
        .filter_map(|route| Some((route.resolve(&report)?, route)))
        .enumerate()
        .map(|(n, (target, route))| (format!("part-{}", n + 1), target, route))
        .collect();
    let contents = parts
        .iter()
        .map(|(id, target, _)| {
            let href = deployment.href(&here.item(id));
            view! { <li><a href=href>{page_meta(target, &report).heading}</a></li> }
        })
        .collect_view();
    let pages: Vec<Page> = parts.iter().map(|(_, _, route)| route.page).collect();
    let sections = parts
        .into_iter()
        .enumerate()
        .map(|(n, (id, target, route))| {
            let notes = PageNotes {
                route: here.clone(),
                notes: Arc::new(page_notes(&report, &route)),
            };
            let prefix = IdPrefix(format!("{id}-"));
            let title_id = format!("{id}-title");
            let labelled_by = title_id.clone();
            let heading = page_meta(&target, &report).heading;
            // A chapter, highlight or top-level page starts a new sheet; a
            // pathway's short page follows the one before it.
            let class = if route.page == Page::Pathway && n > 0 && pages[n - 1] == Page::Pathway {
                "print-part print-part-short"
            } else {
                "print-part"
            };
            view! {
                <section class=class id=id aria-labelledby=labelled_by>
                    <h2 class="print-part-title" id=title_id>{heading}</h2>
                    <Provider value=prefix>
                        <Provider value=notes>
                            {crate::app::pages::page_content(target)}
                        </Provider>
                    </Provider>
                </section>
            }
        })
        .collect_view();
    // The dialog opens once every part is in (each part's code is fetched
    // when the page is first shown): a print of a page still filling in
    // would leave parts out.
    let pending = use_context::<PendingParts>();
    let requested = RwSignal::new(false);
    Effect::new(move |_| {
        if requested.get() && settled(pending) {
            requested.set(false);
            print();
        }
    });
    view! {
        <div class="print-intro">
            <p>{labels::PRINT_HELP}</p>
            <button type="button" class="print-button" on:click=move |_| requested.set(true)>{labels::PRINT}</button>
        </div>
        <nav class="print-contents" aria-labelledby="print-contents-title">
            <h2 id="print-contents-title">{labels::PRINT_CONTENTS}</h2>
            <ol>{contents}</ol>
        </nav>
        {sections}
    }
}

/// Opens the browser's print dialog (which also saves as PDF).
fn print() {
    if let Some(window) = web_sys::window() {
        window.print().ok();
    }
}
