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

/// A language's folder in the release, from the explainer's: the default language's pages lie
/// in the folder itself (``), every other's in `<code>/`.
pub fn folder_of(lang: shared::lang::Lang) -> String {
    if lang == shared::lang::Lang::default() {
        String::new()
    } else {
        format!("{}/", lang.code())
    }
}

/// Every language's standalone page (`""`, `en/`, …) and embed page (`embed.html`,
/// `en/embed.html`, …), as paths from the explainer's folder, in the order of `Lang::ALL`.
pub fn every_page() -> Vec<String> {
    shared::lang::Lang::ALL
        .into_iter()
        .flat_map(|lang| [folder_of(lang), format!("{}embed.html", folder_of(lang))])
        .collect()
}

/// Every page's file in `dist/`: `index.html`, `embed.html`, `en/index.html`, ….
pub fn every_page_file() -> Vec<String> {
    every_page()
        .into_iter()
        .map(|page| match page.ends_with(".html") {
            true => page,
            false => format!("{page}index.html"),
        })
        .collect()
}

/// The shipped content's strings, for assertions that follow the content files.
pub fn story() -> &'static explainer::model::story::Story {
    &explainer::model::story::STORY
}
