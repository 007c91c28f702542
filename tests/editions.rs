//! Each language's edition rendered on the host: its standalone page and its embed, its dates, numbers and quotation marks, its quote cards' wordings and what each is, and nothing of another edition.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod host_render;

use explainer::i18n::{provenance_text, Text};
use explainer::model::story::{LONG_FORM_TEXT, STORY};
use host_render::{render_app, render_page, render_quote, text};
use shared::lang::Lang;

/// The story's present in each language's words, and the claimed 12,000 as each writes it.
const PRESENT: [(Lang, &str, &str); 4] = [
    (Lang::De, "23. Oktober 2024", "bis zu 12.000"),
    (Lang::En, "23 October 2024", "up to 12,000"),
    (Lang::Uk, "23 жовтня 2024 року", "до 12\u{a0}000"),
    (Lang::Ru, "23 октября 2024 года", "до 12\u{a0}000"),
];

#[tokio::test]
async fn each_languages_standalone_page_renders_in_its_language() {
    for (lang, present, troops) in PRESENT {
        let code = lang.code();
        let html = render_page(&format!("?lang={code}")).await;
        assert!(html.contains(&format!(r#"<div lang="{code}" class="app">"#)));
        for expected in [
            STORY.title.get(lang),
            STORY.dek.get(lang),
            LONG_FORM_TEXT.intro.get(lang),
            LONG_FORM_TEXT.credit.get(lang),
        ] {
            assert!(html.contains(expected), "{code}: missing {expected}");
        }
        let words = text(&html);
        assert!(words.contains(present), "{code}: no {present:?}");
        assert!(html.contains(troops), "{code}: no {troops:?}");
        // The language switch offers all four, each in its own name, this one marked.
        for other in Lang::ALL {
            assert!(
                html.contains(&format!(
                    r#"lang="{0}" hreflang="{0}"{1} class="language-switch__link">{2}</a>"#,
                    other.code(),
                    if other == lang {
                        r#" aria-current="true""#
                    } else {
                        ""
                    },
                    other.own_name()
                )),
                "{code}: the switch's {other:?}"
            );
        }
        // Quotation marks as the language writes them, around a voice's first words.
        let (open, close) = (Text::QuoteOpen.get(lang), Text::QuoteClose.get(lang));
        assert!(html.contains(open) && html.contains(close), "{code}");
    }
}

#[tokio::test]
async fn each_languages_embed_renders_the_stage_in_its_language() {
    for (lang, present, _) in PRESENT {
        let code = lang.code();
        let html = render_app(&format!("?lang={code}&embed=1&place=vladivostok")).await;
        assert!(html.contains(r#"id="stage""#) && !html.contains("story-header"));
        let words = text(&html);
        assert!(words.contains(present), "{code}");
        assert!(words.contains(STORY.place("vladivostok").unwrap().about.get(lang)));
        assert!(words.contains(Text::SourcesOnEveryFact.get(lang)), "{code}");
    }
}

#[tokio::test]
async fn a_ukrainian_or_russian_card_says_it_is_our_translation_and_offers_the_originals() {
    let zelensky = STORY.quote("zelensky-evil").unwrap();
    for (lang, ours, german, english) in [
        (
            Lang::Uk,
            "Наш переклад з англійської",
            "Німецький текст",
            "Англійський текст",
        ),
        (
            Lang::Ru,
            "Наш перевод с английского",
            "Немецкий текст",
            "Английский текст",
        ),
    ] {
        // Zelensky spoke Ukrainian, but no checked source here gives his words: the
        // Ukrainian card is our translation of the official English text, and says so.
        assert_eq!(provenance_text(zelensky, lang, lang), ours);
        let card = render_quote("zelensky-evil", lang).await;
        let words = text(&card);
        assert!(words.contains(ours), "{words}");
        assert!(card.contains(zelensky.note.unwrap().get(lang)));
        // The originals a tap away, each with what it is; no other edition's wording.
        for (label, other) in [(german, Lang::De), (english, Lang::En)] {
            assert!(
                card.contains(&format!("<summary>{label}</summary>")),
                "{card}"
            );
            assert!(card.contains(zelensky.words.get(other)));
        }
        let other = if lang == Lang::Uk { Lang::Ru } else { Lang::Uk };
        assert!(!card.contains(zelensky.words.get(other)), "{card}");
        // Peskov spoke Russian; the Russian text is ours, from the English a report printed,
        // never his words.
        let peskov = STORY.quote("peskov-fake-news").unwrap();
        assert_eq!(provenance_text(peskov, Lang::Ru, lang), {
            let from = if lang == Lang::Uk {
                "Наш переклад з англійської"
            } else {
                "Наш перевод с английского"
            };
            from.to_owned()
        });
    }
}

#[tokio::test]
async fn a_german_or_english_page_holds_nothing_of_the_ukrainian_and_russian_editions() {
    for lang in Lang::ORIGINALS {
        let html = render_page(&format!("?lang={}", lang.code())).await;
        let html = Lang::ALL
            .into_iter()
            .fold(html, |html, l| html.replace(l.own_name(), ""));
        let cyrillic: String = html
            .chars()
            .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
            .take(40)
            .collect();
        assert_eq!(cyrillic, "", "{lang:?}");
        // Its cards offer the other original's wording, and no edition's.
        let card = render_quote("lange-training", lang).await;
        assert!(!card.contains(STORY.quote("lange-training").unwrap().words.get(Lang::Uk)));
    }
}
