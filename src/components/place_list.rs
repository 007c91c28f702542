//! Every place of the story as a link: choosing one shows it on the stage.

use yew::prelude::*;

use super::on_link;
use super::stage::STAGE_ID;
use crate::browser;
use crate::content::{Place, STORY};
use crate::locale::Text;
use crate::state::{Action, StateHandle};
use crate::view::View;

fn place_link(
    place: &'static Place,
    link: View,
    selected: bool,
    on_select: &Callback<&'static Place>,
) -> Html {
    let lang = link.lang;
    html! {
        <li class="place-list__item">
            <a class={classes!("place-list__place", selected.then_some("place-list__place--selected"))}
               href={View { place: Some(place), ..link }.to_query()}
               aria-current={selected.then_some("true")}
               onclick={on_link(on_select, place)}>
                <span class="place-list__name">{ place.name.get(lang) }</span>
                <span class="place-list__kind">{ place.kind.text().get(lang) }</span>
            </a>
        </li>
    }
}

/// The list of places; reads the state from context.
#[component]
pub fn PlaceList() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    let on_select = use_callback(state.dispatcher(), |place: &'static Place, dispatcher| {
        dispatcher.dispatch(Action::SelectPlace(Some(place)));
        browser::reveal(STAGE_ID);
    });
    let link = view.link_base();
    html! {
        <section class="place-list" aria-labelledby="place-list-heading">
            <h2 id="place-list-heading" class="place-list__heading">{ Text::PlacesHeading.get(lang) }</h2>
            <ul class="place-list__items">
                { for STORY.places.iter().map(|place| place_link(place, link, view.place == Some(place), &on_select)) }
            </ul>
        </section>
    }
}
