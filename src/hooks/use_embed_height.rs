//! Framed, the explainer tells its parent its height whenever it changes.

use yew::prelude::*;

/// Reports the page's height to the parent frame (pym.js, AMP, sidechain) on every change,
/// from the first render on; outside a frame it does nothing.
#[hook]
pub fn use_embed_height() {
    use_effect_with((), |()| {
        let watch = crate::browser::watch_height(crate::browser::pym_child_id());
        move || drop(watch)
    });
}
