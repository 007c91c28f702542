//! `tools/sources-stamp`, by which the browser tests refuse a `dist/` built from other sources: it follows the inputs' contents, committed or not, and nothing else.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;
use std::process::Command;

/// Runs `git` with `args` in `dir`, failing the test if it fails.
fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=test",
            "-c",
            "user.email=test@example.invalid",
        ])
        .args(args)
        .current_dir(dir)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// The stamp the script prints in `dir`.
fn stamp(dir: &Path) -> String {
    let output = Command::new(dir.join("tools/sources-stamp"))
        .output()
        .expect("tools/sources-stamp runs");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

#[test]
fn the_stamp_follows_every_inputs_content_committed_or_not_and_nothing_else() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("sources-stamp");
    let _ = fs::remove_dir_all(&dir);
    for folder in ["tools", "src", "styles", "tests"] {
        fs::create_dir_all(dir.join(folder)).unwrap();
    }
    fs::copy(
        repo.join("tools/sources-stamp"),
        dir.join("tools/sources-stamp"),
    )
    .unwrap();
    fs::write(dir.join(".gitignore"), "/src/generated.rs\n").unwrap();
    fs::write(dir.join("src/app.rs"), "fn main() {}\n").unwrap();
    fs::write(dir.join("styles/app.css"), "p { margin: 0 }\n").unwrap();
    git(&dir, &["init", "--quiet"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "--quiet", "-m", "sources"]);
    let first = stamp(&dir);
    assert_eq!(first.len(), 64, "a SHA-256 in hex: {first}");
    // An edit not yet committed counts, and undone it counts no more.
    fs::write(dir.join("styles/app.css"), "p { margin: 1px }\n").unwrap();
    let edited = stamp(&dir);
    assert_ne!(edited, first);
    fs::write(dir.join("styles/app.css"), "p { margin: 0 }\n").unwrap();
    assert_eq!(stamp(&dir), first);
    // So do a new file git does not know yet, and a deleted one.
    fs::write(dir.join("src/more.rs"), "\n").unwrap();
    assert_ne!(stamp(&dir), first);
    fs::remove_file(dir.join("src/more.rs")).unwrap();
    fs::remove_file(dir.join("src/app.rs")).unwrap();
    assert_ne!(stamp(&dir), first);
    fs::write(dir.join("src/app.rs"), "fn main() {}\n").unwrap();
    assert_eq!(stamp(&dir), first);
    // A file git ignores, and one outside the inputs (a test), change no build.
    fs::write(dir.join("src/generated.rs"), "\n").unwrap();
    fs::write(dir.join("tests/e2e.rs"), "\n").unwrap();
    assert_eq!(stamp(&dir), first);
    // The same edit committed stamps the same as uncommitted: the contents count, not git's.
    fs::write(dir.join("styles/app.css"), "p { margin: 1px }\n").unwrap();
    git(&dir, &["commit", "--quiet", "-am", "an edit"]);
    assert_eq!(stamp(&dir), edited);
}
