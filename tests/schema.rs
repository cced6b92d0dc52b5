#![cfg(not(target_arch = "wasm32"))]
//! The JSON Schema checked in beside the snapshot must be the one the Rust
//! types generate. Regenerate with `UPDATE_SCHEMA=1 cargo test --test schema`.

use iclei_report::report::model::Report;

const SCHEMA: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/public/data/report.schema.json"
);

#[test]
fn checked_in_schema_matches_the_types() {
    let generated = serde_json::to_string_pretty(&schemars::schema_for!(Report)).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA, &generated).unwrap();
    }
    let checked_in = std::fs::read_to_string(SCHEMA).unwrap_or_default();
    assert!(
        checked_in == generated,
        "public/data/report.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test --test schema`"
    );
}

#[test]
fn schema_describes_the_snapshot_format() {
    let schema = serde_json::to_value(schemars::schema_for!(Report)).unwrap();
    let required = schema["required"]
        .as_array()
        .expect("top-level required fields");
    assert!(required.iter().any(|f| f == "schema_version"));
    assert!(required.iter().any(|f| f == "municipalities"));
    assert_eq!(
        schema["additionalProperties"],
        serde_json::Value::Bool(false),
        "unknown fields are refused"
    );
}
