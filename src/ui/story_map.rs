//! The map: the story's geography as SVG, its places as buttons, drawn as of the timeline's date.

use yew::prelude::*;

use super::map_areas::MapAreas;
use super::map_marker::{map_marker, Marker};
use super::map_routes::map_routes;
use crate::i18n::Text;
use crate::map::geography::{HEIGHT, MARKERS, WIDTH};
use crate::map::labels::{font_size, place_labels, units_per_pixel, Label};
use crate::map::layout::{position, Frame};
use crate::model::story::{Place, PlaceKind, STORY};
use crate::model::view::View;
use crate::page::markup::{kept_markup, Markup};
use shared::lang::Lang;

/// The drawing's definitions: the occupied areas' hatches and the movements' arrowhead. Kept
/// markup ([`definitions_markup`]): it never changes, so the browser neither builds nor hydrates
/// any of its nodes.
const DEFINITIONS: &str = concat!(
    "<defs>",
    "<pattern id=\"story-map-occupied\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">",
    "<rect class=\"story-map__hatch-ground\" width=\"6\" height=\"6\"/>",
    "<line class=\"story-map__hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\"/>",
    "</pattern>",
    "<marker id=\"story-map-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto\">",
    "<path class=\"story-map__arrow\" d=\"M0 0L10 5L0 10z\"/>",
    "</marker>",
    "<pattern id=\"story-map-partly\" patternUnits=\"userSpaceOnUse\" width=\"9\" height=\"9\" patternTransform=\"rotate(-45)\">",
    "<rect class=\"story-map__hatch-ground story-map__hatch-ground--partly\" width=\"9\" height=\"9\"/>",
    "<line class=\"story-map__hatch story-map__hatch--partly\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"9\"/>",
    "</pattern>",
    "</defs>",
);

/// The drawing's definitions ([`DEFINITIONS`]), the same in every language, as kept markup's
/// writer ([`kept_markup`]).
pub fn definitions_markup(_: Lang) -> String {
    DEFINITIONS.to_owned()
}

/// The map's description for screen readers, which the drawing points to
/// (`aria-describedby`), as kept markup's writer ([`kept_markup`]).
pub fn description_markup(lang: Lang) -> String {
    let mut out = Markup::default();
    out.tag("<p class=\"story-map__description visually-hidden\" id=\"story-map-description\">")
        .text(Text::MapDescription.get(lang))
        .tag("</p>");
    out.into_string()
}

/// When a place enters the story: the start of its first event, if it has any.
fn first_seen(place: &'static Place) -> Option<shared::date::Date> {
    STORY.events_at(place).map(|e| e.when.start).min()
}

