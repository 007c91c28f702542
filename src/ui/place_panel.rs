//! What a place is in the story, with the events and quotes tied to it.

use yew::prelude::*;

use super::claim_badge::claim_badge;
use super::figure_list::held_text;
use super::on_link;
use super::source_refs::source_refs;
use crate::i18n::{format_when, template, Text};
use crate::model::story::{Event, Place, Quote, STORY};
use crate::model::view::View;
use crate::page::markup::markup;
use shared::lang::Lang;

/// A speaker's name and the first words of their quote, to tell a speaker's quotes apart; the
/// link leads to all of it. The quotation marks are the page language's.
pub fn opening(name: &str, words: &str, lang: Lang) -> String {
    let mut opening: Vec<&str> = words.split_whitespace().take(7).collect();
    if words.split_whitespace().nth(7).is_some() {
        opening.push("…");
    }
    let (open, close) = (Text::QuoteOpen.get(lang), Text::QuoteClose.get(lang));
    let values = [
        ("name", name),
        ("open", open),
        ("words", &opening.join(" ")),
        ("close", close),
    ];
    template(Text::SpeakerSaid, lang, &values)
}

/// The panel's list of a place's events, each a link to its day; nothing where it has none.
fn events_here(events: &[&'static Event], view: View, on_event: &Callback<&'static Event>) -> Html {
    let lang = view.lang;
    if events.is_empty() {
        return Html::default();
    }
    html! {
        <>
            <h4 class="place-panel__subheading">{ Text::EventsHere.get(lang) }</h4>
            <ul class="place-panel__events">
                { for events.iter().map(|&event| {
                    let when = event.when;
                    html! {
                        <li>
                            <a
                                href={View { date: when.start, ..view }.to_query()}
                                onclick={on_link(on_event, event)}>
                                <time datetime={when.start.to_string()}>
                                    { format_when(&when, lang) }
                                </time>
                                { template(Text::AfterWhen, lang, &[("title", event.title.get(lang))]) }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

/// The detail panel of a place in a view: `on_event` and `on_quote` are called when a reader
/// chooses one of its events or quotes, `on_close` when they close it. A plain function: a
/// stateless leaf, where a component costs wasm glue.
pub fn place_panel(
    place: &'static Place,
    view: View,
    on_event: &Callback<&'static Event>,
    on_quote: &Callback<&'static Quote>,
    on_close: &Callback<()>,
) -> Html {
    let lang = view.lang;
    let events: Vec<_> = STORY.events_at(place).collect();
    let quotes: Vec<_> = STORY.quotes_at(place).collect();
    let figures: Vec<_> = STORY.figures_at(place).collect();
    let close_href = View {
        place: None,
        ..view
    }
    .to_query();
    html! {
        <section class="place-panel" aria-labelledby="place-panel-heading" id="place-panel">
            <h3 id="place-panel-heading" class="place-panel__name">{ place.name.get(lang) }</h3>
            { markup(|out| {
                out.tag("<p class=\"place-panel__about\">")
                    .text(place.about.get(lang))
                    .tag("</p>");
                // Each claim's badge stands under its own sentence, not under the whole text.
                for claim in place.claims {
                    out.tag("<p class=\"place-panel__claim\">")
                        .text(claim.text.get(lang))
                        .tag(" ");
                    claim_badge(out, claim.status, lang);
                    out.tag("</p>");
                }
                source_refs(out, place.sources, lang, view.embed);
            }) }
            { events_here(&events, view, on_event) }
            if !quotes.is_empty() {
                <h4 class="place-panel__subheading">{ Text::QuotesHere.get(lang) }</h4>
                <ul class="place-panel__quotes-list">
                    { for quotes.into_iter().map(|quote| html! {
                        <li>
                            <a
                                href={View { quote: Some(quote), ..view }.to_query()}
                                onclick={on_link(on_quote, quote)}>
                                { opening(quote.person.name.get(lang), quote.words.get(lang), lang) }
                            </a>
                        </li>
                    }) }
                </ul>
            }
            if !figures.is_empty() {
                <h4 class="place-panel__subheading">{ Text::FiguresHere.get(lang) }</h4>
                <dl class="place-panel__figures">{ markup(|out| {
                    for figure in figures {
                        out.tag("<dt>").text(figure.label.get(lang)).tag("</dt><dd>");
                        match held_text(figure, view.date, lang) {
                            Some(claims) => out.text(&claims),
                            None => out.text(Text::NotYetClaimed.get(lang)),
                        };
                        out.tag("</dd>");
                    }
                }) }</dl>
            }
            <a class="place-panel__close" href={close_href} onclick={on_link(on_close, ())}>
                { Text::ClosePlace.get(lang) }
            </a>
        </section>
    }
}
