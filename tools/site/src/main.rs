//! Trunk's post_build hook: renders the first view into the staged `index.html` (German) and `en/index.html` (English), and each language's embed page (`embed.html`).
//
// Beside each page it writes `oembed.json` (and `oembed-light.json`, `oembed-dark.json`), for
// the public address in `EXPLAINER_URL` (by default `trunk serve`'s, which is right for previews
// and wrong for a deployment: a release build without it says so), and in the folder the
// story's data (`data/`).
//
// For release builds it also writes the strict Content Security Policy into each page as a
// `<meta>`; `_headers`, with each page's framing policy, preloads and the hashed files' caching;
// and `_redirects` for themed oEmbed. Development builds get none, since `trunk serve` injects
// its own reload script. Release builds then get short names for what the
// wasm and its glue share, the glue and `embed.js` minified by terser, and last every text asset and the wasm
// precompressed beside it (`.br`, `.gz`), for hosts that serve such files.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use base64ct::{Base64, Encoding};
use explainer::model::view::{page_path, Theme, View};
use explainer::page::parts::Part;
use explainer::ui::app::{embed_title_markup, notices_markup, App, AppProps};
use explainer::ui::long_form::{LongForm, LongFormProps};
use explainer::ui::map_areas::areas_markup;
use explainer::ui::quote_section::speaker_filter_css;
use explainer::ui::stage::StageMarkup;
use explainer::ui::stage_part::{StagePart, StagePartProps};
use explainer::ui::story_map::{definitions_markup, description_markup};
use explainer::ui::time_control::{axis_css, axis_markup};
use explainer_site::prerender::{
    build_of, content_security_policy, headers_file, inline_scripts, inline_styles, is_wasm_of,
    oembed_file, oembed_json, page, preload_header, preloaded_files, public_url, redirects_file,
    styles_any_of, stylesheet_links, themed_css, unnamed_markers, with_inline_glue,
    with_inline_styles, with_policy, InlineHashes, PageHeaders, PageKind, MAIN_BUILD, PREVIEW_URL,
    PUBLIC_URL_VAR,
};
use explainer_site::short_names::shorten;
use sha2::{Digest, Sha256};
use shared::lang::Lang;

fn hash(script: &str) -> String {
    format!(
        "sha256-{}",
        Base64::encode_string(&Sha256::digest(script.as_bytes()))
    )
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    }
    std::fs::write(path, text).map_err(|e| e.to_string())
}

/// Joins the component stylesheets, with the rules that follow the content (the speaker
/// filter's, the time axis's) and the forced themes, into one `<style>` in the page's head,
/// and removes the parts. Returns the standalone page's template, with every stylesheet, and the
/// embed pages', with those that can style what the embed pages' wasm (`embed_wasm`) shows: the
/// long form's, the header's and the embed dialog's stay out of it.
fn inline_styles_of(
    staging: &Path,
    template: &str,
    embed_wasm: &Path,
) -> Result<(String, String), String> {
    let links = stylesheet_links(template);
    if links.is_empty() {
        return Ok((template.to_owned(), template.to_owned()));
    }
    // Every class the wasm can write stands in its data as text; the kept markup's, which only
    // the host writes (`markup::kept_markup`), stand in that markup: the kept markup of an embed
    // page's stage and app (the header's is the standalone page's alone).
    let bytes = std::fs::read(embed_wasm).map_err(|e| format!("{}: {e}", embed_wasm.display()))?;
    let kept: String = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            [
                areas_markup(lang),
                axis_markup(lang),
                definitions_markup(lang),
                description_markup(lang),
                notices_markup(lang),
                embed_title_markup(lang),
            ]
        })
        .collect();
    let shown = String::from_utf8_lossy(&bytes) + kept.as_str();
    let (mut all, mut embed) = (String::new(), String::new());
    for (_, file) in &links {
        let path = staging.join(file);
        let css = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if styles_any_of(&css, &shown) {
            embed.push_str(&css);
            embed.push('\n');
        }
        all.push_str(&css);
        all.push('\n');
    }
    // The speaker filter is the long form's, which an embed page does not have.
    let template_with = |css: String| with_inline_styles(template, &links, &themed_css(&css));
    let templates = (
        template_with(all + &speaker_filter_css() + &axis_css()),
        template_with(embed + &axis_css()),
    );
    for (_, file) in &links {
        std::fs::remove_file(staging.join(file)).map_err(|e| format!("{file}: {e}"))?;
    }
    Ok(templates)
}

