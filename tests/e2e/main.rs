//! End-to-end tests: the release build in headless Chromium, served from a sub-path on 127.0.0.1, one module a feature.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod accessibility;
mod address;
mod embed;
mod map;
mod quotes;
mod release_files;
mod security;
mod share_print;
mod stage;
mod timeline;

/// What every feature's tests use.
mod prelude {
    pub(crate) use crate::start;
    pub(crate) use crate::support::{self, dist_dir, no_headers, Browser, StaticServer};
    pub(crate) use explainer::content::STORY;
    pub(crate) use explainer::locale::Lang;
    pub(crate) use fantoccini::key::Key;
}

use support::{dist_dir, no_headers, Browser, StaticServer};

/// The release build on a local server, and a browser window `width` px wide.
async fn start(width: u32) -> (StaticServer, Browser) {
    let server = StaticServer::start(dist_dir(), no_headers());
    let browser = Browser::start(width, 900).await;
    (server, browser)
}
