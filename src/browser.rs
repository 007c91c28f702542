//! The page around the app: document language and title, and the readiness mark benchmarks wait for.
//
// Called only from effects, which never run on the host.

use crate::locale::Lang;

/// Sets `<html lang>` and the document title.
pub fn set_page_language(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        // Failing to set an attribute leaves the previous language, which is still valid.
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(title);
}

/// Marks the moment the explainer became interactive: `performance.mark("explainer:ready")`.
pub fn mark_ready() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        // The mark only serves measurements; a browser without User Timing simply has none.
        let _ = performance.mark("explainer:ready");
    }
}
