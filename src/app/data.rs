//! Fetching the snapshot and the maps. The only place that talks to the
//! network.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::app::timing::{mark, measure, next_task};
use crate::derive::snapshot::{check, parse, LoadError};
use crate::publish::maps::{Map, MapKind};
use crate::report::model::Report;

/// Path of the snapshot relative to the deployment's base path: the
/// edition's `report-YYYY.json`, put there by the build
/// (`scripts/edition.mjs stage`), so the app names no year. The app
/// shell (app.html) preloads the same file so that it downloads beside the
/// wasm (an end-to-end test fails if the two differ and it is fetched twice).
pub const SNAPSHOT_PATH: &str = "/data/report.json";
/// The JSON Schema of the snapshot, beside it (generated from `model`).
pub const SCHEMA_PATH: &str = "/data/report.schema.json";

/// Past this the request is aborted and the failure view shown. Slow mobile
/// links are told they are still loading after `STILL_LOADING_AFTER_S`.
pub const TIMEOUT_S: u32 = 30;
pub const STILL_LOADING_AFTER_S: u32 = 10;

/// Why the snapshot is not on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    Http { status: u16 },
    Network { detail: String },
    Timeout { seconds: u32 },
    Load(LoadError),
}

pub async fn fetch_report(base: &str) -> Result<Report, Failure> {
    let url = format!("{base}{SNAPSHOT_PATH}");
    let controller = web_sys::AbortController::new().map_err(|_| Failure::Network {
        detail: "AbortController unavailable".into(),
    })?;
    // Aborting covers both the response and the reading of its body.
    let abort = {
        let controller = controller.clone();
        Closure::once(move || controller.abort())
    };
    let timer = web_sys::window().and_then(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.as_ref().unchecked_ref(),
            (TIMEOUT_S * 1000) as i32,
        )
        .ok()
    });
    let signal = controller.signal();
    mark("snapshot:fetch-start");
    let result = async {
        let response = gloo_net::http::Request::get(&url)
            .abort_signal(Some(&signal))
            .send()
            .await
            .map_err(|e| network_or_timeout(&signal, e))?;
        if !response.ok() {
            return Err(Failure::Http {
                status: response.status(),
            });
        }
        let text = response
            .text()
            .await
            .map_err(|e| network_or_timeout(&signal, e))?;
        mark("snapshot:fetched");
        measure("snapshot:fetch", "snapshot:fetch-start", "snapshot:fetched");
        let report = parse(&text).map_err(Failure::Load)?;
        mark("snapshot:parsed");
        measure("snapshot:parse", "snapshot:fetched", "snapshot:parsed");
        // Parsing, checking and the render of what was loaded are separate
        // tasks: one long task would block input for all of them (Total
        // Blocking Time counts each task's excess over 50 ms).
        next_task().await;
        mark("snapshot:check-start");
        let report = check(report, &text).map_err(Failure::Load);
        mark("snapshot:checked");
        measure("snapshot:check", "snapshot:check-start", "snapshot:checked");
        report
    }
    .await;
    if let (Some(window), Some(timer)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(timer);
    }
    drop(abort);
    next_task().await;
    result
}

/// A map, or `None` when it cannot be had: the page then shows its list
/// alone, which it does anyway beside the map.
pub async fn fetch_map(base: &str, kind: MapKind) -> Option<Map> {
    let response = gloo_net::http::Request::get(&format!("{base}{}", kind.path()))
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    response.json::<Map>().await.ok()
}

fn network_or_timeout(signal: &web_sys::AbortSignal, error: gloo_net::Error) -> Failure {
    if signal.aborted() {
        Failure::Timeout { seconds: TIMEOUT_S }
    } else {
        Failure::Network {
            detail: error.to_string(),
        }
    }
}
