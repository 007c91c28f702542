//! A `<select>` shows the choice the state holds.

use yew::prelude::*;

/// Shows option `index` as chosen in the `<select>` behind `select` whenever it changes: Yew
/// sets an option's `selected` attribute, which a select the reader has used no longer follows,
/// and the state can change the choice too.
#[hook]
pub fn use_shown_choice(select: &NodeRef, index: usize) {
    let select = select.clone();
    use_effect_with(index, move |&index| {
        crate::browser::show_choice(&select, index)
    });
}
