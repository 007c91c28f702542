//! Play: the story walks from event to event by itself and stops at the reader's first input.

use yew::prelude::*;

use crate::state::{Action, StateHandle};
use shared::date::Direction;

/// How long play stays on each event, in milliseconds.
pub const PLAY_PACE_MS: u32 = 3_500;

/// While the state says it is playing, steps to the next event every [`PLAY_PACE_MS`]; any
/// pointer, key, wheel or touch input stops it.
#[hook]
pub fn use_autoplay(state: &StateHandle) {
    let state = state.clone();
    use_effect_with(state.playing, move |&playing| {
        let mut guards: Vec<Box<dyn std::any::Any>> = Vec::new();
        if playing {
            let step = state.clone();
            guards.push(Box::new(crate::browser::every(PLAY_PACE_MS, move || {
                step.dispatch(Action::StepEvent(Direction::Forward))
            })));
            for kind in ["pointerdown", "keydown", "wheel", "touchstart"] {
                let stop = state.clone();
                guards.push(Box::new(crate::browser::on_window(kind, move || {
                    stop.dispatch(Action::SetPlaying(false));
                })));
            }
        }
        move || drop(guards)
    });
}
