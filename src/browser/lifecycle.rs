//! The explainer's life in the page: the roots to hydrate, the story's texts, the moment it is hydrated and ready, and a calm failure.

use super::settle;

/// The page's root element (`#explainer`) and, in it, the cell of each of `parts`, in their
/// order: the elements the roots hydrate. `None` if any is missing.
pub fn hydration_roots(
    parts: [crate::page::parts::Part; 3],
) -> Option<(web_sys::Element, Vec<web_sys::Element>)> {
    let document = web_sys::window()?.document()?;
    let root = document.get_element_by_id(crate::page::ids::ROOT_ID)?;
    let cells = parts
        .iter()
        .map(|part| root.query_selector(&format!(".{}", part.class())).ok()?)
        .collect::<Option<Vec<_>>>()?;
    Some((root, cells))
}

/// Tells the loader that every root has hydrated (the event `explainer:hydrated` on the
/// document), so that it gives the page its own `setAttribute` and `nodeValue` back, then runs
/// what waited for it ([`after_hydration`]) and ends the hold the hydration keeps on the
/// stage's rest ([`settle`]).
pub fn hydrated() {
    let document = web_sys::window().and_then(|w| w.document());
    if let (Some(document), Ok(event)) = (document, web_sys::Event::new("explainer:hydrated")) {
        let _ = document.dispatch_event(&event);
    }
    let waiting = HYDRATION_WAIT.with(|wait| wait.borrow_mut().take());
    for then in waiting.into_iter().flatten() {
        then();
    }
    settle::hydrated();
}

/// Work waiting for the page to hydrate.
type Waiting = Vec<Box<dyn FnOnce()>>;

thread_local! {
    /// What waits until every root has hydrated; `None` once they have.
    static HYDRATION_WAIT: std::cell::RefCell<Option<Waiting>> =
        const { std::cell::RefCell::new(Some(Vec::new())) };
}

/// Runs `then` once every root of the page has hydrated, or at once if they have: work that
/// need not hold back the moment the explainer answers the reader.
pub fn after_hydration(then: impl FnOnce() + 'static) {
    let now = HYDRATION_WAIT.with(|wait| match wait.borrow_mut().as_mut() {
        Some(waiting) => {
            waiting.push(Box::new(then));
            None
        }
        None => Some(then),
    });
    if let Some(then) = now {
        then();
    }
}

/// Marks the moment the explainer became interactive: `performance.mark("explainer:ready")`,
/// with the size of the wasm's memory in bytes as its `detail`, for the benchmark.
pub fn mark_ready() {
    use wasm_bindgen::JsCast;
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    let memory = wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .ok()
        .and_then(|m| m.buffer().dyn_into::<js_sys::ArrayBuffer>().ok())
        .map_or(0.0, |buffer| f64::from(buffer.byte_length()));
    // `mark(name, {detail})` is not in web-sys's stable API, so it is called as JavaScript.
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"detail".into(), &memory.into());
    let mark = js_sys::Reflect::get(&performance, &"mark".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    // The mark only serves measurements; a browser without User Timing simply has none.
    if let Some(mark) = mark {
        let _ = mark.call2(&performance, &"explainer:ready".into(), &options);
    }
}

/// On a panic: says so on the console and lets the page show its calm fallback; the
/// pre-rendered story stays readable. `main` installs it.
pub fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    fail(&format!("explainer: {info}"));
}

/// The text of the page's element that holds the story's texts
/// ([`crate::page::texts::ELEMENT_ID`]) and the story hash it names, if it has one.
pub fn page_texts() -> Option<(String, Option<String>)> {
    let element = web_sys::window()?
        .document()?
        .get_element_by_id(crate::page::texts::ELEMENT_ID)?;
    let hash = element.get_attribute(crate::page::texts::HASH_ATTRIBUTE);
    Some((element.text_content()?, hash))
}

/// When the page's story texts cannot be read (not a page the prerender step wrote for this
/// build): says why, and shows the same fallback as a panic.
pub fn on_unreadable_texts(error: &crate::page::texts::PageTextsError) {
    fail(&format!("explainer: {error}"));
}

/// When the page lacks an element to hydrate (not a page the prerender step wrote): says so, and
/// shows the same fallback as a panic.
pub fn on_missing_root() {
    fail(&format!(
        "explainer: the page has no element #{} with the stage's cells to hydrate",
        crate::page::ids::ROOT_ID
    ));
}

/// Logs `message` as an error and marks the page with the class `explainer-failed`, which reveals
/// a note.
fn fail(message: &str) {
    web_sys::console::error_1(&message.into());
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        // Failing to mark the page leaves the story as it is, still readable.
        let _ = root.class_list().add_1("explainer-failed");
    }
}
