//! What tools/setup gives a fresh clone agrees with what the build's configuration names: the folders Trunk's watcher ignores.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository's root.
fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A file of the repository, as text.
fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The folders tools/setup makes: its one `setup_folders=(…)` line.
fn setup_folders() -> Vec<String> {
    let setup = read("tools/setup");
    let lines: Vec<&str> = setup
        .lines()
        .filter_map(|line| line.strip_prefix("setup_folders=("))
        .collect();
    assert_eq!(lines.len(), 1, "tools/setup: one `setup_folders=(…)` line");
    let list = lines[0]
        .strip_suffix(')')
        .expect("setup_folders=(…) on one line");
    list.split_whitespace().map(str::to_owned).collect()
}

/// Whether git tracks anything at `path`, so that a fresh clone has it (false without git).
fn tracked(path: &str) -> bool {
    Command::new("git")
        .args(["ls-files", "--", path])
        .current_dir(repo())
        .output()
        .is_ok_and(|out| out.status.success() && !out.stdout.is_empty())
}

#[test]
fn every_path_trunks_watcher_ignores_is_there_on_a_fresh_clone_after_setup() {
    let trunk: toml::Table = toml::from_str(&read("Trunk.toml")).unwrap();
    let ignored = trunk["watch"]["ignore"].as_array().expect("[watch] ignore");
    let made = setup_folders();
    assert!(made.contains(&"target".to_owned()), "{made:?}");
    for path in ignored {
        let path = path.as_str().expect("a path");
        assert!(
            made.iter().any(|folder| folder == path) || tracked(path),
            "Trunk.toml's [watch] ignore names {path}, which a fresh clone lacks until a build, \
             and `trunk serve` stops at once without it: add it to tools/setup's setup_folders"
        );
    }
}
