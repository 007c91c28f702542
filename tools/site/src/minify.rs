//! The glue and `embed.js` minified by terser, which `tools/setup` installs from `tools/package.json`.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::builds::{glue_of, wasm_files};
use crate::files::FileError;

/// Where `tools/setup` installs the npm tools (`tools/package.json`).
pub const NPM_TOOLS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../node_modules/.bin");

/// Why a script could not be minified.
#[derive(Debug)]
pub enum MinifyError {
    /// terser (its path) could not be started.
    CannotRun(PathBuf, std::io::Error),
    /// terser failed on the script (its path), saying this.
    Failed(PathBuf, String),
    /// The folder's builds could not be listed.
    File(FileError),
}

impl fmt::Display for MinifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MinifyError::CannotRun(terser, e) => write!(
                f,
                "{}: cannot be run ({e}); tools/setup installs it",
                terser.display()
            ),
            MinifyError::Failed(script, said) => {
                write!(f, "{}: terser failed: {said}", script.display())
            }
            MinifyError::File(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for MinifyError {}

impl From<FileError> for MinifyError {
    fn from(e: FileError) -> Self {
        MinifyError::File(e)
    }
}

/// Minifies the glue of each wasm in `folder` with terser (Trunk's own minifier leaves
/// wasm-bindgen's glue as it is): 4.7 → 3.4 KB brotli. The exports' variable keeps its name,
/// `wasm`, by which the release files' test finds what the glue calls. Then the newsrooms'
/// `embed.js`, a classic script whose top-level names terser leaves alone: 1.2 → 0.7 KB brotli.
pub fn minify_scripts(folder: &Path) -> Result<(), MinifyError> {
    for wasm in wasm_files(folder)? {
        terser(
            &glue_of(&wasm),
            &["--module", "--mangle", "reserved=[wasm]"],
        )?;
    }
    terser(&folder.join("embed.js"), &["--mangle"])
}

/// Rewrites `script` minified by terser, with `args` beside its compression.
fn terser(script: &Path, args: &[&str]) -> Result<(), MinifyError> {
    let terser = Path::new(NPM_TOOLS).join("terser");
    let output = std::process::Command::new(&terser)
        .arg(script)
        .args(["--compress", "passes=2"])
        .args(args)
        .arg("--output")
        .arg(script)
        .output()
        .map_err(|e| MinifyError::CannotRun(terser.clone(), e))?;
    if output.status.success() {
        Ok(())
    } else {
        let said = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        Err(MinifyError::Failed(script.to_owned(), said))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_names_the_script_or_the_missing_terser() {
        let cannot = MinifyError::CannotRun(
            PathBuf::from("tools/node_modules/.bin/terser"),
            std::io::Error::other("not found"),
        );
        assert_eq!(
            cannot.to_string(),
            "tools/node_modules/.bin/terser: cannot be run (not found); tools/setup installs it"
        );
        let failed = MinifyError::Failed(PathBuf::from("dist/embed.js"), "Unexpected token".into());
        assert_eq!(
            failed.to_string(),
            "dist/embed.js: terser failed: Unexpected token"
        );
    }
}
