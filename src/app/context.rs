//! The state every part of the app shares, provided once by the shell
//! (`app::Shell`) and read where it is needed, never passed down as props.
//!
//! - [`Deployment`]: origin, base path, embed mode; provided for the app's
//!   whole life.
//! - [`Snapshot`]: the snapshot's load state and how to retry it. In the
//!   browser it follows a `LocalResource` (`app::App`); the prerender step
//!   provides one that is loaded from the start.
//! - `Arc<Report>`: the loaded report, provided around the routes once it
//!   has loaded, so that a page can only render with a report.
//! - [`SearchCache`](crate::app::components::search_box::SearchCache): the search
//!   index, built on first use.
//! - [`MapsCache`]: the maps, given by the prerender step or fetched by the
//!   first page that shows one (`components::point_map`).
//! - [`IdPrefix`]: where one page holds several (`/print`), what keeps
//!   their element ids apart.
//! - [`PendingParts`]: the parts of a page still to render while the app
//!   takes over a prerendered page (`components::later`); browser only.

use std::sync::{Arc, Mutex};

use leptos::prelude::*;

use crate::app::data::Failure;
use crate::publish::maps::{Map, MapKind, MapSet};
use crate::report::model::Report;
use crate::site::deployment::Deployment;
use crate::site::edition::Edition;

/// The snapshot once fetched: the report, or why it cannot be shown.
pub type Loaded = Result<Arc<Report>, Failure>;

/// The snapshot's load state (`None` while loading) and the retry that
/// fetches it again without reloading the page.
#[derive(Clone, Copy)]
pub struct Snapshot {
    pub state: Signal<Option<Loaded>>,
    pub retry: Callback<()>,
}

impl Snapshot {
    /// A snapshot that is loaded from the start (the prerender step, tests).
    pub fn ready(report: Arc<Report>) -> Snapshot {
        Snapshot {
            state: Signal::stored(Some(Ok(report))),
            retry: Callback::new(|_| {}),
        }
    }

    /// The report, once loaded; `None` while loading or after a failure.
    pub fn report(&self) -> Option<Arc<Report>> {
        self.state.get().and_then(Result::ok)
    }
}

/// The maps had so far: all of them given from the start by the prerender
/// step, or each kept by the first page that fetched it, for the app's life.
#[derive(Clone, Default)]
pub struct MapsCache(Arc<Mutex<MapSet>>);

impl MapsCache {
    pub fn ready(maps: MapSet) -> MapsCache {
        MapsCache(Arc::new(Mutex::new(maps)))
    }

    pub fn get(&self, kind: MapKind) -> Option<Arc<Map>> {
        let maps = self.0.lock().ok()?;
        maps.iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, map)| map.clone())
    }

    pub fn keep(&self, kind: MapKind, map: Arc<Map>) {
        if let Ok(mut maps) = self.0.lock() {
            maps.push((kind, map));
        }
    }
}

/// The loaded report. Only inside the routes (and components they render).
pub fn use_report() -> Arc<Report> {
    expect_context::<Arc<Report>>()
}

/// The edition, and the other published editions (`site::edition`); a
/// published edition that knows no other where none was provided.
pub fn use_edition() -> Edition {
    use_context::<Edition>().unwrap_or_default()
}

/// Where the app is served.
pub fn use_deployment() -> Deployment {
    expect_context::<Deployment>()
}

/// Before every element id a page's content writes, where one page holds
/// several pages' content (`/print`: `part-3-` in its third part), so that
/// no id is there twice. Provided around each of them; absent where a
/// page is alone, and then ids are the items' own (what fragments name).
#[derive(Clone, Debug)]
pub struct IdPrefix(pub String);

/// `id` as an element id of the content being rendered: behind the
/// [`IdPrefix`] in context if there is one (`yokohama` →
/// `part-5-yokohama`), else as it is. Every id a page's content writes and
/// every reference to one (`aria-labelledby`) goes through it.
pub fn element_id(id: &str) -> String {
    match use_context::<IdPrefix>() {
        Some(IdPrefix(prefix)) => format!("{prefix}{id}"),
        None => id.to_string(),
    }
}

/// The snapshot's load state, for the parts of the shell that render
/// before it has loaded (header, footer).
pub fn use_snapshot() -> Snapshot {
    expect_context::<Snapshot>()
}

/// The parts of a page ([`Later`](crate::app::components::later::Later))
/// still waiting to render, and whether parts are deferred at all: only
/// while the app builds its copy of a prerendered page, until
/// `takeover::take_over`. Provided once by the app in the browser.
#[derive(Clone, Copy)]
pub struct PendingParts {
    count: RwSignal<usize>,
    deferring: RwSignal<bool>,
    prerendered: bool,
}

impl PendingParts {
    /// `prerendered`: whether the app starts by taking over a prerendered
    /// page (it defers parts until then).
    pub fn new(prerendered: bool) -> PendingParts {
        PendingParts {
            count: RwSignal::new(0),
            deferring: RwSignal::new(prerendered),
            prerendered,
        }
    }

    /// Whether the app started by taking over a prerendered page: its
    /// first view was placed by the browser, scrolled to its fragment.
    pub fn took_over_prerendered(&self) -> bool {
        self.prerendered
    }

    /// Whether parts are rendered later (untracked: read once per part).
    pub fn deferring(&self) -> bool {
        self.deferring.get_untracked()
    }

    pub fn stop_deferring(&self) {
        self.deferring.set(false);
    }

    /// Whether every part has rendered (tracked: an effect that reads it
    /// runs again once the last part is in).
    pub fn settled(&self) -> bool {
        self.count.get() == 0
    }

    /// The same, untracked, for callbacks outside the reactive graph.
    pub fn settled_untracked(&self) -> bool {
        self.count.get_untracked() == 0
    }

    /// One more part waits.
    pub fn add(&self) {
        self.count.update(|n| *n += 1);
    }

    /// One part is in, or was dropped before it rendered.
    pub fn done(&self) {
        // The count lives as long as the app; a part that finishes as the
        // app is torn down has nothing left to tell.
        self.count.try_update(|n| *n = n.saturating_sub(1));
    }
}
