//! The stage's map: the camera's choices (follow the story, or a part the reader holds) and the map.

use yew::prelude::*;

use super::story_map::StoryMap;
use crate::content::STORY;
use crate::hooks::{use_element_width, use_settled};
use crate::locale::Text;
use crate::map_layout::{Frame, Preset};
use crate::state::{use_action, Action, StateHandle};

/// How long the date must rest before the camera moves to the moment, in milliseconds: while
/// a reader scrubs, the map holds still and settles where they stop.
pub const CAMERA_SETTLE_MS: u32 = 250;

fn preset_text(preset: Option<Preset>) -> Text {
    match preset {
        None => Text::FollowStory,
        Some(Preset::Whole) => Text::PresetWhole,
        Some(Preset::Ukraine) => Text::PresetUkraine,
        Some(Preset::FarEast) => Text::PresetFarEast,
    }
}

/// The frame the camera shows: the reader's preset, else the moment's places and the
/// selected place.
pub fn camera_frame(
    preset: Option<Preset>,
    date: crate::date::Date,
    place: Option<&'static crate::content::Place>,
) -> Frame {
    match preset {
        Some(preset) => preset.frame(),
        None => Frame::around(
            STORY
                .current_events(date)
                .iter()
                .flat_map(|e| e.places.iter().copied())
                .chain(place),
        ),
    }
}

/// The stage's map; reads the state from context.
#[component]
pub fn MapSection() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    let frame_ref = use_node_ref();
    // A desktop guess until measured.
    let width = use_element_width(&frame_ref, 760.0);
    // Play moves the camera with every event; scrubbing only where the reader stops.
    let settled = use_settled(view.date, CAMERA_SETTLE_MS);
    let camera_date = if state.playing { view.date } else { settled };
    let frame = camera_frame(state.preset, camera_date, view.place);
    let on_select = use_action(&state, |place| Action::SelectPlace(Some(place)));
    let choices = std::iter::once(None).chain(Preset::ALL.into_iter().map(Some));
    html! {
        <section class="map-section" id="map-section" aria-labelledby="map-section-heading">
            <h2 id="map-section-heading" class="map-section__heading visually-hidden">{ Text::MapHeading.get(lang) }</h2>
            <div class="map-section__presets" role="group" aria-label={Text::MapPresets.get(lang)}>
                { for choices.map(|preset| {
                    let onclick = {
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetPreset(preset)))
                    };
                    html! {
                        <button type="button"
                                class={classes!("map-section__preset", preset.is_none().then_some("map-section__preset--follow"))}
                                aria-pressed={if state.preset == preset { "true" } else { "false" }}
                                {onclick}>
                            { preset_text(preset).get(lang) }
                        </button>
                    }
                }) }
            </div>
            <div class="map-section__map" ref={frame_ref}>
                <StoryMap {view} {frame} width={width} {on_select} />
            </div>
        </section>
    }
}
