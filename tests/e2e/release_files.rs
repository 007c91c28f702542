//! The release build's files: every text asset and the wasm precompressed beside it, for hosts that serve such files, and the headers `_headers` gives hosts.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::prelude::*;
use explainer::i18n::Text;
use explainer::model::story::LONG_FORM_TEXT;
use explainer::model::view::page_path;
use explainer_site::builds::{build_of, is_wasm_of};
use explainer_site::glue::inline_glue;
use explainer_site::host_files::preloaded_files;
use explainer_site::link_preview::MANIFEST_FILE;
use explainer_site::preview::icons;

/// Every file below `folder`.
fn files(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// Every build: each language's standalone page's (`false`) and embed page's (`true`).
fn builds() -> impl Iterator<Item = (Lang, bool)> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| [(lang, false), (lang, true)])
}

/// The release wasm in dist/ of a language's standalone page (`false`) or embed page.
fn release_wasm((lang, embed): (Lang, bool)) -> PathBuf {
    let build = build_of(lang, embed);
    files(&dist_dir())
        .into_iter()
        .find(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            is_wasm_of(name, &build)
        })
        .unwrap_or_else(|| panic!("no wasm of the build {build} in dist/"))
}

fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{suffix}"));
    PathBuf::from(name)
}

#[tokio::test]
async fn every_asset_has_brotli_and_gzip_copies_that_decompress_to_it() {
    if support::skip() {
        return;
    }
    let all = files(&dist_dir());
    let assets: Vec<&PathBuf> = all
        .iter()
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ["html", "js", "css", "wasm", "json", "svg", "csv"].contains(&e))
        })
        .collect();
    let data = explainer::model::data_files::FILES;
    let pages = support::every_page_file();
    let oembed: Vec<String> = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            ["oembed.json", "oembed-light.json", "oembed-dark.json"]
                .map(|file| format!("{}{file}", support::folder_of(lang)))
        })
        .collect();
    for needed in pages
        .iter()
        .chain(&oembed)
        .map(String::as_str)
        .chain(["embed.js"])
        .chain(data)
    {
        assert!(
            assets.iter().any(|p| p.ends_with(needed)),
            "no {needed} in dist/"
        );
    }
    assert!(assets
        .iter()
        .any(|p| p.extension().is_some_and(|e| e == "wasm")));
    for asset in assets {
        let original = std::fs::read(asset).unwrap();
        let gz = std::fs::read(beside(asset, "gz"))
            .unwrap_or_else(|e| panic!("{}.gz: {e}", asset.display()));
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(gz.as_slice())
            .read_to_end(&mut unzipped)
            .unwrap();
        assert!(unzipped == original, "{}.gz", asset.display());
        let br = std::fs::read(beside(asset, "br"))
            .unwrap_or_else(|e| panic!("{}.br: {e}", asset.display()));
        let mut unbrotlied = Vec::new();
        brotli::Decompressor::new(br.as_slice(), 4096)
            .read_to_end(&mut unbrotlied)
            .unwrap();
        assert!(unbrotlied == original, "{}.br", asset.display());
        assert!(
            br.len() <= gz.len() || original.len() < 1024,
            "{}: brotli larger than gzip",
            asset.display()
        );
    }
}

#[test]
fn the_newsrooms_embed_script_is_minified() {
    if support::skip() {
        return;
    }
    let source = include_str!("../../src/embed.js");
    let script = std::fs::read_to_string(dist_dir().join("embed.js")).unwrap();
    assert!(
        script.len() * 2 < source.len(),
        "{} of {} bytes",
        script.len(),
        source.len()
    );
    // What pages and the explainer exchange with it keeps its spelling.
    for kept in [
        "[data-explainer]",
        "data-theme",
        "\"explainer-\"",
        "/embed.html",
    ] {
        assert!(script.contains(kept), "{kept}");
    }
}

#[tokio::test]
async fn the_wasm_and_its_minified_glue_share_only_short_names() {
    if support::skip() {
        return;
    }
    for build in builds() {
        short_names_only(build);
    }
}

/// The release page in dist/ of a language's standalone page (`false`) or embed page.
fn release_page((lang, embed): (Lang, bool)) -> String {
    let file = page_path("", lang) + if embed { "embed.html" } else { "index.html" };
    std::fs::read_to_string(dist_dir().join(file)).unwrap()
}

