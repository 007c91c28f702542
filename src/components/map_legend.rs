//! What the map's colours and patterns mean.

use yew::prelude::*;

use crate::locale::{Lang, Text};

/// The legend, each entry with a swatch drawn like the map draws it; the movements' entry only
/// where the map draws one (`routes`). A plain function: a stateless leaf, where a component
/// costs wasm glue.
pub fn map_legend(lang: Lang, routes: bool) -> Html {
    let areas = [
        ("map-legend__swatch--district", Text::LegendDistrict),
        ("map-legend__swatch--occupied", Text::LegendOccupied),
        ("map-legend__swatch--partly", Text::LegendPartlyOccupied),
        ("map-legend__swatch--north-korea", Text::LegendNorthKorea),
        ("map-legend__swatch--place", Text::LegendPlace),
    ];
    let entry = |swatch: &'static str, shape: Html, text: Text| {
        html! {
            <li class="map-legend__entry">
                <svg
                    class={classes!("map-legend__swatch", swatch)}
                    viewBox="0 0 24 16"
                    aria-hidden="true">{ shape }</svg>
                <span class="map-legend__name">{ text.get(lang) }</span>
            </li>
        }
    };
    html! {
        <ul class="map-legend">
            { for areas.into_iter().map(|(swatch, text)| entry(
                swatch,
                html! { <rect x="1" y="1" width="22" height="14" rx="2" /> },
                text,
            )) }
            if routes {
                { entry(
                    "map-legend__swatch--route",
                    html! { <path d="M2 14Q8 4 19 6" marker-end="url(#story-map-arrow)" /> },
                    Text::LegendRoute,
                ) }
            }
        </ul>
    }
}
