//! The reader's view as a shareable link: parsed from and written to the URL query, in this module only.

use crate::model::story::{Place, Quote, STORY};
use shared::date::Date;
use shared::lang::Lang;

/// What the reader looks at: everything a shared link restores.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// The language.
    pub lang: Lang,
    /// The timeline's date, always within the story's span.
    pub date: Date,
    /// The selected place.
    pub place: Option<&'static Place>,
    /// The selected quote.
    pub quote: Option<&'static Quote>,
    /// Whether the explainer runs embedded in another page, without page chrome.
    pub embed: bool,
    /// The colours: the reader's system's, or the light or dark ones a newsroom chose.
    pub theme: Theme,
    /// Whether the stage fills the screen for a projector (`present=1`); never in an embed.
    pub present: bool,
}

/// The explainer's colours (`theme=auto|light|dark`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Light, whatever the system.
    Light,
    /// Dark, whatever the system.
    Dark,
}

impl Theme {
    /// Every theme, as offered.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Its value in the URL, `embed.js`'s `data-theme` and `<html data-theme>`.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme a code names.
    pub fn from_code(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }
}

impl Default for View {
    fn default() -> Self {
        View {
            lang: Lang::default(),
            date: STORY.present,
            place: None,
            quote: None,
            embed: false,
            theme: Theme::Auto,
            present: false,
        }
    }
}

/// A yes-or-no parameter's value: `1` or `0`; anything else is no answer.
fn flag(value: &str) -> Option<bool> {
    match value {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// The longest query this parser reads; anything longer is cut off there.
pub const MAX_QUERY: usize = 2048;

fn hex(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Decodes `%XX` escapes and `+`; `None` where the bytes are not UTF-8 or an escape is broken.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let high = hex(*bytes.get(i + 1)?)?;
                let low = hex(*bytes.get(i + 2)?)?;
                out.push(high << 4 | low);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The query's `key=value` pairs in order, decoded; broken pairs are skipped.
fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut end = query.len().min(MAX_QUERY);
    while !query.is_char_boundary(end) {
        end -= 1;
    }
    query[..end].split('&').filter_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        Some((percent_decode(key)?, percent_decode(value)?))
    })
}

impl View {
    /// The view a query string asks for. Every unknown, malformed or out-of-range value falls
    /// back to its default; of a repeated key, the first valid value counts.
    pub fn from_query(query: &str) -> View {
        View::from_query_in(query, Lang::default())
    }

    /// The view a query string asks for on a page in `page_lang`, the language a query without
    /// `lang` gets (the English pre-rendered page is `en/`).
    pub fn from_query_in(query: &str, page_lang: Lang) -> View {
        let mut lang = None;
        let mut date = None;
        let mut place = None;
        let mut quote = None;
        let mut embed = None;
        let mut theme = None;
        let mut present = None;
        for (key, value) in pairs(query) {
            match key.as_str() {
                "lang" if lang.is_none() => lang = Lang::from_code(&value),
                "date" if date.is_none() => {
                    date = Date::parse(&value)
                        .ok()
                        .filter(|d| (STORY.start..=STORY.end).contains(d));
                }
                "place" if place.is_none() => place = STORY.place(&value),
                "quote" if quote.is_none() => quote = STORY.quote(&value),
                "theme" if theme.is_none() => theme = Theme::from_code(&value),
                "embed" if embed.is_none() => embed = flag(&value),
                "present" if present.is_none() => present = flag(&value),
                _ => {}
            }
        }
        let default = View::default();
        let embed = embed.unwrap_or(default.embed);
        View {
            lang: lang.unwrap_or(page_lang),
            date: date.unwrap_or(default.date),
            place,
            quote,
            embed,
            theme: theme.unwrap_or_default(),
            // An embed never presents: a newsroom's page keeps its own screen.
            present: present.unwrap_or_default() && !embed,
        }
    }

    /// The view that in-app links start from: the same language, embedding, theme and
    /// presenting, at the story's present, nothing selected. Each link sets what it is about.
    pub fn link_base(&self) -> View {
        View {
            lang: self.lang,
            embed: self.embed,
            theme: self.theme,
            present: self.present,
            ..View::default()
        }
    }

    /// The view as a page shows it on its own: not embedded, not presenting; for a shared or
    /// printed link.
    pub fn standalone(&self) -> View {
        View {
            embed: false,
            present: false,
            ..*self
        }
    }

