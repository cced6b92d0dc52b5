//! Checks a snapshot file for editors before it is built: every problem on
//! one line (`path: Japanese message (English detail)`), then the count.
//! Exit status 0 when there is nothing to fix, 1 when there is, 2 when the
//! file can't be read.
//!
//!   cargo run --bin validate -- public/data/report-2025.json
//!   (or scripts/validate public/data/report-2025.json)
//!
//! `--editions editions.json` checks an editions list instead: its shape
//! (`publish::editions::EditionList::parse`) and each entry's snapshot
//! (`check_snapshots`), one problem a line; `scripts/build` runs it first.

// Build-time only: the wasm32 build of the crate's binaries (for the
// component tests) gets an empty one.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["--editions", list] => editions(list),
        [path] if !path.starts_with("--") => snapshot(path),
        _ => {
            eprintln!(
                "usage: validate path/to/report-YYYY.json\n       validate --editions editions.json"
            );
            std::process::exit(2);
        }
    }
}

/// Checks one snapshot file.
#[cfg(not(target_arch = "wasm32"))]
fn snapshot(path: &str) {
    use iclei_report::publish::snapshot_check::check;
    use iclei_report::site::labels::validation::{count, CANNOT_READ, SHAPE_FIRST};

    let bytes = std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("{path}: {CANNOT_READ} ({e})");
        std::process::exit(2);
    });
    let checked = check(&bytes);
    let mut lines: Vec<String> = checked.findings.iter().map(ToString::to_string).collect();
    lines.push(format!("{path}: {}", count(checked.findings.len())));
    if !checked.complete {
        lines.push(SHAPE_FIRST.to_string());
    }
    print_lines(&lines);
    std::process::exit(if checked.findings.is_empty() { 0 } else { 1 });
}

/// Checks an editions list and the snapshot of each of its entries (paths
/// relative to the working directory, the repository): what `scripts/build`
/// runs before it builds anything.
#[cfg(not(target_arch = "wasm32"))]
fn editions(path: &str) {
    use iclei_report::publish::editions::{check_snapshots, EditionList};

    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2);
    });
    let problems = match EditionList::parse(&text) {
        Err(problem) => vec![problem],
        Ok(list) => check_snapshots(&list, |file| {
            std::fs::read_to_string(file).map_err(|e| e.to_string())
        }),
    };
    let lines: Vec<String> = problems.iter().map(|p| format!("{path}: {p}")).collect();
    print_lines(&lines);
    std::process::exit(if problems.is_empty() { 0 } else { 1 });
}

/// Prints `lines` to standard output; stops quietly when the reader has
/// gone (`validate … | head -1`), where `println!` would panic.
#[cfg(not(target_arch = "wasm32"))]
fn print_lines(lines: &[String]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
    out.flush().ok();
}
