//! A horizontal bar chart as inline SVG, with its numbers as a table too.

use leptos::prelude::*;

use crate::site::labels;

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: usize,
}

// Whole user units: formatting floats would pull float-printing code into the wasm.
const WIDTH: usize = 640;
const LABEL_WIDTH: usize = 150;
const VALUE_WIDTH: usize = 40;
const ROW: usize = 24;
/// Baseline of a row's text, from the row's top.
const BASELINE: usize = 16;

#[component]
pub fn BarChart(
    #[prop(into)] id: String,
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    bars: Vec<Bar>,
) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW * bars.len() + 8;
    let span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = 4 + ROW * i;
            let width = (bar.value * span / max).max(if bar.value > 0 { 2 } else { 0 });
            view! {
                <g>
                    <text x=LABEL_WIDTH - 8 y=y + BASELINE text-anchor="end" class="chart-label">{bar.label.clone()}</text>
                    <rect x=LABEL_WIDTH y=y + 4 width=width height=ROW - 8 rx="3" class="chart-bar"></rect>
                    <text x=LABEL_WIDTH + width + 6 y=y + BASELINE class="chart-value">{bar.value}</text>
                </g>
            }
        })
        .collect_view();
    let table_rows = bars
        .iter()
        .map(|b| view! { <tr><th scope="row">{b.label.clone()}</th><td>{b.value}</td></tr> })
        .collect_view();
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let labelled_by = format!("{title_id} {desc_id}");
    view! {
        <figure class="chart" id=id.clone()>
            <svg
                role="img"
                aria-labelledby=labelled_by
                viewBox=format!("0 0 {WIDTH} {height}")
                width="100%"
                preserveAspectRatio="xMinYMin meet"
            >
                <title id=title_id>{title.clone()}</title>
                <desc id=desc_id>{description}</desc>
                {rows}
            </svg>
            <figcaption>{title.clone()}</figcaption>
            <details class="chart-table">
                <summary>{labels::CHART_AS_TABLE}</summary>
                <table>
                    <caption>{title}</caption>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
