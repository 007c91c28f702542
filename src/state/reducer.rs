//! The explainer's one state, the actions a reader takes, and how each changes it.

use std::rc::Rc;

use yew::prelude::*;

use crate::map::layout::{position, Preset};
use crate::model::story::{Event, Place, Quote, Story};
use crate::model::view::View;
use shared::date::{Date, Direction};

/// Everything the explainer shows follows from this.
#[derive(Clone, Debug)]
pub struct State {
    /// The story told: its dates bound the timeline.
    pub story: &'static Story,
    /// What the reader looks at; mirrored in the URL.
    pub view: View,
    /// The part of the map the reader chose; `None` while the map follows the story.
    pub preset: Option<Preset>,
    /// Whether the timeline is walking through the events by itself.
    pub playing: bool,
}

// One story is told at a time: states compare by what they show.
impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.story, other.story)
            && self.view == other.view
            && self.preset == other.preset
            && self.playing == other.playing
    }
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
    /// Move the timeline to the next or previous day an event begins.
    StepEvent(Direction),
    /// Start or stop walking through the events.
    SetPlaying(bool),
    /// Go to a quote's event and place, with the quote selected.
    FollowQuote(&'static Quote),
    /// Fill the screen for a projector, or leave it (never in an embed).
    SetPresent(bool),
}

impl Action {
    /// What a key a presenter's clicker or keyboard sends does while presenting: → and Page
    /// Down the next event, ← and Page Up the previous, Space play or pause, Escape leaves.
    pub fn of_presenter_key(key: &str, playing: bool) -> Option<Action> {
        match key {
            "ArrowRight" | "PageDown" => Some(Action::StepEvent(Direction::Forward)),
            "ArrowLeft" | "PageUp" => Some(Action::StepEvent(Direction::Back)),
            " " => Some(Action::SetPlaying(!playing)),
            "Escape" => Some(Action::SetPresent(false)),
            _ => None,
        }
    }
}

