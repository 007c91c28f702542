//! The page's one shared state: the roots that show it, the handle they read it by, and the dispatcher that changes it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use super::reducer::{Action, State};

/// The state as a root and its children read it, and the way to change it. The page's roots
/// (each part of the stage, hydrated in a task of its own, and the app around them) show one state,
/// which [`share`] starts in the browser; a dispatched action reaches every root that shows it.
#[derive(Clone, Debug)]
pub struct StateHandle {
    state: Rc<State>,
}

impl StateHandle {
    /// The handle of a state a root shows.
    pub fn new(state: Rc<State>) -> StateHandle {
        StateHandle { state }
    }

    /// Changes the shared state; every root showing it renders again if it changed.
    pub fn dispatch(&self, action: Action) {
        Dispatcher.dispatch(action);
    }

    /// What sends actions to the shared state, without the state itself.
    pub fn dispatcher(&self) -> Dispatcher {
        Dispatcher
    }
}

impl std::ops::Deref for StateHandle {
    type Target = State;

    fn deref(&self) -> &State {
        &self.state
    }
}

// Handles compare by what they show, so that a context's children render only when it changes.
impl PartialEq for StateHandle {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
    }
}

/// Sends actions to the page's shared state. There is one shared state, so all are the same;
/// where none is shared (on the host, which renders without effects) it does nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Dispatcher;

impl Dispatcher {
    /// Reduces the shared state by `action` and, if it changed, shows it in every root.
    pub fn dispatch(self, action: Action) {
        let changed = SHARED.with(|shared| {
            let mut shared = shared.borrow_mut();
            let shared = shared.as_mut()?;
            let next = Rc::clone(&shared.current).reduce(action);
            if next == shared.current {
                return None;
            }
            shared.current = Rc::clone(&next);
            let roots: Vec<_> = shared.roots.iter().map(|(_, show)| show.clone()).collect();
            Some((next, roots))
        });
        // Outside the borrow: a root's callback may dispatch again.
        if let Some((next, roots)) = changed {
            for show in roots {
                show.emit(Rc::clone(&next));
            }
        }
    }
}

/// The page's one state and the roots showing it.
struct Shared {
    /// The state the host rendered: each root hydrates with it, whenever its turn comes.
    first: Rc<State>,
    current: Rc<State>,
    roots: Vec<(u32, Callback<Rc<State>>)>,
    next_root: u32,
}

thread_local! {
    static SHARED: RefCell<Option<Shared>> = const { RefCell::new(None) };
}

/// Shares `state` among the page's roots; in the browser, before the first root hydrates.
pub fn share(state: State) {
    let state = Rc::new(state);
    SHARED.with(|shared| {
        *shared.borrow_mut() = Some(Shared {
            first: Rc::clone(&state),
            current: state,
            roots: Vec::new(),
            next_root: 0,
        })
    });
}

/// The state a root shows first: the shared one as the host rendered it, so that a root
/// hydrating after others have changed it still finds the page as it is; else `alone`, as on
/// the host, which renders every root by itself.
pub fn first_shown(alone: impl FnOnce() -> State) -> Rc<State> {
    SHARED
        .with(|shared| shared.borrow().as_ref().map(|s| Rc::clone(&s.first)))
        .unwrap_or_else(|| Rc::new(alone()))
}

/// A root showing the shared state: `show` is called with each change.
pub struct Subscription(u32);

/// Starts calling `show` with every change of the shared state. Also returns the state now,
/// which may have changed since the root's first one. `None` where nothing is shared.
pub fn subscribe(show: Callback<Rc<State>>) -> Option<(Subscription, Rc<State>)> {
    SHARED.with(|shared| {
        let mut shared = shared.borrow_mut();
        let shared = shared.as_mut()?;
        let id = shared.next_root;
        shared.next_root += 1;
        shared.roots.push((id, show));
        Some((Subscription(id), Rc::clone(&shared.current)))
    })
}

impl Drop for Subscription {
    fn drop(&mut self) {
        let id = self.0;
        // A root dropped while its page goes away may find the state gone first.
        let _ = SHARED.try_with(|shared| {
            if let Some(shared) = shared.borrow_mut().as_mut() {
                shared.roots.retain(|(root, _)| *root != id);
            }
        });
    }
}

/// A callback that sends the action `make` builds from its argument. It stays the same object
/// across renders, so that children given it re-render only when their data changes.
#[hook]
pub fn use_action<T: 'static>(state: &StateHandle, make: fn(T) -> Action) -> Callback<T> {
    use_callback(
        (state.dispatcher(), make),
        |value: T, (dispatcher, make)| dispatcher.dispatch(make(value)),
    )
}

thread_local! {
    static SCRUBBING: Cell<bool> = const { Cell::new(false) };
}

/// Whether the reader is scrubbing: the slider has moved where the story has not followed yet.
/// A gate beside the state, not in it: it renders nothing, the slider sets it and the camera
/// waits while it is set.
pub fn scrubbing() -> bool {
    SCRUBBING.with(Cell::get)
}

/// Opens or closes the scrubbing gate ([`scrubbing`]): the slider's alone.
pub fn set_scrubbing(on: bool) {
    SCRUBBING.with(|gate| gate.set(on));
}
