//! Keyboard and input events on text fields while an input method (IME)
//! composes: most readers type Japanese through one, and the Enter that
//! confirms a conversion, the arrow keys that choose a candidate and the
//! Escape that cancels one belong to the IME, not to the page.

use wasm_bindgen::JsCast;

/// Whether a key belongs to a composition in progress: `isComposing`, or
/// the key code 229 that Chromium and Safari give the keydown of the key
/// that ends a composition.
pub fn composing_key(event: &web_sys::KeyboardEvent) -> bool {
    event.is_composing() || event.key_code() == 229
}

/// Whether an `input` event comes from a composition still in progress
/// (its text is not what the reader means yet).
pub fn composing_input(event: &web_sys::Event) -> bool {
    event
        .dyn_ref::<web_sys::InputEvent>()
        .is_some_and(web_sys::InputEvent::is_composing)
}
