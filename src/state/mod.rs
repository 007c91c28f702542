//! The state: one reducer (what each action does) and one store (the state the page's roots share).

mod reducer;
mod store;

pub use reducer::{Action, State};
pub use store::{
    first_shown, scrubbing, set_scrubbing, share, subscribe, use_action, Dispatcher, StateHandle,
    Subscription,
};