impl State {
    /// The state showing a view of a story.
    pub fn new(story: &'static Story, view: View) -> State {
        State {
            story,
            view,
            preset: None,
            playing: false,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let story = self.story;
        let mut view = self.view;
        let mut preset = self.preset;
        let mut playing = self.playing;
        match action {
            Action::SetDate(date) => view.date = story.hold(date),
            Action::GoToEvent(event) => view.date = story.hold(event.when.start),
            Action::SelectPlace(place) => view.place = place,
            Action::SelectQuote(quote) => view.quote = quote,
            Action::Restore(restored) => view = restored,
            Action::SetPreset(chosen) => preset = chosen,
            Action::StepEvent(direction) => {
                match story.event_from(view.date, direction) {
                    Some(date) => view.date = date,
                    // Playing stops at the last event.
                    None => playing = false,
                }
            }
            Action::SetPlaying(on) => playing = on,
            Action::SetPresent(on) => view.present = on && !view.embed,
            Action::FollowQuote(quote) => {
                view.date = story.hold(quote.event.when.start);
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
            story,
            view,
            preset,
            playing,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::story::{
        Camera, ClaimKind, ClaimStatus, Dating, Localized, Person, PlaceKind, Provenance,
        Provenances, Source, Spoken, When,
    };
    use crate::state::{first_shown, share, subscribe, Dispatcher, StateHandle};
    use shared::date::Precision;
    use shared::lang::Lang;
    use std::cell::RefCell;

    // A story of its own, so that these tests follow the reducer, not the shipped content.
    const fn day(month: u8, day: u8) -> Date {
        Date {
            year: 2030,
            month,
            day,
        }
    }

    const TEXT: Localized = Localized::whole(["x"; Lang::COUNT]);

    const fn on(start: Date, end: Date) -> When {
        When {
            start,
            end,
            precision: Precision::Day,
            approximate: false,
        }
    }

    const CONFIRMED: ClaimStatus = ClaimStatus {
        kind: ClaimKind::Confirmed,
        by: None,
    };

    static SOURCES: [Source; 1] = [Source {
        id: "report",
        publisher: TEXT,
        title: TEXT,
        date: on(day(1, 1), day(1, 1)),
        url: None,
    }];

    static CITED: [&Source; 1] = [&SOURCES[0]];
    static AT_VLADIVOSTOK: [&Place; 1] = [&PLACES[1]];
    static CAMERAS: [Camera; 1] = [Camera {
        id: "far-east",
        name: TEXT,
        places: &AT_VLADIVOSTOK,
    }];
    static AT_KYIV: [&Place; 1] = [&PLACES[0]];

    // Ids the map knows, so that the camera's rule about held views can be tried.
    static PLACES: [Place; 2] = [place("kyiv"), place("vladivostok")];

    const fn place(id: &'static str) -> Place {
        Place {
            id,
            kind: PlaceKind::City,
            name: TEXT,
            lat: 0.0,
            lon: 0.0,
            about: TEXT,
            claims: &[],
            sources: &CITED,
        }
    }

    static PEOPLE: [Person; 1] = [Person {
        id: "speaker",
        name: TEXT,
        role: TEXT,
        affiliation: TEXT,
    }];

    static EVENTS: [Event; 3] = [
        event("first", on(day(1, 10), day(1, 10))),
        event("long", on(day(1, 20), day(1, 25))),
        event("last", on(day(2, 1), day(2, 1))),
    ];

    const fn event(id: &'static str, when: When) -> Event {
        Event {
            id,
            when,
            title: TEXT,
            summary: TEXT,
            places: &AT_KYIV,
            route: &[],
            people: &[],
            status: CONFIRMED,
            sources: &CITED,
        }
    }

    static QUOTES: [Quote; 1] = [Quote {
        id: "words",
        person: &PEOPLE[0],
        date: day(1, 20),
        dating: Dating::Said,
        setting: TEXT,
        event: &EVENTS[1],
        place: &PLACES[1],
        spoken: Spoken::En,
        provenance: Provenances([Provenance::Own; Lang::COUNT]),
        context: None,
        note: None,
        words: TEXT,
        sources: &[&SOURCES[0]],
    }];

    static TINY: Story = Story {
        title: TEXT,
        dek: TEXT,
        description: TEXT,
        published: day(1, 20),
        present: day(1, 20),
        start: day(1, 1),
        end: day(2, 28),
        article: &SOURCES[0],
        embed_id: "tiny",
        stretches: &[],
        chart_start: day(1, 1),
        cameras: &CAMERAS,
        events: &EVENTS,
        places: &PLACES,
        people: &PEOPLE,
        quotes: &QUOTES,
        figures: &[],
        sources: &SOURCES,
    };

    fn start() -> Rc<State> {
        let view = View {
            date: TINY.present,
            ..View::default()
        };
        Rc::new(State::new(&TINY, view))
    }

    fn date_after(state: &Rc<State>, actions: &[Action]) -> Date {
        let mut state = state.clone();
        for action in actions {
            state = state.reduce(action.clone());
        }
        state.view.date
    }

    #[test]
    fn no_op_actions_return_the_same_state() {
        let state = start();
        let same = state.clone().reduce(Action::SelectPlace(None));
        assert!(Rc::ptr_eq(&state, &same));
        let same = state.clone().reduce(Action::SetDate(TINY.present));
        assert!(Rc::ptr_eq(&state, &same));
    }

    #[test]
    fn dates_are_held_within_the_story() {
        let early = Date::parse("2020-01-01").unwrap();
        let late = Date::parse("2040-01-01").unwrap();
        assert_eq!(date_after(&start(), &[Action::SetDate(early)]), day(1, 1));
        assert_eq!(date_after(&start(), &[Action::SetDate(late)]), day(2, 28));
        assert_eq!(TINY.days_from(day(2, 27), 5), day(2, 28));
        assert_eq!(TINY.days_from(day(1, 2), -5), day(1, 1));
        assert_eq!(TINY.days_from(day(1, 31), 1), day(2, 1));
    }

    #[test]
    fn a_presenter_steps_plays_and_leaves_but_an_embed_never_presents() {
        let key = |key: &str, playing| Action::of_presenter_key(key, playing);
        assert_eq!(
            key("PageDown", false),
            Some(Action::StepEvent(Direction::Forward))
        );
        assert_eq!(
            key("ArrowRight", false),
            Some(Action::StepEvent(Direction::Forward))
        );
        assert_eq!(
            key("PageUp", false),
            Some(Action::StepEvent(Direction::Back))
        );
        assert_eq!(
            key("ArrowLeft", true),
            Some(Action::StepEvent(Direction::Back))
        );
        assert_eq!(key(" ", false), Some(Action::SetPlaying(true)));
        assert_eq!(key(" ", true), Some(Action::SetPlaying(false)));
        assert_eq!(key("Escape", false), Some(Action::SetPresent(false)));
        assert_eq!(key("Enter", false), None);
        let shown = start().reduce(Action::SetPresent(true));
        assert!(shown.view.present);
        assert!(!shown.reduce(Action::SetPresent(false)).view.present);
        let embedded = Rc::new(State::new(
            &TINY,
            View {
                embed: true,
                ..start().view
            },
        ));
        assert!(!embedded.reduce(Action::SetPresent(true)).view.present);
    }

    #[test]
    fn going_to_an_event_moves_to_its_start() {
        let state = start().reduce(Action::GoToEvent(&EVENTS[2]));
        assert_eq!(state.view.date, day(2, 1));
    }

    #[test]
    fn choosing_a_place_outside_the_preset_shows_the_whole_map() {
        let [kyiv, vladivostok] = &PLACES;
        let state = start().reduce(Action::SetPreset(Some(Preset::Camera(&CAMERAS[0]))));
        assert_eq!(state.preset, Some(Preset::Camera(&CAMERAS[0])));
        let state = state.reduce(Action::SelectPlace(Some(vladivostok)));
        assert_eq!(
            state.preset,
            Some(Preset::Camera(&CAMERAS[0])),
            "Vladivostok is in the Far East"
        );
        let state = state.reduce(Action::SelectPlace(Some(kyiv)));
        assert_eq!(state.preset, Some(Preset::Whole));
        let following = state.reduce(Action::SetPreset(None));
        assert_eq!(following.preset, None, "the map follows the story again");
        let state = following.reduce(Action::SelectPlace(Some(vladivostok)));
        assert_eq!(
            state.preset, None,
            "following, the camera takes in the place"
        );
    }

    #[test]
    fn stepping_moves_from_event_to_event() {
        let (back, forward) = (
            Action::StepEvent(Direction::Back),
            Action::StepEvent(Direction::Forward),
        );
        // From inside the long event's span, back is the first event's day.
        let inside = start().reduce(Action::SetDate(day(1, 23)));
        assert_eq!(inside.clone().reduce(back.clone()).view.date, day(1, 20));
        assert_eq!(inside.clone().reduce(forward.clone()).view.date, day(2, 1));
        assert_eq!(
            date_after(&start(), &[back.clone(), back.clone()]),
            day(1, 10)
        );
        let playing = start()
            .reduce(Action::SetDate(day(2, 1)))
            .reduce(Action::SetPlaying(true));
        assert!(playing.playing);
        let stopped = playing.reduce(forward);
        assert!(!stopped.playing, "playing stops at the last event");
        assert_eq!(stopped.view.date, day(2, 1));
        let first = start().reduce(Action::SetDate(day(1, 1)));
        assert!(
            Rc::ptr_eq(&first, &first.clone().reduce(back)),
            "nothing before the first event: no change"
        );
    }

    #[test]
    fn following_a_quote_goes_to_its_event_and_place() {
        let quote = &QUOTES[0];
        let state = start()
            .reduce(Action::SetDate(day(1, 1)))
            .reduce(Action::FollowQuote(quote));
        assert_eq!(state.view.date, day(1, 20));
        assert_eq!(state.view.place.map(|p| p.id), Some("vladivostok"));
        assert_eq!(state.view.quote, Some(quote));
    }

    #[test]
    fn restore_replaces_the_view() {
        let view = View::from_query("lang=en&date=2024-10-18&place=seoul&embed=1");
        assert_eq!(start().reduce(Action::Restore(view)).view, view);
    }

    #[test]
    fn every_root_shows_each_change_of_the_shared_state_once() {
        // Nothing shared, as on the host: a root shows a state of its own, and actions go nowhere.
        let alone = first_shown(|| State::new(&TINY, View::default()));
        Dispatcher.dispatch(Action::SetDate(day(1, 2)));
        assert_eq!(alone.view, View::default());
        assert!(subscribe(Callback::noop()).is_none());

        share((*start()).clone());
        let shown: Rc<RefCell<Vec<Date>>> = Rc::default();
        let record = || {
            let shown = Rc::clone(&shown);
            Callback::from(move |state: Rc<State>| shown.borrow_mut().push(state.view.date))
        };
        let (first_root, now) = subscribe(record()).unwrap();
        assert_eq!(now.view.date, TINY.present);
        let (second_root, _) = subscribe(record()).unwrap();
        let handle = StateHandle::new(first_shown(|| unreachable!()));
        handle.dispatch(Action::SetDate(day(1, 2)));
        // An action that changes nothing renders no root again.
        handle.dispatcher().dispatch(Action::SetDate(day(1, 2)));
        assert_eq!(*shown.borrow(), [day(1, 2), day(1, 2)]);
        // A root whose turn to hydrate comes late starts from the host's state, then catches up.
        assert_eq!(first_shown(|| unreachable!()).view.date, TINY.present);
        let (late_root, now) = subscribe(Callback::noop()).unwrap();
        assert_eq!(now.view.date, day(1, 2));
        // A root gone shows nothing more.
        drop((first_root, late_root));
        handle.dispatch(Action::SetDate(day(1, 3)));
        assert_eq!(*shown.borrow(), [day(1, 2), day(1, 2), day(1, 3)]);
        drop(second_root);
    }
}
