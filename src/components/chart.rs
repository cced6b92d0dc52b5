//! A horizontal bar chart as inline SVG, with its numbers as a table too.

use leptos::prelude::*;

use crate::labels;

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: usize,
}

const WIDTH: f64 = 640.0;
const LABEL_WIDTH: f64 = 150.0;
const VALUE_WIDTH: f64 = 40.0;
const ROW: f64 = 24.0;

#[component]
pub fn BarChart(#[prop(into)] id: String, #[prop(into)] title: String, #[prop(into)] description: String, bars: Vec<Bar>) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1) as f64;
    let height = ROW * bars.len() as f64 + 8.0;
    let scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = 4.0 + ROW * i as f64;
            let width = (bar.value as f64 * scale).max(if bar.value > 0 { 2.0 } else { 0.0 });
            view! {
                <g>
                    <text x=LABEL_WIDTH - 8.0 y=y + ROW * 0.68 text-anchor="end" class="chart-label">{bar.label.clone()}</text>
                    <rect x=LABEL_WIDTH y=y + 4.0 width=width height=ROW - 8.0 rx="3" class="chart-bar"></rect>
                    <text x=LABEL_WIDTH + width + 6.0 y=y + ROW * 0.68 class="chart-value">{bar.value}</text>
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
