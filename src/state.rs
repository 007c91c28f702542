//! The explainer's one state and the actions that change it.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{Event, Place, Quote, STORY};
use crate::date::Date;
use crate::map_layout::{position, Preset};
use crate::view::View;

/// Everything the explainer shows follows from this.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// What the reader looks at; mirrored in the URL.
    pub view: View,
    /// The part of the map the reader chose; `None` while the map follows the story.
    pub preset: Option<Preset>,
    /// Whether the timeline is walking through the events by itself.
    pub playing: bool,
}

/// What a reader can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Move the timeline to a date; dates outside the story are held at its ends.
    SetDate(Date),
    /// Move the timeline to an event's start.
    GoToEvent(&'static Event),
    /// Select a place, or none.
    SelectPlace(Option<&'static Place>),
    /// Select a quote, or none.
    SelectQuote(Option<&'static Quote>),
    /// Replace the whole view, as when the address changes.
    Restore(View),
    /// Hold the map on a part the reader chose, or (`None`) let it follow the story again.
    SetPreset(Option<Preset>),
    /// Move the timeline to the next (true) or previous (false) day an event begins.
    StepEvent(bool),
    /// Start or stop walking through the events.
    SetPlaying(bool),
    /// Go to a quote's event and place, with the quote selected.
    FollowQuote(&'static Quote),
}

impl State {
    /// The state showing a view.
    pub fn new(view: View) -> State {
        State {
            view,
            preset: None,
            playing: false,
        }
    }
}

/// The date `days` days from `date`, within the story.
pub fn days_from(date: Date, days: i32) -> Date {
    let moved = Date::from_day_number(date.day_number().saturating_add(days));
    moved.unwrap_or(date).clamp(STORY.start, STORY.end)
}

/// The date of the next event after `date` (or the previous one before it), if there is one.
pub fn event_from(date: Date, forward: bool) -> Option<Date> {
    if forward {
        STORY.next_event_date(date)
    } else {
        STORY.previous_event_date(date)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut view = self.view;
        let mut preset = self.preset;
        let mut playing = self.playing;
        match action {
            Action::SetDate(date) => view.date = date.clamp(STORY.start, STORY.end),
            Action::GoToEvent(event) => view.date = event.when.start.clamp(STORY.start, STORY.end),
            Action::SelectPlace(place) => view.place = place,
            Action::SelectQuote(quote) => view.quote = quote,
            Action::Restore(restored) => view = restored,
            Action::SetPreset(chosen) => preset = chosen,
            Action::StepEvent(forward) => {
                match event_from(view.date, forward) {
                    Some(date) => view.date = date,
                    // Playing stops at the last event.
                    None => playing = false,
                }
            }
            Action::SetPlaying(on) => playing = on,
            Action::FollowQuote(quote) => {
                view.date = quote.event.when.start.clamp(STORY.start, STORY.end);
                view.place = Some(quote.place);
                view.quote = Some(quote);
            }
        }
        // A place chosen outside the part of the map the reader holds brings the whole map back.
        let hidden = preset
            .zip(view.place.and_then(position))
            .is_some_and(|(preset, (x, y))| !preset.frame().shows(x, y));
        if hidden && view.place != self.view.place {
            preset = Some(Preset::Whole);
        }
        if view == self.view && preset == self.preset && playing == self.playing {
            return self;
        }
        Rc::new(State {
            view,
            preset,
            playing,
        })
    }
}

/// The state as deep children read it.
pub type StateHandle = UseReducerHandle<State>;

/// A callback that sends the action `make` builds from its argument. It stays the same object
/// across renders, so that children given it re-render only when their data changes.
#[hook]
pub fn use_action<T: 'static>(state: &StateHandle, make: fn(T) -> Action) -> Callback<T> {
    use_callback(
        (state.dispatcher(), make),
        |value: T, (dispatcher, make)| dispatcher.dispatch(make(value)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> Rc<State> {
        Rc::new(State::new(View::default()))
    }

    #[test]
    fn no_op_actions_return_the_same_state() {
        let state = start();
        let same = state.clone().reduce(Action::SelectPlace(None));
        assert!(Rc::ptr_eq(&state, &same));
        let same = state.clone().reduce(Action::SetDate(STORY.present));
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn dates_are_held_within_the_story() {
        let early = Date::parse("2020-01-01").unwrap();
        let late = Date::parse("2030-01-01").unwrap();
        assert_eq!(
            start().reduce(Action::SetDate(early)).view.date,
            STORY.start
        );
        assert_eq!(start().reduce(Action::SetDate(late)).view.date, STORY.end);
    }

    #[test]
    fn going_to_an_event_moves_to_its_start() {
        let treaty = STORY
            .events
            .iter()
            .find(|e| e.id == "treaty-pyongyang")
            .unwrap();
        let state = start().reduce(Action::GoToEvent(treaty));
        assert_eq!(state.view.date.to_string(), "2024-06-19");
    }

    #[test]
    fn choosing_a_place_outside_the_preset_shows_the_whole_map() {
        let state = start().reduce(Action::SetPreset(Some(Preset::FarEast)));
        assert_eq!(state.preset, Some(Preset::FarEast));
        let state = state.reduce(Action::SelectPlace(STORY.place("vladivostok")));
        assert_eq!(
            state.preset,
            Some(Preset::FarEast),
            "Vladivostok is in the Far East"
        );
        let state = state.reduce(Action::SelectPlace(STORY.place("kyiv")));
        assert_eq!(state.preset, Some(Preset::Whole));
        let following = state.reduce(Action::SetPreset(None));
        assert_eq!(following.preset, None, "the map follows the story again");
        let state = following.reduce(Action::SelectPlace(STORY.place("vladivostok")));
        assert_eq!(
            state.preset, None,
            "following, the camera takes in the place"
        );
    }

    #[test]
    fn stepping_moves_by_days_and_by_events() {
        let state = start().reduce(Action::SetDate(days_from(STORY.present, -1)));
        assert_eq!(state.view.date.to_string(), "2024-10-22");
        let state = state.reduce(Action::StepEvent(false));
        assert_eq!(state.view.date.to_string(), "2024-10-20");
        let state = state
            .reduce(Action::StepEvent(true))
            .reduce(Action::StepEvent(true));
        assert_eq!(state.view.date.to_string(), "2024-10-23");
        let end = start().reduce(Action::SetDate(days_from(STORY.present, 10_000)));
        assert_eq!(end.view.date, STORY.end);
        let playing = end.reduce(Action::SetPlaying(true));
        assert!(playing.playing);
        assert!(
            !playing.reduce(Action::StepEvent(true)).playing,
            "playing stops at the end"
        );
        let first = start().reduce(Action::SetDate(STORY.start));
        assert!(
            Rc::ptr_eq(&first, &first.clone().reduce(Action::StepEvent(false))),
            "no-op at the start"
        );
    }

    #[test]
    fn following_a_quote_goes_to_its_event_and_place() {
        let quote = STORY.quote("austin-what-exactly").unwrap();
        let state = start()
            .reduce(Action::SetDate(STORY.start))
            .reduce(Action::FollowQuote(quote));
        assert_eq!(state.view.date.to_string(), "2024-10-23");
        assert_eq!(state.view.place.map(|p| p.id), Some("rome"));
        assert_eq!(state.view.quote, Some(quote));
    }

    #[test]
    fn restore_replaces_the_view() {
        let view = View::from_query("lang=en&date=2024-10-18&place=seoul&embed=1");
        assert_eq!(start().reduce(Action::Restore(view)).view, view);
    }
}
