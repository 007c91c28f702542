//! Trunk's post_build hook: renders the first view into the staged `index.html` (German) and `en/index.html` (English), and each language's embed page (`embed.html`).
//
// Beside each page it writes `oembed.json` (and `oembed-light.json`, `oembed-dark.json`), for
// the public address in `EXPLAINER_URL` (by default `trunk serve`'s, which is right for previews
// and wrong for a deployment: a release build without it says so), the link preview's image
// (`preview.png`) and the web app manifest (`manifest.webmanifest`); in the folder the story's
// data (`data/`) and the icons.
//
// For release builds it also writes the strict Content Security Policy into each page as a
// `<meta>`; `_headers`, with each page's framing policy, preloads and the hashed files' caching;
// and `_redirects` for themed oEmbed. Development builds get none, since `trunk serve` injects
// its own reload script. Release builds then get short names for what the
// wasm and its glue share, the glue and `embed.js` minified by terser, and last every text asset and the wasm
// precompressed beside it (`.br`, `.gz`), for hosts that serve such files. The steps are
// `explainer_site::pipeline`'s.

use std::path::PathBuf;
use std::process::ExitCode;

use explainer_site::address::{public_url, PREVIEW_URL, PUBLIC_URL_VAR};

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
    match explainer_site::pipeline::run(&staging, release, &public) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
