//! Regenerates `src/map/geography.rs` from the Natural Earth npm packages: `cargo run -p mapgen --release`.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let node_modules = repo.join("tools/node_modules");
    let places = repo.join("src/content/places.toml");
    match mapgen::generate(&node_modules, &places) {
        Ok(map) => {
            let module = mapgen::rust_module(&map);
            let out = repo.join("src/map/geography.rs");
            if let Err(error) = std::fs::write(&out, &module) {
                eprintln!("mapgen: {}: cannot be written: {error}", out.display());
                return ExitCode::FAILURE;
            }
            println!(
                "mapgen: wrote src/map/geography.rs: {} bytes, {}x{} units, areas {:?}, {} markers",
                module.len(),
                map.width,
                map.height,
                mapgen::summary(&map),
                map.markers.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("mapgen: {error}");
            ExitCode::FAILURE
        }
    }
}