#[tokio::test]
async fn each_page_carries_its_builds_glue_and_no_glue_file_ships() {
    if support::skip() {
        return;
    }
    for build in builds() {
        let page = release_page(build);
        let glue = inline_glue(&page).unwrap_or_else(|| panic!("{build:?}: no glue"));
        // The glue's own default export, run in the loader's `try`, starts the page's build.
        let wasm = release_wasm(build);
        let wasm = wasm.file_name().unwrap().to_str().unwrap();
        let folder = if page_path("", build.0).is_empty() {
            "./"
        } else {
            "../"
        };
        let start = format!("await init({{ module_or_path: \"{folder}{wasm}\" }})");
        assert!(page.contains(&start), "{build:?}: {start}");
        assert!(!page.contains("await import("), "{build:?}");
        let preloads = preloaded_files(&page);
        assert!(!preloads.iter().any(|f| f.ends_with(".js")), "{build:?}");
        assert!(glue.contains("WebAssembly.instantiate"), "{build:?}");
    }
    let scripts: Vec<PathBuf> = files(&dist_dir())
        .into_iter()
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            name.starts_with("explainer-") && name.contains(".js")
        })
        .collect();
    assert!(scripts.is_empty(), "{scripts:?}");
}

/// Asserts that the wasm of `build` and the glue its page carries share only short names.
fn short_names_only(build: (Lang, bool)) {
    let wasm_path = release_wasm(build);
    let explainer_site::short_names::Names {
        imports: imported,
        exports: exported,
    } = explainer_site::short_names::names(&std::fs::read(wasm_path).unwrap()).unwrap();
    let page = release_page(build);
    let glue = inline_glue(&page).unwrap();
    // Minified (terser): 37 KB as wasm-bindgen writes it.
    assert!(glue.len() < 20_000, "{} bytes", glue.len());
    assert!(imported.len() > 50, "{} imports", imported.len());
    for (module, field) in &imported {
        assert!(
            module.len() <= 2 && field.len() <= 2,
            "import {module} {field}"
        );
    }
    for name in exported.iter().filter(|n| *n != "memory") {
        assert!(name.len() <= 2, "export {name}");
    }
    // Whatever the glue calls, the wasm exports under that name.
    for call in glue.split("wasm.").skip(1) {
        let name: String = call
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '$')
            .collect();
        assert!(exported.contains(&name), "the glue calls wasm.{name}");
    }
}

#[tokio::test]
async fn each_build_carries_its_pages_interface_texts_and_reads_the_story_from_its_page() {
    if support::skip() {
        return;
    }
    let quote = &STORY.quotes[0];
    for build in builds() {
        let (page_lang, embed) = build;
        let wasm = std::fs::read(release_wasm(build)).unwrap();
        let carries = |text: &str| wasm.windows(text.len()).any(|w| w == text.as_bytes());
        let page = std::fs::read_to_string(dist_dir().join(format!(
            "{}{}",
            page_path("", page_lang),
            if embed { "embed.html" } else { "index.html" }
        )))
        .unwrap();
        for lang in Lang::ALL {
            // An interface text the stage renders: each page's build has it in its own
            // language only.
            let own = lang == page_lang;
            let text = Text::CopyQuote.get(lang);
            assert_eq!(carries(text), own, "{build:?}: {text:?}");
            // Interface texts only the host writes (kept markup) are in no build.
            let text = Text::SkipToStory.get(lang);
            assert!(!carries(text), "{build:?} carries {text:?}");
            // The story's texts (the first event's title, the headline) are in no build: each
            // page holds its own language's for its build to read. A quote card shows the
            // originals' wordings a tap away: a page holds a quote's words in its own language
            // and the originals' (`Lang::offers`), no other.
            let words = quote.words.get(lang);
            for text in [
                STORY.events[0].title.get(lang),
                STORY.title.get(lang),
                words,
            ] {
                assert!(!carries(text), "{build:?} carries {text:?}");
            }
            assert_eq!(
                page.contains(&shared::json::json_string(words).replace('<', "\\u003c")),
                page_lang.offers(lang),
                "{build:?}: the page's wording {words:?}"
            );
            // The standalone page's language switch names every language in itself.
            assert!(embed || carries(lang.own_name()), "{build:?}");
            // Only the host renders the long form.
            for text in [
                LONG_FORM_TEXT.intro.get(lang),
                LONG_FORM_TEXT.credit.get(lang),
            ] {
                assert!(!carries(text), "{build:?} carries {text:?}");
            }
        }
        assert!(
            page.contains(&explainer::page::texts::element(
                &explainer::model::story::STORY_TEXTS,
                page_lang
            )),
            "{build:?}: the page's texts"
        );
        // The header and the embed dialog are the standalone pages' alone.
        for class in ["story-header__", "embed-dialog__", "language-switch"] {
            assert_eq!(carries(class), !embed, "{build:?}: {class}");
        }
    }
}

