//! One event: title, date as precisely as known, summary, claim status and sources.

use yew::prelude::*;

use super::claim_badge::claim_badge;
use super::source_refs::source_refs;
use crate::content::Event;
use crate::locale::{format_when, Lang};

/// An event as a card (`embedded`: in an embed, which has no sources list). A plain function: a
/// stateless leaf, where a component costs wasm glue.
pub fn event_card(event: &'static Event, lang: Lang, embedded: bool) -> Html {
    let when = event.when;
    html! {
        <article class="event-card" key={event.id}>
            <p class="event-card__date">
                <time datetime={when.start.to_string()}>
                    { format_when(&when, lang) }
                </time>
            </p>
            <h3 class="event-card__title">{ event.title.get(lang) }</h3>
            <p class="event-card__summary">{ event.summary.get(lang) }</p>
            { claim_badge(event.status, lang) }
            { source_refs(event.sources, lang, embedded) }
        </article>
    }
}
