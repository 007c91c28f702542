//! The stage's map: the camera's choices (follow the story, or a part the reader holds) and the map.

use yew::prelude::*;

use super::story_map::story_map;
use crate::hooks::{
    use_camera_glide, use_element_width, use_presenting_label_px, use_settled, use_shown_choice,
    use_stage_change,
};
use crate::i18n::Text;
use crate::map::labels::LABEL_PX;
use crate::map::layout::{position, whole_place, Frame, Preset};
use crate::model::story::STORY;
use crate::page::markup::markup;
use crate::state::{use_action, Action, StateHandle};
use shared::lang::Lang;

/// How long the date must rest before the camera moves to the moment, in milliseconds: while
/// a reader scrubs (and while the slider has moved where the story has not followed yet), the
/// map holds still and settles where they stop.
pub const CAMERA_SETTLE_MS: u32 = 250;

/// The map's width in CSS pixels until it is measured, and the width the host draws it for: a
/// 390-pixel phone's (the stage's margins take 24), where most readers are. Their first view
/// shows the markers' names at about their size, and a wider screen draws them again once the
/// page has hydrated.
pub const FIRST_WIDTH: f64 = 366.0;

/// The camera's choices in the order they are offered: follow the story, then the presets.
fn choices() -> impl Iterator<Item = Option<Preset>> {
    std::iter::once(None).chain(Preset::all().map(Some))
}

fn preset_name(preset: Option<Preset>, lang: Lang) -> &'static str {
    match preset {
        None => Text::FollowStory.get(lang),
        Some(Preset::Whole) => Text::PresetWhole.get(lang),
        Some(Preset::Camera(camera)) => camera.name.get(lang),
    }
}

/// The frame the camera shows: the reader's preset, else the moment's places and the
/// selected place.
pub fn camera_frame(
    preset: Option<Preset>,
    date: shared::date::Date,
    place: Option<&'static crate::model::story::Place>,
) -> Frame {
    match preset {
        Some(preset) => preset.frame(),
        // The place the reader chose is shown whole, the moment's places by their points.
        None => Frame::around(
            STORY
                .current_events(date)
                .iter()
                .flat_map(|e| e.places.iter().copied())
                .filter_map(position)
                .chain(place.into_iter().flat_map(whole_place)),
        ),
    }
}

/// Props of [`MapSection`].
#[derive(Properties, PartialEq, Clone)]
pub struct MapSectionProps {
    /// The page's state, as the part's root shows it.
    pub state: StateHandle,
}

/// The stage's map.
#[component]
pub fn MapSection(props: &MapSectionProps) -> Html {
    let state = &props.state;
    let view = state.view;
    let lang = view.lang;
    let frame_ref = use_node_ref();
    let width = use_element_width(&frame_ref, FIRST_WIDTH);
    // While presenting, the labels read at the page's type size, as the text beside them.
    let presenting_px = use_presenting_label_px(view.present);
    let label_px = if view.present {
        presenting_px
    } else {
        LABEL_PX
    };
    // Play moves the camera with every event; scrubbing only where the reader stops.
    let settled = use_settled(view.date, CAMERA_SETTLE_MS, crate::state::scrubbing);
    let camera_date = if state.playing { view.date } else { settled };
    let frame = camera_frame(state.preset, camera_date, view.place);
    use_camera_glide(&frame_ref, frame, width);
    use_stage_change((view, state.preset));
    let on_select = use_action(state, |place| Action::SelectPlace(Some(place)));
    // The marker that had focus last: Tab comes back to it.
    let focused = use_state_eq(|| None::<&'static str>);
    let on_focus = {
        let focused = focused.clone();
        Callback::from(move |place: &'static crate::model::story::Place| {
            focused.set(Some(place.id))
        })
    };
    let chosen = choices().position(|c| c == state.preset).unwrap_or(0);
    let select_ref = use_node_ref();
    // The reducer can change the choice too (a place outside the held part brings the whole map
    // back).
    use_shown_choice(&select_ref, chosen);
    let onchange = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let chosen = crate::browser::target_choice(&event);
            if let Some(preset) = chosen.and_then(|i| choices().nth(i)) {
                state.dispatch(Action::SetPreset(preset));
            }
        })
    };
    html! {
        <section class="map-section" id="map-section" aria-labelledby="map-section-heading">
            <h2
                id="map-section-heading"
                class="map-section__heading visually-hidden">{ Text::MapHeading.get(lang) }</h2>
            // One control at every width: a row of four buttons does not fit a phone.
            <div class="map-section__camera">
                <label
                    class="map-section__label"
                    for="map-section-camera">{ Text::MapPresets.get(lang) }</label>
                <select
                    id="map-section-camera"
                    class="map-section__select"
                    ref={select_ref}
                    {onchange}>
                    // The choices hold no listener (the select does): markup the browser
                    // takes whole.
                    { markup(|out| {
                        for (i, preset) in choices().enumerate() {
                            out.tag(if i == chosen { "<option selected=\"selected\">" } else { "<option>" })
                                .text(preset_name(preset, lang))
                                .tag("</option>");
                        }
                    }) }
                </select>
            </div>
            <div class="map-section__map" ref={frame_ref}>
                { story_map(view, frame, (width, label_px), &on_select, *focused, &on_focus) }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use shared::date::Date;

    #[test]
    fn a_chosen_country_is_shown_whole_beside_the_moment() {
        let ukraine = STORY.place("ukraine").unwrap();
        let july = Date::parse("2024-07-15").unwrap();
        let frame = camera_frame(None, july, Some(ukraine));
        for (x, y) in whole_place(ukraine) {
            assert!(frame.shows(x, y), "({x}, {y}) is outside {frame:?}");
        }
        // Without the choice the moment's places alone are framed: the construction units'
        // occupied oblasts, with Ukraine's west outside.
        let moment = camera_frame(None, july, None);
        assert!(
            !whole_place(ukraine)
                .iter()
                .all(|&(x, y)| moment.shows(x, y)),
            "{moment:?}"
        );
        // A view the reader holds stays whatever they choose.
        assert_eq!(
            camera_frame(Some(Preset::Whole), july, Some(ukraine)),
            Frame::WHOLE
        );
    }
}