/// The one inline style of a built page.
fn inline_style(page: &str) -> String {
    let html = std::fs::read_to_string(dist_dir().join(page)).unwrap();
    let start = html.find("<style>").expect("an inline style") + "<style>".len();
    let end = start + html[start..].find("</style>").unwrap();
    html[start..end].to_owned()
}

#[tokio::test]
async fn the_embed_page_leaves_out_the_long_forms_and_the_headers_styles() {
    if support::skip() {
        return;
    }
    // The long form's components are never in the wasm, and an embed shows no long form; the
    // embed pages' wasm has no header and no embed dialog either.
    let long_form = [
        ".story-header",
        ".language-switch",
        ".embed-dialog",
        ".long-form",
        ".troop-chart",
        ".event-list",
        ".figure-list",
        ".place-list",
        ".source-list",
        "#speaker-filter-",
    ];
    // What the stage and its moment show, in the embed as in the standalone page.
    let stage = [
        ".stage",
        ".story-map__border",
        ".map-legend",
        ".time-control",
        ".moment",
        ".quote-card__",
        ".claim-badge",
        ".source-refs",
        ".app__credit",
    ];
    for lang in Lang::ALL.map(support::folder_of) {
        let standalone = inline_style(&format!("{lang}index.html"));
        let embed = inline_style(&format!("{lang}embed.html"));
        // Other stylesheets (the app's, print's) may name the long form's classes too: its own
        // stylesheets are gone, the stage's all there.
        let uses = |css: &str, class: &str| css.matches(class).count();
        for class in long_form {
            assert!(
                uses(&embed, class) < uses(&standalone, class),
                "{lang}embed.html keeps the stylesheet of {class}"
            );
        }
        for class in stage {
            assert!(uses(&embed, class) > 0, "{lang}embed.html lacks {class}");
            assert_eq!(
                uses(&embed, class),
                uses(&standalone, class),
                "{lang}embed.html: {class}"
            );
        }
        assert!(embed.len() < standalone.len() * 9 / 10);
    }
}

/// The page's fetches of the explainer's scripts and wasm: each file's name, and when the browser
/// asked for it, in ms after the page's first bytes.
const EXPLAINER_FETCHES: &str = "const page = performance.getEntriesByType('navigation')[0]; \
 return performance.getEntriesByType('resource').filter(e => /\\/explainer-[^/]*\\.(js|wasm)$/.test(e.name)) \
   .map(e => [e.name.split('/').pop(), e.fetchStart - page.responseStart]);";

/// The requests before the offline copy's worker was asked for (`sw.js`): what the page itself
/// requested, before the worker, once the page had hydrated, kept its copy.
fn before_worker(requests: &[String]) -> &[String] {
    let worker = requests.iter().position(|r| r.ends_with("/sw.js"));
    &requests[..worker.unwrap_or(requests.len())]
}

/// How often `requests` asked for the glue and for the wasm.
fn glue_and_wasm(requests: &[String]) -> [usize; 2] {
    [".js", "_bg.wasm"].map(|asset| requests.iter().filter(|r| r.ends_with(asset)).count())
}

