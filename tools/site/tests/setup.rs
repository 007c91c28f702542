//! What tools/setup gives a fresh clone agrees with what the build's configuration names: the folders Trunk's watcher ignores, and every tool's version (tools/versions).
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
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

/// The tools' versions, as tools/versions pins them (`KEY=VALUE` lines; `#` starts a comment).
fn versions() -> BTreeMap<String, String> {
    read("tools/versions")
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (key, value) = line.split_once('=').expect("KEY=VALUE");
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

/// A package's version in Cargo.lock.
fn locked_crate(name: &str) -> String {
    let lock: toml::Table = toml::from_str(&read("Cargo.lock")).unwrap();
    let versions: Vec<&str> = lock["package"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|package| package["name"].as_str() == Some(name))
        .filter_map(|package| package["version"].as_str())
        .collect();
    assert_eq!(versions.len(), 1, "Cargo.lock: {name} {versions:?}");
    versions[0].to_owned()
}

#[test]
fn every_file_that_pins_a_tool_says_what_tools_versions_says() {
    let pins = versions();
    let pin = |key: &str| {
        pins.get(key)
            .unwrap_or_else(|| panic!("tools/versions has no {key}"))
            .as_str()
    };
    let trunk: toml::Table = toml::from_str(&read("Trunk.toml")).unwrap();
    let binaryen_major = pin("BINARYEN").split('.').next().unwrap();
    let toolchain: toml::Table = toml::from_str(&read("rust-toolchain.toml")).unwrap();
    let package: serde_json::Value = serde_json::from_str(&read("tools/package.json")).unwrap();
    let lock: serde_json::Value = serde_json::from_str(&read("tools/package-lock.json")).unwrap();
    let mut said = vec![
        (
            "Trunk.toml trunk-version",
            trunk["trunk-version"].as_str().map(str::to_owned),
            format!("={}", pin("TRUNK")),
        ),
        (
            "Trunk.toml [tools] wasm_bindgen",
            trunk["tools"]["wasm_bindgen"].as_str().map(str::to_owned),
            pin("WASM_BINDGEN").to_owned(),
        ),
        (
            "Trunk.toml [tools] wasm_opt",
            trunk["tools"]["wasm_opt"].as_str().map(str::to_owned),
            format!("version_{binaryen_major}"),
        ),
        (
            "rust-toolchain.toml channel",
            toolchain["toolchain"]["channel"]
                .as_str()
                .map(str::to_owned),
            pin("RUST").to_owned(),
        ),
        (
            "Cargo.lock wasm-bindgen",
            Some(locked_crate("wasm-bindgen")),
            pin("WASM_BINDGEN").to_owned(),
        ),
    ];
    for (key, npm) in [
        ("BINARYEN", "binaryen"),
        ("TERSER", "terser"),
        ("VNU", "vnu-jar"),
    ] {
        let json = |value: &serde_json::Value| value.as_str().map(str::to_owned);
        let wanted = pin(key).to_owned();
        said.push((
            "tools/package.json",
            json(&package["devDependencies"][npm]),
            wanted.clone(),
        ));
        said.push((
            "tools/package-lock.json",
            json(&lock["packages"][""]["devDependencies"][npm]),
            wanted.clone(),
        ));
        let installed = &lock["packages"][format!("node_modules/{npm}")]["version"];
        said.push((
            "tools/package-lock.json's node_modules",
            json(installed),
            wanted,
        ));
    }
    for (place, found, wanted) in said {
        assert_eq!(
            found.as_deref(),
            Some(wanted.as_str()),
            "{place} disagrees with tools/versions"
        );
    }
}

#[test]
fn tools_setup_reads_its_tools_versions_and_names_none_itself() {
    let setup = read("tools/setup");
    for key in ["TRUNK", "WASM_BINDGEN", "RELEASE_NIGHTLY"] {
        assert!(
            setup.contains(&format!("$(pinned {key})")),
            "tools/setup does not read {key}"
        );
    }
    for (key, version) in versions() {
        assert!(
            !setup.contains(&version),
            "tools/setup names {key}'s {version} itself"
        );
    }
}
