//! A value that follows another once it has stopped changing.

use yew::prelude::*;

/// `value` as of its last change that was not followed by another within `quiet_ms`: while a
/// reader scrubs, the result holds; it settles where they stop. The first value is taken at once.
#[hook]
pub fn use_settled<T>(value: T, quiet_ms: u32) -> T
where
    T: Clone + PartialEq + 'static,
{
    let settled = use_state_eq(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let timeout = gloo_timers::callback::Timeout::new(quiet_ms, move || settled.set(value));
            move || drop(timeout)
        });
    }
    (*settled).clone()
}
