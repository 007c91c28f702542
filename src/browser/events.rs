//! Listening to the reader: events at the window, clicks in the static long form, keys among the map's markers, and what a form field's event says.

use yew::MouseEvent;

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

/// The value of the `<input>` an event happened on (its target, which must be one).
pub fn target_value(event: &web_sys::Event) -> String {
    use wasm_bindgen::JsCast;
    event
        .target()
        .map(|target| target.unchecked_into::<web_sys::HtmlInputElement>().value())
        .unwrap_or_default()
}

/// The option chosen in the `<select>` an event happened on (its target, which must be one),
/// if one is.
pub fn target_choice(event: &web_sys::Event) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let select: web_sys::HtmlSelectElement = event.target()?.unchecked_into();
    usize::try_from(select.selected_index()).ok()
}
