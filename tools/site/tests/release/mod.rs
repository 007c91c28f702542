//! What the tests of the release build share: the repository, and its release `dist/` or the word that a test skips without one.

use std::path::{Path, PathBuf};

/// The repository's root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The release build, `dist/` as `tools/build` writes it (with the `.br` copies only a release
/// build has), or `None` where there is none: a plain `cargo test` then skips the test and says
/// so (`what`: the test's subject), and `tools/test` (and so CI), which sets
/// `EXPLAINER_BROWSER_TESTS=required`, fails it.
pub fn release_dist(what: &str) -> Option<PathBuf> {
    let dist = repo().join("dist");
    if dist.join("index.html.br").exists() {
        return Some(dist);
    }
    let required = std::env::var("EXPLAINER_BROWSER_TESTS").is_ok_and(|v| v == "required");
    assert!(!required, "{what}: no release dist/: run tools/build");
    println!("{what}: skipped, no release dist/ (tools/build makes one)");
    None
}
