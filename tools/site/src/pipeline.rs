//! The prerender hook's steps in order: the builds, the styles, the pages, the offline copy's worker, and for a release the short names, the minified inline glue, the policies, the host's files and the compressed copies.

use std::fmt;
use std::path::{Path, PathBuf};

use explainer::model::story::STORY;
use explainer::model::view::{page_path, Theme, View};
use shared::lang::Lang;

use crate::builds::{glue_of, wasm_files, Builds, BuildsError};
use crate::compress::precompress;
use crate::csp::{content_security_policy, with_policy, InlineHashes, Workers};
use crate::files::{self, FileError};
use crate::glue::{with_inline_glue, GlueError};
use crate::host_files::{hashed_files, headers_file, preload_header, redirects_file, PageHeaders};
use crate::link_preview::{manifest_json, MANIFEST_FILE};
use crate::loader::{with_loader, LoaderError, LOADER};
use crate::minify::{minify_scripts, MinifyError};
use crate::oembed::{oembed_file, oembed_json};
use crate::offline::{with_registration, write_worker, OfflineError};
use crate::page::{page, render_body, render_long_form, PageError, PageKind};
use crate::preview::{icon_png, icons, preview_png, PreviewError, PREVIEW_FILE};
use crate::short_names::{shorten, ShortNamesError};
use crate::styles::inline_styles_of;
use crate::vendor::{copy_lean_qr, VendorError};

