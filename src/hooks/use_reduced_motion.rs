//! Whether the reader prefers reduced motion.

use yew::prelude::*;

/// Whether the reader prefers reduced motion, read after the first render: `false` until then,
/// as on the host.
#[hook]
pub fn use_reduced_motion() -> bool {
    let reduced = use_state_eq(|| false);
    {
        let reduced = reduced.clone();
        use_effect_with((), move |()| {
            reduced.set(crate::browser::prefers_reduced_motion());
        });
    }
    *reduced
}
