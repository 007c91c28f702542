//! The pages' Content Security Policy: the hashes of their inline scripts and styles, and the policy's `<meta>`.

use base64ct::{Base64, Encoding};
use explainer::page::markup::escape;
use sha2::{Digest, Sha256};

use crate::page::{html_tag, PageError};

/// The inline scripts of a page (Trunk's loader), exactly as the browser hashes them.
pub fn inline_scripts(page: &str) -> Vec<&str> {
    inline_texts(page, "script")
}

/// The inline styles of a page, exactly as the browser hashes them.
pub fn inline_styles(page: &str) -> Vec<&str> {
    inline_texts(page, "style")
}

/// The texts of a page's `tag` elements that have no `src` and hold no data (a script's
/// `type="application/json"`, which the browser never runs: [`explainer::page::texts::element`]).
fn inline_texts<'a>(page: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut texts = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(&open) {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let element = &rest[start..open_end];
        // `<style>` or `<style …>`, not `<styles>`.
        if !matches!(element[open.len()..].chars().next(), Some('>' | ' ')) {
            rest = &rest[open_end..];
            continue;
        }
        let Some(end) = rest[open_end..].find(&close).map(|i| open_end + i) else {
            break;
        };
        if !element.contains("src=") && !element.contains("application/json") {
            texts.push(&rest[open_end..end]);
        }
        rest = &rest[end + close.len()..];
    }
    texts
}

/// The hashes (`sha256-…`) of the inline scripts and styles a policy allows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InlineHashes {
    /// The scripts'.
    pub scripts: Vec<String>,
    /// The styles'.
    pub styles: Vec<String>,
}

/// Which workers a page may start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Workers {
    /// The explainer's own (`worker-src 'self'`): a standalone page registers the offline
    /// copy's service worker (`crate::offline`).
    Own,
    /// None at all (`worker-src 'none'`): an embed page, which keeps nothing in a newsroom's
    /// page, and the browser holds it to that.
    None,
}

/// The strict Content Security Policy of a page's `<meta>`, allowing inline scripts and styles
/// only by their hashes, and the `workers` the page may start.
pub fn content_security_policy(hashes: &InlineHashes, workers: Workers) -> String {
    let quoted =
        |hashes: &[String]| -> String { hashes.iter().map(|h| format!(" '{h}'")).collect() };
    let (scripts, styles) = (quoted(&hashes.scripts), quoted(&hashes.styles));
    let workers = match workers {
        Workers::Own => "'self'",
        Workers::None => "'none'",
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; style-src 'self'{styles}; img-src 'self'; connect-src 'self'; worker-src {workers}; base-uri 'none'; form-action 'none'"
    )
}

impl InlineHashes {
    /// The hashes of a page's own inline scripts and styles, each once, sorted.
    pub fn of(page: &str) -> InlineHashes {
        let sorted = |texts: Vec<&str>| {
            let mut hashes: Vec<String> = texts.into_iter().map(hash).collect();
            hashes.sort();
            hashes.dedup();
            hashes
        };
        InlineHashes {
            scripts: sorted(inline_scripts(page)),
            styles: sorted(inline_styles(page)),
        }
    }
}

/// The hash by which a policy allows an inline script or style: `sha256-` and its SHA-256 in
/// base64.
pub fn hash(text: &str) -> String {
    format!(
        "sha256-{}",
        Base64::encode_string(&Sha256::digest(text.as_bytes()))
    )
}

/// A page with its policy as the first element of its head, so it covers every script.
pub fn with_policy(page: &str, policy: &str) -> Result<String, PageError> {
    let (_, html_end) = html_tag(page)?;
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        escape(policy)
    );
    let mut out = page.to_owned();
    out.insert_str(html_end, &meta);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::lang::Lang;

    const TEMPLATE: &str = "<!doctype html><html lang=de><head><title>x</title><link href=./app-1.css rel=stylesheet><script type=module>import init from './explainer-1.js';init({ module_or_path: './explainer-1_bg.wasm' });</script></head><body></body></html>";

    #[test]
    fn the_policy_allows_exactly_the_hashed_inline_scripts_and_styles() {
        let scripts = inline_scripts(TEMPLATE);
        assert_eq!(scripts, ["import init from './explainer-1.js';init({ module_or_path: './explainer-1_bg.wasm' });"]);
        assert!(inline_scripts("<script src=a.js></script>").is_empty());
        assert!(inline_scripts(&explainer::page::texts::element(
            &explainer::model::story::STORY_TEXTS,
            Lang::En
        ))
        .is_empty());
        assert_eq!(
            inline_styles("<style>a{b:c}</style><styles>x</styles><style media=print>d</style>"),
            ["a{b:c}", "d"]
        );
        let hashes = InlineHashes {
            scripts: vec!["sha256-abc=".to_owned()],
            styles: vec!["sha256-def=".to_owned()],
        };
        assert_eq!(
            content_security_policy(&hashes, Workers::Own),
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def='; img-src 'self'; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'"
        );
        assert!(content_security_policy(&hashes, Workers::None)
            .contains("; connect-src 'self'; worker-src 'none'; base-uri"));
        let page = with_policy(
            "<!doctype html><html lang=\"de\"><meta charset=utf-8>",
            "default-src 'self'",
        )
        .unwrap();
        assert_eq!(page, "<!doctype html><html lang=\"de\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><meta charset=utf-8>");
    }

    #[test]
    fn a_pages_hashes_are_its_inline_texts_each_once_and_sorted() {
        assert_eq!(
            hash("a{b:c}"),
            "sha256-0cRUVYRKwNwnl1hkfkPGjkht16b039TjFdJzmXfFK2o="
        );
        let page = "<style>b{}</style><script>x</script><style>a{b:c}</style><style>b{}</style>";
        let hashes = InlineHashes::of(page);
        assert_eq!(hashes.scripts, [hash("x")]);
        let mut styles = vec![hash("a{b:c}"), hash("b{}")];
        styles.sort();
        assert_eq!(hashes.styles, styles);
    }
}