/// The wasm files (`…_bg.wasm`) in `folder`.
fn wasm_files(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with("_bg.wasm"))
        {
            found.push(path);
        }
    }
    Ok(found)
}

/// The builds each page loads: Trunk's main build, the first language's standalone page's
/// (`explainer-<hash>`), and every other page's own ([`build_of`]).
struct Builds {
    /// The main build's name, as the template's loader and preloads write it.
    main: String,
    /// Each language's builds, in the order of [`Lang::ALL`]: its standalone page's and its embed
    /// page's, each its hashed name and its wasm.
    pages: Vec<[(String, PathBuf); 2]>,
}

/// Names the worker build `build` in `staging` (`explainer-en_bg.wasm` and its glue) by its
/// content, as Trunk names the main build (`explainer-en-<hash>_bg.wasm`), so that hosts may
/// keep it a year. Returns its new name and its wasm.
fn hashed(staging: &Path, build: &str) -> Result<(String, PathBuf), String> {
    let wasm = staging.join(format!("{build}_bg.wasm"));
    let bytes = std::fs::read(&wasm).map_err(|e| {
        format!(
            "{}: {e}; each page but the first language's standalone page loads a build of its \
             own (index.html's rust links)",
            wasm.display()
        )
    })?;
    let hex: String = Sha256::digest(&bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let base = format!("{build}-{hex}");
    let named = staging.join(format!("{base}_bg.wasm"));
    for (from, to) in [(glue_of(&wasm), glue_of(&named)), (wasm, named.clone())] {
        std::fs::rename(&from, to).map_err(|e| format!("{}: {e}", from.display()))?;
    }
    Ok((base, named))
}

impl Builds {
    /// Finds the main build in `staging` and names every other page's by its content
    /// ([`hashed`]).
    fn name(staging: &Path, template: &str) -> Result<Builds, String> {
        let main = wasm_files(staging)?
            .into_iter()
            .find_map(|path| {
                let file = path.file_name()?.to_str()?;
                let name = file.strip_suffix("_bg.wasm")?.to_owned();
                is_wasm_of(file, MAIN_BUILD).then_some((name, path))
            })
            .ok_or("the staging folder has no main wasm")?;
        if !template.contains(&format!("{}_bg.wasm", main.0)) {
            return Err(format!(
                "index.html: its loader does not name {}_bg.wasm",
                main.0
            ));
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
    fn of(&self, lang: Lang, kind: PageKind) -> &(String, PathBuf) {
        &self.pages[lang.index()][usize::from(kind == PageKind::Embed)]
    }

    /// `template` (whose loader and preloads name the main build) for a language's page.
    fn page(&self, template: &str, lang: Lang, kind: PageKind) -> String {
        template.replace(&self.main, &self.of(lang, kind).0)
    }
}

/// The files worth compressing: text and wasm.
const COMPRESSED: [&str; 7] = ["html", "js", "css", "wasm", "json", "svg", "csv"];

/// Writes `file.gz` (gzip -9) and `file.br` (brotli, quality 11, [`smallest_brotli`]) beside
/// every such file in `folder` and below it.
fn precompress(folder: &Path) -> Result<(), String> {
    use std::io::Write;
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSED.contains(&e));
        if !wanted {
            continue;
        }
        let raw = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).map_err(|e| e.to_string())?;
        let gz = gz.finish().map_err(|e| e.to_string())?;
        // Small input blocks (16) take the pages 1.2 % below the encoder's choice; for the wasm
        // they gain almost nothing (under 0.1 %) and would double the build's longest step.
        let wasm = path.extension().is_some_and(|e| e == "wasm");
        let blocks: &[i32] = if wasm { &[0] } else { &[0, 16] };
        let br = smallest_brotli(&raw, blocks).map_err(|e| format!("{}: {e}", path.display()))?;
        for (suffix, bytes) in [("gz", gz), ("br", br)] {
            let mut name = path.clone().into_os_string();
            name.push(format!(".{suffix}"));
            let target = PathBuf::from(name);
            write_bytes(&target, &bytes)?;
        }
    }
    Ok(())
}

