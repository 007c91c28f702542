//! The map's movements: from its event's date on, a curved arrow from each start to the destination.

use yew::prelude::*;

use crate::content::STORY;
use crate::date::Date;
use crate::fixed::fixed;
use crate::locale::Lang;
use crate::map_layout::position;

/// Every movement of an event that has begun by `date`, each titled with its event.
pub fn map_routes(date: Date, lang: Lang) -> Html {
    let routes = STORY.movements_by(date).filter_map(|event| {
        let (destination, starts) = event.route.split_last()?;
        let (tx, ty) = position(destination)?;
        let curves = starts
            .iter()
            .filter_map(|start| position(start))
            .map(|(x, y)| {
                // Bend each curve to the right of its direction (y points down), its middle a fifth
                // of its length off the chord: north from Korea's east coast, that is over the sea.
                let (mx, my) = ((x + tx) / 2.0, (y + ty) / 2.0);
                let (cx, cy) = (mx - (ty - y) * 0.4, my + (tx - x) * 0.4);
                format!(
                    "M{} {}Q{} {} {} {}",
                    fixed(x, 1),
                    fixed(y, 1),
                    fixed(cx, 1),
                    fixed(cy, 1),
                    fixed(tx, 1),
                    fixed(ty, 1)
                )
            });
        Some(html! {
            <g class="story-map__route" key={event.id}>
                <title>{ event.title.get(lang) }</title>
                { for curves.map(|d| html! { <path {d} marker-end="url(#story-map-arrow)" /> }) }
            </g>
        })
    });
    html! { <g class="story-map__routes">{ for routes }</g> }
}
