//! Presenting follows the view: the page fills the screen, and a presenter's keys step, play and leave.

use yew::prelude::*;

use crate::page::ids::{PRESENT_BUTTON_ID, STAGE_ID};
use crate::state::{Action, StateHandle};

/// While the view presents: the page is marked (`<html data-present>`), focus moves to the
/// stage and back to the Present button after; the keys a clicker sends work
/// ([`Action::of_presenter_key`]), and leaving the browser's full screen leaves presenting.
#[hook]
pub fn use_presenting(state: &StateHandle) {
    let present = state.view.present;
    let was = use_mut_ref(|| false);
    use_effect_with(present, move |&present| {
        if cfg!(feature = "embed-page") {
            return;
        }
        // The first render, not presenting, leaves the page as the head's script marked it: the
        // address, read next, says whether it presents.
        if was.replace(present) != present {
            crate::browser::set_presenting(present);
            crate::browser::focus(if present { STAGE_ID } else { PRESENT_BUTTON_ID });
        }
    });
    let (dispatcher, playing) = (state.dispatcher(), state.playing);
    use_effect_with((present, playing), move |&(present, playing)| {
        // An embed's build carries none of the listening.
        let present = present && !cfg!(feature = "embed-page");
        let listening = present.then(|| {
            let keys = crate::browser::on_presenter_key(move |key| {
                let action = Action::of_presenter_key(key, playing);
                let known = action.is_some();
                if let Some(action) = action {
                    dispatcher.dispatch(action);
                }
                known
            });
            let full_screen = crate::browser::on_full_screen_left(move || {
                dispatcher.dispatch(Action::SetPresent(false));
            });
            (keys, full_screen)
        });
        move || drop(listening)
    });
}
