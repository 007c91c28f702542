//! Every call into the browser: the address and history, the page around the app, measuring, sharing.
//
// Called only from effects and event handlers, which never run on the host: that is the one
// gate, so nothing here needs a `cfg` of its own. The one call made while rendering,
// `glide_map`, needs an element, which a node reference never holds on the host.

use yew::{MouseEvent, NodeRef};

#[cfg(target_arch = "wasm32")]
pub mod mount;
mod paint;
pub mod settle;

pub use paint::{after_next_paint, AfterPaint};

use crate::map::layout::{Frame, Look};
use crate::model::view::{folder_of, lang_of_page, page_path, view_url, Theme, View};
use shared::lang::Lang;

/// Calls `then` on every event of `kind` at the window, until the returned guard is dropped.
pub fn on_window(
    kind: &'static str,
    mut then: impl FnMut() + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(&window, kind, move |_| {
        then()
    }))
}

/// What a plain click in the long form asks the stage for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LongFormClick {
    /// A view link, by its query (`?date=…`).
    View(String),
    /// A copy button, by its quote's id.
    Copy(String),
}

/// Calls `then` on every plain click on a view link or a copy button inside the element `id`
/// (the long form, which is static HTML), keeping the browser from following the link; until
/// the returned guard is dropped. Other clicks, and clicks with a modifier, keep their meaning.
pub fn on_click_within(
    id: &str,
    then: impl Fn(LongFormClick) + 'static,
) -> Option<gloo_events::EventListener> {
    use wasm_bindgen::JsCast;
    let within = web_sys::window()?.document()?.get_element_by_id(id)?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(gloo_events::EventListener::new_with_options(
        &within,
        "click",
        options,
        move |event| {
            let Some(click) = event.dyn_ref::<web_sys::MouseEvent>() else {
                return;
            };
            if !crate::ui::is_plain_click(click) {
                return;
            }
            let Some(target) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let link = target.closest("a[href^='?']").ok().flatten();
            if let Some(query) = link.and_then(|a| a.get_attribute("href")) {
                event.prevent_default();
                then(LongFormClick::View(query));
            } else if let Some(id) = target
                .closest("button[data-quote]")
                .ok()
                .flatten()
                .and_then(|button| button.get_attribute("data-quote"))
            {
                then(LongFormClick::Copy(id));
            }
        },
    ))
}

/// The attribute `name` of the nearest element matching `selector` that a click landed in.
pub fn clicked_attribute(event: &MouseEvent, selector: &str, name: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()??
        .get_attribute(name)
}

/// Which sibling [`focus_sibling`] moves focus to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sibling {
    /// The next one; none after the last.
    Next,
    /// The previous one; none before the first.
    Previous,
    /// The first one.
    First,
    /// The last one.
    Last,
}

/// Moves focus from the element matching `selector` that a key was pressed in to one of its
/// siblings (the map's markers, one Tab stop, walked by arrow keys).
pub fn focus_sibling(event: &web_sys::Event, selector: &str, to: Sibling) {
    use wasm_bindgen::JsCast;
    // The target, not the current target: Yew listens for the whole page on its root.
    let Some(from) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest(selector).ok().flatten())
    else {
        return;
    };
    let parent = from.parent_element();
    let to = match to {
        Sibling::Next => from.next_element_sibling(),
        Sibling::Previous => from.previous_element_sibling(),
        Sibling::First => parent.and_then(|p| p.first_element_child()),
        Sibling::Last => parent.and_then(|p| p.last_element_child()),
    };
    // An SVG element has the same focus() as an HTML one.
    if let Some(to) = to {
        to.unchecked_into::<web_sys::HtmlElement>().focus().ok();
    }
}

/// Sets the text of the element `id`, if the page has it.
pub fn set_text(id: &str, text: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        element.set_text_content(Some(text));
    }
}

/// Shows option `index` as chosen in the `<select>` behind `node`: Yew sets an option's
/// `selected` attribute, which a select the reader has used no longer follows.
pub fn show_choice(node: &NodeRef, index: usize) {
    if let (Some(select), Ok(index)) = (
        node.cast::<web_sys::HtmlSelectElement>(),
        i32::try_from(index),
    ) {
        select.set_selected_index(index);
    }
}

