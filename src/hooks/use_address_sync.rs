//! The address and the state in step: read at start, restored on back and forward, written on change.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::view::{is_choice, View};
use crate::state::{Action, StateHandle};

/// How far the address and the view are in step.
#[derive(Clone, Copy)]
enum Sync {
    /// The address is not read yet: the view is the host's first one, not the reader's.
    Unread,
    /// The address asked for this view, which is not rendered yet.
    Restoring(View),
    /// The view last shown, and written into the address.
    Shown(View),
}

/// Restores the view the address asks for once the page is interactive, and on back and
/// forward; writes every later view back, a reader's choice as a new history entry, a timeline
/// step in place. Marks the page ready once the view the address asks for is on the page.
#[hook]
pub fn use_address_sync(state: &StateHandle) {
    let sync: Rc<RefCell<Sync>> = use_mut_ref(|| Sync::Unread);
    {
        // Whatever order the effects of one render run in, no view before the restored one
        // reaches the address.
        let sync = sync.clone();
        use_effect_with(state.view, move |view| {
            let mut sync = sync.borrow_mut();
            match *sync {
                Sync::Unread => {}
                Sync::Restoring(target) => {
                    if *view == target {
                        *sync = Sync::Shown(target);
                        crate::browser::mark_ready();
                    }
                }
                Sync::Shown(before) => {
                    *sync = Sync::Shown(*view);
                    crate::browser::write_location(view, is_choice(&before, view));
                }
            }
        });
    }
    let state = state.clone();
    let first = state.view;
    use_effect_with((), move |()| {
        let linked = crate::browser::read_location();
        // The address as the explainer writes it (hostile or partial queries rewritten), in
        // place: opening a link adds no history entry.
        crate::browser::write_location(&linked, false);
        *sync.borrow_mut() = if linked == first {
            crate::browser::mark_ready();
            Sync::Shown(linked)
        } else {
            Sync::Restoring(linked)
        };
        state.dispatch(Action::Restore(linked));
        // A link to a quote opens with its card in view.
        if let Some(quote) = linked.quote {
            crate::browser::reveal(&format!("quote-{}", quote.id));
        }
        let restore = state.dispatcher();
        let listener = crate::browser::on_window("popstate", move || {
            restore.dispatch(Action::Restore(crate::browser::read_location()));
        });
        move || drop(listener)
    });
}
