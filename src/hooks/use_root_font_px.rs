//! The page's type size, measured in the browser: presenting sets it from the screen's size.

use yew::prelude::*;

/// The root element's font size in CSS pixels, measured whenever `present` changes and on
/// every resize; 16 until measured (the host's, which never presents).
#[hook]
pub fn use_root_font_px(present: bool) -> f64 {
    let px = use_state_eq(|| 16.0);
    {
        let px = px.clone();
        use_effect_with(present, move |_| {
            let measure = move || px.set(crate::browser::root_font_px());
            measure();
            let listener = crate::browser::on_window("resize", measure);
            move || drop(listener)
        });
    }
    *px
}
