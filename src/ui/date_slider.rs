//! The date slider: a range input over the story's scale that answers at once and lets the story follow.

use yew::prelude::*;

use crate::hooks::use_slider_catch_up;
use crate::i18n::{format_date, format_day_short, Text};
use crate::model::story::STORY;
use crate::model::timeline_scale::{date_at, last_position, position_of};
use shared::date::{Date, Direction, Precision};
use shared::lang::Lang;

/// The date a slider keystroke moves to from `date`, if the slider handles the key itself:
/// arrows move a day, Page Up/Down an event, Home/End to the ends.
pub fn slider_target(key: &str, date: Date) -> Option<Date> {
    match key {
        "ArrowLeft" | "ArrowDown" => Some(STORY.days_from(date, -1)),
        "ArrowRight" | "ArrowUp" => Some(STORY.days_from(date, 1)),
        "PageUp" => Some(STORY.event_from(date, Direction::Forward).unwrap_or(date)),
        "PageDown" => Some(STORY.event_from(date, Direction::Back).unwrap_or(date)),
        "Home" => Some(STORY.start),
        "End" => Some(STORY.end),
        _ => None,
    }
}

/// Moves closer together than this, in milliseconds, are quick: a held key's auto-repeat, a
/// burst of taps, a drag. Taps at 8 per second are not.
pub const QUICK_MS: f64 = 100.0;

/// How long the story waits after the paint of a quick move before it follows, in
/// milliseconds: while the reader scrubs on, only the slider moves; the story follows where
/// they rest.
pub const QUIET_MS: u32 = 120;

/// How long the story waits after the paint of a lone move before it follows, in
/// milliseconds: about two frames, so that the frame showing the slider's move reaches the
/// screen before the story's update competes with it for the processor. (Following at once,
/// a tap's frame took up to 40 ms to show here, where the bare slider's takes 16.)
pub const LONE_MS: u32 = 40;

/// How long the story waits after the paint of a move before following it: [`LONE_MS`] after
/// a lone move, [`QUIET_MS`] after a quick one (an auto-repeat, or less than [`QUICK_MS`]
/// after the move before, both times in milliseconds).
pub fn follow_wait(repeat: bool, at: f64, before: Option<f64>) -> u32 {
    let quick = repeat || before.is_some_and(|before| at - before < QUICK_MS);
    if quick {
        QUIET_MS
    } else {
        LONE_MS
    }
}

/// Props of [`DateSlider`].
#[derive(Properties, PartialEq)]
pub struct DateSliderProps {
    /// The story's date.
    pub date: Date,
    /// The language of the label and the date in words.
    pub lang: Lang,
    /// Called with the date the reader moved to, once the slider has been painted there; of
    /// several quick moves, only the last, once they rest ([`follow_wait`]).
    pub on_change: Callback<Date>,
}

/// The slider, its label and the date in words.
#[component]
pub fn DateSlider(props: &DateSliderProps) -> Html {
    let lang = props.lang;
    // Where the reader moved the slider, until the story has followed; and the reader's last
    // move, known at once: keys that come faster than renders (a held key on a busy phone) each
    // step from it, not from the date their render showed.
    let (moved, latest) = use_slider_catch_up(props.date);
    // The reader's last move while the story has not followed it yet (`state::scrubbing` says
    // whether there is one).
    let pending = use_mut_ref(|| None::<crate::browser::AfterPaint>);
    // When the reader last moved it (the event's time stamp).
    let last_move = use_mut_ref(|| None::<f64>);
    let date = moved.unwrap_or(props.date);
    let move_to = {
        let (moved, on_change, latest) = (moved.clone(), props.on_change.clone(), latest.clone());
        move |target: Date, repeat: bool, at: f64| {
            *latest.borrow_mut() = Some(target);
            moved.set(Some(target));
            crate::state::set_scrubbing(true);
            let wait = follow_wait(repeat, at, last_move.replace(Some(at)));
            let on_change = on_change.clone();
            // Replacing the waiting move cancels it: the story follows the last one only.
            *pending.borrow_mut() = crate::browser::after_next_paint(wait, move || {
                crate::state::set_scrubbing(false);
                on_change.emit(target);
            });
        }
    };
    let on_input = {
        let move_to = move_to.clone();
        Callback::from(move |event: InputEvent| {
            if let Ok(position) = crate::browser::target_value(&event).parse::<i32>() {
                move_to(date_at(position), false, event.time_stamp());
            }
        })
    };
    let on_key = Callback::from(move |event: KeyboardEvent| {
        let from = latest.borrow().unwrap_or(date);
        if let Some(target) = slider_target(&event.key(), from) {
            event.prevent_default();
            move_to(target, event.repeat(), event.time_stamp());
        }
    });
    let words = format_date(date, Precision::Day, lang);
    html! {
        <div class="date-slider">
            <label
                class="date-slider__label visually-hidden"
                for="timeline-date">{ Text::DateSlider.get(lang) }</label>
            // The words, and the short form a narrow control shows instead (time-control.css);
            // screen readers always get the words.
            <output class="date-slider__date" for="timeline-date">
                <span class="date-slider__words">{ words.clone() }</span>
                <span class="date-slider__short" aria-hidden="true">{ format_day_short(date, lang) }</span>
            </output>
            <input
                id="timeline-date"
                class="date-slider__input"
                type="range"
                min="0"
                max={last_position().to_string()}
                step="1"
                value={position_of(date).to_string()}
                aria-valuetext={words}
                oninput={on_input}
                onkeydown={on_key} />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn the_story_follows_a_lone_move_soon_and_quick_ones_where_they_rest() {
        // The first move, and taps at 8 per second.
        assert_eq!(follow_wait(false, 1000.0, None), LONE_MS);
        assert_eq!(follow_wait(false, 1125.0, Some(1000.0)), LONE_MS);
        // A held key's auto-repeat, a burst of taps, a drag.
        assert_eq!(follow_wait(true, 1000.0, None), QUIET_MS);
        assert_eq!(follow_wait(false, 1033.0, Some(1000.0)), QUIET_MS);
        assert_eq!(follow_wait(false, 1099.0, Some(1000.0)), QUIET_MS);
        assert_eq!(follow_wait(false, 1100.0, Some(1000.0)), LONE_MS);
    }

    #[test]
    fn keys_move_a_day_an_event_or_to_the_ends_and_stay_in_the_story() {
        let date = day("2024-10-18");
        assert_eq!(slider_target("ArrowLeft", date), Some(day("2024-10-17")));
        assert_eq!(slider_target("ArrowDown", date), Some(day("2024-10-17")));
        assert_eq!(slider_target("ArrowRight", date), Some(day("2024-10-19")));
        assert_eq!(slider_target("ArrowUp", date), Some(day("2024-10-19")));
        assert_eq!(
            slider_target("PageUp", date),
            STORY.event_from(date, Direction::Forward)
        );
        assert_eq!(
            slider_target("PageDown", date),
            STORY.event_from(date, Direction::Back)
        );
        assert_eq!(slider_target("Home", date), Some(STORY.start));
        assert_eq!(slider_target("End", date), Some(STORY.end));
        assert_eq!(slider_target("ArrowLeft", STORY.start), Some(STORY.start));
        assert_eq!(slider_target("ArrowRight", STORY.end), Some(STORY.end));
        assert_eq!(slider_target("PageUp", STORY.end), Some(STORY.end));
        assert_eq!(slider_target("a", date), None);
        assert_eq!(slider_target("Tab", date), None);
    }
}
