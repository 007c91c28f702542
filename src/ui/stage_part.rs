//! One part of the stage (the map, the time control or the moment) as a root of its own, which the page hydrates in a task of its own.

use yew::prelude::*;

use super::map_section::MapSection;
use super::moment::Moment;
use super::time_control::TimeControl;
use crate::hooks::use_shared_state;
use crate::model::view::View;
use crate::page::parts::Part;

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