/// `raw` as brotli at quality 11, with the input block size (`lgblock`) among `blocks` that
/// compresses it best (0: the encoder's own choice). Any block size decodes as any brotli does.
fn smallest_brotli(raw: &[u8], blocks: &[i32]) -> std::io::Result<Vec<u8>> {
    let mut smallest: Option<Vec<u8>> = None;
    for &lgblock in blocks {
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            lgblock,
            ..Default::default()
        };
        let mut br = Vec::new();
        brotli::BrotliCompress(&mut &raw[..], &mut br, &params)?;
        if smallest.as_ref().is_none_or(|s| br.len() < s.len()) {
            smallest = Some(br);
        }
    }
    Ok(smallest.unwrap_or_default())
}

/// The wasm-bindgen glue of a wasm (`….js` beside `…_bg.wasm`).
fn glue_of(wasm: &Path) -> PathBuf {
    let name = wasm
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    wasm.with_file_name(format!("{}.js", name.trim_end_matches("_bg.wasm")))
}

/// Gives the imports and exports between each wasm (`…_bg.wasm`) in `folder` and its glue
/// (`….js`) short names, on both sides ([`explainer_site::short_names`]).
fn shorten_names(folder: &Path) -> Result<(), String> {
    for wasm_path in wasm_files(folder)? {
        let glue_path = glue_of(&wasm_path);
        let wasm =
            std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
        let glue = std::fs::read_to_string(&glue_path)
            .map_err(|e| format!("{}: {e}", glue_path.display()))?;
        let (wasm, glue) =
            shorten(&wasm, &glue).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
        write_bytes(&wasm_path, &wasm)?;
        write_bytes(&glue_path, glue.as_bytes())?;
    }
    Ok(())
}

/// Where `tools/setup` installs the npm tools (`tools/package.json`).
const NPM_TOOLS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../node_modules/.bin");

/// Minifies the glue of each wasm in `folder` with terser (Trunk's own minifier leaves
/// wasm-bindgen's glue as it is): 4.7 → 3.4 KB brotli. The exports' variable keeps its name,
/// `wasm`, by which the release files' test finds what the glue calls. Then the newsrooms'
/// `embed.js`, a classic script whose top-level names terser leaves alone: 1.2 → 0.7 KB brotli.
fn minify_scripts(folder: &Path) -> Result<(), String> {
    for wasm in wasm_files(folder)? {
        terser(
            &glue_of(&wasm),
            &["--module", "--mangle", "reserved=[wasm]"],
        )?;
    }
    terser(&folder.join("embed.js"), &["--mangle"])
}

