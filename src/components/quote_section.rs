//! Every voice of the story as a card, with a filter by speaker; the ones said after the stage's date set back.

use yew::prelude::*;

use super::quote_card::QuoteCard;
use super::stage::STAGE_ID;
use crate::browser;
use crate::content::{Person, Quote, STORY};
use crate::hooks::use_copy_quote;
use crate::locale::Text;
use crate::state::{Action, StateHandle};
use crate::view::View;

/// The quotes section; reads the state from context.
#[component]
pub fn QuoteSection() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    let (on_copy, status) = use_copy_quote(lang);
    let on_follow = use_callback(state.dispatcher(), |quote: &'static Quote, dispatcher| {
        dispatcher.dispatch(Action::FollowQuote(quote));
        browser::reveal(STAGE_ID);
    });
    // A card's own link opens the quote on the stage, as of the day it was said.
    let on_select = use_callback(state.clone(), |quote: &'static Quote, state| {
        state.dispatch(Action::Restore(View {
            quote: Some(quote),
            date: quote.date,
            ..state.view
        }));
        browser::reveal(STAGE_ID);
    });
    let link = view.link_base();
    let speakers: Vec<&'static Person> = STORY
        .people
        .iter()
        .filter(|person| STORY.quotes.iter().any(|q| q.person == *person))
        .collect();
    let filter_button = |person: Option<&'static Person>, label: String| {
        let onclick = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::FilterSpeaker(person)))
        };
        html! {
            <button type="button" class="quote-section__speaker"
                    aria-pressed={if state.speaker == person { "true" } else { "false" }}
                    {onclick}>
                { label }
            </button>
        }
    };
    html! {
        <section class="quote-section" id="quote-section" aria-labelledby="quote-section-heading">
            <h2 id="quote-section-heading" class="quote-section__heading">{ Text::QuotesHeading.get(lang) }</h2>
            <div class="quote-section__filter" role="group" aria-label={Text::FilterBySpeaker.get(lang)}>
                { filter_button(None, Text::AllSpeakers.get(lang).to_owned()) }
                { for speakers.iter().map(|person| {
                    let count = STORY.quotes.iter().filter(|q| q.person == *person).count();
                    filter_button(Some(person), format!("{} ({count})", person.name.get(lang)))
                }) }
            </div>
            <p class="quote-section__status" aria-live="polite">{ status.unwrap_or_default() }</p>
            <div class="quote-section__cards">
                { for STORY.quotes.iter().filter(|q| state.speaker.is_none_or(|p| q.person == p)).map(|quote| html! {
                    <QuoteCard key={quote.id} {quote} {link}
                        selected={view.quote == Some(quote)}
                        later={!quote.said_by(view.date)}
                        on_follow={on_follow.clone()}
                        on_select={on_select.clone()}
                        on_copy={on_copy.clone()} />
                }) }
            </div>
        </section>
    }
}