/// The places the frame shows, from west to east, each with its label (if one fits) and its
/// point. Labels are placed in priority order (the selected place, the moment's places, areas,
/// the rest); markers are drawn from west to east, the order the arrow keys walk them, which
/// stays the same from one render to the next, so that focus stays on its place.
fn shown_places(
    view: View,
    frame: Frame,
    (width, label_px): (f64, f64),
    current: &[&'static Place],
) -> Vec<(&'static Place, Option<Label>, f64, f64)> {
    let on_map: Vec<&'static Place> = MARKERS
        .iter()
        .filter_map(|marker| STORY.place(marker.place))
        .collect();
    let mut priority: Vec<usize> = (0..on_map.len()).collect();
    priority.sort_by_key(|&i| {
        let place = on_map[i];
        let rank = if view.place == Some(place) {
            0
        } else if current.contains(&place) {
            1
        } else if matches!(place.kind, PlaceKind::Country | PlaceKind::Region) {
            2
        } else {
            3
        };
        (rank, i)
    });
    let named: Vec<_> = priority
        .iter()
        .map(|&i| (on_map[i], on_map[i].name.get(view.lang)))
        .collect();
    let mut labels = vec![None; on_map.len()];
    for (&i, label) in priority
        .iter()
        .zip(place_labels(frame, width, label_px, &named))
    {
        labels[i] = label;
    }
    on_map
        .iter()
        .zip(labels)
        .filter_map(|(&place, label)| {
            let (x, y) = position(place).filter(|&(x, y)| frame.shows(x, y))?;
            Some((place, label, x, y))
        })
        .collect()
}

/// The radius of a dot's target: 22 px, or less where a neighbour is nearer (half the way to
/// it), so that no target covers another's dot and steals its taps.
fn target_radius(
    shown: &[(&'static Place, Option<Label>, f64, f64)],
    (x, y): (f64, f64),
    px: f64,
) -> f64 {
    shown
        .iter()
        // Not `hypot`: it brings a software fused multiply-add into the wasm (2.2 KB), and
        // these distances need no protection from overflow.
        .map(|&(_, _, ox, oy)| ((ox - x) * (ox - x) + (oy - y) * (oy - y)).sqrt())
        .filter(|&d| d > 0.0)
        .fold(22.0 * px, |r, d| r.min(d / 2.0))
}

/// The map in a view (language, date and selected place), showing the camera's `frame`, drawn
/// `width` CSS pixels wide with labels `label_px` tall (which labels and dots are sized for);
/// `on_select` is called with
/// the place a reader chooses. The markers are one Tab stop: the one last `focused`, else the
/// selected place's, else the first of the moment's, else the first; `on_focus` is called with
/// the place whose marker takes focus. A plain function: its caller re-renders with every view
/// anyway, and a component costs wasm glue.
pub fn story_map(
    view: View,
    frame: Frame,
    (width, label_px): (f64, f64),
    on_select: &Callback<&'static Place>,
    focused: Option<&'static str>,
    on_focus: &Callback<&'static Place>,
) -> Html {
    let lang = view.lang;
    let px = units_per_pixel(frame, width);
    let current: Vec<&'static Place> = STORY
        .current_events(view.date)
        .iter()
        .flat_map(|e| e.places.iter().copied())
        .collect();
    let shown = shown_places(view, frame, (width, label_px), &current);
    let size = font_size(frame, width, label_px);
    let stop = [
        shown.iter().position(|s| Some(s.0.id) == focused),
        shown.iter().position(|s| view.place == Some(s.0)),
        current
            .iter()
            .find_map(|&place| shown.iter().position(|s| s.0 == place)),
    ]
    .into_iter()
    .flatten()
    .next()
    .unwrap_or(0);
    let markers = shown.iter().enumerate().map(|(i, &(place, label, x, y))| {
        map_marker(&Marker {
            place,
            label,
            at: (x, y),
            target: target_radius(&shown, (x, y), px),
            px,
            size,
            lang,
            selected: view.place == Some(place),
            now: current.contains(&place),
            later: first_seen(place).is_some_and(|d| d > view.date),
            on_select,
            tab_stop: i == stop,
            on_focus,
        })
    });

    html! {
        <div class="story-map">
            <svg
                class="story-map__svg"
                viewBox={format!("0 0 {WIDTH} {HEIGHT}")}
                role="group"
                aria-label={Text::MapHeading.get(lang)}
                aria-describedby="story-map-description">
                { kept_markup(lang, definitions_markup) }
                <rect
                    class="story-map__sea"
                    width={WIDTH.to_string()}
                    height={HEIGHT.to_string()} />
                <g class="story-map__view" transform={frame.transform()}>
                    <MapAreas {lang} selected={view.place} on_select={on_select.clone()} />
                    { map_routes(view.date, lang) }
                    // A group of their own: keyed among keyed siblings only, each marker keeps
                    // its element when the camera shows more or fewer places. Beside the areas
                    // and routes they would be matched by position, and all drawn anew.
                    <g class="story-map__markers">{ for markers }</g>
                </g>
            </svg>
            { kept_markup(lang, description_markup) }
        </div>
    }
}
