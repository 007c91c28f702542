//! What a place is in the story, with the events and quotes tied to it.

use yew::prelude::*;

use super::claim_badge::claim_badge;
use super::figure_list::value_text;
use super::on_link;
use super::source_refs::source_refs;
use crate::content::{Event, Place, Quote, STORY};
use crate::locale::{format_when, Text};
use crate::view::View;

/// Props of [`PlacePanel`].
#[derive(Properties, PartialEq)]
pub struct PlacePanelProps {
    /// The place.
    pub place: &'static Place,
    /// The view, for the language and the links' addresses.
    pub view: View,
    /// Called when a reader chooses an event of the place.
    pub on_event: Callback<&'static Event>,
    /// Called when a reader chooses a quote about the place.
    pub on_quote: Callback<&'static Quote>,
    /// Called when a reader closes the panel.
    pub on_close: Callback<()>,
}

/// The first words of a quote, to tell a speaker's quotes apart; the link leads to all of it.
pub fn opening(words: &str) -> String {
    let mut opening: Vec<&str> = words.split_whitespace().take(7).collect();
    if words.split_whitespace().nth(7).is_some() {
        opening.push("…");
    }
    format!("„{}“", opening.join(" "))
}

/// The detail panel of a place.
#[component]
pub fn PlacePanel(props: &PlacePanelProps) -> Html {
    let (place, view) = (props.place, props.view);
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
            <p class="place-panel__about">{ place.about.get(lang) }</p>
            if let Some(status) = place.status {
                { claim_badge(status, lang) }
            }
            { source_refs(place.sources, lang, view.embed) }
            if !events.is_empty() {
                <h4 class="place-panel__subheading">{ Text::EventsHere.get(lang) }</h4>
                <ul class="place-panel__events">
                    { for events.into_iter().map(|event| {
                        let when = event.when;
                        html! {
                            <li>
                                <a
                                    href={View { date: when.start, ..view }.to_query()}
                                    onclick={on_link(&props.on_event, event)}>
                                    <time datetime={when.start.to_string()}>
                                        { format_when(&when, lang) }
                                    </time>
                                    { format!(": {}", event.title.get(lang)) }
                                </a>
                            </li>
                        }
                    }) }
                </ul>
            }
            if !quotes.is_empty() {
                <h4 class="place-panel__subheading">{ Text::QuotesHere.get(lang) }</h4>
                <ul class="place-panel__quotes-list">
                    { for quotes.into_iter().map(|quote| html! {
                        <li>
                            <a
                                href={View { quote: Some(quote), ..view }.to_query()}
                                onclick={on_link(&props.on_quote, quote)}>
                                { format!(
                                    "{}: {}",
                                    quote.person.name.get(lang),
                                    opening(quote.words.get(lang)),
                                ) }
                            </a>
                        </li>
                    }) }
                </ul>
            }
            if !figures.is_empty() {
                <h4 class="place-panel__subheading">{ Text::FiguresHere.get(lang) }</h4>
                <dl class="place-panel__figures">
                    { for figures.into_iter().map(|figure| html! {
                        <>
                            <dt>{ figure.label.get(lang) }</dt>
                            <dd>
                                { figure.value_at(view.date).map_or_else(
                                    || Text::NotYetClaimed.get(lang).to_owned(),
                                    |v| value_text(v.value, v.qualifier, figure.unit, lang),
                                ) }
                            </dd>
                        </>
                    }) }
                </dl>
            }
            <a class="place-panel__close" href={close_href} onclick={on_link(&props.on_close, ())}>
                { Text::ClosePlace.get(lang) }
            </a>
        </section>
    }
}
