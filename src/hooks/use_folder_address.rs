//! The explainer's own folder address, once the browser knows it.

use yew::prelude::*;

/// The explainer's folder as an absolute address (its German page), read once after the first
/// render; empty until then, and on the host.
#[hook]
pub fn use_folder_address() -> String {
    let address = use_state_eq(String::new);
    {
        let address = address.clone();
        use_effect_with((), move |()| address.set(crate::browser::folder_address()));
    }
    (*address).clone()
}
