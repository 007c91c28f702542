//! The map: the story's geography as SVG, its places as buttons, drawn as of the timeline's date.

use yew::prelude::*;

use super::map_areas::MapAreas;
use crate::content::{Place, PlaceKind, STORY};
use crate::fixed::fixed;
use crate::geography::{HEIGHT, WIDTH};
use crate::locale::Text;
use crate::map_layout::{font_size, place_labels, position, units_per_pixel, Frame, Label, Side};
use crate::view::View;

/// Props of [`StoryMap`].
#[derive(Properties, PartialEq)]
pub struct StoryMapProps {
    /// The view: language, date and selected place.
    pub view: View,
    /// The part of the map the camera shows.
    pub frame: Frame,
    /// The map's drawn width in CSS pixels, which labels and dots are sized for.
    pub width: f64,
    /// Called with the place a reader chooses on the map.
    pub on_select: Callback<&'static Place>,
}

/// When a place enters the story: the start of its first event, if it has any.
fn first_seen(place: &'static Place) -> Option<crate::date::Date> {
    STORY.events_at(place).map(|e| e.when.start).min()
}

/// The map.
#[component]
pub fn StoryMap(props: &StoryMapProps) -> Html {
    let view = props.view;
    let lang = view.lang;
    let frame = props.frame;
    let px = units_per_pixel(frame, props.width);
    let current: Vec<&'static Place> = STORY
        .current_events(view.date)
        .iter()
        .flat_map(|e| e.places.iter().copied())
        .collect();

    // Labels are placed in priority order (the selected place, today's places, areas, the
    // rest); markers are drawn in the content's order, so that focus stays on its place.
    let on_map: Vec<&'static Place> = STORY
        .places
        .iter()
        .filter(|p| position(p).is_some())
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
        .map(|&i| (on_map[i], on_map[i].name.get(lang)))
        .collect();
    let mut labels = vec![None; on_map.len()];
    for (&i, label) in priority
        .iter()
        .zip(place_labels(frame, props.width, &named))
    {
        labels[i] = label;
    }
    let size = font_size(frame, props.width);

    // Movements drawn from their event's date on: a curve from each start to the destination.
    let routes = STORY.events.iter().filter(|e| e.when.start <= view.date).filter_map(|event| {
        let (destination, starts) = event.route.split_last()?;
        let (tx, ty) = position(destination)?;
        let curves = starts.iter().filter_map(|start| position(start)).map(|(x, y)| {
            // Bend each curve to the right of its direction, by a fifth of its length.
            let (mx, my) = ((x + tx) / 2.0, (y + ty) / 2.0);
            let (cx, cy) = (mx + (ty - y) / 5.0, my - (tx - x) / 5.0);
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

    let shown: Vec<_> = on_map
        .iter()
        .zip(labels)
        .filter_map(|(&place, label)| {
            let (x, y) = position(place).filter(|&(x, y)| frame.shows(x, y))?;
            Some((place, label, x, y))
        })
        .collect();
    // Each dot's target is 44 px across, or less where a neighbour is nearer: half the way to
    // it, so that no target covers another's dot and steals its taps.
    let target = |x: f64, y: f64| {
        shown
            .iter()
            .map(|&(_, _, ox, oy)| (ox - x).hypot(oy - y))
            .filter(|&d| d > 0.0)
            .fold(22.0 * px, |r, d| r.min(d / 2.0))
    };
    let markers = shown.iter().map(|&(place, label, x, y)| {
        let selected = view.place == Some(place);
        let later = first_seen(place).is_some_and(|d| d > view.date);
        let area = matches!(place.kind, PlaceKind::Country | PlaceKind::Region);
        let name = format!("{} ({})", place.name.get(lang), place.kind.text().get(lang));
        let onclick = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(place))
        };
        let onkeydown = {
            let on_select = props.on_select.clone();
            Callback::from(move |event: KeyboardEvent| {
                if event.key() == "Enter" || event.key() == " " {
                    event.prevent_default();
                    on_select.emit(place);
                }
            })
        };
        let text = label.map(|Label { x, y, side, .. }| {
            let anchor = match side {
                Side::Right => "start",
                Side::Left => "end",
                _ => "middle",
            };
            html! {
                <text x={fixed(x, 1).to_string()} y={fixed(y, 1).to_string()} text-anchor={anchor}
                      font-size={fixed(size, 2).to_string()} stroke-width={fixed(3.0 * px, 2).to_string()}>
                    { place.name.get(lang) }
                </text>
            }
        });
        html! {
            <g key={place.id}
               class={classes!(
                    "story-map__marker",
                    area.then_some("story-map__marker--area"),
                    current.contains(&place).then_some("story-map__marker--now"),
                    later.then_some("story-map__marker--later"),
                    selected.then_some("story-map__marker--selected"),
                )}
               role="button"
               tabindex="0"
               aria-label={name}
               aria-pressed={if selected { "true" } else { "false" }}
               data-place={place.id}
               {onclick}
               {onkeydown}>
                <circle class="story-map__target" cx={fixed(x, 1).to_string()} cy={fixed(y, 1).to_string()} r={fixed(target(x, y), 2).to_string()} />
                if !area {
                    <circle class="story-map__dot" cx={fixed(x, 1).to_string()} cy={fixed(y, 1).to_string()} r={fixed(4.5 * px, 2).to_string()}
                            stroke-width={fixed(1.5 * px, 2).to_string()} />
                }
                { for text }
            </g>
        }
    });

    html! {
        <div class="story-map">
            <svg class="story-map__svg"
                 viewBox={format!("0 0 {WIDTH} {HEIGHT}")}
                 role="group"
                 aria-label={Text::MapHeading.get(lang)}
                 aria-describedby="story-map-description">
                <defs>
                    <pattern id="story-map-occupied" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                        <rect class="story-map__hatch-ground" width="6" height="6" />
                        <line class="story-map__hatch" x1="0" y1="0" x2="0" y2="6" />
                    </pattern>
                    <marker id="story-map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto">
                        <path class="story-map__arrow" d="M0 0L10 5L0 10z" />
                    </marker>
                    <pattern id="story-map-partly" patternUnits="userSpaceOnUse" width="9" height="9" patternTransform="rotate(-45)">
                        <rect class="story-map__hatch-ground story-map__hatch-ground--partly" width="9" height="9" />
                        <line class="story-map__hatch story-map__hatch--partly" x1="0" y1="0" x2="0" y2="9" />
                    </pattern>
                </defs>
                <rect class="story-map__sea" width={WIDTH.to_string()} height={HEIGHT.to_string()} />
                <g class="story-map__view" transform={frame.transform()}>
                    <MapAreas {lang} selected={view.place} on_select={props.on_select.clone()} />
                    <g class="story-map__routes">{ for routes }</g>
                    { for markers }
                </g>
            </svg>
            <p class="story-map__description visually-hidden" id="story-map-description">{ Text::MapDescription.get(lang) }</p>
        </div>
    }
}