    /// The view's query as a host page keeps it for its frame (`embed.js`): without the
    /// embedding and the theme, which the host's code sets, and without the leading `?`.
    pub fn host_query(&self) -> String {
        let query = View {
            embed: false,
            theme: Theme::Auto,
            present: false,
            ..*self
        }
        .to_query();
        query.trim_start_matches('?').to_owned()
    }

    /// The view as a query string: `?lang=de&date=2024-10-23`, then the place, quote, theme,
    /// embedding and presenting where set.
    pub fn to_query(&self) -> String {
        let mut query = format!("?lang={}&date={}", self.lang.code(), self.date);
        if let Some(place) = self.place {
            query.push_str("&place=");
            query.push_str(place.id);
        }
        if let Some(quote) = self.quote {
            query.push_str("&quote=");
            query.push_str(quote.id);
        }
        if self.theme != Theme::Auto {
            query.push_str("&theme=");
            query.push_str(self.theme.code());
        }
        if self.embed {
            query.push_str("&embed=1");
        }
        if self.present && !self.embed {
            query.push_str("&present=1");
        }
        query
    }
}

/// The explainer's folder (the default language's page path, ending in `/`), from the path of
/// one of its pages and that page's language: every other language's page is `<code>/` in the
/// folder.
pub fn folder_of(path: &str, lang: Lang) -> String {
    let dir = dir_of(path);
    let own = page_path("", lang);
    match dir.strip_suffix(&own) {
        Some(folder) if !own.is_empty() => folder.to_owned(),
        _ => dir,
    }
}

/// The path (or address) of a language's page, below the explainer's folder path (or address):
/// the folder itself for the default language, `<code>/` in it for the others.
pub fn page_path(folder: &str, lang: Lang) -> String {
    if lang == Lang::default() {
        folder.to_owned()
    } else {
        format!("{folder}{}/", lang.code())
    }
}

/// The file of a language's embed page beside its standalone page: the stage alone, without
/// the long form, pre-rendered as an embed.
pub const EMBED_PAGE: &str = "embed.html";

/// Whether a page's path names an embed page ([`EMBED_PAGE`]).
pub fn is_embed_page(path: &str) -> bool {
    path.strip_suffix(EMBED_PAGE)
        .is_some_and(|dir| dir.is_empty() || dir.ends_with('/'))
}

/// The directory a page's path names, ending in `/`.
fn dir_of(path: &str) -> String {
    let dir = path
        .strip_suffix("index.html")
        .or_else(|| path.strip_suffix(EMBED_PAGE))
        .unwrap_or(path);
    if dir.ends_with('/') {
        dir.to_owned()
    } else {
        format!("{dir}/")
    }
}

/// The language whose page a path is, given the explainer's folder; the default where none is.
pub fn lang_of_page(path: &str, folder: &str) -> Lang {
    let dir = dir_of(path);
    Lang::ALL
        .into_iter()
        .find(|&lang| page_path(folder, lang) == dir)
        .unwrap_or_default()
}

/// The link to a view below the explainer's folder: the page of its language, so that the
/// pre-rendered page is already in that language (its embed page for an embedding), then the
/// query.
pub fn view_url(folder: &str, view: &View) -> String {
    let file = if view.embed { EMBED_PAGE } else { "" };
    format!("{}{file}{}", page_path(folder, view.lang), view.to_query())
}

/// A link from the page of one language to a view, relative to that page: `?…` in the same
/// language, `en/?…` from German to English, `../?…` back.
pub fn href_from(page: Lang, view: &View) -> String {
    if page == view.lang {
        return view.to_query();
    }
    let up = "../".repeat(page_path("", page).matches('/').count());
    format!("{up}{}{}", page_path("", view.lang), view.to_query())
}

/// The id pym.js's parent gives its child in the `childId` parameter, if it is a safe one
/// (letters, digits, `-` and `_`, at most 64): it goes back verbatim in every height message.
pub fn pym_child_id(query: &str) -> Option<String> {
    let (_, id) = pairs(query).find(|(key, _)| key == "childId")?;
    let safe = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    safe.then_some(id)
}

