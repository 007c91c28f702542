//! Writing a page from Trunk's template: the app and the long form rendered on the host, the map's shapes, the head's links.

use std::fmt;

use explainer::model::story::STORY;
use explainer::model::view::{page_path, View, EMBED_PAGE};
use explainer::page::ids::ROOT_ID;
use explainer::page::markup::escape;
use explainer::page::parts::Part;
use explainer::ui::app::{App, AppProps};
use explainer::ui::long_form::{LongForm, LongFormProps};
use explainer::ui::stage::StageMarkup;
use explainer::ui::stage_part::{StagePart, StagePartProps};
use shared::lang::Lang;

use crate::link_preview::{app_tags, preview_tags};
use crate::map_geometry::map_geometry;
use crate::tokens::TokenError;

/// Why a page could not be written from the template.
#[derive(Debug, PartialEq, Eq)]
pub enum PageError {
    /// The template has no `<html …>` tag.
    NoHtml,
    /// The template has no `<title>…</title>`.
    NoTitle,
    /// The template has no `<body>…</body>` to fill.
    NoBody,
    /// A colour of the page's head is missing from the stylesheets.
    Token(TokenError),
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageError::NoHtml => write!(f, "index.html has no <html> tag"),
            PageError::NoTitle => write!(f, "index.html has no <title>"),
            PageError::NoBody => write!(f, "index.html has no <body>…</body> to fill"),
            PageError::Token(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for PageError {}

impl From<TokenError> for PageError {
    fn from(e: TokenError) -> Self {
        PageError::Token(e)
    }
}

/// Where a page's `<html …>` tag starts and ends (just past its `>`).
pub(crate) fn html_tag(page: &str) -> Result<(usize, usize), PageError> {
    let start = page.find("<html").ok_or(PageError::NoHtml)?;
    let end = start + page[start..].find('>').ok_or(PageError::NoHtml)? + 1;
    Ok((start, end))
}

/// Which of a language's pages: the standalone page, with the long form (static HTML that is
/// never hydrated) after the stage, or the embed page ([`explainer::model::view::EMBED_PAGE`]), the stage
/// alone and marked embedded from the first paint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind<'a> {
    /// The standalone page and its long form.
    Standalone {
        /// The long form's HTML.
        long_form: &'a str,
    },
    /// The embed page.
    Embed,
}

impl PageKind<'_> {
    /// The page's file in its language's folder.
    pub fn file(self) -> &'static str {
        match self {
            PageKind::Standalone { .. } => "index.html",
            PageKind::Embed => EMBED_PAGE,
        }
    }
}

