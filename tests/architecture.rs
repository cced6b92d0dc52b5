#![cfg(not(target_arch = "wasm32"))]
//! The direction of the crate's dependencies, read from its source:
//! - Layers: `src/` is five folders, and a module uses only modules of its
//!   own folder or of the folders before it in [`LAYERS`].
//! - No circle: no module reaches itself through the modules it uses.
//! - In the app, the shell (`app::shell`) uses pages, pages use
//!   components; neither reaches back into the shell, and components know
//!   no page. Shared state comes from `app::context`.

use std::path::Path;

/// The layers, lowest first (`src/lib.rs` says what each holds).
const LAYERS: [&str; 5] = ["report", "site", "derive", "publish", "app"];

/// Every module with the modules it uses.
fn module_graph() -> Vec<(String, Vec<String>)> {
    let modules = modules();
    let names: Vec<String> = modules.iter().map(|(name, _)| name.clone()).collect();
    modules
        .iter()
        .map(|(name, code)| (name.clone(), dependencies(name, code, &names)))
        .collect()
}

fn layer(module: &str) -> usize {
    let folder = module.split("::").next().unwrap_or_default();
    LAYERS
        .iter()
        .position(|l| *l == folder)
        .unwrap_or_else(|| panic!("{module} is in no layer's folder"))
}

#[test]
fn every_module_uses_only_its_own_layer_and_those_below() {
    let graph = module_graph();
    assert!(graph.len() > 40, "the modules of src/ are found");
    let mut upward = Vec::new();
    for (module, uses) in &graph {
        for used in uses {
            if layer(used) > layer(module) {
                upward.push(format!("{module} uses {used}"));
            }
        }
    }
    assert_eq!(upward, Vec::<String>::new());
}

#[test]
fn pages_and_components_do_not_import_the_shell() {
    for (module, uses) in module_graph() {
        if module.starts_with("app::pages") || module.starts_with("app::components") {
            assert!(
                !uses.iter().any(|u| u == "app::shell"),
                "{module} imports the shell"
            );
        }
    }
}

#[test]
fn components_know_no_page() {
    for (module, uses) in module_graph() {
        if module.starts_with("app::components") {
            assert!(
                !uses.iter().any(|u| u.starts_with("app::pages")),
                "{module} imports a page"
            );
        }
    }
}

/// Every module of `src/` (`"search::index"`, `"pages"` for
/// `pages/mod.rs`) with the source text it is made of, up to its unit
/// tests (`#[cfg(test)]`: test helpers may reach anywhere), without
/// comments.
fn modules() -> Vec<(String, String)> {
    fn walk(dir: &Path, prefix: &str, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("a readable folder") {
            let path = entry.expect("a readable entry").path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "bin" {
                    walk(&path, &format!("{prefix}{name}::"), found);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a readable source file");
                // Comments left out: a doc link is no dependency.
                let code: String = text
                    .split("#[cfg(test)]")
                    .next()
                    .unwrap_or_default()
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("//"))
                    .map(|line| format!("{line}\n"))
                    .collect();
                let module = match name.as_str() {
                    "mod" => prefix.trim_end_matches("::").to_string(),
                    "lib" | "main" => continue,
                    _ => format!("{prefix}{name}"),
                };
                found.push((module, code));
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        "",
        &mut found,
    );
    found
}

/// The modules `code` of module `module` refers to, among `known`: the
/// longest known prefix of each `crate::a::b` and `super::b` path.
fn dependencies(module: &str, code: &str, known: &[String]) -> Vec<String> {
    let parent = module.rsplit_once("::").map_or("", |(parent, _)| parent);
    let mut found = Vec::new();
    for (marker, base) in [("crate::", String::new()), ("super::", parent.to_string())] {
        for (at, _) in code.match_indices(marker) {
            let path: String = code[at + marker.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let mut full: Vec<&str> = base.split("::").filter(|s| !s.is_empty()).collect();
            full.extend(path.split("::").filter(|s| !s.is_empty()));
            let target = (1..=full.len())
                .rev()
                .map(|n| full[..n].join("::"))
                .find(|candidate| known.contains(candidate));
            if let Some(target) =
                target.filter(|t| t != module && !module.starts_with(&format!("{t}::")))
            {
                found.push(target);
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// No module reaches itself through the modules it uses: every circle is
/// listed.
#[test]
fn no_circle_among_modules() {
    let edges = module_graph();
    let names: Vec<String> = edges.iter().map(|(name, _)| name.clone()).collect();
    let uses = |name: &str| {
        edges
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, d)| d.clone())
            .unwrap_or_default()
    };
    let mut circles = Vec::new();
    for start in &names {
        // Depth-first from `start`, looking for a way back to it.
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = vec![start.clone()];
        while let Some((at, path)) = stack.pop() {
            for next in uses(&at) {
                if &next == start {
                    let mut circle = path.clone();
                    circle.push(next.clone());
                    circles.push(circle.join(" → "));
                } else if !seen.contains(&next) {
                    seen.push(next.clone());
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next, longer));
                }
            }
        }
    }
    assert_eq!(circles, Vec::<String>::new());
}
