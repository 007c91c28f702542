//! What a page says of itself where it is pasted or installed: the link preview's tags (Open Graph, the large card), and the standalone page's web app manifest and theme colours.

use explainer::i18n::Text;
use explainer::model::story::STORY;
use explainer::model::view::page_path;
use explainer::page::markup::escape;
use shared::json::json_string;
use shared::lang::Lang;

use crate::preview::{Icon, APP_ICONS, PREVIEW_FILE, PREVIEW_SIZE};
use crate::tokens::{token, Scheme, TokenError};

/// The manifest's file in each language's folder, beside its standalone page.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";

/// The link preview's tags of a language's pages, standalone and embed alike: the title, the
/// description, the canonical address (the standalone page's), the language and the others,
/// and the large image with its size and description, all absolute below `public_url`.
/// `twitter:card` asks for the large card; its title, description and image are Open Graph's.
pub fn preview_tags(public_url: &str, lang: Lang) -> String {
    let here = page_path(public_url, lang);
    let meta = |property: &str, content: &str| {
        format!(
            "<meta property=\"{property}\" content=\"{}\">",
            escape(content)
        )
    };
    let (width, height) = PREVIEW_SIZE;
    let mut tags = [
        meta("og:type", "website"),
        meta("og:title", STORY.title.get(lang)),
        meta("og:description", STORY.description.get(lang)),
        meta("og:url", &here),
        meta("og:locale", Text::Locale.get(lang)),
    ]
    .concat();
    for other in Lang::ALL.into_iter().filter(|&other| other != lang) {
        tags.push_str(&meta("og:locale:alternate", Text::Locale.get(other)));
    }
    tags.push_str(
        &[
            meta("og:image", &format!("{here}{PREVIEW_FILE}")),
            meta("og:image:width", &width.to_string()),
            meta("og:image:height", &height.to_string()),
            meta("og:image:alt", Text::PreviewImageAlt.get(lang)),
        ]
        .concat(),
    );
    tags.push_str("<meta name=\"twitter:card\" content=\"summary_large_image\">");
    tags
}

/// The path from a language's folder up to the site's root: `""`, or `../` for `en/`.
fn up_from(lang: Lang) -> String {
    "../".repeat(page_path("", lang).matches('/').count())
}

/// The standalone page's link to its manifest (beside it, in its folder) and its theme colours,
/// the page's background in light and in dark, for the browser's frame around it.
pub fn app_tags() -> Result<String, TokenError> {
    Ok(format!(
        "<link rel=\"manifest\" href=\"{MANIFEST_FILE}\"><meta name=\"theme-color\" content=\"{}\" media=\"(prefers-color-scheme: light)\"><meta name=\"theme-color\" content=\"{}\" media=\"(prefers-color-scheme: dark)\">",
        token("--bg", Scheme::Light)?,
        token("--bg", Scheme::Dark)?
    ))
}

/// A language's web app manifest: the installed app is its standalone page, named by the
/// story's title, with the map's icons (in the site's root) and the page's light colours; the
/// dark ones are the page's `theme-color` (a manifest has one colour of each).
pub fn manifest_json(lang: Lang) -> Result<String, TokenError> {
    let up = up_from(lang);
    let icon = |icon: &Icon| {
        format!(
            "{{\"src\":{},\"sizes\":\"{size}x{size}\",\"type\":\"image/png\"}}",
            json_string(&format!("{up}{}", icon.file)),
            size = icon.size
        )
    };
    let icons: Vec<String> = APP_ICONS.iter().map(icon).collect();
    let colour = token("--bg", Scheme::Light)?;
    Ok(format!(
        "{{\"name\":{},\"description\":{},\"lang\":\"{}\",\"start_url\":\"./\",\"scope\":\"./\",\"display\":\"standalone\",\"background_color\":\"{colour}\",\"theme_color\":\"{colour}\",\"icons\":[{}]}}\n",
        json_string(STORY.title.get(lang)),
        json_string(STORY.description.get(lang)),
        lang.code(),
        icons.join(",")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://x.test/nk/";

    #[test]
    fn a_pages_preview_tags_are_absolute_and_name_the_other_languages() {
        let tags = preview_tags(URL, Lang::En);
        assert!(tags.starts_with("<meta property=\"og:type\" content=\"website\"><meta property=\"og:title\" content=\"Is North Korea sending soldiers to Russia's war?\"><meta property=\"og:description\" content=\"Interactive explainer: "));
        assert!(tags.contains("<meta property=\"og:url\" content=\"https://x.test/nk/en/\"><meta property=\"og:locale\" content=\"en_GB\"><meta property=\"og:locale:alternate\" content=\"de_DE\"><meta property=\"og:locale:alternate\" content=\"uk_UA\"><meta property=\"og:locale:alternate\" content=\"ru_RU\"><meta property=\"og:image\" content=\"https://x.test/nk/en/preview.png\"><meta property=\"og:image:width\" content=\"1200\"><meta property=\"og:image:height\" content=\"630\"><meta property=\"og:image:alt\" content=\"Map from Ukraine to the Pacific: "));
        assert!(tags.ends_with("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
        // Every other language is an alternate, never the page's own.
        let alternates = tags.matches("og:locale:alternate").count();
        assert_eq!(alternates, Lang::COUNT - 1);
        assert!(preview_tags(URL, Lang::De).contains("content=\"https://x.test/nk/preview.png\""));
    }

    #[test]
    fn the_manifest_starts_at_its_languages_page_with_the_sites_icons() {
        assert_eq!(
            manifest_json(Lang::En).unwrap(),
            format!(
                "{{\"name\":\"Is North Korea sending soldiers to Russia's war?\",\"description\":{},\"lang\":\"en\",\"start_url\":\"./\",\"scope\":\"./\",\"display\":\"standalone\",\"background_color\":\"#ffffff\",\"theme_color\":\"#ffffff\",\"icons\":[{{\"src\":\"../icon-192.png\",\"sizes\":\"192x192\",\"type\":\"image/png\"}},{{\"src\":\"../icon-512.png\",\"sizes\":\"512x512\",\"type\":\"image/png\"}}]}}\n",
                json_string(STORY.description.get(Lang::En))
            )
        );
        assert!(manifest_json(Lang::De)
            .unwrap()
            .contains("{\"src\":\"icon-192.png\""));
        assert_eq!(
            app_tags().unwrap(),
            "<link rel=\"manifest\" href=\"manifest.webmanifest\"><meta name=\"theme-color\" content=\"#ffffff\" media=\"(prefers-color-scheme: light)\"><meta name=\"theme-color\" content=\"#121417\" media=\"(prefers-color-scheme: dark)\">"
        );
    }
}
