//! The browser's address and history: the view they ask for, the explainer's folder, and the view written back.

use super::frame::{in_frame, tell_host};
use crate::model::view::{folder_of, lang_of_page, page_path, view_url, View};
use shared::lang::Lang;

/// The pym.js child id in the browser's address.
pub fn pym_child_id() -> Option<String> {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    crate::model::view::pym_child_id(&search)
}

/// The language of the page the explainer runs in (`<html lang>`), German unless it says English.
pub fn page_lang() -> Lang {
    let lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"));
    lang.as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_default()
}

/// The first view of the page, as the host rendered it: its language, the story's present, and
/// embedded on an embed page.
pub fn page_view() -> View {
    View {
        lang: page_lang(),
        embed: crate::model::view::is_embed_page(&address_path()),
        ..View::default()
    }
}

/// The path of the page's address.
fn address_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The explainer's folder in this browser, read from the page as it was loaded (the first call
/// must come before the address changes; `main` makes it).
pub fn folder() -> String {
    thread_local! {
        static FOLDER: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
    }
    FOLDER.with(|folder| {
        folder
            .get_or_init(|| folder_of(&address_path(), page_lang()))
            .clone()
    })
}

/// The explainer's folder as an absolute address (its German page), never an embedding page's.
pub fn folder_address() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", folder())
}

/// The explainer's own absolute address for a view.
pub fn address_of(view: &View) -> String {
    view_url(&folder_address(), view)
}

/// The view the browser's address asks for; a query without `lang` gets the language of the
/// page the address names.
pub fn read_location() -> View {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let path = address_path();
    let view = View::from_query_in(&search, lang_of_page(&path, &folder()));
    // An embed page has no long form: it shows the stage alone whatever the query says.
    View {
        embed: view.embed || crate::model::view::is_embed_page(&path),
        ..view
    }
}

/// Sends the browser, in place of the current history entry, to the page of the language the
/// address asks for when that is not this page's, keeping the query as it is (pym.js's
/// parameters too); true if it did. The standalone page's long form is static HTML in its
/// page's language, and each embed page's build carries its own language's texts alone, so only
/// that language's page can show the view: an embed page sends the browser to its language's
/// embed page.
pub fn open_language_page() -> bool {
    let view = read_location();
    if view.lang == page_lang() {
        return false;
    }
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return false;
    };
    let search = location.search().unwrap_or_default();
    let page = page_path(&folder(), view.lang);
    let file = if crate::model::view::is_embed_page(&address_path()) {
        crate::model::view::EMBED_PAGE
    } else {
        ""
    };
    location.replace(&format!("{page}{file}{search}")).is_ok()
}

/// Writes the view into the address if it differs: as a new history entry when `push` (and
/// the explainer is not framed, where entries would hijack the host page's back button),
/// else in place of the current one.
pub fn write_location(view: &View, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let target = view_url(&folder(), view);
    let location = window.location();
    let here = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if here == target {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let state = wasm_bindgen::JsValue::NULL;
    // A failure here (a sandboxed frame) leaves the address stale but the view intact.
    let _ = if push && !in_frame() {
        history.push_state_with_url(&state, "", Some(&target))
    } else {
        history.replace_state_with_url(&state, "", Some(&target))
    };
    if in_frame() {
        tell_host(view);
    }
}
