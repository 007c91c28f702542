//! Which wasm build each page loads, and the worker builds named by their content's hash.

use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use shared::lang::Lang;

use crate::files::{self, FileError};
use crate::page::PageKind;

/// Trunk's main build (`index.html`'s first rust link), which Trunk hashes and writes into the
/// page: the first language's standalone page loads it.
pub const MAIN_BUILD: &str = "explainer";

/// Why the pages' builds could not be named.
#[derive(Debug)]
pub enum BuildsError {
    /// The staging folder has no wasm of [`MAIN_BUILD`].
    NoMainWasm,
    /// The template's loader does not name the main build's wasm (its file name).
    LoaderNamesNoWasm(String),
    /// A page's own build is missing: its wasm, and why it could not be read.
    MissingBuild(PathBuf, std::io::Error),
    /// A file of a build could not be listed or renamed.
    File(FileError),
}

impl fmt::Display for BuildsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildsError::NoMainWasm => write!(f, "the staging folder has no main wasm"),
            BuildsError::LoaderNamesNoWasm(wasm) => {
                write!(f, "index.html: its loader does not name {wasm}")
            }
            BuildsError::MissingBuild(wasm, e) => write!(
                f,
                "{}: {e}; each page but the first language's standalone page loads a build of its \
                 own (index.html's rust links)",
                wasm.display()
            ),
            BuildsError::File(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for BuildsError {}

impl From<FileError> for BuildsError {
    fn from(e: FileError) -> Self {
        BuildsError::File(e)
    }
}

/// The build a language's standalone page (`embed` false) or embed page loads, as `index.html`'s
/// rust links name it: [`MAIN_BUILD`] for the first language's standalone page, else
/// `explainer-<code>` or `explainer-embed-<code>`. Each carries its language's texts alone. The
/// others are "workers" to Trunk, which leaves them unhashed and out of the page; the prerender
/// step names each by its hash, as Trunk names the main build (`explainer-en-<hash>_bg.wasm`).
pub fn build_of(lang: Lang, embed: bool) -> String {
    match (embed, lang == Lang::ALL[0]) {
        (false, true) => MAIN_BUILD.to_owned(),
        (false, false) => format!("{MAIN_BUILD}-{}", lang.code()),
        (true, _) => format!("{MAIN_BUILD}-embed-{}", lang.code()),
    }
}

/// Whether `file` is the hashed wasm (`<build>-<hash>_bg.wasm`) of `build` in `dist/`. Trunk
/// writes its 64-bit hash in hex without leading zeros: 1 to 16 digits.
pub fn is_wasm_of(file: &str, build: &str) -> bool {
    file.strip_prefix(build)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| rest.strip_suffix("_bg.wasm"))
        .is_some_and(|hash| {
            (1..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        })
}

/// The wasm files (`…_bg.wasm`) in `folder`.
pub fn wasm_files(folder: &Path) -> Result<Vec<PathBuf>, FileError> {
    let mut found = files::list(folder)?;
    found.retain(|path| {
        path.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with("_bg.wasm"))
    });
    Ok(found)
}

/// The wasm-bindgen glue of a wasm (`….js` beside `…_bg.wasm`).
pub fn glue_of(wasm: &Path) -> PathBuf {
    let name = wasm
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    wasm.with_file_name(format!("{}.js", name.trim_end_matches("_bg.wasm")))
}

