//! Which edition a build is, as every page tells the app: a
//! `<script type="application/json" id="edition">` in its head, written by
//! the prerender step and read when the app starts (`main.rs`), so that one
//! wasm serves every edition. A page without it (`trunk serve`'s shell) is
//! of a published edition.

use serde::{Deserialize, Serialize};

/// The `id` of the script element that carries the edition.
pub const SCRIPT_ID: &str = "edition";

/// What the app needs to know of its edition.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    /// A draft (`"status": "draft"` in `editions.json`): built for its
    /// editors to look at, with a 下書き banner on every page, `noindex`, no
    /// sitemap and no service worker.
    pub draft: bool,
}

impl Edition {
    /// The script element for a page's head. `<` is escaped so that no text
    /// in it can close the element.
    pub fn script(&self) -> String {
        let json = serde_json::to_string(self)
            .expect("an edition serialises")
            .replace('<', "\\u003c");
        format!("<script type=\"application/json\" id=\"{SCRIPT_ID}\">{json}</script>")
    }

    /// The edition in a script element's text; `None` for any other text.
    pub fn parse(json: &str) -> Option<Edition> {
        serde_json::from_str(json).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_carries_the_edition_back() {
        for edition in [Edition { draft: true }, Edition { draft: false }] {
            let script = edition.script();
            let json = script
                .strip_prefix("<script type=\"application/json\" id=\"edition\">")
                .and_then(|s| s.strip_suffix("</script>"))
                .unwrap();
            assert_eq!(Edition::parse(json), Some(edition));
        }
        assert_eq!(Edition::parse("</script><script>alert(1)"), None);
        assert_eq!(Edition::parse(""), None);
    }
}
