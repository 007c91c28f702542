//! One place on the map: a button with its dot, its label and a target sized for a finger.

use yew::prelude::*;

use crate::content::{Place, PlaceKind};
use crate::fixed::fixed;
use crate::locale::Lang;
use crate::map_layout::{Label, Side};

/// What a marker needs to draw itself, all in map units except where said.
pub struct Marker<'a> {
    /// The place.
    pub place: &'static Place,
    /// Where its name goes, if it has room.
    pub label: Option<Label>,
    /// Its position.
    pub at: (f64, f64),
    /// The radius of its transparent target.
    pub target: f64,
    /// Map units per CSS pixel.
    pub px: f64,
    /// The labels' font size.
    pub size: f64,
    /// The language.
    pub lang: Lang,
    /// Whether it is the selected place.
    pub selected: bool,
    /// Whether an event of the moment happens there.
    pub now: bool,
    /// Whether it enters the story after the date.
    pub later: bool,
    /// Called when a reader chooses it.
    pub on_select: &'a Callback<&'static Place>,
}

/// A marker: a focusable button (Enter and Space choose it, as on any button). Areas show their
/// name alone; places add a dot.
pub fn map_marker(marker: &Marker<'_>) -> Html {
    let Marker {
        place, lang, px, ..
    } = *marker;
    let (x, y) = marker.at;
    let area = matches!(place.kind, PlaceKind::Country | PlaceKind::Region);
    let name = format!("{} ({})", place.name.get(lang), place.kind.text().get(lang));
    let onclick = marker.on_select.reform(move |_: MouseEvent| place);
    let onkeydown = {
        let on_select = marker.on_select.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" || event.key() == " " {
                event.prevent_default();
                on_select.emit(place);
            }
        })
    };
    let text = marker.label.map(|Label { x, y, side, .. }| {
        let anchor = match side {
            Side::Right => "start",
            Side::Left => "end",
            _ => "middle",
        };
        html! {
            <text
                x={fixed(x, 1).to_string()}
                y={fixed(y, 1).to_string()}
                text-anchor={anchor}
                font-size={fixed(marker.size, 2).to_string()}
                stroke-width={fixed(3.0 * px, 2).to_string()}>
                { place.name.get(lang) }
            </text>
        }
    });
    html! {
        <g
            key={place.id}
            class={classes!(
                "story-map__marker",
                area.then_some("story-map__marker--area"),
                marker.now.then_some("story-map__marker--now"),
                marker.later.then_some("story-map__marker--later"),
                marker.selected.then_some("story-map__marker--selected"),
            )}
            role="button"
            tabindex="0"
            aria-label={name}
            aria-pressed={if marker.selected { "true" } else { "false" }}
            data-place={place.id}
            {onclick}
            {onkeydown}>
            <circle
                class="story-map__target"
                cx={fixed(x, 1).to_string()}
                cy={fixed(y, 1).to_string()}
                r={fixed(marker.target, 2).to_string()} />
            if !area {
                <circle
                    class="story-map__dot"
                    cx={fixed(x, 1).to_string()}
                    cy={fixed(y, 1).to_string()}
                    r={fixed(4.5 * px, 2).to_string()}
                    stroke-width={fixed(1.5 * px, 2).to_string()} />
            }
            { for text }
        </g>
    }
}
