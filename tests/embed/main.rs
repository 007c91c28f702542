//! The explainer embedded: the embed pages and the codes that lead to them, and newsroom parents on another origin that frame it, in headless Chromium.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod pages;
mod parents;

/// What the embed pages' tests use.
mod prelude {
    pub(crate) use crate::start;
    pub(crate) use crate::support;
    pub(crate) use explainer::model::story::STORY;
    pub(crate) use fantoccini::key::Key;
    pub(crate) use shared::lang::Lang;
}

use support::{dist_dir, no_headers, Browser, StaticServer};

/// The release build on a local server, and a browser window `width` px wide.
async fn start(width: u32) -> (StaticServer, Browser) {
    let server = StaticServer::start(dist_dir(), no_headers());
    let browser = Browser::start(width, 900).await;
    (server, browser)
}
