//! One quotation: the words, who said them, when and where, the source, and the language it was said in.

use yew::prelude::*;

use super::on_link;
use super::source_refs::source_refs;
use crate::i18n::{format_said, provenance_text, template, wording_in, Text};
use crate::model::story::{Person, Provenance, Quote};
use crate::model::view::View;
use crate::page::markup::{markup, Markup};
use shared::lang::Lang;

/// What a quote card shows and where its links lead.
pub struct QuoteCard {
    /// The quote.
    pub quote: &'static Quote,
    /// The view the card's links start from ([`View::link_base`]), which gives the language.
    pub link: View,
    /// Whether the quote is the selected one.
    pub selected: bool,
    /// Called when a reader follows the link to the quote's event. The long form's cards,
    /// rendered on the host only, take no-ops: the stage's root handles their links and copy
    /// buttons by delegation.
    pub on_follow: Callback<&'static Quote>,
    /// Called when a reader chooses the card's own link.
    pub on_select: Callback<&'static Quote>,
    /// Called when a reader asks to copy the quote as a citation.
    pub on_copy: Callback<&'static Quote>,
    /// Whether the card is the quote's anchor in the page (`#quote-…`); the stage's copy of a
    /// card is not, so that every id stays unique.
    pub anchor: bool,
}

/// A speaker's initials as the language writes the name, in place of a portrait we hold no
/// rights to.
pub fn initials(person: &Person, lang: Lang) -> String {
    let name = person.name.get(lang);
    let mut words = name.split_whitespace();
    let first = words.next().and_then(|w| w.chars().next());
    let last = words.last().and_then(|w| w.chars().next());
    first.into_iter().chain(last).collect()
}

/// A quote card. A plain function: a stateless leaf, where a component costs wasm glue.
pub fn quote_card(props: &QuoteCard) -> Html {
    let (quote, link) = (props.quote, props.link);
    let lang = link.lang;
    let person = quote.person;
    let selected = props.selected;
    let event_href = View {
        date: quote.event.when.start,
        place: Some(quote.place),
        quote: Some(quote),
        ..link
    };
    let self_href = View {
        quote: Some(quote),
        date: quote.date,
        ..link
    };
    let prefix = if props.anchor { "quote" } else { "voice" };
    let heading_id = format!("{prefix}-{}-by", quote.id);
    html! {
        <figure key={quote.id} class="quote-card"
                data-selected={selected.then_some("")}
                id={props.anchor.then(|| format!("quote-{}", quote.id))}
                data-person={person.id}
                aria-labelledby={heading_id.clone()}>
            // Everything but the links: markup the browser takes whole.
            { markup(|out| card_text(out, quote, lang, &heading_id, link.embed)) }
            <p class="quote-card__links">
                <a
                    class="quote-card__event"
                    href={event_href.to_query()}
                    onclick={on_link(&props.on_follow, quote)}>
                    { template(Text::GoToEvent, lang, &[
                        ("event", quote.event.title.get(lang)),
                        ("place", quote.place.name.get(lang)),
                    ]) }
                </a>
                <button type="button" class="quote-card__copy" data-quote={quote.id} onclick={{
                    let (on_copy, quote) = (props.on_copy.clone(), quote);
                    Callback::from(move |_: MouseEvent| on_copy.emit(quote))
                }}>
                    { Text::CopyQuote.get(lang) }
                </button>
                <a
                    class="quote-card__link"
                    href={self_href.to_query()}
                    aria-current={selected.then_some("true")}
                    onclick={on_link(&props.on_select, quote)}>
                    { Text::LinkToQuote.get(lang) }
                </a>
            </p>
        </figure>
    }
}

/// A quote card's text, everything but its links: the caption first, where a figure's caption
/// may stand (or last), which the stylesheet shows below the words, as the card has always looked
/// (quote-card.css); the context, the words and where they come from, the note, the other
/// languages' wordings, and the sources. `heading_id` is the speaker's name's id.
fn card_text(out: &mut Markup, quote: &Quote, lang: Lang, heading_id: &str, embedded: bool) {
    let person = quote.person;
    // Where the shown text is not the speaker's own, the originals' texts the page offers
    // (`Lang::offers`) are a tap away, each labelled with what it is.
    let others = (quote.provenance.get(lang) != Provenance::Own)
        .then(|| {
            Lang::ALL
                .into_iter()
                .filter(move |&other| other != lang && lang.offers(other))
        })
        .into_iter()
        .flatten();
    out.tag("<figcaption class=\"quote-card__caption\"><span aria-hidden=\"true\" class=\"quote-card__initials\">")
        .text(&initials(person, lang))
        .tag("</span><span class=\"quote-card__who\"><cite id=\"")
        .text(heading_id)
        .tag("\" class=\"quote-card__name\">")
        .text(person.name.get(lang))
        .tag("</cite><span class=\"quote-card__role\">")
        .text(person.role.get(lang))
        .tag(", ")
        .text(person.affiliation.get(lang))
        .tag("</span><span class=\"quote-card__when\">")
        .text(quote.setting.get(lang))
        .tag(", <time datetime=\"")
        .text(&quote.date.to_string())
        .tag("\">")
        .text(&format_said(quote.date, quote.dating, lang))
        .tag("</time></span></span></figcaption>");
    if let Some(context) = quote.context {
        out.tag("<p class=\"quote-card__context\">")
            .text(context.get(lang))
            .tag("</p>");
    }
    // The words in a language (in a quote with `attributes` after its `lang`), then
    // where that wording comes from.
    let words = |out: &mut Markup, text: Lang, attributes: &str| {
        out.tag("<blockquote lang=\"")
            .tag(text.code())
            .tag("\"")
            .tag(attributes)
            .tag("><p>")
            .text(quote.words.get(text))
            .tag("</p></blockquote><p class=\"quote-card__provenance\">")
            .text(&provenance_text(quote, text, lang))
            .tag("</p>");
    };
    words(out, lang, " class=\"quote-card__words\"");
    if let Some(note) = quote.note {
        out.tag("<p class=\"quote-card__note\">")
            .text(note.get(lang))
            .tag("</p>");
    }
    for other in others {
        out.tag("<details class=\"quote-card__original\"><summary>")
            .text(wording_in(other).get(lang))
            .tag("</summary>");
        words(out, other, "");
        out.tag("</details>");
    }
    source_refs(out, quote.sources, lang, embedded);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::story::Localized;

    fn person(name: &'static str) -> Person {
        Person {
            id: "p",
            name: Localized::whole([name; Lang::COUNT]),
            role: Localized::whole([""; Lang::COUNT]),
            affiliation: Localized::whole([""; Lang::COUNT]),
        }
    }

    #[test]
    fn initials_are_the_first_and_last_names_first_letters() {
        for (name, expected) in [
            ("Nico Lange", "NL"),
            ("Kim Jong Un", "KU"),
            ("  Wolodymyr   Selenskyj ", "WS"),
            ("Österreich", "Ö"),
            ("", ""),
        ] {
            assert_eq!(initials(&person(name), Lang::De), expected, "{name:?}");
        }
    }
}
