//! The timeline: a date slider over the story, the events it stands on, the figures as of then, all events.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::event_card::EventCard;
use super::event_list::EventList;
use super::figure_list::FigureList;
use crate::content::{Event, STORY};
use crate::date::{Date, Precision};
use crate::locale::{format_date, Text};
use crate::state::{Action, StateHandle};

/// The slider position of a date: days since the story's start.
pub fn position_of(date: Date) -> i32 {
    date.day_number() - STORY.start.day_number()
}

/// The date at a slider position, held within the story.
pub fn date_at(position: i32) -> Date {
    let last = position_of(STORY.end);
    Date::from_day_number(STORY.start.day_number() + position.clamp(0, last))
        .unwrap_or(STORY.present)
}

/// The timeline section; reads the state from context.
#[component]
pub fn Timeline() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    let date_words = format_date(view.date, Precision::Day, lang);
    let current = STORY.current_events(view.date);
    let on_input = {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Ok(position) = input.value().parse::<i32>() {
                state.dispatch(Action::SetDate(date_at(position)));
            }
        })
    };
    let on_select = {
        let state = state.clone();
        Callback::from(move |event: &'static Event| state.dispatch(Action::GoToEvent(event)))
    };
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="timeline__heading">{ Text::TimelineHeading.get(lang) }</h2>
            <div class="timeline__control">
                <label class="timeline__label" for="timeline-date">{ Text::DateSlider.get(lang) }</label>
                <output class="timeline__date" for="timeline-date">{ date_words.clone() }</output>
                <input id="timeline-date"
                    class="timeline__slider"
                    type="range"
                    min="0"
                    max={position_of(STORY.end).to_string()}
                    step="1"
                    value={position_of(view.date).to_string()}
                    aria-valuetext={date_words}
                    oninput={on_input} />
            </div>
            <div class="timeline__now">
                { for current.iter().map(|event| html! { <EventCard event={*event} {lang} /> }) }
            </div>
            <FigureList figures={STORY.figures} date={view.date} {lang} />
            <EventList events={STORY.events} {current} {view} {on_select} />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_dates_agree_at_the_ends_and_between() {
        assert_eq!(position_of(STORY.start), 0);
        assert_eq!(date_at(0), STORY.start);
        assert_eq!(date_at(position_of(STORY.end)), STORY.end);
        assert_eq!(date_at(-5), STORY.start);
        assert_eq!(date_at(i32::MAX), STORY.end);
        for event in STORY.events {
            assert_eq!(date_at(position_of(event.when.start)), event.when.start);
        }
    }
}
