//! The oEmbed responses beside each language's page, one for each theme.

use explainer::model::embed_codes::{iframe_code, FIRST_HEIGHT};
use explainer::model::story::STORY;
use explainer::model::view::{page_path, Theme, EMBED_PAGE};
use shared::json::json_string;
use shared::lang::Lang;

/// The width an oEmbed consumer is told the explainer wants: an article column.
pub const OEMBED_WIDTH: u32 = 700;

/// The oEmbed file of a language's page for a theme: `oembed.json` for `auto`, else
/// `oembed-<theme>.json` (which `_redirects` serves for `oembed.json?theme=<theme>`).
pub fn oembed_file(theme: Theme) -> String {
    match theme {
        Theme::Auto => "oembed.json".to_owned(),
        _ => format!("oembed-{}.json", theme.code()),
    }
}

/// The oEmbed response (`type` `rich`) for a language's page: its title and a titled iframe of
/// its embed mode, in a theme.
pub fn oembed_json(public_url: &str, lang: Lang, theme: Theme) -> String {
    let page = page_path(public_url, lang);
    let title = STORY.title.get(lang);
    let flag = match theme {
        Theme::Auto => String::new(),
        _ => format!("theme={}&", theme.code()),
    };
    let html = iframe_code(&format!("{page}{EMBED_PAGE}?{flag}embed=1"), title);
    format!(
        "{{\"version\":\"1.0\",\"type\":\"rich\",\"title\":{},\"provider_url\":{},\"width\":{OEMBED_WIDTH},\"height\":{FIRST_HEIGHT},\"html\":{}}}\n",
        json_string(title),
        json_string(public_url),
        json_string(&html)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://x.test/nk/";

    #[test]
    fn oembed_is_rich_with_integer_size_and_a_titled_iframe() {
        assert_eq!(
            oembed_json(URL, Lang::En, Theme::Auto),
            "{\"version\":\"1.0\",\"type\":\"rich\",\"title\":\"Is North Korea sending soldiers to Russia's war?\",\"provider_url\":\"https://x.test/nk/\",\"width\":700,\"height\":680,\"html\":\"<iframe src=\\\"https://x.test/nk/en/embed.html?embed=1\\\" title=\\\"Is North Korea sending soldiers to Russia's war?\\\" loading=\\\"lazy\\\" allow=\\\"clipboard-write\\\" style=\\\"width: 100%; height: 680px; border: 0;\\\"></iframe>\"}\n"
        );
    }

    #[test]
    fn a_theme_has_its_own_oembed_file() {
        assert!(oembed_json(URL, Lang::De, Theme::Dark)
            .contains("<iframe src=\\\"https://x.test/nk/embed.html?theme=dark&amp;embed=1\\\""));
        assert_eq!(oembed_file(Theme::Light), "oembed-light.json");
    }
}
