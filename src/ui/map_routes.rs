//! The map's movements: from its event's date on, a curved arrow from each start to the destination.

use yew::prelude::*;

use crate::map::layout::position;
use crate::model::story::STORY;
use crate::page::markup::markup;
use shared::date::Date;
use shared::lang::Lang;

/// Every movement of an event that has begun by `date`, each titled with its event.
pub fn map_routes(date: Date, lang: Lang) -> Html {
    // No listener: markup the browser takes whole.
    let routes = markup(|out| {
        for event in STORY.movements_by(date) {
            let Some((destination, starts)) = event.route.split_last() else {
                continue;
            };
            let Some((tx, ty)) = position(destination) else {
                continue;
            };
            out.tag("<g class=\"story-map__route\"><title>")
                .text(event.title.get(lang))
                .tag("</title>");
            for (x, y) in starts.iter().filter_map(|start| position(start)) {
                // Bend each curve to the right of its direction (y points down), its middle a
                // fifth of its length off the chord: north from Korea's east coast, that is
                // over the sea.
                let (mx, my) = ((x + tx) / 2.0, (y + ty) / 2.0);
                let (cx, cy) = (mx - (ty - y) * 0.4, my + (tx - x) * 0.4);
                out.tag("<path d=\"M")
                    .number(x, 1)
                    .tag(" ")
                    .number(y, 1)
                    .tag("Q")
                    .number(cx, 1)
                    .tag(" ")
                    .number(cy, 1)
                    .tag(" ")
                    .number(tx, 1)
                    .tag(" ")
                    .number(ty, 1)
                    .tag("\" marker-end=\"url(#story-map-arrow)\"></path>");
            }
            out.tag("</g>");
        }
    });
    html! { <g class="story-map__routes">{ routes }</g> }
}
