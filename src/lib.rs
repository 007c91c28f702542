//! An interactive explainer on North Korean soldiers sent to Russia for its war against Ukraine.

pub mod app;
pub mod browser;
pub mod citation;
pub mod components;
pub mod content;
pub mod date;
pub mod download;
pub mod embed;
pub mod fixed;
#[rustfmt::skip]
pub mod geography;
pub mod hooks;
pub mod json;
pub mod lang;
pub mod locale;
pub mod map_area;
pub mod map_layout;
pub mod markup;
#[cfg(target_arch = "wasm32")]
pub mod mount;
pub mod page_texts;
pub mod prerender;
pub mod short_names;
pub mod state;
pub mod timeline_scale;
pub mod view;
