//! What the map's colours and patterns mean.

use yew::prelude::*;

use crate::i18n::Text;
use crate::page::markup::markup;
use shared::lang::Lang;

/// A swatch's outline: a rounded box.
const BOX: &str = "M3 1h18q2 0 2 2v10q0 2-2 2H3q-2 0-2-2V3q0-2 2-2z";

/// A place's swatch: a pill.
const PILL: &str = "M8 1h8a7 7 0 0 1 0 14H8A7 7 0 0 1 8 1z";

/// A movement's swatch: a curve, which its style ends with the map's arrowhead.
const CURVE: &str = "M2 14Q8 4 19 6";

/// The legend, each entry with a swatch drawn like the map draws it; the movements' entry only
/// where the map draws one (`routes`). The places' entry says that a place opens when chosen,
/// which a handout leaves out. A plain function: a stateless leaf, where a component costs wasm
/// glue.
pub fn map_legend(lang: Lang, routes: bool) -> Html {
    let entries = [
        ("district", BOX, Text::LegendDistrict),
        ("occupied", BOX, Text::LegendOccupied),
        ("partly", BOX, Text::LegendPartlyOccupied),
        ("north-korea", BOX, Text::LegendNorthKorea),
        ("place", PILL, Text::LegendPlace),
    ];
    let route = routes.then_some(("route", CURVE, Text::LegendRoute));
    // No listener: markup the browser takes whole.
    markup(|out| {
        out.tag("<ul class=\"map-legend\">");
        for (swatch, d, text) in entries.into_iter().chain(route) {
            out.tag("<li class=\"map-legend__entry\"><svg data-swatch=\"")
                .tag(swatch)
                .tag("\" viewBox=\"0 0 24 16\" aria-hidden=\"true\" class=\"map-legend__swatch\"><path d=\"")
                .tag(d)
                .tag("\"></path></svg><span class=\"map-legend__name\">")
                .text(text.get(lang));
            if text == Text::LegendPlace {
                out.tag("<span class=\"map-legend__hint\">")
                    .text(Text::LegendPlaceHint.get(lang))
                    .tag("</span>");
            }
            out.tag("</span></li>");
        }
        out.tag("</ul>");
    })
}
