//! Prints, as JSON, every page of the report (from the route table), the
//! other prerendered pages (`other_pages`: about, the whole report), every
//! pages the app renders without static HTML (`app_only`: search), every
//! linkable item with its page and fragment, each member's appearances,
//! and the pattern of every path the app renders (`app_paths`, for the
//! service worker). End-to-end tests and the build's offline step
//! (`scripts/offline.mjs`) read this list instead of keeping their own.
//!
//!   cargo run --bin routes -- dist/data/report.json

use iclei_report::derive::snapshot::load;
use iclei_report::report::graph::Graph;
use iclei_report::site::entity::Locator;
use iclei_report::site::meta::page_meta;
use iclei_report::site::routes::{app_only, app_paths_pattern, prerendered, reading_order, Route};
use serde_json::json;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        fail("usage: routes path/to/report.json");
    };
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| fail(&format!("cannot read {path}: {e}")));
    let report = load(&text).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let describe = |route: &Route| {
        let target = route
            .resolve(&report)
            .unwrap_or_else(|| fail(&format!("{}: not in the snapshot", route.path())));
        let meta = page_meta(&target, &report);
        json!({ "path": route.path(), "heading": meta.heading, "title": meta.title, "top_level": route.id.is_none() })
    };
    let order = reading_order(&report);
    let pages: Vec<_> = order.iter().map(describe).collect();
    // The pages about the edition, prerendered but not in the reading order.
    let other_pages: Vec<_> = prerendered(&report)
        .iter()
        .filter(|route| !order.contains(route))
        .map(describe)
        .collect();
    let graph = Graph::of(&report);
    let locator = Locator::new(&graph, &report);
    let items: Vec<_> = graph
        .entities
        .iter()
        .filter_map(|e| {
            let (route, fragment) = locator.locate(e.key)?;
            Some(json!({ "kind": e.key.kind.tag(), "id": e.key.id, "path": route.path(), "fragment": fragment }))
        })
        .collect();
    let appearances: serde_json::Map<String, serde_json::Value> = report
        .municipalities
        .iter()
        .filter(|m| m.member)
        .map(|m| {
            let found: Vec<_> = iclei_report::derive::appearances::appearances(&report, &m.id)
                .into_iter()
                .map(|a| json!({ "kind": a.kind.tag(), "id": a.id, "path": a.route.path(), "fragment": a.fragment }))
                .collect();
            (m.id.clone(), json!(found))
        })
        .collect();
    let app_only: Vec<String> = app_only().iter().map(Route::path).collect();
    let out = json!({
        "pages": pages,
        "other_pages": other_pages,
        "app_only": app_only,
        "items": items,
        "appearances": appearances,
        "app_paths": app_paths_pattern(),
    });
    println!("{}", serde_json::to_string_pretty(&out).expect("JSON"));
}

fn fail(message: &str) -> ! {
    eprintln!("routes: {message}");
    std::process::exit(1);
}
