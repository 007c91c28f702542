//! End-to-end tests: the release build in headless Chromium, served from a sub-path on 127.0.0.1, one module a feature.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod accessibility;
mod address;
mod editions;
mod map;
mod offline;
mod present;
mod quotes;
mod release_files;
mod security;
mod share_print;
mod stage;
mod timeline;

/// What every feature's tests use.
mod prelude {
    pub(crate) use crate::support::{self, dist_dir, no_headers, Browser, StaticServer};
    pub(crate) use crate::{layout_shifts, press, start};
    pub(crate) use explainer::model::story::STORY;
    pub(crate) use fantoccini::key::Key;
    pub(crate) use shared::lang::Lang;
}

use support::{dist_dir, no_headers, Browser, StaticServer};

/// Presses a key on whatever has focus, as a keyboard user does.
async fn press(browser: &Browser, key: fantoccini::key::Key) {
    let focused = browser.client.active_element().await.unwrap();
    focused.send_keys(&key.to_string()).await.unwrap();
}

/// The release build on a local server, and a browser window `width` px wide.
async fn start(width: u32) -> (StaticServer, Browser) {
    let server = StaticServer::start(dist_dir(), no_headers());
    let browser = Browser::start(width, 900).await;
    (server, browser)
}

/// The layout shifts of the page in `browser` from its load on, as Chromium reports them: their
/// sum, and each moved node (a text by its words and its element) with its time and its box before
/// and after. Read once the stage has first come to rest (hydration, the linked view, the camera
/// and the map's redraw for its width included), a frame after the frame that showed it.
async fn layout_shifts(browser: &Browser) -> (f64, serde_json::Value) {
    browser.settled_after(0).await;
    let shift = browser
        .eval_async(
            "const name = n => !n ? '(gone)' : n.nodeType === 3 ? JSON.stringify(n.textContent.trim().slice(0, 32)) + ' in ' + name(n.parentElement) : (n.className && n.className.baseVal !== undefined ? n.className.baseVal : n.className) || n.nodeName; \
             requestAnimationFrame(() => requestAnimationFrame(() => { \
               const observer = new PerformanceObserver(() => {}); \
               observer.observe({ type: 'layout-shift', buffered: true }); \
               const seen = observer.takeRecords(); \
               observer.disconnect(); \
               done([seen.reduce((sum, e) => sum + e.value, 0), seen.flatMap(e => e.sources.map(s => Math.round(e.startTime) + ' ms: ' + name(s.node) + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect)))]); \
             }));",
        )
        .await;
    let sum = shift[0].as_f64().expect("a sum of layout shifts");
    (sum, shift[1].clone())
}