#[tokio::test]
async fn a_host_sends_each_pages_preloads_before_the_page() {
    if support::skip() {
        return;
    }
    // Served as `_headers` asks, each page's response names its wasm: the browser requests it
    // while the page's first bytes wait, once, and no glue (the page carries it). (About 50 ms
    // after the page's first byte here; without the header, after the pause.)
    let server = StaticServer::start_as_host(dist_dir());
    let mut browser = Browser::start(412, 823).await;
    // Each page as a reader's first: the wasm is not kept from the page before.
    browser.cdp("Network.enable", serde_json::json!({})).await;
    browser
        .cdp(
            "Network.setCacheDisabled",
            serde_json::json!({ "cacheDisabled": true }),
        )
        .await;
    for file in support::every_page_file() {
        let file = file.as_str();
        // Its first 100 bytes, then a pause: the page's own preloads come later.
        server.pause_after(file, 100);
        let before = server.requests.lock().unwrap().len();
        browser
            .open(&server.url(file.trim_end_matches("index.html")))
            .await;
        let fetches = browser.eval(EXPLAINER_FETCHES).await;
        let fetches = fetches.as_array().unwrap();
        assert_eq!(fetches.len(), 1, "/{file}: {fetches:?}");
        for fetch in fetches {
            let after = fetch[1].as_f64().unwrap();
            assert!(
                after < support::PARSER_PAUSE.as_millis() as f64 * 0.9,
                "/{file}: {fetch} was requested after the page's pause"
            );
        }
        if file == "index.html" {
            browser.wait_offline_copy().await;
        }
        let requests = server.requests.lock().unwrap()[before..].to_vec();
        // The page's own: on the first, what came before its worker (which then kept the
        // page's copy); on the others, all but the worker's script, asked for again.
        let own: Vec<String> = match file {
            "index.html" => before_worker(&requests),
            _ => &requests,
        }
        .iter()
        .filter(|r| !r.ends_with("/sw.js"))
        .cloned()
        .collect();
        assert_eq!(glue_and_wasm(&own), [0, 1], "/{file}: {requests:?}");
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_reader_who_comes_back_loads_only_the_page() {
    if support::skip() {
        return;
    }
    // `_headers` keeps the hashed wasm a year: another page of the explainer, or the same one
    // opened again, asks the host for its page alone (which carries its glue). Each page has a
    // build of its own, and loads it once.
    let server = StaticServer::start_as_host(dist_dir());
    let mut browser = Browser::start(412, 823).await;
    // Every page, then every page again in another order.
    let every = support::every_page();
    let pages: Vec<&String> = every.iter().chain(every.iter().rev()).collect();
    for (i, page) in pages.iter().enumerate() {
        browser.open(&format!("{}{page}", server.url(""))).await;
        if i == 0 {
            // The offline copy's worker keeps the first page (asking for it once more) with
            // its wasm (from the browser's cache) and the data files, then answers the pages'
            // wasm from its copy.
            browser.wait_offline_copy().await;
        }
    }
    let requests: Vec<String> = server
        .requests
        .lock()
        .unwrap()
        .iter()
        // The worker's own and what it keeps after ready: the data files and the one-page
        // handout's two modules.
        .filter(|r| {
            !r.ends_with("/sw.js")
                && !r.contains("/data/")
                && !r.ends_with("/handout-qr.js")
                && !r.ends_with("/lean-qr.js")
        })
        .cloned()
        .collect();
    assert_eq!(glue_and_wasm(&requests), [0, every.len()], "{requests:?}");
    for (lang, embed) in builds() {
        let build = build_of(lang, embed);
        // `/explainer-en-<hash>.js`, `…_bg.wasm`: the build's name before its hash.
        let of_build = |request: &&String| {
            let file = request.rsplit('/').next().unwrap_or_default();
            let name = file.strip_suffix(".js").or(file.strip_suffix("_bg.wasm"));
            name.and_then(|n| n.rsplit_once('-'))
                .is_some_and(|(b, _)| b == build)
        };
        let loads = requests.iter().filter(of_build).count();
        assert_eq!(loads, 1, "{build}: {requests:?}");
    }
    // The browser's own fetches beside the pages: the tab's icon, and for a standalone page its
    // manifest and the manifest's icon, which no part of the page waits for.
    let browsers_own = |request: &&String| {
        let file = request.rsplit('/').next().unwrap_or_default();
        file == MANIFEST_FILE || icons().any(|icon| icon.file == file)
    };
    let page_requests = requests
        .iter()
        .filter(|r| !r.contains("/explainer-") && !browsers_own(r))
        .count();
    assert_eq!(page_requests, pages.len() + 1, "{requests:?}");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}
