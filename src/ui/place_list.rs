//! Every place of the story as a link: choosing one shows it on the stage.

use yew::prelude::*;

use crate::i18n::{kind_text, Text};
use crate::model::story::STORY;
use crate::model::view::View;
use shared::lang::Lang;

/// Props of [`PlaceList`].
#[derive(Properties, PartialEq)]
pub struct PlaceListProps {
    /// The page's language.
    pub lang: Lang,
}

/// The list of places.
#[component]
pub fn PlaceList(props: &PlaceListProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="place-list" aria-labelledby="place-list-heading">
            <h2
                id="place-list-heading"
                class="place-list__heading">{ Text::PlacesHeading.get(lang) }</h2>
            <ul class="place-list__items">
                { for STORY.places.iter().map(|place| html! {
                    <li class="place-list__item">
                        <a
                            class="place-list__place"
                            href={View { lang, place: Some(place), ..View::default() }.to_query()}>
                            <span class="place-list__name">{ place.name.get(lang) }</span>
                            <span class="place-list__kind">{ kind_text(place.kind).get(lang) }</span>
                        </a>
                    </li>
                }) }
            </ul>
        </section>
    }
}
