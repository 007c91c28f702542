//! The places of the story: a list to choose from and the chosen place's details.

use yew::prelude::*;

use super::on_link;
use super::place_panel::PlacePanel;
use crate::content::{Event, Place, PlaceKind, Quote, STORY};
use crate::locale::{Lang, Text};
use crate::state::{Action, StateHandle};
use crate::view::View;

/// The name of a kind of place.
pub fn kind_text(kind: PlaceKind) -> Text {
    match kind {
        PlaceKind::Country => Text::KindCountry,
        PlaceKind::Region => Text::KindRegion,
        PlaceKind::City => Text::KindCity,
        PlaceKind::Base => Text::KindBase,
        PlaceKind::Port => Text::KindPort,
    }
}

fn place_link(
    place: &'static Place,
    view: View,
    lang: Lang,
    on_select: &Callback<&'static Place>,
) -> Html {
    let selected = view.place == Some(place);
    html! {
        <li class="place-section__item">
            <a class={classes!("place-section__place", selected.then_some("place-section__place--selected"))}
               href={View { place: Some(place), ..view }.to_query()}
               aria-current={selected.then_some("true")}
               onclick={on_link(on_select, place)}>
                <span class="place-section__name">{ place.name.get(lang) }</span>
                <span class="place-section__kind">{ kind_text(place.kind).get(lang) }</span>
            </a>
        </li>
    }
}

/// The places section; reads the state from context.
#[component]
pub fn PlaceSection() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    let dispatch = |make: fn(&'static Place) -> Action| {
        let state = state.clone();
        Callback::from(move |place: &'static Place| state.dispatch(make(place)))
    };
    let on_select = dispatch(|place| Action::SelectPlace(Some(place)));
    let on_event = {
        let state = state.clone();
        Callback::from(move |event: &'static Event| state.dispatch(Action::GoToEvent(event)))
    };
    let on_quote = {
        let state = state.clone();
        Callback::from(move |quote: &'static Quote| {
            state.dispatch(Action::SelectQuote(Some(quote)))
        })
    };
    let on_close = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::SelectPlace(None)))
    };
    html! {
        <section class="place-section" aria-labelledby="place-section-heading">
            <h2 id="place-section-heading" class="place-section__heading">{ Text::PlacesHeading.get(lang) }</h2>
            <ul class="place-section__items">
                { for STORY.places.iter().map(|place| place_link(place, view, lang, &on_select)) }
            </ul>
            if let Some(place) = view.place {
                <PlacePanel {place} {view} {on_event} {on_quote} {on_close} />
            }
        </section>
    }
}
