//! Checks a snapshot file for editors before it is built: every problem on
//! one line (`path: Japanese message (English detail)`), then the count.
//! Exit status 0 when there is nothing to fix, 1 when there is, 2 when the
//! file can't be read.
//!
//!   cargo run --bin validate -- public/data/report-2025.json
//!   (or scripts/validate public/data/report-2025.json)

// Build-time only: the wasm32 build of the crate's binaries (for the
// component tests) gets an empty one.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use iclei_report::publish::snapshot_check::check;
    use iclei_report::site::labels::validation::{count, SHAPE_FIRST};

    let mut args = std::env::args().skip(1);
    let (Some(path), None) = (args.next(), args.next()) else {
        eprintln!("usage: validate path/to/report-YYYY.json");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("validate: cannot read {path}: {e}");
        std::process::exit(2);
    });
    let checked = check(&bytes);
    for finding in &checked.findings {
        println!("{finding}");
    }
    println!("{path}: {}", count(checked.findings.len()));
    if !checked.complete {
        println!("{SHAPE_FIRST}");
    }
    std::process::exit(if checked.findings.is_empty() { 0 } else { 1 });
}
