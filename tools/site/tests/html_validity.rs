//! Every page in dist/ is valid HTML to the Nu Html Checker (vnu.jar, from tools/package.json), but for CSS it does not know.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's root.
fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every `.html` file below `folder`.
fn pages(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(pages(&path));
        } else if path.extension().is_some_and(|e| e == "html") {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// What is missing to run the checker on a release build: `None` when nothing is.
fn missing(dist: &Path, vnu: &Path) -> Option<String> {
    let java = Command::new("java").arg("-version").output();
    let mut lacking = Vec::new();
    if !dist.join("index.html").exists() {
        lacking.push(format!(
            "the release build at {} (tools/build)",
            dist.display()
        ));
    }
    if !vnu.exists() {
        lacking.push(format!("vnu.jar at {} (tools/setup)", vnu.display()));
    }
    if !java.is_ok_and(|out| out.status.success()) {
        lacking.push("java (tools/setup --browser)".to_owned());
    }
    (!lacking.is_empty()).then(|| lacking.join(", "))
}

/// A CSS feature newer than the checker's CSS grammar (`@container`, `vector-effect`,
/// `paint-order`, `container-type`), which every browser the explainer supports knows.
fn unknown_css(message: &str) -> bool {
    message.starts_with("CSS: ")
        && (message.contains("doesn't exist") || message.contains("Unrecognized at-rule"))
}

#[test]
fn every_page_is_valid_html_but_for_css_the_checker_does_not_know() {
    let dist = repo().join("dist");
    let vnu = repo().join("tools/node_modules/vnu-jar/build/dist/vnu.jar");
    if let Some(lacking) = missing(&dist, &vnu) {
        if std::env::var("EXPLAINER_BROWSER_TESTS").is_ok_and(|v| v == "required") {
            panic!("the HTML check cannot run: missing {lacking}");
        }
        // Straight to the terminal: the test harness captures print macros, not this.
        let _ = writeln!(
            std::io::stderr(),
            "the HTML check skipped: missing {lacking}. Run tools/test, which installs what it needs, to run it."
        );
        return;
    }
    let pages = pages(&dist);
    assert!(pages.len() >= 4, "{pages:?}");
    let out = Command::new("java")
        .arg("-jar")
        .arg(&vnu)
        .args(["--errors-only", "--format", "json"])
        .args(&pages)
        .output()
        .unwrap();
    // The checker writes its report to standard error, and fails when it finds an error.
    let report: serde_json::Value = serde_json::from_slice(&out.stderr)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    let messages = report["messages"]
        .as_array()
        .expect("the checker's messages");
    let mut found = Vec::new();
    for message in messages {
        let text = message["message"].as_str().unwrap_or_default();
        let url = message["url"].as_str().unwrap_or_default();
        if !unknown_css(text) {
            let extract = message["extract"].as_str().unwrap_or_default();
            found.push(format!("{url}: {text} ({extract:?})"));
        }
    }
    assert!(
        found.is_empty(),
        "{} errors:\n{}",
        found.len(),
        found.join("\n")
    );
}
