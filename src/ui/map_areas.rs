//! The map's areas: countries, regions and oblasts, drawn by the host, and the selected place's outline.

use yew::prelude::*;

use crate::map::area::{area_element_id, border_id, MapArea};
use crate::map::geography::AREAS;
use crate::model::story::{Place, STORY};
use crate::page::markup::{escape, kept_markup};
use shared::lang::Lang;
use shared::map_area::{Layer, Occupation};

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
        Layer::Oblast => "story-map__area--oblast",
    }
}

fn occupation_class(occupation: Occupation) -> &'static str {
    match occupation {
        Occupation::None => "",
        Occupation::Since2014 => " story-map__area--occupied",
        Occupation::Partly2024 => " story-map__area--partly-occupied",
    }
}

/// What the browser keeps of an area: its code, which a click on it names, and the places it
/// stands for and is part of, which its outline follows.
struct AreaPlace {
    code: &'static str,
    place: Option<&'static str>,
    part_of: Option<&'static str>,
}

/// [`AreaPlace`] of every area, in the order of [`AREAS`]. `AREAS` is a constant, evaluated here
/// at compile time: the browser's build carries this table alone, not the areas' names, layers
/// and labels, which only the host writes (wasm −2.1 KB raw, −0.7 KB brotli).
static AREA_PLACES: [AreaPlace; AREAS.len()] = {
    let mut places = [const {
        AreaPlace {
            code: "",
            place: None,
            part_of: None,
        }
    }; AREAS.len()];
    let mut i = 0;
    while i < AREAS.len() {
        places[i] = AreaPlace {
            code: AREAS[i].code,
            place: AREAS[i].place,
            part_of: AREAS[i].part_of,
        };
        i += 1;
    }
    places
};

/// The place an area stands for, if any.
fn place_of(area: &MapArea) -> Option<&'static Place> {
    area.place.and_then(|id| STORY.place(id))
}

/// The border of a place made of parts (the district, Ukraine): one path of its parts' outlines
/// (`tools/site`'s `map_geometry::map_geometry` writes it beside their shapes), stroked twice as
/// wide as the line is to show and drawn just before the parts, whose fills then cover the inner
/// half and the borders between them. A shape of the whole would repeat the parts' coastlines in the page,
/// simplified otherwise; a copy of their outlines compresses to almost nothing.
fn border_markup(whole: &str) -> String {
    format!(
        "<use class=\"story-map__border story-map__border--{whole}\" href=\"#{}\"/>",
        border_id(whole)
    )
}

/// Every area in a language, from the back to the front, as the host writes it: kept markup
/// ([`kept_markup`]), which the browser neither builds nor hydrates (three nodes for each of 55
/// areas). The shapes themselves are in the page once, beside the app (see `tools/site`'s
/// `map_geometry::map_geometry`); the wasm carries only the areas' codes, for their clicks and
/// outlines.
pub fn areas_markup(lang: Lang) -> String {
    let mut markup = String::new();
    let mut bordered = None;
    for area in &AREAS {
        // The border before the first of its parts.
        if let Some(whole) = area.part_of.filter(|&whole| bordered != Some(whole)) {
            bordered = Some(whole);
            markup.push_str(&border_markup(whole));
        }
        let place = if place_of(area).is_some() {
            " story-map__area--place"
        } else {
            ""
        };
        markup.push_str(&format!(
            "<use class=\"story-map__area {}{}{place}\" href=\"#{}\" data-code=\"{}\"><title>{}</title></use>",
            layer_class(area.layer),
            occupation_class(area.occupation),
            area.element_id(),
            area.code,
            escape(area.name.get(lang)),
        ));
    }
    markup
}

/// The areas, and over them the outline of the selected place's. Moving the timeline does not
/// re-render them, and selecting a place redraws only its outline.
#[component]
pub fn MapAreas(props: &MapAreasProps) -> Html {
    // One listener for all areas: the click's area names its place.
    let onclick = {
        let on_select = props.on_select.clone();
        Callback::from(move |event: MouseEvent| {
            let code = crate::browser::clicked_attribute(&event, "use[data-code]", "data-code");
            let area = code.and_then(|code| AREA_PLACES.iter().find(|a| a.code == code));
            if let Some(place) = area.and_then(|a| STORY.place(a.place?)) {
                on_select.emit(place);
            }
        })
    };
    // A place made of parts is outlined by all of them.
    let selected = props.selected.map(|place| place.id);
    let outlines = AREA_PLACES
        .iter()
        .filter(|area| selected.is_some() && (area.place == selected || area.part_of == selected))
        .map(|area| {
            html! {
                <use
                    class="story-map__outline"
                    href={format!("#{}", area_element_id(area.code))} />
            }
        });
    html! {
        <g class="map-areas" {onclick}>
            { kept_markup(props.lang, areas_markup) }
            // A group of their own: Yew matches a parent's children from the end, so outlines
            // coming and going beside the areas would redraw the areas too.
            <g class="map-areas__outlines">{ for outlines }</g>
        </g>
    }
}
