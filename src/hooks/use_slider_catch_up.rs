//! The slider catches up with the story once no move of the reader's is on its way.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use shared::date::Date;

/// Where the reader moved the slider, until the story has followed (`moved`), and their last
/// move, known at once (`latest`): both forgotten whenever the story's `date` changes (by the
/// slider or by anything else) while no move of the reader's waits (`state::scrubbing`), so that the
/// slider shows the story's date.
#[hook]
pub fn use_slider_catch_up(
    date: Date,
) -> (UseStateHandle<Option<Date>>, Rc<RefCell<Option<Date>>>) {
    let moved = use_state_eq(|| None::<Date>);
    let latest = use_mut_ref(|| None::<Date>);
    {
        let (moved, latest) = (moved.clone(), latest.clone());
        use_effect_with(date, move |_| {
            if !crate::state::scrubbing() {
                moved.set(None);
                *latest.borrow_mut() = None;
            }
        });
    }
    (moved, latest)
}
