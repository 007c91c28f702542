//! The stage's rest: how often it has come to rest after a change, on the stage element, for tests to wait on.
//
// The contract is in docs/architecture.md (The stage's rest). The count is kept here, not in
// the state: no render reads it, and no reader sees it.

use std::cell::RefCell;

use super::paint::{paint_then, AfterPaint};

/// The stage element's attribute that holds the count: absent until the stage first comes to
/// rest, then 1, 2, …
pub const ATTRIBUTE: &str = "data-settled";

/// What keeps the stage from rest, and how often it has come to rest.
struct Rest {
    /// Work under way: the page's hydration (one from the start), a slider move the story has
    /// not followed yet, the camera's wait, a glide.
    busy: u32,
    /// How often the stage has come to rest since the page loaded.
    count: u32,
    /// The look, after the next paint, whether the stage is still at rest.
    look: Option<AfterPaint>,
}

thread_local! {
    static REST: RefCell<Rest> = const {
        RefCell::new(Rest {
            busy: 1,
            count: 0,
            look: None,
        })
    };
}

/// Work that keeps the stage from rest while it lasts; dropping it ends it.
#[must_use = "the work ends when this is dropped"]
pub struct Busy(());

impl Drop for Busy {
    fn drop(&mut self) {
        done();
    }
}

/// Marks work under way on the stage until the returned guard is dropped. A change that holds
/// no work for long (a new view) takes one and drops it: the stage then counts its next rest.
pub fn busy() -> Busy {
    let look = REST.with(|rest| {
        let mut rest = rest.borrow_mut();
        rest.busy += 1;
        rest.look.take()
    });
    // Outside the borrow: dropping the look cancels it.
    drop(look);
    Busy(())
}

/// Ends the hold the page keeps while it hydrates: every root has hydrated, the view the
/// address asks for is rendered, and what waited for the hydration has run.
pub(super) fn hydrated() {
    done();
}

/// One piece of work has ended: once none is left, the stage looks after the next paint
/// whether it is still at rest.
fn done() {
    let idle = REST.with(|rest| {
        let mut rest = rest.borrow_mut();
        rest.busy = rest.busy.saturating_sub(1);
        rest.busy == 0
    });
    if idle {
        // What the ended work set off (a render, a glide) starts before that paint.
        let look = paint_then(0, count_rest);
        let before = REST.with(|rest| std::mem::replace(&mut rest.borrow_mut().look, look));
        drop(before);
    }
}

/// Counts a rest, if no work began since the look was set, on the stage element.
fn count_rest() {
    let count = REST.with(|rest| {
        let mut rest = rest.borrow_mut();
        (rest.busy == 0).then(|| {
            rest.count += 1;
            rest.count
        })
    });
    let stage = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(crate::page::ids::STAGE_ID));
    if let (Some(count), Some(stage)) = (count, stage) {
        // A refused attribute leaves the count unseen; the stage is the same.
        let _ = stage.set_attribute(ATTRIBUTE, &count.to_string());
    }
}

/// Runs `task` in a task of its own `wait_ms` after the browser has painted the next frame, so
/// that what an input changed shows first and slower work follows. The stage is not at rest
///  until the task has run or been cancelled. `None` outside a browser.
pub fn after_next_paint(wait_ms: u32, task: impl FnOnce() + 'static) -> Option<AfterPaint> {
    let busy = busy();
    paint_then(wait_ms, move || {
        task();
        drop(busy);
    })
}
