//! The size budget: each page and each wasm of the release `dist/`, brotli-compressed, stays within the budget `docs/size.md` writes down.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod release;

use std::path::{Path, PathBuf};

use explainer_site::builds::{build_of, is_wasm_of};
use release::{release_dist, repo};
use shared::lang::Lang;

/// The budget table of `docs/size.md`: (file, bytes today, budget), one row per file.
fn budget() -> Vec<(String, u64, u64)> {
    let doc = std::fs::read_to_string(repo().join("docs/size.md")).unwrap();
    let number = |cell: &str| cell.trim().replace(',', "").parse::<u64>().ok();
    doc.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim().strip_prefix('|')?.split('|').collect();
            let file = cells.first()?.trim().trim_matches('`');
            Some((
                file.to_owned(),
                number(cells.get(1)?)?,
                number(cells.get(2)?)?,
            ))
        })
        .collect()
}

/// The file of `dist/` a budget row names: a page by its path, a wasm by its build's name.
fn file_of(dist: &Path, name: &str) -> Option<PathBuf> {
    match name.strip_suffix(" (wasm)") {
        Some(build) => std::fs::read_dir(dist).ok()?.find_map(|entry| {
            let path = entry.ok()?.path();
            let file = path.file_name()?.to_str()?;
            is_wasm_of(file, build).then_some(path)
        }),
        None => Some(dist.join(name)),
    }
}

#[test]
fn the_budget_holds_each_page_and_wasm_at_most_two_percent_over_its_size_when_set() {
    let rows = budget();
    let mut wanted = Vec::new();
    for lang in Lang::ALL {
        // The default language's pages lie in the folder itself, the others' in `<code>/`.
        let folder = if lang == Lang::default() {
            String::new()
        } else {
            format!("{}/", lang.code())
        };
        wanted.push(format!("{folder}index.html"));
        wanted.push(format!("{folder}embed.html"));
    }
    for lang in Lang::ALL {
        for embed in [false, true] {
            wanted.push(format!("{} (wasm)", build_of(lang, embed)));
        }
    }
    for name in &wanted {
        let row = rows.iter().find(|(file, ..)| file == name);
        let (_, today, budget) =
            row.unwrap_or_else(|| panic!("docs/size.md has no row for {name}"));
        assert!(
            *budget <= today + today / 50,
            "{name}: the budget {budget} is more than 2 % over the size it was set at, {today}"
        );
    }
}

#[test]
fn every_page_and_wasm_of_the_release_build_keeps_within_its_budget() {
    let Some(dist) = release_dist("size budget") else {
        return;
    };
    for (name, _, budget) in budget() {
        let file = file_of(&dist, &name).unwrap_or_else(|| panic!("dist/ has no {name}"));
        let compressed = PathBuf::from(format!("{}.br", file.display()));
        let size = std::fs::metadata(&compressed)
            .unwrap_or_else(|e| panic!("{}: {e}", compressed.display()))
            .len();
        assert!(
            size <= budget,
            "{name}: {size} bytes brotli, over its budget of {budget} (docs/size.md)"
        );
    }
}
