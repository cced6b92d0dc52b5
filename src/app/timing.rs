//! User Timing marks and measures, read by the benchmark (`bench/run.mjs`)
//! and visible in any browser's performance panel; and the yield that cuts
//! the app's start into tasks the browser can answer input between.

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

/// Resolves in a later task, letting the browser handle input and paint.
pub async fn next_task() {
    after_ms(0).await;
}

/// Resolves in a task at least `delay` ms from now (`setTimeout`).
pub async fn after_ms(delay: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, delay)
                .is_ok()
        });
        if !scheduled {
            resolve.call0(&wasm_bindgen::JsValue::NULL).ok();
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok();
}
