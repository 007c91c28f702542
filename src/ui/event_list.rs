//! Every event in order, with its claim status and sources, each a link to its moment on the stage.

use yew::prelude::*;

use super::claim_badge::claim_badge;
use super::source_refs::source_refs;
use crate::i18n::{format_when, Text};
use crate::model::story::Event;
use crate::model::view::View;
use crate::page::markup::markup;
use shared::lang::Lang;

/// Props of [`EventList`].
#[derive(Properties, PartialEq)]
pub struct EventListProps {
    /// All events in date order.
    pub events: &'static [Event],
    /// The page's language.
    pub lang: Lang,
}

/// The list of events.
#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let lang = props.lang;
    html! {
        <nav class="event-list" aria-labelledby="event-list-heading">
            <h3
                id="event-list-heading"
                class="event-list__heading">{ Text::EventsHeading.get(lang) }</h3>
            <ol class="event-list__items">
                { for props.events.iter().map(|event| {
                    let href = View { lang, date: event.when.start, ..View::default() }.to_query();
                    let when = event.when;
                    html! {
                        <li class="event-list__item" id={format!("event-{}", event.id)}>
                            <a href={href}>
                                <time class="event-list__date" datetime={when.start.to_string()}>
                                    { format_when(&when, lang) }
                                </time>
                                <span class="event-list__title">{ event.title.get(lang) }</span>
                            </a>
                            <p class="event-list__summary">{ event.summary.get(lang) }</p>
                            { markup(|out| {
                                claim_badge(out, event.status, lang);
                                source_refs(out, event.sources, lang, false);
                            }) }
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
