//! Timers for the hooks: once after a wait, or again and again.

use gloo_timers::callback::{Interval, Timeout};

/// A timer under way; dropping it cancels it.
pub struct Timer {
    _once: Option<Timeout>,
    _again: Option<Interval>,
}

/// Runs `then` once, `ms` milliseconds from now.
pub fn after(ms: u32, then: impl FnOnce() + 'static) -> Timer {
    Timer {
        _once: Some(Timeout::new(ms, then)),
        _again: None,
    }
}

/// Runs `then` every `ms` milliseconds from now.
pub fn every(ms: u32, then: impl FnMut() + 'static) -> Timer {
    Timer {
        _once: None,
        _again: Some(Interval::new(ms, then)),
    }
}
