//! The committed `src/map/geography.rs` is exactly what the generator makes from the pinned inputs.

use std::path::Path;

#[test]
fn the_committed_map_is_regenerated_byte_for_byte() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let map = mapgen::generate(
        &repo.join("tools/node_modules"),
        &repo.join("src/content/places.toml"),
    )
    .expect("the inputs from tools/package-lock.json (tools/setup installs them)");
    let fresh = mapgen::rust_module(&map);
    let committed = std::fs::read_to_string(repo.join("src/map/geography.rs")).unwrap();
    assert!(
        fresh == committed,
        "src/map/geography.rs is stale: run `cargo run -p mapgen --release` and commit the result"
    );
}
