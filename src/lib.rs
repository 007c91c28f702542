//! An interactive explainer on North Korean soldiers sent to Russia for its war against Ukraine.
//!
//! Where code runs shows in the tree: `model`, `i18n`, `map`, `page` and `state` are pure and
//! render anywhere; `ui` is the components, which render on the host and in the browser;
//! `hooks` and `browser` run in the browser alone. The host's build pipeline is `tools/site`.

pub mod browser;
pub mod hooks;
pub mod i18n;
pub mod map;
pub mod model;
pub mod page;
pub mod state;
pub mod ui;
