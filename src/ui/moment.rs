//! The moment: what happened on the stage's date, the figures claimed by then, and its voices.

use yew::prelude::*;

use super::claim_badge::claim_badge;
use super::event_card::event_card;
use super::figure_list::value_text;
use super::moment_voices::MomentVoices;
use super::place_panel::place_panel;
use crate::i18n::{format_date, format_dated, Text};
use crate::model::story::{Quote, STORY};
use crate::page::markup::markup;
use crate::state::{use_action, Action, StateHandle};
use shared::date::Precision;

/// The quotes tied to a date's events, and the selected quote if it was said or published
/// that day; in the story's order. Never a quote before its date: a voice is heard from the
/// day it was said or published on.
pub fn voices_of(
    date: shared::date::Date,
    selected: Option<&'static Quote>,
) -> Vec<&'static Quote> {
    let current = STORY.current_events(date);
    STORY
        .quotes
        .iter()
        .filter(|q| q.date <= date)
        .filter(|q| current.contains(&q.event) || (selected == Some(*q) && q.date == date))
        .collect()
}

/// Props of [`Moment`].
#[derive(Properties, PartialEq, Clone)]
pub struct MomentProps {
    /// The page's state, as the part's root shows it.
    pub state: StateHandle,
}

/// The moment. Its box keeps its size while its text changes, and scrolls inside itself.
#[component]
pub fn Moment(props: &MomentProps) -> Html {
    let state = &props.state;
    let view = state.view;
    let lang = view.lang;
    let current = STORY.current_events(view.date);
    let on_event = use_action(state, Action::GoToEvent);
    let on_quote = use_action(state, |quote| Action::SelectQuote(Some(quote)));
    let on_close = use_action(state, |()| Action::SelectPlace(None));
    let on_follow = use_action(state, Action::FollowQuote);
    // The events and figures hold no listener: markup the browser takes whole.
    let events = markup(|out| {
        for event in current {
            event_card(out, event, lang, view.embed);
        }
    });
    let figures = markup(|out| {
        for figure in STORY.figures {
            let claims = figure.claims_at(view.date, lang);
            if claims.is_empty() {
                continue;
            }
            out.tag("<div class=\"moment__figure\"><dt>")
                .text(figure.label.get(lang))
                .tag("</dt><dd>");
            // Every claim that holds, each on a line with its own claimant: two parties, two
            // numbers.
            for value in claims {
                out.tag("<p class=\"moment__claim\"><strong>")
                    .text(&value_text(value.value, value.qualifier, figure.unit, lang))
                    .tag("</strong> (")
                    .text(&format_dated(value.date, value.dating, lang))
                    .tag(") ");
                claim_badge(out, value.status, lang);
                out.tag("</p>");
            }
            out.tag("</dd></div>");
        }
    });
    html! {
        <section class="moment" id="moment" aria-labelledby="moment-heading" tabindex="0">
            <h2 id="moment-heading" class="moment__heading">
                <span class="moment__label">{ Text::MomentHeading.get(lang) }</span>
                { format_date(view.date, Precision::Day, lang) }
            </h2>
            if let Some(place) = view.place {
                { place_panel(place, view, &on_event, &on_quote, &on_close) }
            }
            <div class="moment__events">{ events }</div>
            <dl
                class="moment__figures"
                aria-label={Text::FiguresHeading.get(lang)}>{ figures }</dl>
            <MomentVoices
                voices={voices_of(view.date, view.quote)}
                {view}
                on_select={on_quote}
                {on_follow} />
        </section>
    }
}
