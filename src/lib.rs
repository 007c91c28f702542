//! An interactive explainer on North Korean soldiers sent to Russia for its war against Ukraine.

pub mod app;
pub mod browser;
pub mod components;
pub mod content;
pub mod date;
pub mod locale;
pub mod state;
pub mod view;
