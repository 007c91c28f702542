//! End-to-end test support: the release `dist/` on a local server, and headless Chromium driven through chromedriver.
// Each test binary uses a part of the support: the rest is unused there.
#![allow(dead_code, unused_imports)]

mod chromium;
mod page;
mod server;
mod skip;
mod stamp;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub use chromium::{chromedriver, chromium, wait_until, Browser};
pub use explainer_site::headers_reader::{HeaderRule, EVERY_PATH};
pub use server::{host_headers, no_headers, StaticServer, BASE_PATH, PARSER_PAUSE};
pub use skip::{skip, skip_without};
pub use stamp::STAMP_FILE;

/// How long any condition may take before a test fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The release build, which the README's test command makes before running the tests.
pub fn dist_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

/// The shipped content's strings, for assertions that follow the content files.
pub fn story() -> &'static explainer::model::story::Story {
    &explainer::model::story::STORY
}
