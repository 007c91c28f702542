//! Presenting: the stage fills the screen (`<html data-present>`, and the Fullscreen API where the browser allows it), and a presenter's keys reach the story.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Marks the page as presenting (`<html data-present>`, which styles/present.css reads) or not;
/// leaving also leaves the browser's full screen, if the page holds it.
pub fn set_presenting(on: bool) {
    let Some(document) = document() else {
        return;
    };
    if let Some(root) = document.document_element() {
        // A refused attribute leaves the page as it was, still usable.
        let _ = if on {
            root.set_attribute("data-present", "")
        } else {
            root.remove_attribute("data-present")
        };
    }
    if !on && document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

/// Asks for the browser's full screen for the whole page, from a reader's click (browsers
/// refuse it otherwise); where it is refused or missing (a phone's browser), presenting fills
/// the window.
pub fn enter_full_screen() {
    let root = document().and_then(|d| d.document_element());
    if let Some(root) = root {
        // The promise it returns can only fail in a frame, which never presents.
        let _ = root.request_fullscreen();
    }
}

/// Calls `then` with the key of every key press at the page that no text field or slider
/// takes for itself, without a modifier; a press `then` answers `true` does nothing else
/// (no scrolling, no button pressed). Until the returned guard is dropped.
pub fn on_presenter_key(
    then: impl Fn(&str) -> bool + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(gloo_events::EventListener::new_with_options(
        &window,
        "keydown",
        options,
        move |event| {
            let Some(press) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if press.ctrl_key() || press.meta_key() || press.alt_key() || press.default_prevented()
            {
                return;
            }
            let key = press.key();
            if in_own_field(event) && matches!(key.as_str(), "ArrowLeft" | "ArrowRight" | " ") {
                return;
            }
            if then(&key) {
                event.prevent_default();
            }
        },
    ))
}

/// Whether a key press happened in a field that uses arrows and Space itself (the slider, the
/// map's choice).
fn in_own_field(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

/// Calls `then` whenever the page leaves the browser's full screen (Escape, the browser's own
/// control), until the returned guard is dropped.
pub fn on_full_screen_left(mut then: impl FnMut() + 'static) -> Option<gloo_events::EventListener> {
    let document = document()?;
    let watched = document.clone();
    Some(gloo_events::EventListener::new(
        &document,
        "fullscreenchange",
        move |_| {
            if watched.fullscreen_element().is_none() {
                then();
            }
        },
    ))
}
