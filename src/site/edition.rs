//! Which edition a build is, and the other published editions a reader can
//! move to, as every page tells the app: a
//! `<script type="application/json" id="edition">` in its head, written by
//! the prerender step from `editions.json` and the other editions'
//! snapshots (read at build time: the browser never downloads them), and
//! read when the app starts (`main.rs`), so that one wasm serves every
//! edition. A page without it (`trunk serve`'s shell) is of a published
//! edition that knows no other.

use serde::{Deserialize, Serialize};

use crate::site::routes::Route;

/// The `id` of the script element that carries the edition.
pub const SCRIPT_ID: &str = "edition";

/// What the app needs to know of its edition.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edition {
    /// A draft (`"status": "draft"` in `editions.json`): built for its
    /// editors to look at, with a 下書き banner on every page, `noindex`, no
    /// sitemap and no service worker.
    pub draft: bool,
    /// The fiscal year this edition covers (`Meta::year`); 0 where unknown.
    #[serde(default)]
    pub year: u16,
    /// Every other published edition, oldest first.
    #[serde(default)]
    pub others: Vec<OtherEdition>,
}

/// Another published edition, as this one links to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherEdition {
    pub year: u16,
    /// Where it is published, a path with both slashes: `/report/2025/`.
    pub base: String,
    /// The app paths of its pages (`/`, `/members/yokohama`).
    pub paths: Vec<String>,
    /// Its members, each with the number of its appearances there.
    pub members: Vec<(String, usize)>,
}

/// Where a page of this edition is in another one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counterpart {
    /// An absolute path on this origin: `/report/2025/members/yokohama`.
    pub href: String,
    /// The same page; else the nearest parent that edition has.
    pub same_page: bool,
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

    /// The newest published edition, when it is newer than this one.
    pub fn newer(&self) -> Option<&OtherEdition> {
        self.others
            .iter()
            .max_by_key(|e| e.year)
            .filter(|e| e.year > self.year)
    }
}

impl OtherEdition {
    /// Where `route` is in this edition: the same page when it has it, else
    /// the nearest of its parents in the route table that it has (its start
    /// page at least), never a page it lacks.
    pub fn counterpart(&self, route: &Route) -> Counterpart {
        let chain = route.breadcrumbs();
        let found = chain
            .iter()
            .rev()
            .map(Route::path)
            .find(|path| self.paths.contains(path))
            .unwrap_or_else(|| "/".into());
        Counterpart {
            href: format!("{}{}", self.base, found.trim_start_matches('/')),
            same_page: found == route.path(),
        }
    }

    /// How often member `id` appears in this edition, if it is a member there.
    pub fn appearances_of(&self, id: &str) -> Option<usize> {
        self.members.iter().find(|(m, _)| m == id).map(|(_, n)| *n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::routes::Page;

    fn next_year() -> OtherEdition {
        OtherEdition {
            year: 2025,
            base: "/report/2025/".into(),
            paths: ["/", "/members", "/members/yokohama", "/highlights"]
                .map(String::from)
                .to_vec(),
            members: vec![("yokohama".into(), 12)],
        }
    }

    #[test]
    fn the_script_carries_the_edition_back() {
        let editions = [
            Edition::default(),
            Edition {
                draft: true,
                year: 2024,
                others: vec![next_year()],
            },
        ];
        for edition in editions {
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

    #[test]
    fn a_page_goes_to_itself_in_another_edition_or_to_its_nearest_parent_there() {
        let other = next_year();
        let at = |route: Route| other.counterpart(&route);
        assert_eq!(
            at(Route::with_id(Page::Member, "yokohama")),
            Counterpart {
                href: "/report/2025/members/yokohama".into(),
                same_page: true
            }
        );
        assert_eq!(
            at(Route::with_id(Page::Member, "iida")),
            Counterpart {
                href: "/report/2025/members".into(),
                same_page: false
            }
        );
        assert_eq!(
            at(Route::with_id(Page::Highlight, "world-congress-2024")).href,
            "/report/2025/highlights"
        );
        // A part the other edition lacks, parents and all: its start page.
        assert_eq!(
            at(Route::new(Page::Calendar)),
            Counterpart {
                href: "/report/2025/".into(),
                same_page: false
            }
        );
        assert_eq!(at(Route::new(Page::Overview)).href, "/report/2025/");
    }

    #[test]
    fn only_a_newer_edition_is_announced() {
        let mut edition = Edition {
            draft: false,
            year: 2024,
            others: vec![next_year()],
        };
        assert_eq!(edition.newer().map(|e| e.year), Some(2025));
        edition.year = 2025;
        edition.others[0].year = 2024;
        assert_eq!(edition.newer(), None);
        assert_eq!(Edition::default().newer(), None);
    }
}
