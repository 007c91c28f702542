//! The map section: view presets, the map, its legend, its places as a list, and the chosen place's details.

use yew::prelude::*;

use super::map_legend::MapLegend;
use super::on_link;
use super::place_panel::PlacePanel;
use super::story_map::StoryMap;
use crate::content::{Place, Quote, STORY};
use crate::locale::Text;
use crate::map_layout::Preset;
use crate::state::{use_action, Action, StateHandle};
use crate::view::View;

fn preset_text(preset: Preset) -> Text {
    match preset {
        Preset::Whole => Text::PresetWhole,
        Preset::Ukraine => Text::PresetUkraine,
        Preset::FarEast => Text::PresetFarEast,
    }
}

fn place_link(
    place: &'static Place,
    link: View,
    selected: bool,
    on_select: &Callback<&'static Place>,
) -> Html {
    let lang = link.lang;
    html! {
        <li class="map-section__item">
            <a class={classes!("map-section__place", selected.then_some("map-section__place--selected"))}
               href={View { place: Some(place), ..link }.to_query()}
               aria-current={selected.then_some("true")}
               onclick={on_link(on_select, place)}>
                <span class="map-section__name">{ place.name.get(lang) }</span>
                <span class="map-section__kind">{ place.kind.text().get(lang) }</span>
            </a>
        </li>
    }
}

/// The map section; reads the state from context.
#[component]
pub fn MapSection() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    // The map's drawn width, measured after render and on resize; a desktop guess before.
    let width = use_state_eq(|| 760.0);
    let frame = use_node_ref();
    {
        let (width, frame) = (width.clone(), frame.clone());
        use_effect_with((), move |()| {
            let measure = move || {
                if let Some(element) = frame.cast::<web_sys::Element>() {
                    let drawn = element.get_bounding_client_rect().width();
                    if drawn > 0.0 {
                        width.set(drawn.round());
                    }
                }
            };
            measure();
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "resize", move |_| measure())
            });
            move || drop(listener)
        });
    }
    let on_select = use_action(&state, |place| Action::SelectPlace(Some(place)));
    let on_event = use_action(&state, Action::GoToEvent);
    let on_quote = use_callback(state.dispatcher(), |quote: &'static Quote, dispatcher| {
        dispatcher.dispatch(Action::SelectQuote(Some(quote)));
        crate::browser::reveal(&format!("quote-{}", quote.id));
    });
    let on_close = use_action(&state, |()| Action::SelectPlace(None));
    let link = view.link_base();
    html! {
        <section class="map-section" id="map-section" aria-labelledby="map-section-heading">
            <h2 id="map-section-heading" class="map-section__heading">{ Text::MapHeading.get(lang) }</h2>
            <div class="map-section__presets" role="group" aria-label={Text::MapPresets.get(lang)}>
                { for Preset::ALL.into_iter().map(|preset| {
                    let onclick = {
                        let state = state.clone();
                        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetPreset(preset)))
                    };
                    html! {
                        <button type="button"
                                class="map-section__preset"
                                aria-pressed={if state.preset == preset { "true" } else { "false" }}
                                {onclick}>
                            { preset_text(preset).get(lang) }
                        </button>
                    }
                }) }
            </div>
            <div class="map-section__body">
                <div class="map-section__map" ref={frame}>
                    <StoryMap {view} preset={state.preset} width={*width} on_select={on_select.clone()} />
                </div>
                if let Some(place) = view.place {
                    <PlacePanel {place} {view} {on_event} {on_quote} {on_close} />
                }
            </div>
            <MapLegend {lang} />
            <h3 class="map-section__list-heading">{ Text::PlacesHeading.get(lang) }</h3>
            <ul class="map-section__items">
                { for STORY.places.iter().map(|place| place_link(place, link, view.place == Some(place), &on_select)) }
            </ul>
        </section>
    }
}
