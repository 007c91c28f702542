//! Every call into the browser, one job a module: the address, the page, listening, the camera, the frame, printing, presenting, sharing, timers, the explainer's life in the page and the stage's rest.
//
// Called only from effects and event handlers, which never run on the host: that is the one
// gate, so nothing here needs a `cfg` of its own. The one call made while rendering,
// `glide_map`, needs an element, which a node reference never holds on the host.

mod address;
mod camera;
mod document;
mod events;
mod frame;
mod handout;
mod lifecycle;
#[cfg(target_arch = "wasm32")]
pub mod mount;
mod paint;
mod presenting;
pub mod settle;
mod share;
mod timers;

pub use address::{
    address_of, folder, folder_address, open_language_page, page_lang, page_view, pym_child_id,
    read_location, write_location,
};
pub use camera::{drawn_width, glide_map, show_choice};
pub use document::{
    close_dialog, focus, prefers_reduced_motion, print, reveal, set_text, set_theme, show_modal,
    window_size,
};
pub use events::{
    clicked_attribute, focus_sibling, on_click_within, on_window, target_choice, target_value,
    LongFormClick, Sibling,
};
pub use frame::{in_frame, watch_height};
pub use handout::{print_handout, Handout};
pub use lifecycle::{
    after_hydration, hydrated, hydration_roots, mark_ready, on_missing_root, on_panic,
    on_unreadable_texts, page_texts,
};
pub use paint::AfterPaint;
pub use presenting::{enter_full_screen, on_full_screen_left, on_presenter_key, set_presenting};
pub use settle::after_next_paint;
pub use share::{copy_text, share_link, Shared};
pub use timers::{after, every, Timer};
