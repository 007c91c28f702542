//! Compiles `src/content/*.toml` into Rust statics; any content error fails the build with its file, line and field.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=src/content");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    match content_compiler::compile_dir(&dir, "src/content") {
        Ok(compiled) => {
            let out =
                Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("story.rs");
            std::fs::write(&out, compiled.rust).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            for error in &errors {
                println!("cargo::error={error}");
            }
            std::process::exit(1);
        }
    }
}
