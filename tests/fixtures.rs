//! The corpus of bad snapshots in `tests/fixtures/`: each one is refused
//! with the cause and the detail it names. The end-to-end tests drive the
//! same corpus through the release build.
#![cfg(not(target_arch = "wasm32"))]

use iclei_report::derive::snapshot::{load, LoadError};

mod common;

use common::{body, cases, SNAPSHOT};

fn tag(error: &LoadError) -> &'static str {
    match error {
        LoadError::NotJson { .. } => "not-json",
        LoadError::Truncated { .. } => "truncated",
        LoadError::WrongShape { .. } => "wrong-shape",
        LoadError::UnsupportedVersion { .. } => "unsupported-version",
        LoadError::Invalid { .. } => "invalid",
    }
}

#[test]
fn every_bad_snapshot_is_refused_with_its_cause() {
    let cases = cases();
    assert!(cases.len() >= 15, "the corpus has {} cases", cases.len());
    let mut bodies = 0;
    for (name, fixture) in cases {
        let Some(text) = body(&fixture) else {
            continue;
        };
        bodies += 1;
        let error = load(&text)
            .err()
            .unwrap_or_else(|| panic!("{name}: accepted"));
        assert_eq!(tag(&error), fixture["expect"]["error"], "{name}: {error}");
        let detail = fixture["expect"]["detail"].as_str().unwrap();
        assert!(
            error.to_string().contains(detail),
            "{name}: {error:?} does not name {detail:?}"
        );
    }
    assert!(bodies >= 15, "{bodies} cases with a body");
}

#[test]
fn the_good_snapshot_passes_the_same_pipeline() {
    let text = std::fs::read_to_string(SNAPSHOT).unwrap();
    load(&text).expect("the real snapshot loads");
}
