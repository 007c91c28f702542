//! A value that follows another once it has stopped changing.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::Timer;

/// `value` as of its last change that was not followed by another within `quiet_ms`, nor held
/// by `hold` then: while a reader scrubs, the result holds; it settles where they stop. The
/// first value is taken at once. The stage is not at rest while the result waits
/// ([`crate::browser::settle`]).
#[hook]
pub fn use_settled<T>(value: T, quiet_ms: u32, hold: fn() -> bool) -> T
where
    T: Clone + PartialEq + 'static,
{
    let settled = use_state_eq(|| value.clone());
    {
        let settled = settled.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let timer = Rc::new(RefCell::new(None));
            let busy = crate::browser::settle::busy();
            wait(Rc::clone(&timer), quiet_ms, hold, move || {
                settled.set(value);
                drop(busy);
            });
            move || drop(timer.take())
        });
    }
    (*settled).clone()
}

/// Runs `done` after `quiet_ms`, or, while `hold` is set then, as many `quiet_ms` later as it
/// takes; the timer waiting lives in `slot`, and dropping it cancels the wait.
fn wait(
    slot: Rc<RefCell<Option<Timer>>>,
    quiet_ms: u32,
    hold: fn() -> bool,
    done: impl FnOnce() + 'static,
) {
    let again = Rc::clone(&slot);
    let timer = crate::browser::after(quiet_ms, move || {
        if hold() {
            // Replacing the timer that runs this is safe: wasm-bindgen frees a closure dropped
            // while it runs once it returns.
            wait(again, quiet_ms, hold, done);
        } else {
            done();
        }
    });
    *slot.borrow_mut() = Some(timer);
}
