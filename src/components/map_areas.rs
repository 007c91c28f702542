//! The map's areas: countries, regions and oblasts, drawn once per language and selection.

use yew::prelude::*;

use crate::content::{Place, STORY};
use crate::geography::AREAS;
use crate::locale::Lang;
use crate::map_area::{Layer, Occupation};

/// Props of [`MapAreas`].
#[derive(Properties, PartialEq)]
pub struct MapAreasProps {
    /// The language of the areas' names.
    pub lang: Lang,
    /// The selected place, whose areas are outlined.
    pub selected: Option<&'static Place>,
    /// Called with the place an area stands for when a reader clicks it.
    pub on_select: Callback<&'static Place>,
}

fn layer_class(layer: Layer) -> &'static str {
    match layer {
        Layer::Context => "story-map__area--context",
        Layer::Russia => "story-map__area--russia",
        Layer::NorthKorea => "story-map__area--north-korea",
        Layer::Subject => "story-map__area--subject",
        Layer::District => "story-map__area--district",
        Layer::Oblast => "story-map__area--oblast",
        Layer::Ukraine => "story-map__area--ukraine",
    }
}

fn occupation_class(occupation: Occupation) -> Option<&'static str> {
    match occupation {
        Occupation::None => None,
        Occupation::Since2014 => Some("story-map__area--occupied"),
        Occupation::Partly2024 => Some("story-map__area--partly-occupied"),
    }
}

/// The areas, from the back to the front. Moving the timeline does not re-render them.
#[component]
pub fn MapAreas(props: &MapAreasProps) -> Html {
    let lang = props.lang;
    html! {
        <g class="map-areas">
            { for AREAS.iter().map(|area| {
                let place = area.place.and_then(|id| STORY.place(id));
                let selected = place.is_some() && place == props.selected;
                let class = classes!(
                    "story-map__area",
                    layer_class(area.layer),
                    occupation_class(area.occupation),
                    place.map(|_| "story-map__area--place"),
                    selected.then_some("story-map__area--selected"),
                );
                let onclick = place.map(|place| {
                    let on_select = props.on_select.clone();
                    Callback::from(move |_: MouseEvent| on_select.emit(place))
                });
                // The shapes themselves are in the page once, beside the app (see
                // `prerender::map_geometry`); the wasm carries only their ids.
                html! {
                    <use
                        {class}
                        href={format!("#{}", area.element_id())}
                        data-code={area.code}
                        {onclick}>
                        <title>{ area.name.get(lang) }</title>
                    </use>
                }
            }) }
        </g>
    }
}
