//! Quotes as ready citations for the clipboard: the words, who said them, when, where, sources, link.

use crate::i18n::{format_said, format_span, provenance_text, Text};
use crate::model::story::Quote;
use shared::lang::Lang;

/// A quote as a citation a teacher can paste: words, speaker, setting, date, translation note,
/// sources and a link that opens the explainer with the quote.
pub fn citation(quote: &Quote, lang: Lang, link: &str) -> String {
    let (open, close) = (Text::QuoteOpen.get(lang), Text::QuoteClose.get(lang));
    let person = quote.person;
    let context = quote
        .context
        .map(|c| format!("{}\n", c.get(lang)))
        .unwrap_or_default();
    let mut text = format!(
        "{context}{open}{}{close}\n– {}, {}, {}; {}, {}.",
        quote.words.get(lang),
        person.name.get(lang),
        person.role.get(lang),
        person.affiliation.get(lang),
        quote.setting.get(lang),
        format_said(quote.date, quote.dating, lang),
    );
    text.push_str(&format!(" ({})", provenance_text(quote, lang, lang)));
    if let Some(note) = quote.note {
        text.push_str(&format!("\n{}", note.get(lang)));
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
    use crate::model::story::STORY;

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
            "“What exactly they are doing is left to be seen. … If they're co-belligerents, if their intention is to participate in this war on Russia's behalf, that is a very, very serious issue”\n\
             – Lloyd Austin, Secretary of Defense, United States; in Rome, said on 23 October 2024. (The speaker's own words)\n\
             Sources: US Department of Defense: Remarks by Secretary of Defense Lloyd Austin in Rome, 23 October 2024; DW: Wie Nordkorea Russlands Krieg in der Ukraine verändert (How North Korea is changing Russia's war in Ukraine; German edition), 23 October 2024\n\
             https://example.org/?quote=austin-what-exactly"
        );
    }

    #[test]
    fn a_citation_keeps_the_editors_note_and_a_reported_translation() {
        let zelensky = citation(STORY.quote("zelensky-evil").unwrap(), Lang::De, "L");
        assert!(
            zelensky.contains("(Im DW-Artikel übersetzt aus dem Ukrainischen)\nDie Erläuterung in Klammern ist eine Anmerkung der DW-Redaktion, keine Worte Selenskyjs.\n"),
            "{zelensky}"
        );
        let peskov = citation(STORY.quote("peskov-fake-news").unwrap(), Lang::En, "L");
        assert!(
            peskov.starts_with("On the reports that North Korea is sending soldiers to Russia:\n“another bit of fake news”\n– Dmitry Peskov, Spokesman, Kremlin; as reported by the Kyiv Independent, said on 10 October 2024. (The cited source's translation from Russian)"),
            "{peskov}"
        );
        let german = citation(STORY.quote("peskov-fake-news").unwrap(), Lang::De, "L");
        assert!(
            german.contains("(Unsere Übersetzung aus dem Englischen)"),
            "{german}"
        );
    }

    #[test]
    fn a_citation_says_what_its_text_is() {
        let quote = STORY.quote("lankov-technology").unwrap();
        let english = citation(quote, Lang::En, "L");
        assert!(
            english.contains("published on 23 October 2024. (Our translation from German)"),
            "{english}"
        );
        // The language Lankov spoke to DW is not known: the German is the article's wording.
        let german = citation(quote, Lang::De, "L");
        assert!(german.starts_with("„Unter anderen Umständen"));
        assert!(german.contains("(Wortlaut im DW-Artikel)"), "{german}");
        // Kiesewetter's "dies" gets its referent before the quotation, outside it.
        let kiesewetter = citation(STORY.quote("kiesewetter-germany").unwrap(), Lang::De, "L");
        assert!(kiesewetter.starts_with(
            "Zu einer geeinten und entschlossenen Reaktion der Stärke und Abschreckung, die er für zwingend erforderlich hält:\n„Viele europäische Staaten wollen dies schon lange."
        ));
    }
}
