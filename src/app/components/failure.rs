//! What a reader sees when the snapshot cannot be shown, for each cause.

use leptos::prelude::*;

use crate::app::data::Failure;
use crate::derive::snapshot::LoadError;
use crate::site::labels::failure as text;

/// The Japanese message and the English technical detail of a failure.
pub fn describe(failure: &Failure) -> (&'static str, String) {
    match failure {
        Failure::Http { status: 404 } => (text::NOT_FOUND, "HTTP 404 Not Found".into()),
        Failure::Http { status } if *status >= 500 => {
            (text::SERVER, format!("HTTP {status} server error"))
        }
        Failure::Http { status } => (text::HTTP, format!("HTTP {status}")),
        Failure::Network { detail } => (text::NETWORK, format!("network error: {detail}")),
        Failure::Timeout { seconds } => (text::TIMEOUT, format!("no response within {seconds} s")),
        Failure::Load(error) => (
            match error {
                LoadError::NotJson { .. } => text::NOT_JSON,
                LoadError::Truncated { .. } => text::TRUNCATED,
                LoadError::WrongShape { .. } => text::WRONG_SHAPE,
                LoadError::UnsupportedVersion { .. } => text::VERSION,
                LoadError::Invalid { .. } => text::INVALID,
            },
            error.to_string(),
        ),
    }
}

#[component]
pub fn FailureView(failure: Failure, retry: Callback<()>) -> impl IntoView {
    let (message, detail) = describe(&failure);
    view! {
        <section class="failure" role="alert" aria-labelledby="failure-title">
            <h1 id="failure-title">{text::TITLE}</h1>
            <FailureBody message detail retry/>
        </section>
    }
}

/// In place of a page's content whose code (its chunk of the wasm) could
/// not be fetched: the network, or a newer build replacing this one on the
/// server. `retry` fetches it again.
#[component]
pub fn PageCodeFailure(detail: String, retry: Callback<()>) -> impl IntoView {
    view! {
        <section class="failure" role="alert" aria-labelledby="page-code-failure-title">
            <h2 id="page-code-failure-title">{text::PAGE_CODE_TITLE}</h2>
            <FailureBody message=text::PAGE_CODE detail retry/>
        </section>
    }
}

/// What failed, in Japanese and in English detail, and the retry.
#[component]
fn FailureBody(message: &'static str, detail: String, retry: Callback<()>) -> impl IntoView {
    let on_retry = move |_| {
        // The button goes with the alert it is in: the reader continues
        // from the page.
        crate::app::navigation::focus_main();
        retry.run(());
    };
    view! {
        <p class="failure-message">{message}</p>
        <p class="failure-detail" lang="en">
            <span lang="ja">{text::DETAIL}": "</span>
            <code>{detail}</code>
        </p>
        <button type="button" class="button" on:click=on_retry>{crate::site::labels::RETRY}</button>
    }
}
