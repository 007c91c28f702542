//! The offline copy of the release `dist/`: its worker keeps files that exist, every language's standalone page with the wasm it loads, and only the standalone pages register it.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use explainer::model::view::page_path;
use explainer_site::host_files::preloaded_files;
use explainer_site::host_files::WORKER_FILE;
use explainer_site::offline::{cache_name, Precache};
use serde_json::Value;
use shared::lang::Lang;

fn dist() -> Option<PathBuf> {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist");
    if dist.join("index.html.br").exists() {
        return Some(dist);
    }
    let required = std::env::var("EXPLAINER_BROWSER_TESTS").is_ok_and(|v| v == "required");
    assert!(!required, "no release dist/: run tools/build");
    println!("offline copy: skipped, no release dist/ (tools/build makes one)");
    None
}

/// The worker's `BUILD`, as the release build wrote it into `sw.js`.
fn build(dist: &Path) -> Value {
    let script = std::fs::read_to_string(dist.join(WORKER_FILE)).unwrap();
    // The list is written once, where the code reads it (a comment once held a second copy).
    assert_eq!(
        script.matches("\"pages\":").count(),
        1,
        "sw.js: the list twice"
    );
    let line = script
        .lines()
        .find_map(|line| line.strip_prefix("const BUILD = "))
        .expect("sw.js: a `const BUILD = …;` line");
    serde_json::from_str(line.trim_end_matches(';')).unwrap()
}

#[test]
fn the_workers_list_names_files_of_dist_each_standalone_page_with_the_wasm_it_loads() {
    let Some(dist) = dist() else {
        return;
    };
    let build = build(&dist);
    let pages = build["pages"].as_object().unwrap();
    assert_eq!(pages.len(), Lang::ALL.len(), "{pages:?}");
    for lang in Lang::ALL {
        let dir = page_path("", lang);
        let key = if dir.is_empty() { "./" } else { dir.as_str() };
        let files: Vec<&str> = pages[key]
            .as_array()
            .unwrap_or_else(|| panic!("no page {key}: {pages:?}"))
            .iter()
            .map(|f| f.as_str().unwrap())
            .collect();
        let html = std::fs::read_to_string(dist.join(format!("{dir}index.html"))).unwrap();
        // Exactly the wasm the page loads (no other build's), which lies in the folder's root,
        // and the page's manifest, beside it.
        let mut expected: Vec<String> = preloaded_files(&html)
            .into_iter()
            .map(|href| href.rsplit('/').next().unwrap().to_owned())
            .collect();
        assert!(
            expected.iter().all(|f| f.ends_with("_bg.wasm")),
            "{expected:?}"
        );
        expected.push(format!("{dir}manifest.webmanifest"));
        assert_eq!(files, expected, "{key}");
        assert!(
            html.contains("navigator.serviceWorker.register("),
            "{dir}index.html"
        );
        assert!(html.contains("worker-src 'self'"), "{dir}index.html");
        // The embed page registers nothing, and its policy allows no worker.
        let embed = std::fs::read_to_string(dist.join(format!("{dir}embed.html"))).unwrap();
        assert!(!embed.contains("serviceWorker"), "{dir}embed.html");
        assert!(embed.contains("worker-src 'none'"), "{dir}embed.html");
    }
    let shared: Vec<&str> = build["shared"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(shared.contains(&"data/story.json"), "{shared:?}");
    let precache = Precache::of(&dist).unwrap();
    for file in precache.files() {
        assert!(
            dist.join(&file).is_file(),
            "sw.js keeps {file}, which dist/ lacks"
        );
    }
    assert_eq!(build["shared"], serde_json::json!(precache.shared));
    // The cache is named by what it keeps today: a stale sw.js would keep an old copy.
    assert_eq!(
        build["cache"],
        cache_name(&dist, &precache).unwrap().as_str()
    );
}
