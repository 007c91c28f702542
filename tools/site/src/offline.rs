//! The offline copy: the service worker (`sw.js`) with this build's pages and files, and its registration in the standalone pages' loaders.

use std::fmt;
use std::path::Path;

use explainer::model::story::STORY;
use explainer::model::view::page_path;
use explainer::page::ids::HANDOUT_QR_MODULE;
use sha2::{Digest, Sha256};
use shared::json::json_string;
use shared::lang::Lang;

use crate::files::{self, FileError};
use crate::host_files::{preloaded_files, WORKER_FILE};
use crate::link_preview::MANIFEST_FILE;
use crate::loader::one_line;
use crate::preview::{Icon, APP_ICONS, FAVICON};
use crate::vendor::LEAN_QR_FILE;

/// The icons a desktop browser asks for on every load of a standalone page: the tab's and the
/// manifest's first (the larger one only on installing, the touch icon only on a phone's home
/// screen, both online).
fn site_icons() -> impl Iterator<Item = Icon> {
    [FAVICON, APP_ICONS[0]].into_iter()
}

/// The worker (`sw.js`): readable, commented, with `{build}` where [`Precache::json`] goes.
pub const WORKER: &str = include_str!("sw.js");

/// The registration (`offline.js`), with `{worker}` where the worker's address goes.
pub const REGISTRATION: &str = include_str!("offline.js");

/// The loader's start, as `loader::with_loader` writes it.
const LOADER_START: &str = "<script type=module>";

/// Why the offline copy could not be written.
#[derive(Debug)]
pub enum OfflineError {
    /// A file could not be read.
    File(FileError),
    /// A standalone page has no loader to register the worker from.
    NoLoader(Lang),
    /// A standalone page preloads no wasm, so the worker would keep a page it cannot start.
    NoWasm(String),
}

impl fmt::Display for OfflineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OfflineError::File(e) => e.fmt(f),
            OfflineError::NoLoader(lang) => write!(
                f,
                "{}index.html: no `{LOADER_START}…</script>` to register the offline copy from",
                page_path("", *lang)
            ),
            OfflineError::NoWasm(page) => write!(
                f,
                "{page}: preloads no wasm, which the offline copy would keep beside it"
            ),
        }
    }
}

impl std::error::Error for OfflineError {}

impl From<FileError> for OfflineError {
    fn from(e: FileError) -> Self {
        OfflineError::File(e)
    }
}

/// What a build's worker keeps, each file relative to the explainer's folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Precache {
    /// Each language's standalone page (`./`, `en/`), in the order of [`Lang::ALL`], with the
    /// files it preloads (its wasm, whose name carries its hash).
    pub pages: Vec<(String, Vec<String>)>,
    /// The story's data files, which the long form links, the one-page handout's QR code
    /// modules, which printing loads, and the icons each load asks for.
    pub shared: Vec<String>,
}

impl Precache {
    /// What a release `folder` (dist/) holds for the worker: every language's standalone page,
    /// the files its `<head>` preloads and the data files.
    pub fn of(folder: &Path) -> Result<Precache, OfflineError> {
        let mut pages = Vec::new();
        for lang in Lang::ALL {
            let dir = page_path("", lang);
            let file = format!("{dir}index.html");
            let html = files::read_text(&folder.join(&file))?;
            // Its preloads, and its manifest, which the browser asks for on every load.
            let assets: Vec<String> = preloaded_files(&html)
                .into_iter()
                .map(|href| resolve(&dir, href))
                .chain([format!("{dir}{MANIFEST_FILE}")])
                .collect();
            if !assets.iter().any(|a| a.ends_with(".wasm")) {
                return Err(OfflineError::NoWasm(file));
            }
            let page = if dir.is_empty() { "./".to_owned() } else { dir };
            pages.push((page, assets));
        }
        let shared = crate::data::files(&STORY)
            .into_iter()
            .map(|(path, _)| path.to_owned())
            .chain([HANDOUT_QR_MODULE, LEAN_QR_FILE].map(str::to_owned))
            .chain(site_icons().map(|icon| icon.file.to_owned()))
            .collect();
        Ok(Precache { pages, shared })
    }

