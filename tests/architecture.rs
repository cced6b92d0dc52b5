#![cfg(not(target_arch = "wasm32"))]
//! The direction of the crate's dependencies, read from its source as
//! Rust (with `syn`: every `use` tree, every path, nothing in comments,
//! visibilities or `#[cfg(test)]` items):
//! - Layers: `src/` is five folders, and a module uses only modules of its
//!   own folder or of the folders before it in [`LAYERS`].
//! - No circle: no module reaches itself through the modules it uses, a
//!   folder's `mod.rs` and its files included.
//! - In the app, the shell (`app::shell`) uses pages, pages use
//!   components; neither reaches back into the shell, and components know
//!   no page. Shared state comes from `app::context`.
//! - Only `app` names the browser's APIs.

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

/// Every module of `src/` (`"derive::search::index"`, `"app::pages"` for
/// `app/pages/mod.rs`) with its source, parsed.
fn modules() -> Vec<(String, syn::File)> {
    fn walk(dir: &Path, prefix: &str, found: &mut Vec<(String, syn::File)>) {
        for entry in std::fs::read_dir(dir).expect("a readable folder") {
            let path = entry.expect("a readable entry").path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "bin" {
                    walk(&path, &format!("{prefix}{name}::"), found);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a readable source file");
                let file =
                    syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let module = match name.as_str() {
                    "mod" => prefix.trim_end_matches("::").to_string(),
                    "lib" | "main" => continue,
                    _ => format!("{prefix}{name}"),
                };
                found.push((module, file));
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

/// Every path the code names, as segments: each `use` tree flattened
/// (groups expanded, renames dropped: `use crate::{a::b as c}` names
/// `crate::a::b`), and every path of an expression, type or pattern.
/// Items under `#[cfg(test)]` are left out: test helpers may reach anywhere.
#[derive(Default)]
struct NamedPaths(Vec<Vec<String>>);

impl<'ast> syn::visit::Visit<'ast> for NamedPaths {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if !is_test_only(item) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        fn flatten(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
            match tree {
                syn::UseTree::Path(p) => {
                    prefix.push(p.ident.to_string());
                    flatten(&p.tree, prefix, out);
                    prefix.pop();
                }
                syn::UseTree::Name(n) => {
                    out.push([prefix.clone(), vec![n.ident.to_string()]].concat())
                }
                syn::UseTree::Rename(r) => {
                    out.push([prefix.clone(), vec![r.ident.to_string()]].concat())
                }
                syn::UseTree::Glob(_) => out.push(prefix.clone()),
                syn::UseTree::Group(g) => g.items.iter().for_each(|t| flatten(t, prefix, out)),
            }
        }
        flatten(&item.tree, &mut Vec::new(), &mut self.0);
    }

    /// `pub(super)` names who may see an item, not what it uses.
    fn visit_visibility(&mut self, _: &'ast syn::Visibility) {}

    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.0
            .push(path.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, path);
    }
}

fn is_test_only(item: &syn::Item) -> bool {
    use quote::ToTokens;
    let attrs = match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => return false,
    };
    attrs
        .iter()
        .any(|a| a.meta.to_token_stream().to_string() == "cfg (test)")
}

/// The modules that module `module` (parsed as `file`) uses, among
/// `known`: for each path it names, resolved from `crate::`, `super::`
/// (as often as written), `self::` or a child module's name, the longest
/// known module it starts with; never the module itself.
fn dependencies(module: &str, file: &syn::File, known: &[String]) -> Vec<String> {
    let mut named = NamedPaths::default();
    syn::visit::Visit::visit_file(&mut named, file);
    let here: Vec<&str> = module.split("::").collect();
    let mut found = Vec::new();
    for path in named.0 {
        let mut segments = path.iter().map(String::as_str).peekable();
        let mut full: Vec<&str> = match segments.peek() {
            Some(&"crate") => {
                segments.next();
                Vec::new()
            }
            Some(&"self" | &"super") => here.clone(),
            Some(child) if known.contains(&format!("{module}::{child}")) => here.clone(),
            _ => continue,
        };
        while let Some(&step) = segments.peek() {
            match step {
                "self" => {}
                "super" => {
                    full.pop();
                }
                _ => break,
            }
            segments.next();
        }
        full.extend(segments);
        let target = (1..=full.len())
            .rev()
            .map(|n| full[..n].join("::"))
            .find(|candidate| known.contains(candidate));
        if let Some(target) = target.filter(|t| t != module) {
            found.push(target);
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

/// The browser's APIs are named only under `app/` (and not by `main.rs`,
/// which only starts the app), so that every other layer runs natively.
#[test]
fn only_the_app_touches_the_browser() {
    const BROWSER: [&str; 5] = [
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "wasm_bindgen_futures",
        "gloo_net",
    ];
    let main = syn::parse_file(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs"))
            .unwrap(),
    )
    .unwrap();
    let mut touching = Vec::new();
    for (module, file) in modules().iter().chain([&("main".to_string(), main)]) {
        let mut named = NamedPaths::default();
        syn::visit::Visit::visit_file(&mut named, file);
        if !module.starts_with("app") && named.0.iter().any(|p| BROWSER.contains(&p[0].as_str())) {
            touching.push(module.clone());
        }
    }
    assert_eq!(touching, Vec::<String>::new());
}

/// The reader of imports sees every way of naming a module, and nothing
/// that only a test or a visibility names.
#[test]
fn every_form_of_naming_a_module_is_read() {
    let known: Vec<String> = [
        "report::order",
        "report::dates",
        "derive::listing",
        "derive::notes",
        "site::html",
        "site::labels",
        "app::shell",
        "app::context",
        "site",
    ]
    .map(String::from)
    .to_vec();
    let uses =
        |module: &str, code: &str| dependencies(module, &syn::parse_file(code).unwrap(), &known);
    for (module, code, expected) in [
        ("report::order", "use crate::derive::listing;", vec!["derive::listing"]),
        ("report::order", "use crate::{derive::listing as _b, derive::notes::*};", vec!["derive::listing", "derive::notes"]),
        ("report::order", "use super::super::derive::listing;", vec!["derive::listing"]),
        ("report::order", "use super::dates::Date;", vec!["report::dates"]),
        ("report::order", "fn f() { crate::derive::listing::level(); }", vec!["derive::listing"]),
        ("report::order", "fn f() -> crate::app::shell::App { todo!() }", vec!["app::shell"]),
        ("site::html", "use super::{labels};", vec!["site::labels"]),
        ("site", "pub use html::escape;", vec!["site::html"]),
        ("site::html", "use self::super::labels::X;", vec!["site::labels"]),
        // A comment, a doc, a visibility, a test: none of them a use.
        ("report::order", "//! see #[cfg(test)] crate::app::shell\n/// [`crate::app::context`]\npub(super) fn f() {}", vec![]),
        ("report::order", "#[cfg(test)]\nmod tests { use crate::app::shell; }\nfn g() { crate::derive::notes::x(); }", vec!["derive::notes"]),
        ("report::order", "#[cfg(test)]\nfn helper() { crate::app::shell::x(); }\nuse crate::derive::listing;", vec!["derive::listing"]),
    ] {
        assert_eq!(uses(module, code), expected, "{module}: {code}");
    }
}
