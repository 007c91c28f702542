//! The stage: the map, the time control under it and the moment beside it, on one screen, then the map's legend.

use yew::prelude::*;

use super::map_legend::map_legend;
use crate::model::story::STORY;
use crate::page::ids::STAGE_ID;
use crate::page::parts::Part;
use shared::date::Date;
use shared::lang::Lang;

/// The stage's parts as the host rendered them, each in its cell, in [`Part::ALL`]'s order.
/// Empty in the browser: there the page keeps the host's cells, whose parts hydrate as roots of
/// their own ([`super::stage_part::StagePart`]), so the root around them never touches them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StageMarkup(pub [AttrValue; 3]);

impl StageMarkup {
    /// The stage's cells holding `parts`, the markup the host rendered for each part
    /// ([`super::stage_part::StagePart`] with the same hydration markers as the root around
    /// them), in [`Part::ALL`]'s order.
    pub fn new(parts: [String; 3]) -> StageMarkup {
        let mut parts = parts.into_iter();
        StageMarkup(Part::ALL.map(|part| {
            let markup = parts.next().unwrap_or_default();
            AttrValue::from(format!("<div class=\"{}\">{markup}</div>", part.class()))
        }))
    }
}

/// The stage in a language at a date, with its parts as `parts` holds them. A plain function:
/// its caller re-renders with every view anyway, and a component costs wasm glue.
pub fn stage(lang: Lang, date: Date, parts: &StageMarkup) -> Html {
    let routes = STORY.movements_by(date).next().is_some();
    html! {
        <section class="stage" id={STAGE_ID} tabindex="-1" aria-label={STORY.title.get(lang)}>
            { for parts.0.iter().map(|part| Html::from_html_unchecked(part.clone())) }
            <div class="stage__legend">{ map_legend(lang, routes) }</div>
        </section>
    }
}
