//! The page around the explainer's frame, if it has one: whether it does, and the view and height it is told.

use crate::model::embed_codes::pym_message;
use crate::model::view::View;

/// Whether the explainer runs inside another page's frame.
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => parent != *window.as_ref(),
        _ => false,
    }
}

/// Tells the page around the frame the reader's view: `{ sentinel: "explainer", type: "view",
/// query }`, which `embed.js` keeps in the host's address. It is public (the frame's own
/// address holds it), so any parent may read it; pym.js ignores it.
pub(super) fn tell_host(view: &View) {
    let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"sentinel".into(), &"explainer".into());
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"view".into());
    let _ = js_sys::Reflect::set(&message, &"query".into(), &view.host_query().into());
    // A refused message (a closed parent) leaves the view as it is.
    let _ = parent.post_message(&message, "*");
}

/// Watches the page's height while it is framed and reports every change to the parent; the
/// watch ends when the returned guard is dropped. Outside a frame it does nothing.
pub fn watch_height(child_id: Option<String>) -> Option<impl Drop> {
    use std::cell::Cell;
    use wasm_bindgen::prelude::*;

    if !in_frame() {
        return None;
    }
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let root = window.document()?.document_element()?;
    let last = Cell::new(0u32);
    let measured = root.clone();
    let report = move || {
        let height = measured.get_bounding_client_rect().height().ceil().max(0.0) as u32;
        if height == 0 || height == last.replace(height) {
            return;
        }
        if let Some(id) = &child_id {
            // A refused message (a closed parent) is no reason to stop the others.
            let _ = parent.post_message(&JsValue::from_str(&pym_message(id, height)), "*");
        }
        let size = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&size, &"sentinel".into(), &"amp".into());
        let _ = js_sys::Reflect::set(&size, &"type".into(), &"embed-size".into());
        let _ = js_sys::Reflect::set(&size, &"height".into(), &JsValue::from(height));
        let _ = parent.post_message(&size, "*");
    };
    let callback = Closure::<dyn FnMut()>::new(report);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);

    /// Ends the watch.
    struct Watch {
        observer: web_sys::ResizeObserver,
        _callback: Closure<dyn FnMut()>,
    }
    impl Drop for Watch {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }
    Some(Watch {
        observer,
        _callback: callback,
    })
}
