//! Fetching the snapshot. The only place that talks to the network.

use std::sync::Arc;

use crate::model::Report;
use crate::snapshot::{load, LoadError};

/// Path of the snapshot relative to the deployment's base path.
pub const SNAPSHOT_PATH: &str = "/data/report-2024.json";

/// Why the snapshot is not on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    Http { status: u16 },
    Network { detail: String },
    Timeout { seconds: u32 },
    Load(LoadError),
}

#[derive(Clone, Debug)]
pub enum LoadState {
    Loading,
    Ready(Arc<Report>),
    Failed(Failure),
}

pub async fn fetch_report(base: &str) -> Result<Report, Failure> {
    let url = format!("{base}{SNAPSHOT_PATH}");
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| Failure::Network { detail: e.to_string() })?;
    if !response.ok() {
        return Err(Failure::Http { status: response.status() });
    }
    let text = response.text().await.map_err(|e| Failure::Network { detail: e.to_string() })?;
    load(&text).map_err(Failure::Load)
}
