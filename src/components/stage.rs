//! The stage: the map, the time control under it and the moment beside it, on one screen, then the map's legend.

use yew::prelude::*;

use super::map_legend::map_legend;
use super::map_section::MapSection;
use super::moment::Moment;
use super::time_control::TimeControl;
use crate::content::STORY;
use crate::date::Date;
use crate::locale::Lang;

/// The stage's element id: links in the long form bring it into view.
pub const STAGE_ID: &str = "stage";

/// The stage in a language at a date; its parts read the state from context. A plain function:
/// its caller re-renders with every view anyway, and a component costs wasm glue.
pub fn stage(lang: Lang, date: Date) -> Html {
    let routes = STORY.movements_by(date).next().is_some();
    html! {
        <section class="stage" id={STAGE_ID} tabindex="-1" aria-label={STORY.title.get(lang)}>
            <div class="stage__map"><MapSection /></div>
            <div class="stage__time"><TimeControl /></div>
            <div class="stage__moment"><Moment /></div>
            <div class="stage__legend">{ map_legend(lang, routes) }</div>
        </section>
    }
}