    /// Every file kept, relative to the folder, each page by its file.
    pub fn files(&self) -> Vec<String> {
        let mut all = Vec::new();
        for (page, assets) in &self.pages {
            all.push(format!("{}index.html", page.trim_start_matches("./")));
            all.extend(assets.iter().cloned());
        }
        all.extend(self.shared.iter().cloned());
        all
    }

    /// The worker's `BUILD`: `{"cache":…,"pages":{"./":["…_bg.wasm"],…},"shared":[…]}`, its
    /// cache named by `cache`.
    pub fn json(&self, cache: &str) -> String {
        let list = |files: &[String]| -> String {
            let quoted: Vec<String> = files.iter().map(|f| json_string(f)).collect();
            format!("[{}]", quoted.join(","))
        };
        let pages: Vec<String> = self
            .pages
            .iter()
            .map(|(page, assets)| format!("{}:{}", json_string(page), list(assets)))
            .collect();
        format!(
            "{{\"cache\":{},\"pages\":{{{}}},\"shared\":{}}}",
            json_string(cache),
            pages.join(","),
            list(&self.shared)
        )
    }
}

/// `href`, relative to the page in `dir` (`en/`), relative to the explainer's folder.
fn resolve(dir: &str, href: &str) -> String {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in href.split('/') {
        match part {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    parts.join("/")
}

/// The cache's name for a build: a hash of the kept files' names and contents, so that any
/// change to one of them (a page's text, a wasm, a data file) is a new worker, installed on
/// the next load.
pub fn cache_name(folder: &Path, precache: &Precache) -> Result<String, FileError> {
    let mut hash = Sha256::new();
    for file in precache.files() {
        hash.update(file.as_bytes());
        hash.update([0]);
        hash.update(files::read(&folder.join(&file))?);
    }
    Ok(hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The worker for `precache`, its cache named `cache`.
pub fn worker(precache: &Precache, cache: &str) -> String {
    WORKER.replace("{build}", &precache.json(cache))
}

/// Writes `folder`'s worker: for a release, keeping its pages ([`Precache::of`]); for
/// `trunk serve`, keeping and answering nothing, so that a worker a release build left on the
/// same address gives way at the next load and its copy is deleted.
pub fn write_worker(folder: &Path, release: bool) -> Result<(), OfflineError> {
    let precache = if release {
        Precache::of(folder)?
    } else {
        Precache::default()
    };
    let cache = cache_name(folder, &precache)?;
    files::write(&folder.join(WORKER_FILE), worker(&precache, &cache))?;
    Ok(())
}

/// A standalone page of `lang` with the registration ([`REGISTRATION`]) at its loader's end.
pub fn with_registration(page: &str, lang: Lang) -> Result<String, OfflineError> {
    let start = page
        .find(LOADER_START)
        .ok_or(OfflineError::NoLoader(lang))?;
    let end = page[start..]
        .find("</script>")
        .map(|at| start + at)
        .ok_or(OfflineError::NoLoader(lang))?;
    let up = "../".repeat(page_path("", lang).matches('/').count());
    let worker = format!("{}{WORKER_FILE}", if up.is_empty() { "./" } else { &up });
    let registration = one_line(REGISTRATION).replace("{worker}", &worker);
    Ok(format!("{} {registration}{}", &page[..end], &page[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registration_ends_each_standalone_pages_loader_with_the_workers_address() {
        let page = "<head><script id=embed-mode>x</script></head><body><script type=module>const html = 1;</script></body>";
        let de = with_registration(page, Lang::De).unwrap();
        assert!(de.starts_with("<head><script id=embed-mode>x</script></head><body><script type=module>const html = 1; if (\"serviceWorker\" in navigator && self === top && !/[?&]embed=1(&|$)/.test(location.search)) { document.addEventListener(\"explainer:hydrated\""), "{de}");
        assert!(de.contains(".register(\"./sw.js\")"), "{de}");
        assert!(de.ends_with("}</script></body>"), "{de}");
        let en = with_registration(page, Lang::En).unwrap();
        assert!(en.contains(".register(\"../sw.js\")"), "{en}");
        assert!(!one_line(REGISTRATION).contains("//"));
        let error = with_registration("<body><script>x</script></body>", Lang::En).unwrap_err();
        assert_eq!(
            error.to_string(),
            "en/index.html: no `<script type=module>…</script>` to register the offline copy from"
        );
        assert_eq!(
            OfflineError::NoWasm("en/index.html".to_owned()).to_string(),
            "en/index.html: preloads no wasm, which the offline copy would keep beside it"
        );
    }

    /// A release folder in miniature: each language's page preloading its wasm, the data files,
    /// the handout's modules, the icons and the manifests.
    fn release_folder() -> std::path::PathBuf {
        let folder = std::env::temp_dir().join(format!("site-offline-{}", std::process::id()));
        let wasm = |n: usize| {
            format!("<head><link as=fetch crossorigin href=./{}e-{n}_bg.wasm rel=preload type=application/wasm></head>", "../".repeat(n.min(1)))
        };
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            let dir = page_path("", lang);
            files::write(&folder.join(format!("{dir}index.html")), wasm(i)).unwrap();
            files::write(&folder.join(format!("e-{i}_bg.wasm")), [i as u8]).unwrap();
        }
        for (path, text) in crate::data::files(&STORY) {
            files::write(&folder.join(path), text).unwrap();
        }
        for module in [HANDOUT_QR_MODULE, LEAN_QR_FILE] {
            files::write(&folder.join(module), "export {};").unwrap();
        }
        for icon in site_icons() {
            files::write(&folder.join(icon.file), [0]).unwrap();
        }
        for lang in Lang::ALL {
            files::write(
                &folder.join(format!("{}{MANIFEST_FILE}", page_path("", lang))),
                "{}",
            )
            .unwrap();
        }
        folder
    }

    #[test]
    fn the_worker_keeps_each_standalone_page_with_its_wasm_and_the_data_files() {
        let folder = release_folder();
        let precache = Precache::of(&folder).unwrap();
        assert_eq!(
            precache.pages[0],
            (
                "./".to_owned(),
                vec!["e-0_bg.wasm".to_owned(), "manifest.webmanifest".to_owned()]
            )
        );
        assert_eq!(
            precache.pages[1],
            (
                "en/".to_owned(),
                vec![
                    "e-1_bg.wasm".to_owned(),
                    "en/manifest.webmanifest".to_owned()
                ]
            )
        );
        assert_eq!(precache.pages.len(), Lang::ALL.len());
        assert!(precache.shared.contains(&"data/story.json".to_owned()));
        assert!(
            precache.shared.contains(&"handout-qr.js".to_owned()),
            "printing offline draws the QR code"
        );
        for file in precache.files() {
            assert!(folder.join(&file).is_file(), "{file}");
        }
        let json = precache.json("abc");
        assert!(
            json.starts_with(
                "{\"cache\":\"abc\",\"pages\":{\"./\":[\"e-0_bg.wasm\",\"manifest.webmanifest\"],\"en/\":[\"e-1_bg.wasm\",\"en/manifest.webmanifest\"]"
            ),
            "{json}"
        );
        // A changed file is a new cache, so a new worker.
        let before = cache_name(&folder, &precache).unwrap();
        assert_eq!(before.len(), 16);
        files::write(&folder.join("data/story.json"), "{}").unwrap();
        assert_ne!(cache_name(&folder, &precache).unwrap(), before);
        write_worker(&folder, true).unwrap();
        let script = files::read_text(&folder.join(WORKER_FILE)).unwrap();
        assert!(script.contains("const BUILD = {\"cache\":\""), "{script}");
        // `trunk serve`'s worker keeps and answers nothing.
        write_worker(&folder, false).unwrap();
        let inert = files::read_text(&folder.join(WORKER_FILE)).unwrap();
        assert!(inert.contains("\",\"pages\":{},\"shared\":[]};"), "{inert}");
        files::write(&folder.join("en/index.html"), "<head></head>").unwrap();
        let error = Precache::of(&folder).unwrap_err();
        assert_eq!(
            error.to_string(),
            "en/index.html: preloads no wasm, which the offline copy would keep beside it"
        );
        std::fs::remove_dir_all(&folder).unwrap();
        assert_eq!(resolve("en/", "../x_bg.wasm"), "x_bg.wasm");
        assert_eq!(resolve("", "./x_bg.wasm"), "x_bg.wasm");
    }
}
