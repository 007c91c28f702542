//! One place on the map: a button with its dot, its label and a target sized for a finger.

use yew::prelude::*;

use crate::i18n::{kind_text, template, Text};

use crate::browser::Sibling;
use crate::map::labels::{Label, Side};
use crate::model::story::{Place, PlaceKind};
use crate::page::markup::{markup, Markup};
use shared::lang::Lang;

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
    /// Whether Tab stops on it: the map's markers are one stop, walked by arrow keys.
    pub tab_stop: bool,
    /// Called when it takes focus, so that Tab comes back to it.
    pub on_focus: &'a Callback<&'static Place>,
}

/// Which marker a key moves focus to: arrows to the next or the previous (none beyond the
/// ends), Home and End to the first and the last.
pub fn marker_for_key(key: &str) -> Option<Sibling> {
    match key {
        "ArrowRight" | "ArrowDown" => Some(Sibling::Next),
        "ArrowLeft" | "ArrowUp" => Some(Sibling::Previous),
        "Home" => Some(Sibling::First),
        "End" => Some(Sibling::Last),
        _ => None,
    }
}

/// A marker's target, its dot (for a place that is not an area) and its label, as markup.
fn drawing(out: &mut Markup, marker: &Marker<'_>, area: bool) {
    let Marker {
        place, lang, px, ..
    } = *marker;
    let (x, y) = marker.at;
    out.tag("<circle cx=\"")
        .number(x, 1)
        .tag("\" cy=\"")
        .number(y, 1)
        .tag("\" r=\"")
        .number(marker.target, 2)
        .tag("\" class=\"story-map__target\"></circle>");
    if !area {
        out.tag("<circle cx=\"")
            .number(x, 1)
            .tag("\" cy=\"")
            .number(y, 1)
            .tag("\" r=\"")
            .number(4.5 * px, 2)
            .tag("\" stroke-width=\"")
            .number(1.5 * px, 2)
            .tag("\" class=\"story-map__dot\"></circle>");
    }
    if let Some(Label { x, y, side, .. }) = marker.label {
        let anchor = match side {
            Side::Right => "start",
            Side::Left => "end",
            _ => "middle",
        };
        out.tag("<text x=\"")
            .number(x, 1)
            .tag("\" y=\"")
            .number(y, 1)
            .tag("\" text-anchor=\"")
            .tag(anchor)
            .tag("\" font-size=\"")
            .number(marker.size, 2)
            .tag("\" stroke-width=\"")
            .number(3.0 * px, 2)
            .tag("\">")
            .text(place.name.get(lang))
            .tag("</text>");
    }
}

/// A marker: a button (Enter and Space choose it, as on any button; arrow keys, Home and End move
/// to another marker). Areas show their name alone; places add a dot.
pub fn map_marker(marker: &Marker<'_>) -> Html {
    let Marker { place, lang, .. } = *marker;
    let area = matches!(place.kind, PlaceKind::Country | PlaceKind::Region);
    let name = template(
        Text::PlaceAndKind,
        lang,
        &[
            ("name", place.name.get(lang)),
            ("kind", kind_text(place.kind).get(lang)),
        ],
    );
    let onclick = marker.on_select.reform(move |_: MouseEvent| place);
    let onkeydown = {
        let on_select = marker.on_select.clone();
        Callback::from(move |event: KeyboardEvent| {
            let key = event.key();
            if key == "Enter" || key == " " {
                event.prevent_default();
                on_select.emit(place);
            } else if let Some(to) = marker_for_key(&key) {
                event.prevent_default();
                crate::browser::focus_sibling(&event, ".story-map__marker", to);
            }
        })
    };
    let onfocus = marker.on_focus.reform(move |_: FocusEvent| place);
    // The dot, its target and its name hold no listener: markup the browser takes whole, below
    // the marker's own element, which keeps focus while they change.
    let drawing = markup(|out| drawing(out, marker, area));
    html! {
        <g
            key={place.id}
            class="story-map__marker"
            data-area={area.then_some("")}
            data-now={marker.now.then_some("")}
            data-later={marker.later.then_some("")}
            role="button"
            tabindex={if marker.tab_stop { "0" } else { "-1" }}
            aria-label={name}
            aria-pressed={if marker.selected { "true" } else { "false" }}
            data-place={place.id}
            {onclick}
            {onkeydown}
            {onfocus}>
            { drawing }
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrow_keys_home_and_end_walk_the_markers() {
        assert_eq!(marker_for_key("ArrowRight"), Some(Sibling::Next));
        assert_eq!(marker_for_key("ArrowDown"), Some(Sibling::Next));
        assert_eq!(marker_for_key("ArrowLeft"), Some(Sibling::Previous));
        assert_eq!(marker_for_key("ArrowUp"), Some(Sibling::Previous));
        assert_eq!(marker_for_key("Home"), Some(Sibling::First));
        assert_eq!(marker_for_key("End"), Some(Sibling::Last));
        // Other keys are left to the marker (Enter, Space) or the page (Tab).
        for key in ["Tab", "Enter", " ", "PageDown"] {
            assert_eq!(marker_for_key(key), None, "{key:?}");
        }
    }
}