/// Starts the camera's glide on the compositor. The map's drawing, `width` CSS pixels wide and
/// about to be drawn of the frame `to` in this task, is moved to show what `from` showed
/// (or what a glide still under way shows now), then eases to its place by the transition in
/// `story-map.css`; its frames redraw no map. `map` is the element around the drawing. A
/// transform set through the style object is allowed by the Content Security Policy, which
/// forbids style attributes in the markup.
pub fn glide_map(map: &NodeRef, from: Frame, to: Frame, width: f64) {
    use wasm_bindgen::JsCast;
    let Some(drawing) = map
        .cast::<web_sys::Element>()
        .and_then(|map| map.first_element_child())
    else {
        return;
    };
    let drawing: web_sys::HtmlElement = drawing.unchecked_into();
    let now = web_sys::DomMatrixReadOnly::new_with_str(&transform_of(&drawing)).map_or(
        Look::STILL,
        |m| Look {
            scale: m.a(),
            x: m.e(),
            y: m.f(),
        },
    );
    let style = drawing.style();
    let _ = style.set_property("transition", "none");
    let _ = style.set_property(
        "transform",
        &Look::between(from, to, width).within(now).css(),
    );
    // Reading the style back applies it, so that the transition starts from there.
    transform_of(&drawing);
    let _ = style.remove_property("transition");
    let _ = style.remove_property("transform");
    hold_until_glided(drawing.into());
}

thread_local! {
    /// The watch on the last glide, until the paint after its start.
    static GLIDE_WATCH: std::cell::RefCell<Option<AfterPaint>> = const { std::cell::RefCell::new(None) };
}

/// Holds the stage from rest ([`settle`]) until the glide starting on `drawing` has ended:
/// after the next paint (the frame that starts the glide) it waits for the drawing's
/// transitions, none for readers who prefer reduced motion. A glide that starts before the
/// paint replaces the watch; one that replaces a transition under way ends it, and holds the
/// stage itself.
fn hold_until_glided(drawing: web_sys::Element) {
    let busy = settle::busy();
    let watch = paint::paint_then(0, move || {
        wasm_bindgen_futures::spawn_local(async move {
            for finished in transitions_finished(&drawing) {
                // A cancelled transition rejects: it has ended all the same.
                let _ = wasm_bindgen_futures::JsFuture::from(finished).await;
            }
            drop(busy);
        });
    });
    let before = GLIDE_WATCH.with(|slot| slot.replace(watch));
    drop(before);
}

/// The promises of the element's animations (its CSS transitions) that settle when each ends:
/// `getAnimations()`, which web-sys has only as an unstable API, is called as JavaScript.
fn transitions_finished(element: &web_sys::Element) -> Vec<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let animations = js_sys::Reflect::get(element, &"getAnimations".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(element).ok())
        .and_then(|a| a.dyn_into::<js_sys::Array>().ok());
    animations
        .into_iter()
        .flat_map(|a| a.to_vec())
        .filter_map(|a| js_sys::Reflect::get(&a, &"finished".into()).ok())
        .filter_map(|p| p.dyn_into::<js_sys::Promise>().ok())
        .collect()
}

/// An element's computed transform (`none` when it has none, or it cannot be read).
fn transform_of(element: &web_sys::Element) -> String {
    web_sys::window()
        .and_then(|window| window.get_computed_style(element).ok().flatten())
        .and_then(|style| style.get_property_value("transform").ok())
        .unwrap_or_else(|| "none".to_owned())
}

/// The drawn width of the element behind `node` in CSS pixels, if it is in the page and drawn.
pub fn drawn_width(node: &NodeRef) -> Option<f64> {
    let width = node
        .cast::<web_sys::Element>()?
        .get_bounding_client_rect()
        .width();
    (width > 0.0).then_some(width)
}

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

/// Tells the page around the frame the reader's view: `{ sentinel: "explainer", type: "view",
/// query }`, which `embed.js` keeps in the host's address. It is public (the frame's own
/// address holds it), so any parent may read it; pym.js ignores it.
fn tell_host(view: &View) {
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

/// Sets `<html lang>`, the document title and its description.
pub fn set_page_language(lang: Lang, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // Setting `lang`, even to the same value, restyles the whole page.
    if let Some(root) = document.document_element() {
        set_changed_attribute(&root, "lang", lang.code());
    }
    if document.title() != title {
        document.set_title(title);
    }
    // A page without the meta (a development build) simply keeps none.
    if let Ok(Some(description)) = document.query_selector("meta[name=description]") {
        set_changed_attribute(
            &description,
            "content",
            crate::model::story::STORY.description.get(lang),
        );
    }
}

/// Sets an attribute unless it has that value already: the browser treats every write as a
/// change. Failing to set it leaves the previous value, which is still valid.
fn set_changed_attribute(element: &web_sys::Element, name: &str, value: &str) {
    if element.get_attribute(name).as_deref() != Some(value) {
        let _ = element.set_attribute(name, value);
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

/// Opens the browser's print dialog, for the handout.
pub fn print() {
    if let Some(window) = web_sys::window() {
        // Printing refused (a sandboxed frame) leaves the page as it was.
        let _ = window.print();
    }
}

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
