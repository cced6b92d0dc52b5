//! `/about` (このデジタル版について): where the text comes from, how the
//! edition treats it, every correction and note, how to cite a page, the
//! data files and how to embed a page.

use leptos::prelude::*;

use crate::app::components::download_link::DownloadLink;
use crate::app::components::footnotes::NoteBody;
use crate::app::context::{element_id, use_deployment, use_report};
use crate::app::data::{SCHEMA_PATH, SNAPSHOT_PATH};
use crate::publish::downloads::Download;
use crate::report::identity::parse_tagged;
use crate::report::model::{Discrepancy, DiscrepancyKind};
use crate::site::entity::{location, title};
use crate::site::labels::{self, about as text};
use crate::site::routes::{Page, Route};

#[component]
#[inline(never)]
pub fn About() -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let meta = report.meta.clone();
    let of_kind = |kinds: &[DiscrepancyKind]| -> Vec<Discrepancy> {
        report
            .discrepancies
            .iter()
            .filter(|d| kinds.contains(&d.kind))
            .cloned()
            .collect()
    };
    let corrections = of_kind(&[DiscrepancyKind::Corrected])
        .into_iter()
        .filter_map(|d| {
            let c = d.correction.clone()?;
            Some(view! {
                <tr>
                    <td><Places discrepancy=d.clone()/></td>
                    <td>{c.original}</td>
                    <td>{c.corrected}</td>
                </tr>
            })
        })
        .collect_view();
    let listed = |kinds: &[DiscrepancyKind]| {
        of_kind(kinds)
            .into_iter()
            .map(|d| view! { <li><NoteBody discrepancy=d.clone()/><Places discrepancy=d/></li> })
            .collect_view()
    };
    let notes = listed(&[DiscrepancyKind::Contradiction, DiscrepancyKind::Editorial]);
    let as_written = listed(&[DiscrepancyKind::AsWritten]);
    let period = crate::report::dates::format_span(&meta.period.start, meta.period.end.as_deref());
    // Served as report.json, saved under its edition's name.
    let snapshot_file = format!("report-{}.json", meta.year());
    let downloads = Download::ALL
        .into_iter()
        .map(|download| view! { <li><DownloadLink download/></li> })
        .collect_view();
    let citation = labels::citation(
        &meta.publisher,
        &meta.title,
        labels::page(Page::About),
        &deployment.absolute(&Route::new(Page::About).to()),
    );
    view! {
        <section aria-labelledby=element_id("about-source")>
            <h2 id=element_id("about-source")>{text::SOURCE}</h2>
            <dl class="about-facts">
                <dt>{text::REPORT}</dt>
                <dd>{meta.title.clone()}</dd>
                <dt>{text::PUBLISHER}</dt>
                <dd>{meta.publisher.clone()}</dd>
                <dt>{text::FISCAL_YEAR}</dt>
                <dd>{meta.fiscal_year.clone()}"（"{period}"）"</dd>
                <dt>{text::ORIGINAL}</dt>
                <dd>{meta.source.clone()}</dd>
            </dl>
            <p>{text::SOURCE_NOTE}</p>
        </section>
        <section aria-labelledby=element_id("about-policy")>
            <h2 id=element_id("about-policy")>{text::POLICY}</h2>
            <ul>{text::POLICY_ITEMS.map(|item| view! { <li>{item}</li> })}</ul>
        </section>
        <section aria-labelledby=element_id("about-corrections")>
            <h2 id=element_id("about-corrections")>{text::CORRECTIONS}</h2>
            <table class="data-table">
                <caption>{text::CORRECTIONS_CAPTION}</caption>
                <thead><tr><th scope="col">{text::PLACE}</th><th scope="col">{text::AS_PRINTED}</th><th scope="col">{text::AS_SHOWN}</th></tr></thead>
                <tbody>{corrections}</tbody>
            </table>
        </section>
        <section aria-labelledby=element_id("about-notes")>
            <h2 id=element_id("about-notes")>{text::NOTES}</h2>
            <p>{text::NOTES_LEAD}</p>
            <ul class="about-notes">{notes}</ul>
        </section>
        <section aria-labelledby=element_id("about-as-written")>
            <h2 id=element_id("about-as-written")>{text::AS_WRITTEN}</h2>
            <ul class="about-notes">{as_written}</ul>
        </section>
        <section aria-labelledby=element_id("about-cite")>
            <h2 id=element_id("about-cite")>{text::CITE}</h2>
            <p>{text::CITE_LEAD}</p>
            <p class="citation-example">{citation}</p>
        </section>
        <section aria-labelledby=element_id("about-data")>
            <h2 id=element_id("about-data")>{text::DATA}</h2>
            <p>{text::DATA_LEAD}</p>
            <ul class="about-data">
                <li><a href=deployment.file(SNAPSHOT_PATH) download=snapshot_file>{text::SNAPSHOT}</a>" "{text::SCHEMA_VERSION}{report.schema_version.clone()}</li>
                <li><a href=deployment.file(SCHEMA_PATH) download>{text::SCHEMA}</a></li>
                {downloads}
            </ul>
        </section>
        <section aria-labelledby=element_id("about-embed")>
            <h2 id=element_id("about-embed")>{text::EMBED}</h2>
            <p>{text::EMBED_LEAD}</p>
        </section>
    }
}

/// Links to the places of the report a discrepancy applies to.
#[component]
fn Places(discrepancy: Discrepancy) -> impl IntoView {
    let report = use_report();
    let deployment = use_deployment();
    let links = discrepancy
        .applies_to
        .iter()
        .filter_map(|tag| {
            let (kind, id) = parse_tagged(tag)?;
            let (route, fragment) = location(kind, id, &report)?;
            let name = title(&report, kind, id)?;
            let href = deployment.href(&route.at(fragment.as_deref()));
            Some(view! { <li><a href=href>{labels::kind(kind)}"："{name}</a></li> })
        })
        .collect_view();
    view! { <ul class="note-places">{links}</ul> }
}
