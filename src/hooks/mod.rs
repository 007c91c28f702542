//! The explainer's hooks, one a file: most tie one browser behaviour to the state.
//
// Effects never run on the host, so the browser calls in them need no gate of their own.

mod use_address_sync;
mod use_autoplay;
mod use_camera_glide;
mod use_copy_quote;
mod use_element_width;
mod use_embed_height;
mod use_folder_address;
mod use_long_form;
mod use_modal;
mod use_presenting;
mod use_presenting_label_px;
mod use_reduced_motion;
mod use_settled;
mod use_shared_state;
mod use_shown_choice;
mod use_slider_catch_up;
mod use_stage_change;
mod use_theme;

pub use use_address_sync::use_address_sync;
pub use use_autoplay::use_autoplay;
pub use use_camera_glide::use_camera_glide;
pub use use_copy_quote::use_copy_quote;
pub use use_element_width::use_element_width;
pub use use_embed_height::use_embed_height;
pub use use_folder_address::use_folder_address;
pub use use_long_form::use_long_form;
pub use use_modal::use_modal;
pub use use_presenting::use_presenting;
pub use use_presenting_label_px::use_presenting_label_px;
pub use use_reduced_motion::use_reduced_motion;
pub use use_settled::use_settled;
pub use use_shared_state::use_shared_state;
pub use use_shown_choice::use_shown_choice;
pub use use_slider_catch_up::use_slider_catch_up;
pub use use_stage_change::use_stage_change;
pub use use_theme::use_theme;
