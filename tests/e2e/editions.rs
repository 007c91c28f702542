//! The editions: each language's pages carry their own texts and, in their quote cards, the originals' wordings, and nothing of another edition.

use crate::prelude::*;
use explainer::i18n::Text;
use explainer::model::story::STORY_TEXTS;

/// The forms a text takes in a page: as written, escaped in HTML, and escaped in the page's
/// JSON of texts.
fn forms(text: &str) -> [String; 3] {
    let json = shared::json::json_string(text).replace('<', "\\u003c");
    [
        text.to_owned(),
        explainer::page::markup::escape(text),
        json[1..json.len() - 1].to_owned(),
    ]
}

/// A page's text: everything outside its tags (the texts element's JSON included) but its
/// stylesheet, so that an attribute's value (`data-status="confirmed"`) or a selector is no text.
fn page_text(html: &str) -> String {
    let html = match (html.find("<style>"), html.find("</style>")) {
        (Some(start), Some(end)) if start < end => format!("{}{}", &html[..start], &html[end..]),
        _ => html.to_owned(),
    };
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push('\n');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every text of the story and the interface, one row per text with a column per language.
fn every_text() -> Vec<[&'static str; Lang::COUNT]> {
    let interface = Text::ALL
        .iter()
        .map(|text| Lang::ALL.map(|lang| text.get(lang)));
    STORY_TEXTS.texts.iter().copied().chain(interface).collect()
}

/// The texts of `other` that a page in `lang` may hold: its quote cards' wordings in an
/// original's language the page offers.
fn offered(lang: Lang, other: Lang) -> Vec<&'static str> {
    if !lang.offers(other) {
        return Vec::new();
    }
    STORY.quotes.iter().map(|q| q.words.get(other)).collect()
}

#[tokio::test]
async fn no_page_carries_another_editions_texts_beyond_its_quotes_originals() {
    if support::skip() {
        return;
    }
    let rows = every_text();
    for lang in Lang::ALL {
        let own: Vec<&str> = rows.iter().map(|row| row[lang.index()]).collect();
        for file in ["index.html", "embed.html"] {
            let file = format!("{}{file}", support::folder_of(lang));
            let page = page_text(&std::fs::read_to_string(dist_dir().join(&file)).unwrap());
            let mut found = Vec::new();
            for other in Lang::ALL.into_iter().filter(|&other| other != lang) {
                let allowed = offered(lang, other);
                for row in &rows {
                    let text = row[other.index()];
                    // A short text (a name, "NATO") may be every language's; a text the
                    // page's own language writes too is its own.
                    if text.chars().count() < 6
                        || allowed.contains(&text)
                        || own.iter().any(|own| own.contains(text))
                    {
                        continue;
                    }
                    if forms(text).iter().any(|form| page.contains(form.as_str())) {
                        found.push(format!("{other:?}: {text}"));
                    }
                }
            }
            assert!(found.is_empty(), "{file} carries {found:#?}");
            // And it does carry what it offers: its quotes' originals.
            for other in Lang::ALL.into_iter().filter(|&other| other != lang) {
                for words in offered(lang, other) {
                    assert!(
                        forms(words).iter().any(|form| page.contains(form.as_str())),
                        "{file} lacks the {other:?} wording {words:?}"
                    );
                }
            }
        }
    }
}

#[tokio::test]
async fn a_german_or_english_page_holds_no_cyrillic_but_the_language_switchs_names() {
    if support::skip() {
        return;
    }
    for lang in Lang::ORIGINALS {
        for file in ["index.html", "embed.html"] {
            let file = format!("{}{file}", support::folder_of(lang));
            let mut page = std::fs::read_to_string(dist_dir().join(&file)).unwrap();
            for name in Lang::ALL.map(Lang::own_name) {
                page = page.replace(name, "");
            }
            let cyrillic: String = page
                .chars()
                .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
                .take(40)
                .collect();
            assert_eq!(cyrillic, "", "{file} holds Cyrillic");
        }
    }
}
