//! Third-party code that a page loads only on demand, copied from tools/node_modules: lean-qr, which draws the printed handout's QR code.

use std::fmt;
use std::path::Path;

use crate::files::{self, FileError};

/// lean-qr's folder, as `tools/setup` installs it from `tools/package.json`.
const LEAN_QR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../node_modules/lean-qr");

/// lean-qr's file in the explainer's folder, which `src/handout-qr.js` imports.
pub const LEAN_QR_FILE: &str = "lean-qr.js";

/// Why lean-qr could not be copied.
#[derive(Debug)]
pub enum VendorError {
    /// Its module or licence could not be read (not installed) or its copy written.
    File(FileError),
    /// Its licence names no copyright holder, which the copy must carry.
    NoCopyright(String),
}

impl fmt::Display for VendorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VendorError::File(e) => write!(f, "{e} (tools/setup installs lean-qr)"),
            VendorError::NoCopyright(path) => {
                write!(f, "{path}: no \"Copyright\" line to keep in the copy")
            }
        }
    }
}

impl std::error::Error for VendorError {}

impl From<FileError> for VendorError {
    fn from(e: FileError) -> Self {
        VendorError::File(e)
    }
}

/// Copies lean-qr's small module (`nano.mjs`, already minified) into `folder` as
/// [`LEAN_QR_FILE`], under a comment with its licence and copyright, as the MIT licence asks.
pub fn copy_lean_qr(folder: &Path) -> Result<(), VendorError> {
    let installed = Path::new(LEAN_QR);
    let module = files::read_text(&installed.join("nano.mjs"))?;
    let licence_path = installed.join("LICENSE");
    let licence = files::read_text(&licence_path)?;
    let copyright = licence
        .lines()
        .find(|line| line.starts_with("Copyright"))
        .ok_or_else(|| VendorError::NoCopyright(licence_path.display().to_string()))?;
    let header = format!("/*! lean-qr, MIT License. {copyright} */\n");
    files::write(&folder.join(LEAN_QR_FILE), header + &module)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_copy_keeps_the_licence_and_exports_what_the_handout_imports() {
        let folder = std::env::temp_dir().join(format!("vendor-test-{}", std::process::id()));
        copy_lean_qr(&folder).unwrap();
        let copy = std::fs::read_to_string(folder.join(LEAN_QR_FILE)).unwrap();
        std::fs::remove_dir_all(&folder).unwrap();
        assert!(
            copy.starts_with("/*! lean-qr, MIT License. Copyright (c)"),
            "{}",
            &copy[..80]
        );
        assert!(
            copy.contains("as generate}"),
            "the handout imports `generate`"
        );
        let handout = include_str!("../../../src/handout-qr.js");
        assert!(handout.contains(&format!("import {{ generate }} from \"./{LEAN_QR_FILE}\";")));
    }

    #[test]
    fn a_missing_install_says_what_installs_it() {
        let e = VendorError::File(FileError::Read(
            "tools/node_modules/lean-qr/nano.mjs".into(),
            std::io::Error::from(std::io::ErrorKind::NotFound),
        ));
        assert_eq!(
            e.to_string(),
            "tools/node_modules/lean-qr/nano.mjs: cannot be read: entity not found (tools/setup installs lean-qr)"
        );
        assert_eq!(
            VendorError::NoCopyright("x/LICENSE".into()).to_string(),
            "x/LICENSE: no \"Copyright\" line to keep in the copy"
        );
    }
}
