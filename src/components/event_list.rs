//! Every event in order, with its claim status and sources: choosing one moves the stage there.

use yew::prelude::*;

use super::claim_badge::ClaimBadge;
use super::on_link;
use super::source_refs::SourceRefs;
use crate::content::Event;
use crate::locale::{format_span, Text};
use crate::view::View;

/// Props of [`EventList`].
#[derive(Properties, PartialEq)]
pub struct EventListProps {
    /// All events in date order.
    pub events: &'static [Event],
    /// The events the timeline stands on.
    pub current: Vec<&'static Event>,
    /// The view, for the links' addresses.
    pub view: View,
    /// Called with the event a reader chooses.
    pub on_select: Callback<&'static Event>,
}

/// The list of events, the current ones marked.
#[component]
pub fn EventList(props: &EventListProps) -> Html {
    let lang = props.view.lang;
    html! {
        <nav class="event-list" aria-labelledby="event-list-heading">
            <h3 id="event-list-heading" class="event-list__heading">{ Text::EventsHeading.get(lang) }</h3>
            <ol class="event-list__items">
                { for props.events.iter().map(|event| {
                    let current = props.current.contains(&event);
                    let href = View { date: event.when.start, ..props.view }.to_query();
                    let when = event.when;
                    html! {
                        <li class={classes!("event-list__item", current.then_some("event-list__item--current"))}
                            id={format!("event-{}", event.id)}>
                            <a href={href}
                               aria-current={current.then_some("step")}
                               onclick={on_link(&props.on_select, event)}>
                                <time class="event-list__date" datetime={when.start.to_string()}>
                                    { format_span(when.start, when.end, when.precision, lang) }
                                </time>
                                <span class="event-list__title">{ event.title.get(lang) }</span>
                            </a>
                            <p class="event-list__summary">{ event.summary.get(lang) }</p>
                            <ClaimBadge status={event.status} {lang} />
                            <SourceRefs sources={event.sources} {lang} />
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
