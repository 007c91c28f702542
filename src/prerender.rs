//! Pre-rendered pages: Trunk's `index.html` with the first view written in, per language.

use std::fmt;

use crate::content::STORY;
use crate::locale::{Lang, Text};

/// Why a page could not be assembled.
#[derive(Debug, PartialEq, Eq)]
pub enum PrerenderError {
    /// The template has no `<html …>` tag.
    NoHtml,
    /// The template has no `<title>…</title>`.
    NoTitle,
    /// The template has no empty `<body></body>` to fill.
    NoBody,
}

impl fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrerenderError::NoHtml => write!(f, "index.html has no <html> tag"),
            PrerenderError::NoTitle => write!(f, "index.html has no <title>"),
            PrerenderError::NoBody => write!(f, "index.html has no empty <body></body> to fill"),
        }
    }
}

impl std::error::Error for PrerenderError {}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Trunk's page with `body` (the app rendered on the host) in its body, its language, title and
/// description set. `depth` is how many folders below `dist/` the page lies (`en/` is 1); the
/// template's relative asset URLs are adjusted for it.
pub fn page(
    template: &str,
    lang: Lang,
    body: &str,
    depth: usize,
) -> Result<String, PrerenderError> {
    let mut page = template.to_owned();
    if depth > 0 {
        let up = "../".repeat(depth);
        for (from, to) in [
            ("=./", format!("={up}")),
            ("=\"./", format!("=\"{up}")),
            ("'./", format!("'{up}")),
        ] {
            page = page.replace(from, &to);
        }
    }
    let html_start = page.find("<html").ok_or(PrerenderError::NoHtml)?;
    let html_end = html_start + page[html_start..].find('>').ok_or(PrerenderError::NoHtml)?;
    page.replace_range(
        html_start..=html_end,
        &format!("<html lang=\"{}\">", lang.code()),
    );
    let title_start = page.find("<title>").ok_or(PrerenderError::NoTitle)?;
    let title_end = title_start
        + page[title_start..]
            .find("</title>")
            .ok_or(PrerenderError::NoTitle)?;
    let head = format!(
        "<title>{}</title><meta name=\"description\" content=\"{}\">",
        escape(STORY.title.get(lang)),
        escape(Text::PageDescription.get(lang))
    );
    page.replace_range(title_start..title_end + "</title>".len(), &head);
    let body_at = page.find("<body></body>").ok_or(PrerenderError::NoBody)?;
    page.replace_range(
        body_at..body_at + "<body></body>".len(),
        &format!("<body>{body}</body>"),
    );
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html><html lang=de><head><title>x</title><link href=./app-1.css rel=stylesheet><script type=module>import init from './explainer-1.js';init({ module_or_path: './explainer-1_bg.wasm' });</script></head><body></body></html>";

    #[test]
    fn a_page_gets_its_language_title_description_and_body() {
        let page = page(TEMPLATE, Lang::En, "<div class=\"app\">story</div>", 0).unwrap();
        assert!(page.contains("<html lang=\"en\">"));
        assert!(page.contains("<title>North Korea's soldiers for Russia's war</title><meta name=\"description\" content=\"Interactive explainer:"));
        assert!(page.contains("<body><div class=\"app\">story</div></body>"));
        assert!(page.contains("href=./app-1.css"));
    }

    #[test]
    fn a_page_one_folder_down_reaches_its_assets() {
        let page = page(TEMPLATE, Lang::En, "", 1).unwrap();
        assert!(page.contains("href=../app-1.css"));
        assert!(page.contains("from '../explainer-1.js'"));
        assert!(page.contains("module_or_path: '../explainer-1_bg.wasm'"));
        assert!(!page.contains("'./"));
    }

    #[test]
    fn a_broken_template_is_named() {
        assert_eq!(
            page("<html><title>t</title><body>x</body>", Lang::De, "", 0),
            Err(PrerenderError::NoBody)
        );
        assert_eq!(
            PrerenderError::NoBody.to_string(),
            "index.html has no empty <body></body> to fill"
        );
        assert_eq!(page("<p>", Lang::De, "", 0), Err(PrerenderError::NoHtml));
    }
}
