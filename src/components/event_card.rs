//! One event: title, date as precisely as known, summary, claim status and sources.

use yew::prelude::*;

use super::claim_badge::ClaimBadge;
use super::source_refs::SourceRefs;
use crate::content::Event;
use crate::locale::{format_when, Lang};

/// Props of [`EventCard`].
#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    /// The event.
    pub event: &'static Event,
    /// The language.
    pub lang: Lang,
}

/// An event as a card.
#[component]
pub fn EventCard(props: &EventCardProps) -> Html {
    let (event, lang) = (props.event, props.lang);
    let when = event.when;
    html! {
        <article class="event-card">
            <p class="event-card__date">
                <time datetime={when.start.to_string()}>
                    { format_when(&when, lang) }
                </time>
            </p>
            <h3 class="event-card__title">{ event.title.get(lang) }</h3>
            <p class="event-card__summary">{ event.summary.get(lang) }</p>
            <ClaimBadge status={event.status} {lang} />
            <SourceRefs sources={event.sources} {lang} />
        </article>
    }
}
