//! User Timing marks and measures, read by the benchmark (`bench/run.mjs`)
//! and visible in any browser's performance panel.

pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.mark(name).ok();
    }
}

pub fn measure(name: &str, start: &str, end: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance
            .measure_with_start_mark_and_end_mark(name, start, end)
            .ok();
    }
}
