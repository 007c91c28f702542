//! The drawn width of an element, measured after render and on every resize.

use yew::prelude::*;

/// The width in CSS pixels of the element behind `node`, rounded; `guess` until it is measured.
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
            measure();
            let listener = crate::browser::on_window("resize", measure);
            move || drop(listener)
        });
    }
    *width
}
