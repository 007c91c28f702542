//! What the stage shows has changed: its rest signal counts the next time it comes to rest.

use yew::prelude::*;

/// Tells the stage's rest signal ([`crate::browser::settle`]) that what it shows changed
/// whenever `shown` does (and once it is first shown): its count goes up the next time the
/// stage is at rest, after what the change set off has ended.
#[hook]
pub fn use_stage_change<T: PartialEq + 'static>(shown: T) {
    use_effect_with(shown, |_| drop(crate::browser::settle::busy()));
}
