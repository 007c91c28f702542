//! Reading and writing the staging folder's files, each failure naming its file.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// Why a file of the build could not be read, written, listed, renamed or removed.
#[derive(Debug)]
pub enum FileError {
    /// The file could not be read.
    Read(PathBuf, io::Error),
    /// The file (or its folder) could not be written.
    Write(PathBuf, io::Error),
    /// The folder could not be listed.
    List(PathBuf, io::Error),
    /// The file could not be renamed to the second path.
    Rename(PathBuf, PathBuf, io::Error),
    /// The file could not be removed.
    Remove(PathBuf, io::Error),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::Read(path, e) => write!(f, "{}: cannot be read: {e}", path.display()),
            FileError::Write(path, e) => write!(f, "{}: cannot be written: {e}", path.display()),
            FileError::List(path, e) => write!(f, "{}: cannot be listed: {e}", path.display()),
            FileError::Rename(from, to, e) => write!(
                f,
                "{}: cannot be renamed to {}: {e}",
                from.display(),
                to.display()
            ),
            FileError::Remove(path, e) => write!(f, "{}: cannot be removed: {e}", path.display()),
        }
    }
}

impl std::error::Error for FileError {}

/// The bytes of a file.
pub fn read(path: &Path) -> Result<Vec<u8>, FileError> {
    std::fs::read(path).map_err(|e| FileError::Read(path.to_owned(), e))
}

/// The text of a file.
pub fn read_text(path: &Path) -> Result<String, FileError> {
    std::fs::read_to_string(path).map_err(|e| FileError::Read(path.to_owned(), e))
}

/// Writes `bytes` to `path`, making its folder first where it is missing.
pub fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<(), FileError> {
    let failed = |e| FileError::Write(path.to_owned(), e);
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(failed)?;
    }
    std::fs::write(path, bytes).map_err(failed)
}

/// Every entry of a folder, files and folders, in the order the system lists them.
pub fn list(folder: &Path) -> Result<Vec<PathBuf>, FileError> {
    let failed = |e| FileError::List(folder.to_owned(), e);
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(failed)? {
        found.push(entry.map_err(failed)?.path());
    }
    Ok(found)
}

/// Renames the file `from` to `to`.
pub fn rename(from: &Path, to: &Path) -> Result<(), FileError> {
    std::fs::rename(from, to).map_err(|e| FileError::Rename(from.to_owned(), to.to_owned(), e))
}

/// Removes the file `path`.
pub fn remove(path: &Path) -> Result<(), FileError> {
    std::fs::remove_file(path).map_err(|e| FileError::Remove(path.to_owned(), e))
}

/// `path` with `.suffix` after its whole name (`a.js` and `br`: `a.js.br`).
pub fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{suffix}"));
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_names_its_file_and_what_failed() {
        let error = || io::Error::other("no space");
        let (a, b) = (PathBuf::from("dist/a.js"), PathBuf::from("dist/b.js"));
        let cases = [
            (
                FileError::Read(a.clone(), error()),
                "dist/a.js: cannot be read: no space",
            ),
            (
                FileError::Write(a.clone(), error()),
                "dist/a.js: cannot be written: no space",
            ),
            (
                FileError::List(a.clone(), error()),
                "dist/a.js: cannot be listed: no space",
            ),
            (
                FileError::Rename(a.clone(), b, error()),
                "dist/a.js: cannot be renamed to dist/b.js: no space",
            ),
            (
                FileError::Remove(a, error()),
                "dist/a.js: cannot be removed: no space",
            ),
        ];
        for (failure, message) in cases {
            assert_eq!(failure.to_string(), message);
        }
    }

    #[test]
    fn a_missing_file_is_named_and_a_written_one_reads_back() {
        let folder = std::env::temp_dir().join(format!("site-files-{}", std::process::id()));
        let file = folder.join("deeper/a.txt");
        assert!(matches!(read(&file), Err(FileError::Read(path, _)) if path == file));
        write(&file, "text").unwrap();
        assert_eq!(read_text(&file).unwrap(), "text");
        assert_eq!(list(&folder).unwrap(), [folder.join("deeper")]);
        assert_eq!(beside(&file, "br"), folder.join("deeper/a.txt.br"));
        remove(&file).unwrap();
        assert!(matches!(remove(&file), Err(FileError::Remove(..))));
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
