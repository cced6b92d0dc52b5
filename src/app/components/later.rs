//! Parts of a long page rendered a task after the rest, so that building
//! the page never blocks input for long: at 4× CPU (Lighthouse's phone) a
//! long page built in one task blocked for 150–300 ms while the app took
//! over its prerendered copy (`docs/performance.md`).
//!
//! [`Later`] wraps a part below the first screen, or one whose copy on the
//! static page stands in for it meanwhile (the shell's header and footer, a
//! page's head tags). While the app builds its copy of a prerendered page
//! ([`PendingParts`] in context, deferring), it renders nothing at first
//! and its part in a task of its own; every waiting part is counted, and
//! what needs the whole page waits until none is left: the takeover (which
//! shows the app's copy only when it matches the prerendered page),
//! the `route:rendered` mark and the jump to a `#fragment`. Otherwise it
//! renders its part at once: in the prerender step, so that the static HTML
//! holds the whole page, and in the app after the takeover, as the browser
//! restores the scroll position of a page it goes back to at once, and a
//! page still filling in would cut it short.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::context::PendingParts;
use crate::app::timing::next_task;

/// Whether every part has rendered (tracked); always, where nothing is
/// deferred. `pending` is `use_context::<PendingParts>()`.
pub fn settled(pending: Option<PendingParts>) -> bool {
    pending.is_none_or(|p| p.settled())
}

/// Counts one more part as waiting, and returns what counts it down. It is
/// counted down once: when the part is in (the call), or when it is dropped
/// first (the reader left the page, a filter re-rendered the list).
pub fn wait_for(pending: PendingParts) -> impl Fn() + Clone + Send + Sync + 'static {
    pending.add();
    let waiting = Arc::new(AtomicBool::new(true));
    let finish = move || {
        if waiting.swap(false, Ordering::Relaxed) {
            pending.done();
        }
    };
    on_cleanup(finish.clone());
    finish
}

/// `children`, rendered in a later task where the app defers parts, at
/// once elsewhere or when `now` (the first of a list of parts, which fills
/// the first screen). Its markup is the same either way.
#[component]
pub fn Later(children: Children, #[prop(optional)] now: bool) -> impl IntoView {
    let deferred = use_context::<PendingParts>()
        .filter(PendingParts::deferring)
        .filter(|_| !now);
    let Some(pending) = deferred else {
        return children().into_any();
    };
    let finish = wait_for(pending);
    let shown = RwSignal::new(false);
    let children = StoredValue::new_local(Some(children));
    Effect::new(move |_| {
        let finish = finish.clone();
        leptos::task::spawn_local(async move {
            next_task().await;
            if shown.try_set(true).is_none() {
                // The part renders in an effect of its own; it is in the
                // page after the executor's next tick.
                leptos::task::tick().await;
            }
            finish();
        });
    });
    (move || {
        shown
            .get()
            .then(|| children.try_update_value(Option::take).flatten())
            .flatten()
            .map(|children| children())
    })
    .into_any()
}
