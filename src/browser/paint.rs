//! Work after the browser's next paint, so that what an input changed shows first.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;

/// A task waiting for the next frame to be painted; dropping it cancels the task.
pub struct AfterPaint {
    window: web_sys::Window,
    frame: i32,
    _on_frame: wasm_bindgen::closure::Closure<dyn FnMut()>,
    timeout: Rc<RefCell<Option<gloo_timers::callback::Timeout>>>,
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        // Cancelling a frame that already ran does nothing; the timeout cancels when dropped.
        let _ = self.window.cancel_animation_frame(self.frame);
        self.timeout.borrow_mut().take();
    }
}

/// Runs `task` in a task of its own `wait_ms` after the browser has painted the next frame
/// (`settle::after_next_paint` also holds the stage from rest until then). `None` outside a
/// browser.
pub(super) fn paint_then(wait_ms: u32, task: impl FnOnce() + 'static) -> Option<AfterPaint> {
    let window = web_sys::window()?;
    let timeout = Rc::new(RefCell::new(None));
    let mut task = Some(task);
    let slot = Rc::clone(&timeout);
    // A frame callback runs just before the paint; a timeout set there runs just after it.
    let on_frame = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        if let Some(task) = task.take() {
            *slot.borrow_mut() = Some(gloo_timers::callback::Timeout::new(wait_ms, task));
        }
    });
    let frame = window
        .request_animation_frame(on_frame.as_ref().unchecked_ref())
        .ok()?;
    Some(AfterPaint {
        window,
        frame,
        _on_frame: on_frame,
        timeout,
    })
}
