//! The voices: every quote as a card, the ones said after the timeline's date set back.

use yew::prelude::*;

use super::quote_card::QuoteCard;
use crate::browser;
use crate::citation::citation;
use crate::content::{Person, Quote, STORY};
use crate::locale::Text;
use crate::state::{use_action, Action, StateHandle};
use crate::view::View;

/// The quotes section; reads the state from context.
#[component]
pub fn QuoteSection() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    // The outcome of the last copy: which quote, and whether the browser allowed it.
    let copied = use_state_eq(|| None::<(&'static Quote, bool)>);
    let on_follow = use_callback(state.dispatcher(), |quote: &'static Quote, dispatcher| {
        dispatcher.dispatch(Action::FollowQuote(quote));
        browser::reveal("map-section");
    });
    let on_select = use_action(&state, |quote| Action::SelectQuote(Some(quote)));
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |quote: &'static Quote| {
            let copied = copied.clone();
            // The link opens the explainer itself at the quote, also from inside an embed.
            let link = View {
                lang,
                quote: Some(quote),
                date: quote.date,
                ..View::default()
            };
            let text = citation(quote, lang, &crate::view::address_of(&link));
            yew::platform::spawn_local(async move {
                let done = browser::copy_text(text).await;
                copied.set(Some((quote, done)));
            });
        })
    };
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
    let status = copied.map(|(quote, done)| {
        let text = if done {
            Text::QuoteCopied
        } else {
            Text::CopyFailed
        };
        format!("{} ({})", text.get(lang), quote.person.name.get(lang))
    });
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