/// `body`, the app as Yew renders it on the host, with its components' hydration markers
/// unnamed: `<!--<[explainer::ui::app::App]>-->` becomes `<!--<[]>-->`. Hydration matches a
/// component's markers by their brackets alone, and the names, about twenty of them, would only
/// make the page longer.
pub fn unnamed_markers(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("<!--<") {
        let after = &rest[at + "<!--<".len()..];
        let opening = after.strip_prefix('/').unwrap_or(after);
        let end = opening
            .strip_prefix('[')
            .and_then(|name| name.find("]>-->"))
            .filter(|&end| !opening[1..1 + end].contains("--"));
        match end {
            Some(end) => {
                let slash = if after.starts_with('/') { "/" } else { "" };
                out.push_str(&rest[..at]);
                out.push_str("<!--<");
                out.push_str(slash);
                out.push_str("[]>-->");
                rest = &opening[1 + end + "]>-->".len()..];
            }
            None => {
                out.push_str(&rest[..at + "<!--<".len()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Trunk's page with `body` (the app rendered on the host) in its root, then the map's shapes
/// (which the map draws as soon as they are parsed, before the long form has arrived) and the
/// long form of a standalone page, its language, title and description set,
/// and its canonical (the standalone page), language and oEmbed links and its link preview's
/// tags below `public_url` (a standalone page also its manifest and theme colours,
/// [`crate::link_preview`]). The page lies in its language's folder ([`page_path`]: `en/` for English), and the template's
/// relative asset URLs are adjusted for it. What Trunk wrote into the body (`trunk serve`'s
/// reload script) follows the page's own.
pub fn page(
    template: &str,
    lang: Lang,
    body: &str,
    kind: PageKind,
    public_url: &str,
) -> Result<String, PageError> {
    let mut page = template.to_owned();
    let depth = page_path("", lang).matches('/').count();
    if depth > 0 {
        let up = "../".repeat(depth);
        for (from, to) in [
            ("=./", format!("={up}")),
            ("\"./", format!("\"{up}")),
            ("'./", format!("'{up}")),
        ] {
            page = page.replace(from, &to);
        }
    }
    let (html_start, html_end) = html_tag(&page)?;
    page.replace_range(
        html_start..html_end,
        &match kind {
            PageKind::Standalone { .. } => format!("<html lang=\"{}\">", lang.code()),
            PageKind::Embed => format!("<html lang=\"{}\" class=\"embedded\">", lang.code()),
        },
    );
    let title_start = page.find("<title>").ok_or(PageError::NoTitle)?;
    let title_end = title_start
        + page[title_start..]
            .find("</title>")
            .ok_or(PageError::NoTitle)?;
    let title = escape(STORY.title.get(lang));
    let here = escape(&page_path(public_url, lang));
    let mut head = format!(
        "<title>{title}</title><meta name=\"description\" content=\"{}\"><link rel=\"canonical\" href=\"{here}\">",
        escape(STORY.description.get(lang))
    );
    for other in Lang::ALL {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.code(),
            escape(&page_path(public_url, other))
        ));
    }
    head.push_str(&format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{here}oembed.json\" title=\"{title}\">"
    ));
    head.push_str(&preview_tags(public_url, lang));
    if let PageKind::Standalone { .. } = kind {
        head.push_str(&app_tags()?);
    }
    page.replace_range(title_start..title_end + "</title>".len(), &head);
    let long_form = match kind {
        PageKind::Standalone { long_form } => long_form,
        PageKind::Embed => "",
    };
    let body_at = page.find("<body>").ok_or(PageError::NoBody)? + "<body>".len();
    if !page[body_at..].contains("</body>") {
        return Err(PageError::NoBody);
    }
    page.insert_str(
        body_at,
        &format!(
            "<div id=\"{ROOT_ID}\">{body}</div>{}{long_form}{}",
            map_geometry(),
            explainer::page::texts::element(&explainer::model::story::STORY_TEXTS, lang)
        ),
    );
    Ok(page)
}

/// The long form of a language's standalone page, rendered without hydration markers: the wasm
/// never touches it.
pub fn render_long_form(lang: Lang) -> String {
    let long_form =
        yew::LocalServerRenderer::<LongForm>::with_props(LongFormProps { lang }).hydratable(false);
    futures::executor::block_on(long_form.render())
}

/// The app of a view, as the page's root holds it ([`unnamed_markers`]). The stage's parts are
/// rendered first: the app holds them as the markup the page keeps, and each hydrates as a root
/// of its own.
pub fn render_body(view: View) -> String {
    let parts = StageMarkup::new(Part::ALL.map(|part| {
        let props = StagePartProps { part, view };
        futures::executor::block_on(
            yew::LocalServerRenderer::<StagePart>::with_props(props).render(),
        )
    }));
    let renderer = yew::LocalServerRenderer::<App>::with_props(AppProps { view, parts });
    unnamed_markers(&futures::executor::block_on(renderer.render()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://x.test/nk/";

    const TEMPLATE: &str = "<!doctype html><html lang=de><head><title>x</title><link href=./app-1.css rel=stylesheet><script type=module>import init from './explainer-1.js';init({ module_or_path: './explainer-1_bg.wasm' });</script></head><body></body></html>";

    #[test]
    fn components_hydration_markers_lose_their_names_and_nothing_else_changes() {
        let body = "<!--<[explainer::ui::app::App]>--><div><!--<#>--><p>a <!--<b>--></p><!--</#>-->\
                    <!--<[explainer::ui::stage_part::StagePart]>--><!--</[explainer::ui::stage_part::StagePart]>-->\
                    <!--<?>-->raw<!--</?>--></div><!--</[explainer::ui::app::App]>--><!--<[open";
        assert_eq!(
            unnamed_markers(body),
            "<!--<[]>--><div><!--<#>--><p>a <!--<b>--></p><!--</#>-->\
             <!--<[]>--><!--</[]>-->\
             <!--<?>-->raw<!--</?>--></div><!--</[]>--><!--<[open"
        );
    }

    #[test]
    fn a_page_gets_its_language_title_description_and_body() {
        let page = page(
            TEMPLATE,
            Lang::En,
            "<div class=\"app\">stage</div>",
            PageKind::Standalone {
                long_form: "<div class=\"long-form\">story</div>",
            },
            URL,
        )
        .unwrap();
        assert!(page.contains("<html lang=\"en\">"));
        assert!(page.contains("<title>Is North Korea sending soldiers to Russia's war?</title><meta name=\"description\" content=\"Interactive explainer:"));
        // The root holds the app alone: hydration starts at its first node. The map's shapes
        // follow it, then the long form, which is never hydrated, and last the story's texts
        // for the wasm.
        assert!(page.contains(
            "<body><div id=\"explainer\"><div class=\"app\">stage</div></div><svg class=\"map-geometry\""
        ));
        let texts =
            explainer::page::texts::element(&explainer::model::story::STORY_TEXTS, Lang::En);
        assert!(page.ends_with(&format!(
            "</defs></svg><div class=\"long-form\">story</div>{texts}</body></html>"
        )));
        assert!(page.contains("<path id=\"map-area-UA-43\" d=\"M"));
        // The German page lies in the folder itself and keeps the template's asset URLs.
        assert!(page_of(TEMPLATE, Lang::De).contains("href=./app-1.css"));
        assert!(page.contains("<link rel=\"canonical\" href=\"https://x.test/nk/en/\"><link rel=\"alternate\" hreflang=\"de\" href=\"https://x.test/nk/\"><link rel=\"alternate\" hreflang=\"en\" href=\"https://x.test/nk/en/\"><link rel=\"alternate\" hreflang=\"uk\" href=\"https://x.test/nk/uk/\"><link rel=\"alternate\" hreflang=\"ru\" href=\"https://x.test/nk/ru/\"><link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://x.test/nk/en/oembed.json\" title=\"Is North Korea sending soldiers to Russia's war?\">"));
    }

    #[test]
    fn an_embed_page_is_marked_embedded_and_has_no_long_form() {
        let page = page(
            TEMPLATE,
            Lang::En,
            "<div class=\"app\">stage</div>",
            PageKind::Embed,
            URL,
        )
        .unwrap();
        assert!(page.contains("<html lang=\"en\" class=\"embedded\">"));
        assert_eq!(PageKind::Embed.file(), "embed.html");
        assert_eq!(PageKind::Standalone { long_form: "" }.file(), "index.html");
        assert!(page.contains(
            "<body><div id=\"explainer\"><div class=\"app\">stage</div></div><svg class=\"map-geometry\""
        ));
        let texts =
            explainer::page::texts::element(&explainer::model::story::STORY_TEXTS, Lang::En);
        assert!(page.ends_with(&format!("</defs></svg>{texts}</body></html>")));
        // Search engines are pointed at the standalone page.
        assert!(page.contains("<link rel=\"canonical\" href=\"https://x.test/nk/en/\">"));
        assert!(page.contains("href=../app-1.css"));
    }

    fn page_of(template: &str, lang: Lang) -> String {
        page(
            template,
            lang,
            "",
            PageKind::Standalone { long_form: "" },
            URL,
        )
        .unwrap()
    }

    #[test]
    fn a_page_one_folder_down_reaches_its_assets() {
        let page = page_of(TEMPLATE, Lang::En);
        assert!(page.contains("href=../app-1.css"));
        assert!(page.contains("from '../explainer-1.js'"));
        assert!(page.contains("module_or_path: '../explainer-1_bg.wasm'"));
        assert!(!page.contains("'./"));
        let loader = "<html><title>t</title><script>import(\"./explainer-1.js\")</script><body></body></html>";
        assert!(page_of(loader, Lang::En).contains("import(\"../explainer-1.js\")"));
    }

    #[test]
    fn trunk_serves_reload_script_follows_the_pages_body() {
        let reload = "<script>(function () { const url = 'ws://x'; })()</script>";
        let template = format!("<html><title>t</title><body>{reload}</body></html>");
        let page = page(&template, Lang::De, "app", PageKind::Embed, URL).unwrap();
        assert!(page.contains("<body><div id=\"explainer\">app</div><svg class=\"map-geometry\""));
        let texts =
            explainer::page::texts::element(&explainer::model::story::STORY_TEXTS, Lang::De);
        assert!(page.ends_with(&format!("{texts}{reload}</body></html>")));
    }

    #[test]
    fn a_broken_template_is_named() {
        for template in [
            "<html><title>t</title></html>",
            "<html><title>t</title><body>",
        ] {
            assert_eq!(
                page(template, Lang::De, "", PageKind::Embed, URL),
                Err(PageError::NoBody)
            );
        }
        assert_eq!(
            PageError::NoBody.to_string(),
            "index.html has no <body>…</body> to fill"
        );
        assert_eq!(PageError::NoTitle.to_string(), "index.html has no <title>");
        assert_eq!(
            PageError::NoHtml.to_string(),
            "index.html has no <html> tag"
        );
        assert_eq!(
            page("<p>", Lang::De, "", PageKind::Embed, URL),
            Err(PageError::NoHtml)
        );
    }
}
