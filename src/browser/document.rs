//! The page around the app: its language and theme, texts outside the app, scrolling, printing and the embed dialog.

use yew::NodeRef;

use crate::model::view::Theme;

/// Sets the text of the element `id`, if the page has it.
pub fn set_text(id: &str, text: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        element.set_text_content(Some(text));
    }
}

/// Sets `<html data-theme>`, which forces the light or dark colours; none follows the system.
pub fn set_theme(theme: Theme) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        // A refused attribute leaves the colours as they are.
        let _ = match theme {
            Theme::Auto => root.remove_attribute("data-theme"),
            _ => root.set_attribute("data-theme", theme.code()),
        };
    }
}

/// Whether the reader prefers reduced motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// Scrolls an element into view: smoothly, or at once for readers who prefer reduced motion.
pub fn reveal(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    options.set_behavior(if prefers_reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Opens the browser's print dialog, for the handout.
pub fn print() {
    if let Some(window) = web_sys::window() {
        // Printing refused (a sandboxed frame) leaves the page as it was.
        let _ = window.print();
    }
}

/// Opens the `<dialog>` behind `node` as a modal when `open`, else closes it; true if it was
/// closed and is asked to open now. Escape closes a modal dialog, and focus returns to where it
/// was.
pub fn show_modal(node: &NodeRef, open: bool) -> bool {
    let Some(dialog) = node.cast::<web_sys::HtmlDialogElement>() else {
        return false;
    };
    if open && !dialog.open() {
        // Failing to open (a detached node) leaves the page usable.
        let _ = dialog.show_modal();
        return true;
    }
    if !open && dialog.open() {
        dialog.close();
    }
    false
}

/// Closes the `<dialog>` behind `node`, if it is open.
pub fn close_dialog(node: &NodeRef) {
    if let Some(dialog) = node.cast::<web_sys::HtmlDialogElement>() {
        dialog.close();
    }
}

/// Moves focus to the element `id`, if the page has it and it can take focus.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        // An element that cannot take focus leaves it where it was.
        let _ = element.focus();
    }
}

/// The window's inner width and height in CSS pixels; 0 where they cannot be read.
pub fn window_size() -> (f64, f64) {
    let Some(window) = web_sys::window() else {
        return (0.0, 0.0);
    };
    let read = |size: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
        size.ok().and_then(|size| size.as_f64()).unwrap_or(0.0)
    };
    (read(window.inner_width()), read(window.inner_height()))
}