/// Rewrites `script` minified by terser, with `args` beside its compression.
fn terser(script: &Path, args: &[&str]) -> Result<(), String> {
    let terser = Path::new(NPM_TOOLS).join("terser");
    let output = std::process::Command::new(&terser)
        .arg(script)
        .args(["--compress", "passes=2"])
        .args(args)
        .arg("--output")
        .arg(script)
        .output()
        .map_err(|e| {
            format!(
                "{}: cannot be run ({e}); tools/setup installs it",
                terser.display()
            )
        })?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{}: terser failed: {}",
            script.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn run(staging: &Path, release: bool, public: &str) -> Result<(), String> {
    let index = staging.join("index.html");
    let template = std::fs::read_to_string(&index)
        .map_err(|e| format!("{}: cannot be read: {e}", index.display()))?;
    // Each page loads its own build; the embed pages keep the styles that can style what
    // theirs shows (each language's shows the same).
    let builds = Builds::name(staging, &template)?;
    let embed_wasm = builds.of(Lang::ALL[0], PageKind::Embed).1.clone();
    let (template, embed_template) = inline_styles_of(staging, &template, &embed_wasm)?;
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        let folder = staging.join(page_path("", lang));
        // Rendered without hydration markers: the wasm never touches it.
        let long_form = yew::LocalServerRenderer::<LongForm>::with_props(LongFormProps { lang })
            .hydratable(false);
        let long_form = futures::executor::block_on(long_form.render());
        for kind in [
            PageKind::Standalone {
                long_form: &long_form,
            },
            PageKind::Embed,
        ] {
            let view = View {
                lang,
                embed: kind == PageKind::Embed,
                ..View::default()
            };
            // The stage's parts first: the app holds them as the markup the page keeps, and
            // each hydrates as a root of its own.
            let parts = StageMarkup::new(Part::ALL.map(|part| {
                let props = StagePartProps { part, view };
                futures::executor::block_on(
                    yew::LocalServerRenderer::<StagePart>::with_props(props).render(),
                )
            }));
            let renderer = yew::LocalServerRenderer::<App>::with_props(AppProps { view, parts });
            let body = unnamed_markers(&futures::executor::block_on(renderer.render()));
            let template = match kind {
                PageKind::Standalone { .. } => builds.page(&template, lang, kind),
                PageKind::Embed => builds.page(&embed_template, lang, kind),
            };
            let html = page(&template, lang, &body, kind, public).map_err(|e| e.to_string())?;
            // Where a host serves the page: the folder for the standalone page.
            let file = kind.file();
            let address = page_path("/", lang) + if kind == PageKind::Embed { file } else { "" };
            pages.push((
                folder.join(file),
                address,
                html,
                glue_of(&builds.of(lang, kind).1),
            ));
        }
        for theme in Theme::ALL {
            let oembed = folder.join(oembed_file(theme));
            write(&oembed, &oembed_json(public, lang, theme))
                .map_err(|e| format!("{}: {e}", oembed.display()))?;
        }
    }
    // The story's data for download, from the same content.
    for (path, text) in explainer_site::data::files(&explainer::model::story::STORY) {
        let file = staging.join(path);
        write(&file, &text).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    // Each page's own policy, in its `<meta>`, allows its own inline scripts and styles.
    let sorted = |mut hashes: Vec<String>| {
        hashes.sort();
        hashes.dedup();
        hashes
    };
    if release {
        shorten_names(staging)?;
        minify_scripts(staging)?;
        // Each page carries its build's glue in its loader: the glue files stay out of dist/.
        for (_, _, html, glue_path) in &mut pages {
            let glue = std::fs::read_to_string(&*glue_path)
                .map_err(|e| format!("{}: {e}", glue_path.display()))?;
            let file = glue_path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            *html = with_inline_glue(html, file, &glue).map_err(|e| e.to_string())?;
        }
        for (_, _, _, glue_path) in &pages {
            if glue_path.exists() {
                std::fs::remove_file(glue_path)
                    .map_err(|e| format!("{}: {e}", glue_path.display()))?;
            }
        }
    }
    let mut headers = Vec::new();
    for (path, address, html, _) in &pages {
        let hashes = InlineHashes {
            scripts: sorted(inline_scripts(html).into_iter().map(hash).collect()),
            styles: sorted(inline_styles(html).into_iter().map(hash).collect()),
        };
        let html = if release {
            with_policy(html, &content_security_policy(&hashes)).map_err(|e| e.to_string())?
        } else {
            html.clone()
        };
        write(path, &html).map_err(|e| format!("{}: {e}", path.display()))?;
        headers.push(PageHeaders {
            path: address.clone(),
            preloads: preload_header(&html),
        });
    }
    if release {
        // What the pages preload lies in the site's root: each build's wasm, whose name carries
        // its hash.
        let mut hashed: Vec<String> = pages
            .iter()
            .flat_map(|(_, _, html, _)| preloaded_files(html))
            .filter_map(|href| Some(format!("/{}", href.rsplit('/').next()?)))
            .collect();
        hashed.sort();
        hashed.dedup();
        let file = staging.join("_headers");
        write(&file, &headers_file(&headers, &hashed))
            .map_err(|e| format!("{}: {e}", file.display()))?;
        let redirects = staging.join("_redirects");
        write(&redirects, &redirects_file())
            .map_err(|e| format!("{}: {e}", redirects.display()))?;
        precompress(staging)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let Some(staging) = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from) else {
        eprintln!("prerender: TRUNK_STAGING_DIR is not set; run me as Trunk's post_build hook");
        return ExitCode::FAILURE;
    };
    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    let given = std::env::var(PUBLIC_URL_VAR)
        .ok()
        .filter(|url| !url.is_empty());
    if given.is_none() && release {
        eprintln!(
            "prerender: {PUBLIC_URL_VAR} is not set; the canonical and oEmbed links point at {PREVIEW_URL}"
        );
    }
    let public = match public_url(given.as_deref().unwrap_or(PREVIEW_URL)) {
        Ok(url) => url,
        Err(error) => {
            eprintln!("prerender: {error}");
            return ExitCode::FAILURE;
        }
    };
    match run(&staging, release, &public) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
