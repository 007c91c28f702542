//! Printing a handout: the one page of this moment, with its QR code, or the whole story.

use crate::page::ids::HANDOUT_QR_MODULE;

/// What a reader prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handout {
    /// One page: the title, the map, the moment, every event on a line, and the view's link as
    /// text and QR code.
    Moment,
    /// The map, the moment and the whole story, over several pages.
    Story,
}

impl Handout {
    /// Its value of `<html data-handout>`, which styles/print.css reads.
    pub fn code(self) -> &'static str {
        match self {
            Handout::Moment => "moment",
            Handout::Story => "story",
        }
    }
}

/// Prints `handout`: the page is marked for it (`<html data-handout>`) until printing ends. The
/// one page first loads the QR code's module, once, and prints when it has run; where it cannot
/// load (offline), the page prints with the link as text alone.
pub fn print_handout(handout: Handout, folder: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    if let Some(root) = document.document_element() {
        // A refused attribute prints the whole story, the page's own print.
        let _ = root.set_attribute("data-handout", handout.code());
        gloo_events::EventListener::once(&window, "afterprint", move |_| {
            let _ = root.remove_attribute("data-handout");
        })
        .forget();
    }
    let loaded = document.query_selector("script[data-handout-qr]");
    let head = document.head();
    let script = document.create_element("script");
    let (Handout::Moment, Ok(None), Some(head), Ok(script)) = (handout, loaded, head, script)
    else {
        super::print();
        return;
    };
    for (name, value) in [
        ("type", "module"),
        ("data-handout-qr", ""),
        ("src", &format!("{folder}{HANDOUT_QR_MODULE}")),
    ] {
        let _ = script.set_attribute(name, value);
    }
    // Either ends the wait: a module that cannot load leaves the link as text.
    for kind in ["load", "error"] {
        gloo_events::EventListener::once(&script, kind, |_| super::print()).forget();
    }
    if head.append_child(&script).is_err() {
        super::print();
    }
}
