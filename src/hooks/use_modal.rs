//! A `<dialog>` open as a modal while the state says so.

use yew::prelude::*;

/// Opens the `<dialog>` behind `dialog` as a modal while `open`, and closes it when it is no
/// longer; `on_open` is called each time it opens.
#[hook]
pub fn use_modal(dialog: &NodeRef, open: bool, on_open: Callback<()>) {
    let dialog = dialog.clone();
    use_effect_with(open, move |&open| {
        if crate::browser::show_modal(&dialog, open) {
            on_open.emit(());
        }
    });
}
