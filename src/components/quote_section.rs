//! The voices: every quote as a card, the ones said after the timeline's date set back.

use yew::prelude::*;

use super::quote_card::QuoteCard;
use crate::content::STORY;
use crate::locale::Text;
use crate::state::{use_action, Action, StateHandle};

/// The quotes section; reads the state from context.
#[component]
pub fn QuoteSection() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    let on_follow = use_action(&state, Action::FollowQuote);
    let on_select = use_action(&state, |quote| Action::SelectQuote(Some(quote)));
    let link = view.link_base();
    html! {
        <section class="quote-section" aria-labelledby="quote-section-heading">
            <h2 id="quote-section-heading" class="quote-section__heading">{ Text::QuotesHeading.get(lang) }</h2>
            <div class="quote-section__cards">
                { for STORY.quotes.iter().map(|quote| html! {
                    <QuoteCard key={quote.id} {quote} {link}
                        selected={view.quote == Some(quote)}
                        later={!quote.said_by(view.date)}
                        on_follow={on_follow.clone()}
                        on_select={on_select.clone()} />
                }) }
            </div>
        </section>
    }
}
