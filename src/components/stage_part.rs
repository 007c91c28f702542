//! One part of the stage (the map, the time control or the moment) as a root of its own, which the page hydrates in a task of its own.

use yew::prelude::*;

use super::map_section::MapSection;
use super::moment::Moment;
use super::time_control::TimeControl;
use crate::hooks::use_shared_state;
use crate::view::View;

/// A part of the stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The map and its camera.
    Map,
    /// The date slider and its buttons.
    Time,
    /// The events, figures and voices of the date.
    Moment,
}

impl Part {
    /// Every part, in the page's order.
    pub const ALL: [Part; 3] = [Part::Map, Part::Time, Part::Moment];

    /// Every part, in the order the page hydrates them. The first also compiles the wasm's code
    /// that all share (Yew's), so it is the lightest, and the map, the heaviest, follows it.
    pub const TURNS: [Part; 3] = [Part::Time, Part::Map, Part::Moment];

    /// The class of the stage's cell that holds the part: the element its root hydrates.
    pub fn class(self) -> &'static str {
        match self {
            Part::Map => "stage__map",
            Part::Time => "stage__time",
            Part::Moment => "stage__moment",
        }
    }
}

/// Props of [`StagePart`].
#[derive(Properties, PartialEq, Clone, Copy, Debug)]
pub struct StagePartProps {
    /// Which part.
    pub part: Part,
    /// The view the host rendered; in the browser the part shows the page's shared state.
    pub view: View,
}

/// A part of the stage as a root: it shares the page's state with the other roots and gives it
/// to the part's component.
// As a prop, not a context: a `ContextProvider` is a component of its own, about 1.5 KB of wasm.
#[component]
pub fn StagePart(props: &StagePartProps) -> Html {
    let state = use_shared_state(props.view);
    match props.part {
        Part::Map => html! { <MapSection {state} /> },
        Part::Time => html! { <TimeControl {state} /> },
        Part::Moment => html! { <Moment {state} /> },
    }
}
