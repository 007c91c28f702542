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

/// The explainer's own address with a query: its origin and path, never an embedding page's.
pub fn page_url(query: &str) -> String {
    let own = web_sys::window().and_then(|w| {
        let location = w.location();
        Some(format!(
            "{}{}{query}",
            location.origin().ok()?,
            location.pathname().ok()?
        ))
    });
    own.unwrap_or_else(|| query.to_owned())
}

/// Puts text on the clipboard; `false` where the browser refuses (no permission, no API).
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
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
