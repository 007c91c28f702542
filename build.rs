//! Compiles `src/content/*.toml` into Rust statics; any content error fails the build with its file, line and field.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=src/content");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let errors = match content_compiler::compile_dir(&dir, "src/content") {
        Ok(compiled) => match write_out(&compiled.rust) {
            Ok(()) => return,
            Err(why) => vec![why],
        },
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    };
    for error in &errors {
        println!("cargo::error={error}");
    }
    std::process::exit(1);
}

/// Writes the compiled content where `src/model/story/mod.rs` includes it.
fn write_out(rust: &str) -> Result<(), String> {
    let dir = std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;
    let out = Path::new(&dir).join("story.rs");
    std::fs::write(&out, rust).map_err(|e| format!("{}: cannot be written: {e}", out.display()))
}
