//! The offline copy: after one visit the standalone page reloads without a network, a new build is served on the next load, and an embed page registers and keeps nothing.

use std::path::{Path, PathBuf};
use std::time::Instant;

use explainer_site::csp::{content_security_policy, with_policy, InlineHashes, Workers};
use explainer_site::host_files::preloaded_files;
use explainer_site::offline::write_worker;
use serde_json::Value;

use crate::prelude::*;
use crate::support::{BASE_PATH, PATIENCE};

/// Every address the explainer's caches hold, by cache: `[[name, [url, …]], …]`.
const KEPT: &str = "caches.keys().then(names => Promise.all(names.map(name => caches.open(name).then(c => c.keys()).then(rs => [name, rs.map(r => r.url)])))).then(done)";

/// Waits until an asynchronous script calls `done(true)`.
async fn wait_async(browser: &Browser, what: &str, script: &str) {
    let start = Instant::now();
    while browser.eval_async(script).await != Value::Bool(true) {
        assert!(start.elapsed() < PATIENCE, "gave up waiting for {what}");
    }
}

/// The caches and what each holds.
async fn kept(browser: &Browser) -> Vec<(String, Vec<String>)> {
    let caches = browser.eval_async(KEPT).await;
    serde_json::from_value(caches).expect("[[name, [url]]]")
}

/// Waits until the browser has been idle once after the stage's first rest: the moment the
/// standalone page registers its worker.
async fn idle(browser: &Browser) {
    browser.settled_after(0).await;
    browser
        .eval_async("requestIdleCallback(() => setTimeout(() => done(true)))")
        .await;
}

/// Reloads the page and waits for its stage's first rest.
async fn reload(browser: &Browser) {
    browser.client.refresh().await.expect("a reload");
    browser.wait_ready().await;
    browser.settled_after(0).await;
}

/// The wasm files the page has loaded, by name.
async fn loaded_wasm(browser: &Browser) -> Vec<String> {
    let names = browser
        .eval("return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.wasm')).map(n => n.split('/').pop())")
        .await;
    serde_json::from_value(names).expect("names")
}

#[tokio::test]
async fn after_one_visit_the_standalone_page_reloads_without_a_network_and_its_slider_works() {
    if support::skip() {
        return;
    }
    for lang in Lang::ALL {
        let (server, mut browser) = start(1280).await;
        let page = format!(
            "{}{}",
            server.url(""),
            explainer::model::view::page_path("", lang)
        );
        browser.open_settled(&page).await;
        browser.wait_offline_copy().await;
        let wasm = loaded_wasm(&browser).await;
        assert_eq!(wasm.len(), 1, "{wasm:?}");
        let caches = kept(&browser).await;
        assert_eq!(caches.len(), 1, "one copy: {caches:?}");
        let files = &caches[0].1;
        // The page, its wasm and the data files and the rest below; no other page, no other build.
        let origin = format!("{}{BASE_PATH}", server.origin);
        let mut expected: Vec<String> = explainer_site::data::files(&STORY)
            .into_iter()
            .map(|(file, _)| format!("{origin}{file}"))
            .collect();
        expected.extend([page.clone(), format!("{origin}{}", wasm[0])]);
        // What a reload asks for besides: the page's manifest and icons, and what printing the
        // one-page handout loads.
        expected.push(format!("{page}manifest.webmanifest"));
        for file in ["icon-32.png", "icon-192.png", "handout-qr.js", "lean-qr.js"] {
            expected.push(format!("{origin}{file}"));
        }
        let mut files = files.clone();
        files.sort();
        expected.sort();
        assert_eq!(files, expected, "{lang:?}");

        server.go_offline();
        reload(&browser).await;
        assert_eq!(browser.count("#stage[data-settled]").await, 1);
        // The reload asked the network first, which failed: the copy answered.
        let refused = server.refused.lock().unwrap().clone();
        assert!(
            refused
                .iter()
                .any(|r| r.split('?').next() == Some(&page[server.origin.len()..])),
            "{refused:?}"
        );
        let before = browser.settled().await;
        browser.slider_key(Key::Home).await;
        browser.wait_for_query("date=2022-09-01").await;
        browser.settled_after(before).await;
        browser.assert_clean(&server.origin).await;
        browser.finish().await;
    }
}