/// Names the worker build `build` in `staging` (`explainer-en_bg.wasm` and its glue) by its
/// content, as Trunk names the main build (`explainer-en-<hash>_bg.wasm`), so that hosts may
/// keep it a year. Returns its new name and its wasm.
fn hashed(staging: &Path, build: &str) -> Result<(String, PathBuf), BuildsError> {
    let wasm = staging.join(format!("{build}_bg.wasm"));
    let bytes = std::fs::read(&wasm).map_err(|e| BuildsError::MissingBuild(wasm.clone(), e))?;
    let hex: String = Sha256::digest(&bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let base = format!("{build}-{hex}");
    let named = staging.join(format!("{base}_bg.wasm"));
    files::rename(&glue_of(&wasm), &glue_of(&named))?;
    files::rename(&wasm, &named)?;
    Ok((base, named))
}

/// The builds each page loads: Trunk's main build, the first language's standalone page's
/// (`explainer-<hash>`), and every other page's own ([`build_of`]).
pub struct Builds {
    /// The main build's name, as the template's loader and preloads write it.
    main: String,
    /// Each language's builds, in the order of [`Lang::ALL`]: its standalone page's and its embed
    /// page's, each its hashed name and its wasm.
    pages: Vec<[(String, PathBuf); 2]>,
}

impl Builds {
    /// Finds the main build in `staging` and names every other page's by its content
    /// ([`hashed`]).
    pub fn name(staging: &Path, template: &str) -> Result<Builds, BuildsError> {
        let main = wasm_files(staging)?
            .into_iter()
            .find_map(|path| {
                let file = path.file_name()?.to_str()?;
                let name = file.strip_suffix("_bg.wasm")?.to_owned();
                is_wasm_of(file, MAIN_BUILD).then_some((name, path))
            })
            .ok_or(BuildsError::NoMainWasm)?;
        let main_wasm = format!("{}_bg.wasm", main.0);
        if !template.contains(&main_wasm) {
            return Err(BuildsError::LoaderNamesNoWasm(main_wasm));
        }
        let name_of = |lang: Lang, embed: bool| match build_of(lang, embed) {
            build if build == MAIN_BUILD => Ok(main.clone()),
            build => hashed(staging, &build),
        };
        let mut pages = Vec::new();
        for lang in Lang::ALL {
            pages.push([name_of(lang, false)?, name_of(lang, true)?]);
        }
        Ok(Builds {
            main: main.0,
            pages,
        })
    }

    /// A language's build of a kind of page: its name and its wasm.
    pub fn of(&self, lang: Lang, kind: PageKind) -> &(String, PathBuf) {
        &self.pages[lang.index()][usize::from(kind == PageKind::Embed)]
    }

    /// `template` (whose loader and preloads name the main build) for a language's page.
    pub fn page(&self, template: &str, lang: Lang, kind: PageKind) -> String {
        template.replace(&self.main, &self.of(lang, kind).0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_has_a_build_of_its_own_named_by_its_hash_in_dist() {
        assert_eq!(build_of(Lang::De, false), "explainer");
        assert_eq!(build_of(Lang::En, false), "explainer-en");
        assert_eq!(build_of(Lang::De, true), "explainer-embed-de");
        assert_eq!(build_of(Lang::En, true), "explainer-embed-en");
        assert!(is_wasm_of(
            "explainer-b8edd744c9546038_bg.wasm",
            "explainer"
        ));
        assert!(is_wasm_of(
            "explainer-en-0123456789abcdef_bg.wasm",
            "explainer-en"
        ));
        // Trunk drops a hash's leading zeros: one of sixteen builds has fifteen digits or fewer.
        assert!(is_wasm_of("explainer-6febfceb29f6129_bg.wasm", "explainer"));
        for (file, build) in [
            ("explainer-en-0123456789abcdef_bg.wasm", "explainer"),
            ("explainer-en_bg.wasm", "explainer-en"),
            ("explainer-b8edd744c9546038.js", "explainer"),
            ("explainer-b8edd744c9546038a_bg.wasm", "explainer"),
            ("explainer-_bg.wasm", "explainer"),
        ] {
            assert!(!is_wasm_of(file, build), "{file}");
        }
        assert_eq!(
            glue_of(Path::new("dist/explainer-en-1_bg.wasm")),
            Path::new("dist/explainer-en-1.js")
        );
    }

    #[test]
    fn a_missing_build_is_named_with_where_it_comes_from() {
        assert_eq!(
            BuildsError::NoMainWasm.to_string(),
            "the staging folder has no main wasm"
        );
        assert_eq!(
            BuildsError::LoaderNamesNoWasm("explainer-1_bg.wasm".to_owned()).to_string(),
            "index.html: its loader does not name explainer-1_bg.wasm"
        );
        let missing = BuildsError::MissingBuild(
            PathBuf::from("dist/explainer-en_bg.wasm"),
            std::io::Error::other("gone"),
        );
        assert_eq!(
            missing.to_string(),
            "dist/explainer-en_bg.wasm: gone; each page but the first language's standalone page \
             loads a build of its own (index.html's rust links)"
        );
    }
}
