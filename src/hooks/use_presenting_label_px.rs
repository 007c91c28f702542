//! The labels' size while presenting, which follows the window's size as the page's type does.

use yew::prelude::*;

use crate::map::labels::presenting_label_px;

/// The page's type size while presenting ([`presenting_label_px`]) for the window's size,
/// measured whenever `present` changes and on every resize; 20 until measured (the host never
/// presents).
#[hook]
pub fn use_presenting_label_px(present: bool) -> f64 {
    let px = use_state_eq(|| 20.0);
    {
        let px = px.clone();
        use_effect_with(present, move |_| {
            let measure = move || {
                let (width, height) = crate::browser::window_size();
                px.set(presenting_label_px(width, height));
            };
            measure();
            let listener = crate::browser::on_window("resize", measure);
            move || drop(listener)
        });
    }
    *px
}
