//! Sharing: the clipboard and the system's share sheet.

/// Puts text on the clipboard; `false` where the browser refuses (no permission, no API).
pub async fn copy_text(text: String) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// What became of a reader's wish to share a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The system's share sheet took it.
    Sheet,
    /// It is on the clipboard.
    Copied,
    /// Neither worked (or the reader closed the share sheet).
    Failed,
}

/// Shares a link: with the system's share sheet where the browser has one, else by copying it.
pub async fn share_link(title: &str, url: String) -> Shared {
    let Some(window) = web_sys::window() else {
        return Shared::Failed;
    };
    let navigator = window.navigator();
    let has_sheet = js_sys::Reflect::has(&navigator, &wasm_bindgen::JsValue::from_str("share"))
        .unwrap_or(false);
    if has_sheet {
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_url(&url);
        let shared = wasm_bindgen_futures::JsFuture::from(navigator.share_with_data(&data)).await;
        return if shared.is_ok() {
            Shared::Sheet
        } else {
            Shared::Failed
        };
    }
    if copy_text(url).await {
        Shared::Copied
    } else {
        Shared::Failed
    }
}
