//! Quotes as ready citations for the clipboard: the words, who said them, when, where, sources, link.

use crate::content::{Quote, QuoteDating};
use crate::date::Precision;
use crate::locale::{format_date, format_span, Lang, Text};

/// A quote as a citation a teacher can paste: words, speaker, setting, date, translation note,
/// sources and a link that opens the explainer with the quote.
pub fn citation(quote: &Quote, lang: Lang, link: &str) -> String {
    let (open, close) = match lang {
        Lang::De => ("„", "“"),
        Lang::En => ("“", "”"),
    };
    let person = quote.person;
    let dating = match quote.dating {
        QuoteDating::Said => Text::SaidOn,
        QuoteDating::Published => Text::PublishedOn,
    };
    let mut text = format!(
        "{open}{}{close}\n– {}, {}, {}; {}, {} {}.",
        quote.words.get(lang),
        person.name.get(lang),
        person.role.get(lang),
        person.affiliation.get(lang),
        quote.setting.get(lang),
        dating.get(lang),
        format_date(quote.date, Precision::Day, lang),
    );
    if lang != quote.original {
        let note = match lang {
            Lang::En => Text::TranslatedFromGerman,
            Lang::De => Text::TranslatedFromEnglish,
        };
        text.push_str(&format!(" ({})", note.get(lang)));
    }
    let sources: Vec<String> = quote
        .sources
        .iter()
        .map(|s| {
            let date = format_span(s.date.start, s.date.end, s.date.precision, lang);
            format!("{}: {}, {date}", s.publisher.get(lang), s.title.get(lang))
        })
        .collect();
    text.push_str(&format!(
        "\n{} {}",
        Text::SourcesOf.get(lang),
        sources.join("; ")
    ));
    text.push_str(&format!("\n{link}"));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::STORY;

    #[test]
    fn a_citation_carries_words_speaker_date_sources_and_link() {
        let quote = STORY.quote("austin-what-exactly").unwrap();
        let text = citation(
            quote,
            Lang::En,
            "https://example.org/?quote=austin-what-exactly",
        );
        assert_eq!(
            text,
            "“What exactly they're doing is left to be seen… If they're a co-belligerent, their intention is to participate in this war on Russia's behalf, that is a very, very serious issue.”\n\
             – Lloyd Austin, Secretary of Defense, United States; in Rome, said on 23 October 2024.\n\
             Sources: US Department of Defense: Remarks by Secretary of Defense Lloyd Austin in Rome, 23 October 2024; DW: DW article on North Korean soldiers for Russia's war, German edition (contributor: Rayna Breuer), 23 October 2024\n\
             https://example.org/?quote=austin-what-exactly"
        );
    }

    #[test]
    fn a_translated_citation_says_so() {
        let quote = STORY.quote("lankov-technology").unwrap();
        let english = citation(quote, Lang::En, "L");
        assert!(
            english.contains("published on 23 October 2024. (Translated from German)"),
            "{english}"
        );
        let german = citation(quote, Lang::De, "L");
        assert!(german.starts_with("„Unter anderen Umständen"));
        assert!(!german.contains("Übersetzt"));
    }
}
