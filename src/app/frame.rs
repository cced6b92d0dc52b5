//! In embed mode: tells the host page the content height and the current
//! page, in the versioned messages of `crate::site::embed`.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::site::deployment::Deployment;
use crate::site::embed::{MESSAGE_VERSION, NAVIGATE_MESSAGE, RESIZE_MESSAGE};

pub fn report_to_host(pathname: Memo<String>, hash: Memo<String>, deployment: Deployment) {
    let app_path = move || {
        deployment
            .app_path(&pathname.get())
            .unwrap_or("/")
            .to_string()
    };
    let app_path = Memo::new(move |_| app_path());
    Effect::new(move |_| {
        let path = app_path.get();
        let hash = hash.get();
        post(&[
            ("type", NAVIGATE_MESSAGE.into()),
            ("path", path.clone().into()),
            ("hash", hash.into()),
        ]);
        // Now, and again after layout settles: an off-screen cross-origin
        // frame gets no animation frames until it is scrolled into view.
        post_height(&path);
        request_animation_frame(move || post_height(&app_path.get_untracked()));
    });
    // Content and width changes: one observer for the page's lifetime.
    Effect::new(move |_| {
        let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        else {
            return;
        };
        if let Some(html) = body.parent_element() {
            html.class_list().add_1("embedded").ok();
        }
        let on_resize = Closure::<dyn Fn()>::new(move || post_height(&app_path.get_untracked()));
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&body);
        }
        on_resize.forget();
    });
}

fn post_height(path: &str) {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let height = body.get_bounding_client_rect().height().ceil();
    post(&[
        ("type", RESIZE_MESSAGE.into()),
        ("height", height.into()),
        ("path", path.into()),
    ]);
}

fn post(fields: &[(&str, JsValue)]) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"version".into(), &MESSAGE_VERSION.into()).ok();
    for (key, value) in fields {
        js_sys::Reflect::set(&message, &(*key).into(), value).ok();
    }
    // The height and path are not secret; the host script checks our origin.
    parent.post_message(&message, "*").ok();
}