/// Whether a change from one view to another is a choice worth a history entry: a language,
/// place, quote or embedding, not a step of the timeline (scrubbing would flood the history).
pub fn is_choice(from: &View, to: &View) -> bool {
    View {
        date: to.date,
        ..*from
    } != *to
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_page_in_the_folder() {
        for (path, lang, folder) in [
            ("/", Lang::De, "/"),
            ("/en/", Lang::En, "/"),
            ("/news/explainer/", Lang::De, "/news/explainer/"),
            ("/news/explainer/index.html", Lang::De, "/news/explainer/"),
            ("/news/explainer/en/", Lang::En, "/news/explainer/"),
            (
                "/news/explainer/en/index.html",
                Lang::En,
                "/news/explainer/",
            ),
            ("/news/explainer", Lang::De, "/news/explainer/"),
            // A German page whose folder happens to be called `en` stays where it is.
            ("/en/", Lang::De, "/en/"),
        ] {
            assert_eq!(folder_of(path, lang), folder, "{path} in {lang:?}");
        }
        assert_eq!(page_path("/x/", Lang::De), "/x/");
        for (path, lang) in [
            ("/x/", Lang::De),
            ("/x/index.html", Lang::De),
            ("/x/en/", Lang::En),
            ("/x/en/index.html", Lang::En),
            ("/x/en", Lang::En),
            ("/y/en/", Lang::De),
        ] {
            assert_eq!(lang_of_page(path, "/x/"), lang, "{path}");
        }
        assert_eq!(
            page_path("https://a.test/x/", Lang::En),
            "https://a.test/x/en/"
        );
        let view = View {
            lang: Lang::En,
            ..View::default()
        };
        assert_eq!(
            view_url("https://a.test/x/", &view),
            "https://a.test/x/en/?lang=en&date=2024-10-23"
        );
        assert_eq!(
            view_url("/x/", &View::default()),
            "/x/?lang=de&date=2024-10-23"
        );
        assert_eq!(href_from(Lang::De, &view), "en/?lang=en&date=2024-10-23");
        assert_eq!(
            href_from(Lang::En, &View::default()),
            "../?lang=de&date=2024-10-23"
        );
        assert_eq!(href_from(Lang::En, &view), "?lang=en&date=2024-10-23");
    }

    #[test]
    fn an_embedding_links_its_languages_embed_page() {
        let view = View {
            lang: Lang::En,
            embed: true,
            ..View::default()
        };
        assert_eq!(
            view_url("https://a.test/x/", &view),
            "https://a.test/x/en/embed.html?lang=en&date=2024-10-23&embed=1"
        );
        for (path, lang, embed) in [
            ("/x/embed.html", Lang::De, true),
            ("/x/en/embed.html", Lang::En, true),
            ("/x/en/", Lang::En, false),
            ("/x/embed.html/", Lang::De, false),
            ("/x/my-embed.html", Lang::De, false),
        ] {
            assert_eq!(is_embed_page(path), embed, "{path}");
            if embed {
                assert_eq!(folder_of(path, lang), "/x/", "{path}");
                assert_eq!(lang_of_page(path, "/x/"), lang, "{path}");
            }
        }
    }

    #[test]
    fn an_empty_query_is_the_story_present_in_german() {
        let view = View::from_query("");
        assert_eq!(view, View::default());
        assert_eq!(view.lang, Lang::De);
        assert_eq!(view.date.to_string(), "2024-10-23");
        assert_eq!(view.to_query(), "?lang=de&date=2024-10-23");
    }

    #[test]
    fn a_full_query_round_trips_exactly() {
        let query = "?lang=en&date=2024-10-18&place=vladivostok&quote=lange-training&embed=1";
        let view = View::from_query(query);
        assert_eq!(view.lang, Lang::En);
        assert_eq!(view.date.to_string(), "2024-10-18");
        assert_eq!(view.place.map(|p| p.id), Some("vladivostok"));
        assert_eq!(view.quote.map(|q| q.id), Some("lange-training"));
        assert!(view.embed);
        assert_eq!(view.to_query(), query);
    }

    #[test]
    fn bad_values_fall_back_one_by_one() {
        let view =
            View::from_query("lang=fr&date=2024-02-30&place=atlantis&quote=%3Cscript%3E&embed=yes");
        assert_eq!(view, View::default());
        let view = View::from_query("date=2021-01-01&lang=en");
        assert_eq!(
            view.date, STORY.present,
            "a date before the story falls back"
        );
        assert_eq!(view.lang, Lang::En, "a good key survives a bad neighbour");
    }

    #[test]
    fn choices_but_not_timeline_steps_deserve_history_entries() {
        let start = View::default();
        let later = View {
            date: STORY.start,
            ..start
        };
        assert!(!is_choice(&start, &later));
        assert!(is_choice(
            &start,
            &View {
                lang: Lang::En,
                ..start
            }
        ));
        assert!(is_choice(
            &start,
            &View {
                place: STORY.place("kyiv"),
                ..later
            }
        ));
    }

    #[test]
    fn the_theme_is_read_written_and_safe() {
        let dark = View::from_query("lang=en&theme=dark&embed=1");
        assert_eq!(dark.theme, Theme::Dark);
        assert_eq!(
            dark.to_query(),
            "?lang=en&date=2024-10-23&theme=dark&embed=1"
        );
        assert_eq!(View::from_query("theme=light").theme, Theme::Light);
        assert_eq!(
            View::from_query("theme=auto").to_query(),
            "?lang=de&date=2024-10-23"
        );
        assert_eq!(View::from_query("theme=%3Cb%3E").theme, Theme::Auto);
        assert_eq!(View::from_query("theme=blue&theme=dark").theme, Theme::Dark);
        assert_eq!(dark.link_base().theme, Theme::Dark);
        assert_eq!(dark.host_query(), "lang=en&date=2024-10-23");
    }

    #[test]
    fn presenting_is_read_written_kept_by_links_and_never_embedded() {
        let shown = View::from_query("lang=en&date=2024-10-18&present=1");
        assert!(shown.present);
        assert_eq!(shown.to_query(), "?lang=en&date=2024-10-18&present=1");
        assert!(
            shown.link_base().present,
            "a link followed while presenting keeps presenting"
        );
        assert!(
            !shown.standalone().present,
            "a shared or printed link does not present"
        );
        assert_eq!(shown.host_query(), "lang=en&date=2024-10-18");
        assert!(!View::from_query("present=1&embed=1").present);
        assert!(!View::from_query("present=yes").present);
        assert!(
            View::from_query("present=2&present=1").present,
            "the first valid value counts"
        );
        assert!(!View::from_query("present=0&present=1").present);
        assert!(is_choice(
            &View::default(),
            &View {
                present: true,
                ..View::default()
            }
        ));
    }

    #[test]
    fn a_host_keeps_the_view_without_the_embedding() {
        let view = View::from_query("lang=en&date=2024-10-18&place=seoul&embed=1");
        assert_eq!(view.host_query(), "lang=en&date=2024-10-18&place=seoul");
        assert_eq!(View::from_query(&view.host_query()).place, view.place);
    }

    #[test]
    fn the_pym_child_id_is_taken_only_when_safe() {
        let query = "?initialWidth=600&childId=explainer-1&parentTitle=x&lang=en";
        assert_eq!(pym_child_id(query).as_deref(), Some("explainer-1"));
        assert_eq!(
            View::from_query(query).lang,
            Lang::En,
            "pym's parameters do not disturb the view"
        );
        assert_eq!(pym_child_id("childId=a%22%3E%3Cscript%3E"), None);
        assert_eq!(pym_child_id(&format!("childId={}", "a".repeat(65))), None);
        assert_eq!(pym_child_id("childId="), None);
        assert_eq!(pym_child_id("lang=de"), None);
    }

    #[test]
    fn a_page_in_english_defaults_to_english() {
        assert_eq!(View::from_query_in("", Lang::En).lang, Lang::En);
        assert_eq!(View::from_query_in("lang=de", Lang::En).lang, Lang::De);
        assert_eq!(View::from_query_in("lang=xx", Lang::En).lang, Lang::En);
    }

    #[test]
    fn the_first_valid_repeated_key_counts() {
        assert_eq!(View::from_query("lang=en&lang=de").lang, Lang::En);
        assert_eq!(View::from_query("lang=xx&lang=en").lang, Lang::En);
    }

    #[test]
    fn percent_encoding_is_decoded_and_garbage_ignored() {
        assert_eq!(
            View::from_query("place=vladi%76ostok").place.map(|p| p.id),
            Some("vladivostok")
        );
        assert_eq!(View::from_query("place=%ZZ&lang=en").lang, Lang::En);
        assert_eq!(View::from_query("place=%E2%82").place, None);
        assert_eq!(View::from_query("lang=e%6").lang, Lang::De);
    }
}