/// Why the pipeline stopped: the step's own error.
#[derive(Debug)]
pub enum PipelineError {
    /// A file could not be read or written.
    File(FileError),
    /// The pages' builds could not be named.
    Builds(BuildsError),
    /// A page could not be written from the template.
    Page(PageError),
    /// The loader could not be written into the template.
    Loader(LoaderError),
    /// A glue could not be put in its page's loader.
    Glue(GlueError),
    /// A script could not be minified.
    Minify(MinifyError),
    /// A wasm (its path) and its glue could not be given short names.
    ShortNames(PathBuf, ShortNamesError),
    /// Third-party code a page loads on demand could not be copied.
    Vendor(VendorError),
    /// The offline copy could not be written.
    Offline(OfflineError),
    /// The preview image, an icon or a manifest could not be drawn or written.
    Preview(PreviewError),
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PipelineError::File(e) => e.fmt(f),
            PipelineError::Builds(e) => e.fmt(f),
            PipelineError::Page(e) => e.fmt(f),
            PipelineError::Loader(e) => e.fmt(f),
            PipelineError::Glue(e) => e.fmt(f),
            PipelineError::Minify(e) => e.fmt(f),
            PipelineError::Vendor(e) => e.fmt(f),
            PipelineError::ShortNames(wasm, e) => write!(f, "{}: {e}", wasm.display()),
            PipelineError::Offline(e) => e.fmt(f),
            PipelineError::Preview(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for PipelineError {}

macro_rules! from_step {
    ($($error:ident => $variant:ident),*) => {
        $(impl From<$error> for PipelineError {
            fn from(e: $error) -> Self {
                PipelineError::$variant(e)
            }
        })*
    };
}

from_step!(FileError => File, BuildsError => Builds, PageError => Page, LoaderError => Loader, GlueError => Glue, MinifyError => Minify, VendorError => Vendor, OfflineError => Offline, PreviewError => Preview);

/// One page of the site, as it is assembled.
struct Page {
    /// Its file in the staging folder.
    file: PathBuf,
    /// Where a host serves it, from the site's root (`/en/`, `/embed.html`).
    address: String,
    /// Its HTML so far.
    html: String,
    /// The glue of the build it loads.
    glue: PathBuf,
    /// Its language.
    lang: Lang,
    /// Whether it is an embed page.
    embed: bool,
}

/// Runs the pipeline on Trunk's staging folder: a `release` build also gets its policies, short
/// names, inline glue, host files and compressed copies. `public` is the explainer's public
/// address ([`crate::address::public_url`]).
pub fn run(staging: &Path, release: bool, public: &str) -> Result<(), PipelineError> {
    let template = files::read_text(&staging.join("index.html"))?;
    let template = with_loader(&template, LOADER)?;
    // Each page loads its own build; the embed pages keep the styles that can style what
    // theirs shows (each language's shows the same).
    let builds = Builds::name(staging, &template)?;
    let embed_wasm = builds.of(Lang::ALL[0], PageKind::Embed).1.clone();
    let templates = inline_styles_of(staging, &template, &embed_wasm)?;
    let mut pages = render_pages(staging, &builds, &templates, public)?;
    write_oembeds(staging, public)?;
    // The handout's QR code, drawn only when a reader prints it.
    copy_lean_qr(staging)?;
    write_previews(staging)?;
    // The story's data for download, from the same content.
    for (path, text) in crate::data::files(&STORY) {
        files::write(&staging.join(path), text)?;
    }
    if release {
        // The standalone pages register the offline copy; the embed pages never do.
        for page in pages.iter_mut().filter(|page| !page.embed) {
            page.html = with_registration(&page.html, page.lang)?;
        }
        shorten_names(staging)?;
        minify_scripts(staging)?;
        inline_glues(&mut pages)?;
    }
    let headers = write_pages(&pages, release)?;
    // After every file it keeps is written, before the compressed copies.
    write_worker(staging, release)?;
    if release {
        let hashed = hashed_files(pages.iter().map(|page| page.html.as_str()));
        files::write(&staging.join("_headers"), headers_file(&headers, &hashed))?;
        files::write(&staging.join("_redirects"), redirects_file())?;
        precompress(staging)?;
    }
    Ok(())
}

/// Every language's standalone page (from the first template, with every stylesheet) and embed
/// page (from the second), each loading its own build.
fn render_pages(
    staging: &Path,
    builds: &Builds,
    (template, embed_template): &(String, String),
    public: &str,
) -> Result<Vec<Page>, PipelineError> {
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        let folder = staging.join(page_path("", lang));
        let long_form = render_long_form(lang);
        for kind in [
            PageKind::Standalone {
                long_form: &long_form,
            },
            PageKind::Embed,
        ] {
            let embed = kind == PageKind::Embed;
            let body = render_body(View {
                lang,
                embed,
                ..View::default()
            });
            let template = builds.page(if embed { embed_template } else { template }, lang, kind);
            let html = page(&template, lang, &body, kind, public)?;
            // Where a host serves the page: the folder for the standalone page.
            let file = kind.file();
            pages.push(Page {
                file: folder.join(file),
                address: page_path("/", lang) + if embed { file } else { "" },
                html,
                glue: glue_of(&builds.of(lang, kind).1),
                lang,
                embed,
            });
        }
    }
    Ok(pages)
}

/// Every language's oEmbed files, one for each theme, beside its standalone page.
fn write_oembeds(staging: &Path, public: &str) -> Result<(), FileError> {
    for lang in Lang::ALL {
        let folder = staging.join(page_path("", lang));
        for theme in Theme::ALL {
            files::write(
                &folder.join(oembed_file(theme)),
                oembed_json(public, lang, theme),
            )?;
        }
    }
    Ok(())
}

/// Every language's preview image and manifest beside its pages, and the icons in the site's
/// root.
fn write_previews(staging: &Path) -> Result<(), PipelineError> {
    for lang in Lang::ALL {
        let folder = staging.join(page_path("", lang));
        files::write(&folder.join(PREVIEW_FILE), preview_png(lang)?)?;
        let manifest = manifest_json(lang).map_err(PreviewError::from)?;
        files::write(&folder.join(MANIFEST_FILE), manifest)?;
    }
    for icon in icons() {
        files::write(&staging.join(icon.file), icon_png(icon)?)?;
    }
    Ok(())
}

/// Gives the imports and exports between each wasm (`…_bg.wasm`) in `folder` and its glue
/// (`….js`) short names, on both sides ([`crate::short_names`]).
fn shorten_names(folder: &Path) -> Result<(), PipelineError> {
    for wasm_path in wasm_files(folder)? {
        let glue_path = glue_of(&wasm_path);
        let (wasm, glue) = shorten(&files::read(&wasm_path)?, &files::read_text(&glue_path)?)
            .map_err(|e| PipelineError::ShortNames(wasm_path.clone(), e))?;
        files::write(&wasm_path, wasm)?;
        files::write(&glue_path, glue)?;
    }
    Ok(())
}

/// Puts each page's build's glue in its loader; the glue files then stay out of dist/.
fn inline_glues(pages: &mut [Page]) -> Result<(), PipelineError> {
    for page in pages.iter_mut() {
        let glue = files::read_text(&page.glue)?;
        let file = page
            .glue
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        page.html = with_inline_glue(&page.html, file, &glue)?;
    }
    for page in pages.iter() {
        if page.glue.exists() {
            files::remove(&page.glue)?;
        }
    }
    Ok(())
}

/// Writes each page, a release page with its own policy in its `<meta>`, which allows its own
/// inline scripts and styles. Returns what `_headers` says of each.
fn write_pages(pages: &[Page], release: bool) -> Result<Vec<PageHeaders>, PipelineError> {
    let mut headers = Vec::new();
    for page in pages {
        let html = if release {
            let workers = if page.embed {
                Workers::None
            } else {
                Workers::Own
            };
            let policy = content_security_policy(&InlineHashes::of(&page.html), workers);
            with_policy(&page.html, &policy)?
        } else {
            page.html.clone()
        };
        files::write(&page.file, &html)?;
        headers.push(PageHeaders {
            path: page.address.clone(),
            preloads: preload_header(&html),
        });
    }
    Ok(headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failing_step_is_told_in_its_own_words_and_short_names_name_the_wasm() {
        let short = PipelineError::ShortNames(
            PathBuf::from("dist/explainer-1_bg.wasm"),
            ShortNamesError::NotWasm,
        );
        assert_eq!(
            short.to_string(),
            "dist/explainer-1_bg.wasm: not a wasm module (version 1)"
        );
        assert_eq!(
            PipelineError::from(PageError::NoTitle).to_string(),
            "index.html has no <title>"
        );
        assert_eq!(
            PipelineError::from(GlueError::NoExport("e-1.js".to_owned())).to_string(),
            "e-1.js: no default export as the glue's one, last `export { … }`"
        );
    }

    #[test]
    fn a_staging_folder_without_the_main_wasm_stops_the_pipeline() {
        let staging = std::env::temp_dir().join(format!("site-pipeline-{}", std::process::id()));
        let index = staging.join("index.html");
        let template = "<html><title>t</title><script data-explainer-loader data-glue=./e-1.js data-wasm=./e-1_bg.wasm></script><body></body></html>";
        files::write(&index, template).unwrap();
        let error = run(&staging, true, "https://x.test/").unwrap_err();
        assert_eq!(error.to_string(), "the staging folder has no main wasm");
        std::fs::remove_dir_all(&staging).unwrap();
        let missing = run(&staging, true, "https://x.test/").unwrap_err();
        let read = format!("{}: cannot be read: ", index.display());
        assert!(missing.to_string().starts_with(&read), "{missing}");
    }
}