#[tokio::test]
async fn an_embed_page_registers_nothing_and_keeps_nothing() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(700).await;
    let none = "navigator.serviceWorker.getRegistrations().then(rs => caches.keys().then(ks => done([rs.length, ks.length])))";
    // Every language's embed page.
    let embeds =
        Lang::ALL.map(|lang| server.url(&format!("{}embed.html", support::folder_of(lang))));
    for embed in &embeds {
        browser.open_settled(embed).await;
        idle(&browser).await;
        assert_eq!(browser.eval_async(none).await, serde_json::json!([0, 0]));
    }
    // A standalone page asked for an embed opens the embed page, which registers nothing either.
    browser.open_settled(&server.url("?embed=1")).await;
    idle(&browser).await;
    assert!(browser
        .text("return location.pathname")
        .await
        .ends_with("embed.html"));
    assert_eq!(browser.eval_async(none).await, serde_json::json!([0, 0]));
    // After a visit to the standalone page, the embed page still adds nothing to its copy.
    browser.open_settled(&server.url("")).await;
    browser.wait_offline_copy().await;
    let copy = kept(&browser).await;
    for embed in &embeds {
        browser.open_settled(embed).await;
        idle(&browser).await;
        assert_eq!(kept(&browser).await, copy, "{embed}");
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

/// A copy of the release build (see [`copy_of_dist`]) on a local server, visited once: the page
/// open in a browser and controlled by its offline copy's worker.
async fn visited_copy(name: &str) -> (PathBuf, StaticServer, Browser) {
    let root = copy_of_dist(name);
    let server = StaticServer::start(root.clone(), no_headers());
    let mut browser = Browser::start(1024, 900).await;
    browser.open_settled(&server.url("")).await;
    browser.wait_offline_copy().await;
    (root, server, browser)
}

/// Asks for the check for a new worker now. Chromium makes the same check a moment after a
/// load, later while the worker is busy (in the whole suite, more than PATIENCE later): what the
/// test waits on next is our worker's install and activation, not Chromium's schedule.
async fn check_for_update(browser: &Browser) {
    let checked = browser
        .eval_async("navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => done(true), e => done(String(e)))")
        .await;
    assert_eq!(checked, Value::Bool(true), "the worker's update check");
}

/// Copies the release build's files (not their compressed copies) into a new folder.
fn copy_of_dist(name: &str) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().flatten() {
            let path = entry.path();
            let file = entry.file_name();
            if path.is_dir() {
                copy(&path, &to.join(&file));
            } else if !matches!(path.extension().and_then(|e| e.to_str()), Some("br" | "gz")) {
                std::fs::copy(&path, to.join(&file)).unwrap();
            }
        }
    }
    let to = std::env::temp_dir().join(format!("explainer-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&to);
    copy(&dist_dir(), &to);
    to
}

/// Makes `root` a new build of the German standalone page: its wasm under a new name, the page
/// loading it with its policy's hashes anew, and the worker written for it as the release build
/// writes it. Returns the old wasm's name and the new one's.
fn new_build(root: &Path) -> (String, String) {
    let page = root.join("index.html");
    let html = std::fs::read_to_string(&page).unwrap();
    let old = preloaded_files(&html)
        .into_iter()
        .find(|href| href.ends_with("_bg.wasm"))
        .unwrap()
        .trim_start_matches("./")
        .to_owned();
    let new = "explainer-0123456789abcdef_bg.wasm".to_owned();
    std::fs::rename(root.join(&old), root.join(&new)).unwrap();
    let html = html.replace(&old, &new);
    let start = html
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let end = start + html[start..].find('>').unwrap() + 1;
    let bare = format!("{}{}", &html[..start], &html[end..]);
    let policy = content_security_policy(&InlineHashes::of(&bare), Workers::Own);
    std::fs::write(&page, with_policy(&bare, &policy).unwrap()).unwrap();
    write_worker(root, true).unwrap();
    (old, new)
}

#[tokio::test]
async fn a_new_build_is_served_on_the_next_load_and_the_old_copy_is_deleted() {
    if support::skip() {
        return;
    }
    let (root, server, mut browser) = visited_copy("new-build").await;
    let old_copy = kept(&browser).await;
    assert_eq!(old_copy.len(), 1, "{old_copy:?}");

    let (old, new) = new_build(&root);
    reload(&browser).await;
    assert_eq!(loaded_wasm(&browser).await, std::slice::from_ref(&new));
    check_for_update(&browser).await;
    wait_async(
        &browser,
        "the new build's copy in place of the old one",
        &format!(
            "caches.keys().then(ks => done(ks.length === 1 && ks[0] !== {}))",
            serde_json::json!(old_copy[0].0)
        ),
    )
    .await;
    let copy = kept(&browser).await;
    let files = &copy[0].1;
    assert!(files.iter().any(|f| f.ends_with(&new)), "{files:?}");
    assert!(!files.iter().any(|f| f.ends_with(&old)), "{files:?}");

    // Without a network, the new build's copy answers.
    server.go_offline();
    reload(&browser).await;
    assert_eq!(loaded_wasm(&browser).await, [new]);
    browser.slider_key(Key::Home).await;
    browser.wait_for_query("date=2022-09-01").await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
    std::fs::remove_dir_all(&root).unwrap();
}

#[tokio::test]
async fn a_preview_on_the_same_address_replaces_a_release_worker_and_its_copy() {
    if support::skip() {
        return;
    }
    // A release build served on the address `trunk serve` uses later: `trunk serve`'s sw.js
    // keeps and answers nothing, so the release build's worker gives way at the next load and
    // its copy is deleted; no preview is served from it.
    let (root, server, mut browser) = visited_copy("preview").await;
    assert_eq!(kept(&browser).await.len(), 1);
    write_worker(&root, false).unwrap();
    reload(&browser).await;
    check_for_update(&browser).await;
    wait_async(
        &browser,
        "the release build's copy deleted",
        "caches.keys().then(ks => done(ks.length === 0))",
    )
    .await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
    std::fs::remove_dir_all(&root).unwrap();
}
