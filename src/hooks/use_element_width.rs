//! The drawn width of an element, measured once the page has hydrated and on every resize.

use yew::prelude::*;

/// The width in CSS pixels of the element behind `node`, rounded; `guess` until it is measured.
///
/// The first measure waits until every root has hydrated: a drawing made for another width
/// than the host's guess is made again in full (the map's markers), and that can follow the
/// moment the explainer answers the reader instead of holding it back.
#[hook]
pub fn use_element_width(node: &NodeRef, guess: f64) -> f64 {
    let width = use_state_eq(|| guess);
    {
        let (width, node) = (width.clone(), node.clone());
        use_effect_with((), move |()| {
            let measure = move || {
                if let Some(drawn) = crate::browser::drawn_width(&node) {
                    width.set(drawn.round());
                }
            };
            crate::browser::after_hydration(measure.clone());
            let listener = crate::browser::on_window("resize", measure);
            move || drop(listener)
        });
    }
    *width
}
