//! A root's view of the page's one state: the first as the host rendered it, then every change.

use yew::prelude::*;

use crate::model::story::STORY;
use crate::model::view::View;
use crate::state::{first_shown, subscribe, State, StateHandle};

/// The shared state as this root shows it. It hydrates with the state the host rendered (on the
/// host, a state of `view` of its own), then follows every change, and catches up at once with
/// any made before its turn to hydrate came.
#[hook]
pub fn use_shared_state(view: View) -> StateHandle {
    let shown = use_state_eq(|| first_shown(|| State::new(&STORY, view)));
    {
        let setter = shown.setter();
        use_effect_with((), move |()| {
            let show = setter.clone();
            let subscription = subscribe(Callback::from(move |state| show.set(state)));
            let subscription = subscription.map(|(subscription, now)| {
                setter.set(now);
                subscription
            });
            move || drop(subscription)
        });
    }
    StateHandle::new((*shown).clone())
}
