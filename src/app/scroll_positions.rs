//! Where the reader was on each history entry, so that Back and Forward
//! return there.
//!
//! The browser keeps a scroll position with each history entry, but saves
//! the one of the page being left when `history.pushState` is called, and
//! leptos_router calls it only once the next page has rendered (its
//! navigation completes when the new route is ready). By then the page left
//! is gone: the position saved is that of the next page's first screen,
//! clamped to its height or moved by scroll anchoring. Measured on
//! `/members` scrolled to 4,442 px at 390 px wide: Back returned to 0 or to
//! 4,831 px, never 4,442. So the app keeps its own: the position of the
//! current entry as the reader scrolls a page that is in place, and puts
//! it back once the page gone back to is in ([`recall`]).
//!
//! An entry is told by the Navigation API's `NavigationHistoryEntry.key`,
//! which stays with its slot in history (a `replaceState`, as a filter
//! change makes, keeps it) and across reloads. Where a browser lacks the
//! API, nothing is kept and the browser's own restoration stands. The
//! positions live in memory and are written to `sessionStorage` when the
//! page is hidden, so a reload keeps them (the tab's history outlives the
//! document).

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// How many entries are remembered; the oldest is forgotten first.
pub const CAPACITY: usize = 100;

/// The `sessionStorage` key the positions are kept under.
const STORAGE_KEY: &str = "scroll-positions";

/// Vertical scroll positions (CSS px) by history entry key, the most
/// recently remembered last; at most [`CAPACITY`].
#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct Positions(Vec<(String, f64)>);

impl Positions {
    /// Remembers `y` for `key`, in place of what was remembered for it.
    pub fn set(&mut self, key: &str, y: f64) {
        self.0.retain(|(k, _)| k != key);
        if self.0.len() == CAPACITY {
            self.0.remove(0);
        }
        self.0.push((key.to_owned(), y));
    }

    /// The position remembered for `key`.
    pub fn get(&self, key: &str) -> Option<f64> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|&(_, y)| y)
    }

    /// Reads what [`Positions::to_json`] wrote; anything else (another
    /// version's format, a value edited by hand) is an empty memory.
    pub fn from_json(text: &str) -> Positions {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

thread_local! {
    /// Read from `sessionStorage` on first use.
    static POSITIONS: RefCell<Option<Positions>> = const { RefCell::new(None) };
}

fn with_positions<T>(f: impl FnOnce(&mut Positions) -> T) -> T {
    POSITIONS.with_borrow_mut(|positions| {
        let positions = positions.get_or_insert_with(|| {
            session_storage()
                .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
                .map(|text| Positions::from_json(&text))
                .unwrap_or_default()
        });
        f(positions)
    })
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The current history entry's key; `None` without the Navigation API.
fn entry_key() -> Option<String> {
    let window = web_sys::window()?;
    // `Window::navigation` assumes the API is there; a browser without it
    // would throw.
    js_sys::Reflect::has(&window, &JsValue::from_str("navigation"))
        .ok()
        .filter(|&has| has)?;
    window.navigation().current_entry().map(|entry| entry.key())
}

/// Remembers the current scroll position for the current entry. Call it
/// only while the page of the current entry is in place: a page being
/// replaced, or one still filling in, is somewhere the reader never was.
pub fn remember() {
    let (Some(key), Some(window)) = (entry_key(), web_sys::window()) else {
        return;
    };
    let y = window.scroll_y().unwrap_or(0.0);
    with_positions(|p| p.set(&key, y));
}

/// Where the reader was on the current entry, when remembered.
pub fn recall() -> Option<f64> {
    let key = entry_key()?;
    with_positions(|p| p.get(&key))
}

/// Writes the positions to `sessionStorage` (when the page is hidden: it
/// may be reloaded or discarded next). A full or unavailable storage only
/// loses the memory.
pub fn persist() {
    if let Some(storage) = session_storage() {
        let text = with_positions(|p| p.to_json());
        storage.set_item(STORAGE_KEY, &text).ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_keeps_its_latest_position() {
        let mut positions = Positions::default();
        positions.set("a", 120.0);
        positions.set("b", 4442.0);
        positions.set("a", 0.0);
        assert_eq!(positions.get("a"), Some(0.0));
        assert_eq!(positions.get("b"), Some(4442.0));
        assert_eq!(positions.get("c"), None);
    }

    #[test]
    fn the_least_recently_remembered_entry_goes_first() {
        let mut positions = Positions::default();
        for i in 0..CAPACITY {
            positions.set(&format!("k{i}"), i as f64);
        }
        // Remembered again, k0 is now the most recent; k1 is the oldest.
        positions.set("k0", 7.0);
        positions.set("new", 1.0);
        assert_eq!(positions.get("k0"), Some(7.0));
        assert_eq!(positions.get("k1"), None);
        assert_eq!(positions.get("k2"), Some(2.0));
        assert_eq!(positions.get("new"), Some(1.0));
    }

    #[test]
    fn positions_survive_storage_and_bad_text_is_an_empty_memory() {
        let mut positions = Positions::default();
        positions.set("e1", 4442.5);
        positions.set("e2", 0.0);
        let read = Positions::from_json(&positions.to_json());
        assert_eq!(read, positions);
        assert_eq!(Positions::from_json("{\"e1\": 3}"), Positions::default());
        assert_eq!(Positions::from_json("<script>"), Positions::default());
    }
}
