//! The address and the state in step: read at start, restored on back and forward, written on change.

use yew::prelude::*;

use crate::state::{Action, StateHandle};
use crate::view::{is_choice, View};

/// Restores the view the address asks for once the page is interactive, and on back and
/// forward; writes every later view back, a reader's choice as a new history entry, a timeline
/// step in place. Marks the page ready once the address is read.
#[hook]
pub fn use_address_sync(state: &StateHandle) {
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let linked = crate::browser::read_location();
            state.dispatch(Action::Restore(linked));
            // A link to a quote opens with its card in view.
            if let Some(quote) = linked.quote {
                crate::browser::reveal(&format!("quote-{}", quote.id));
            }
            crate::browser::mark_ready();
            let restore = state.dispatcher();
            let listener = crate::browser::on_window("popstate", move || {
                restore.dispatch(Action::Restore(crate::browser::read_location()));
            });
            move || drop(listener)
        });
    }
    // The view shown last, to tell a reader's choice (a history entry) from a timeline step.
    let shown = use_mut_ref(|| None::<View>);
    use_effect_with(state.view, move |view| {
        let previous = shown.borrow_mut().replace(*view);
        let push = previous.is_some_and(|before| is_choice(&before, view));
        crate::browser::write_location(view, push);
    });
}
