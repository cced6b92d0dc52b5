#![cfg(not(target_arch = "wasm32"))]
//! The direction of the app's dependencies: the shell (`app`) uses pages,
//! pages use components; neither pages nor components reach back into the
//! shell, and components know no page. Shared state comes from `context`.

use std::path::Path;

/// The `crate::…` modules each file of `dir` uses.
fn uses(dir: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the folder exists") {
        let path = entry.expect("a readable entry").path();
        let text = std::fs::read_to_string(&path).expect("a readable source file");
        for (at, _) in text.match_indices("crate::") {
            let module: String = text[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            found.push((
                path.file_name().unwrap().to_string_lossy().into_owned(),
                module,
            ));
        }
    }
    assert!(
        !found.is_empty(),
        "{} uses no crate module: wrong folder?",
        dir.display()
    );
    found
}

#[test]
fn pages_and_components_do_not_import_the_shell() {
    for (file, module) in uses("src/pages").into_iter().chain(uses("src/components")) {
        assert_ne!(module, "app", "{file} imports the shell");
    }
}

#[test]
fn components_know_no_page() {
    for (file, module) in uses("src/components") {
        assert_ne!(module, "pages", "{file} imports a page");
    }
}
