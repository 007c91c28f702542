//! The map in the page: the camera's glide on the compositor, its choice in the select, and the drawn width.

use yew::NodeRef;

use super::paint::{paint_then, AfterPaint};
use super::settle;
use crate::map::layout::{Frame, Look};

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
    let watch = paint_then(0, move || {
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
