#![cfg(not(target_arch = "wasm32"))]
//! The README and `docs/`: every relative link resolves to a file of the
//! repository, and a link's `#fragment` to a heading of that file (by the
//! heading ids GitHub gives: lower case, punctuation dropped, spaces as
//! hyphens).

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The README and every Markdown file of `docs/`.
fn documents() -> Vec<PathBuf> {
    let mut found = vec![root().join("README.md")];
    for entry in std::fs::read_dir(root().join("docs")).expect("docs/ exists") {
        let path = entry.expect("a readable entry").path();
        if path.extension().is_some_and(|e| e == "md") {
            found.push(path);
        }
    }
    found
}

/// The targets of the Markdown links `[text](target)` in `text`.
fn link_targets(text: &str) -> Vec<&str> {
    text.match_indices("](")
        .filter_map(|(at, _)| {
            let rest = &text[at + 2..];
            rest.find(')').map(|end| &rest[..end])
        })
        .collect()
}

/// The id GitHub gives a heading's text.
fn heading_id(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

fn heading_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| line.starts_with('#'))
        .map(|line| heading_id(line.trim_start_matches('#')))
        .collect()
}

#[test]
fn heading_ids_are_githubs() {
    assert_eq!(heading_id(" Data downloads (CSV)"), "data-downloads-csv");
    assert_eq!(
        heading_id("The host script, `embed.js`"),
        "the-host-script-embedjs"
    );
}

#[test]
fn every_relative_link_resolves() {
    let mut broken = Vec::new();
    let documents = documents();
    assert!(documents.len() > 5, "the README and docs/ are found");
    for document in &documents {
        let text = std::fs::read_to_string(document).unwrap();
        for target in link_targets(&text) {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, fragment) = target.split_once('#').unwrap_or((target, ""));
            let path = if file.is_empty() {
                document.clone()
            } else {
                document.parent().unwrap().join(file)
            };
            let name = document.strip_prefix(root()).unwrap().display();
            if !path.exists() {
                broken.push(format!("{name}: {target} (no such file)"));
            } else if !fragment.is_empty() {
                let linked = std::fs::read_to_string(&path).unwrap_or_default();
                if !heading_ids(&linked).iter().any(|id| id == fragment) {
                    broken.push(format!("{name}: {target} (no such heading)"));
                }
            }
        }
    }
    assert_eq!(broken, Vec::<String>::new());
}

#[test]
fn the_readme_stays_short() {
    let lines = std::fs::read_to_string(root().join("README.md"))
        .unwrap()
        .lines()
        .count();
    assert!(
        lines <= 150,
        "README.md has {lines} lines: move detail into docs/"
    );
}

/// The repository paths a document names in code spans (`` `src/app/shell.rs` ``,
/// `` `tests/e2e/` ``): each must exist, so that a file that moves can't
/// leave its old place in the docs. A span with a placeholder or a pattern
/// (`{page}`, `*`, `YYYY`, `…`) names no one file.
#[test]
fn every_repository_path_named_in_code_exists() {
    const TOP: [&str; 7] = [
        "src/", "tests/", "scripts/", "public/", "bench/", "docs/", "style/",
    ];
    let mut missing = Vec::new();
    for doc in documents() {
        let text = std::fs::read_to_string(&doc).unwrap();
        for (i, span) in text.split('`').enumerate() {
            // Odd pieces are inside backticks; the first word is the path.
            let Some(path) = (i % 2 == 1)
                .then(|| span.split_whitespace().next())
                .flatten()
            else {
                continue;
            };
            let path = path.trim_end_matches([',', '.', ':', ')']);
            let placeholder = ['{', '*', '<', '…', '[', '$']
                .iter()
                .any(|c| path.contains(*c))
                || path.contains("YYYY");
            if TOP.iter().any(|top| path.starts_with(top))
                && !placeholder
                && !root().join(path).exists()
            {
                missing.push(format!(
                    "{}: {path}",
                    doc.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    assert_eq!(missing, Vec::<String>::new());
}
