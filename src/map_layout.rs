//! Where the map looks and where its labels go: view presets and collision-free label placement.

use crate::content::{Place, PlaceKind};
use crate::fixed::fixed;
use crate::geography::{HEIGHT, MARKERS, WIDTH};

/// A view of the map a reader can jump to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Preset {
    /// The whole frame: Ukraine to the Pacific.
    #[default]
    Whole,
    /// Ukraine, Kursk and Moscow.
    Ukraine,
    /// Russia's Far East and the Korean peninsula.
    FarEast,
}

impl Preset {
    /// All presets in the order of their buttons.
    pub const ALL: [Preset; 3] = [Preset::Whole, Preset::Ukraine, Preset::FarEast];

    /// The box it shows, in map units: left, top, width (the height follows the map's ratio).
    pub fn frame(self) -> (f64, f64, f64) {
        match self {
            Preset::Whole => (0.0, 0.0, f64::from(WIDTH)),
            Preset::Ukraine => (0.0, 210.0, 430.0),
            Preset::FarEast => (1040.0, 640.0, 540.0),
        }
    }

    /// How much it enlarges the map.
    pub fn scale(self) -> f64 {
        f64::from(WIDTH) / self.frame().2
    }

    /// The SVG transform that shows its box in the whole map's viewport.
    pub fn transform(self) -> String {
        let (left, top, _) = self.frame();
        format!(
            "scale({}) translate({} {})",
            fixed(self.scale(), 4),
            fixed(-left, 1),
            fixed(-top, 1)
        )
    }

    /// Whether a point in map units is inside its box.
    pub fn shows(self, x: f64, y: f64) -> bool {
        let (left, top, width) = self.frame();
        let height = width * f64::from(HEIGHT) / f64::from(WIDTH);
        (left..=left + width).contains(&x) && (top..=top + height).contains(&y)
    }
}

/// The position of a place on the map, if it lies inside the frame.
pub fn position(place: &Place) -> Option<(f64, f64)> {
    MARKERS
        .iter()
        .find(|m| m.place == place.id)
        .map(|m| (f64::from(m.x), f64::from(m.y)))
}

/// Which side of its point a label sits on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Right of the point, the usual place.
    Right,
    /// Left of the point.
    Left,
    /// Above the point.
    Above,
    /// Below the point.
    Below,
    /// Centred on the point (regions and countries, which have no dot).
    Centre,
}

/// A label's placement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    /// The anchor's x in map units.
    pub x: f64,
    /// The baseline's y in map units.
    pub y: f64,
    /// The side it sits on, which sets its text-anchor.
    pub side: Side,
    /// The box it takes: left, top, right, bottom in map units.
    pub bounds: (f64, f64, f64, f64),
}

/// Labels' size on screen, in CSS pixels.
pub const LABEL_PX: f64 = 12.5;

/// How many map units one CSS pixel covers at a preset, for a map drawn `map_px` wide.
pub fn units_per_pixel(preset: Preset, map_px: f64) -> f64 {
    f64::from(WIDTH) / map_px.max(1.0) / preset.scale()
}

/// The font size of labels in map units, so that they read at [`LABEL_PX`] on screen.
pub fn font_size(preset: Preset, map_px: f64) -> f64 {
    LABEL_PX * units_per_pixel(preset, map_px)
}

fn is_area(place: &Place) -> bool {
    matches!(place.kind, PlaceKind::Country | PlaceKind::Region)
}

type Box2 = (f64, f64, f64, f64);

fn overlaps(a: Box2, b: Box2) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Places labels in priority order, each on the first side where it stays inside the view
/// and covers no earlier label and no other place's dot; a label that fits nowhere is left
/// out (its place keeps its dot and its accessible name). The first label, the selected
/// place's, always shows. `places` come in priority order with their label texts.
pub fn place_labels(preset: Preset, map_px: f64, places: &[(&Place, &str)]) -> Vec<Option<Label>> {
    let size = font_size(preset, map_px);
    let gap = size * 0.55;
    let (left, top, frame_width) = preset.frame();
    let frame_height = frame_width * f64::from(HEIGHT) / f64::from(WIDTH);
    let visible = |b: Box2| {
        b.0 >= left && b.1 >= top && b.2 <= left + frame_width && b.3 <= top + frame_height
    };
    let dot = size * 0.35;
    let dots: Vec<Option<Box2>> = places
        .iter()
        .map(|(place, _)| {
            let (x, y) = position(place).filter(|&(x, y)| preset.shows(x, y))?;
            (!is_area(place)).then_some((x - dot, y - dot, x + dot, y + dot))
        })
        .collect();
    let mut taken: Vec<Box2> = Vec::new();
    let mut labels = Vec::with_capacity(places.len());
    for (index, (place, text)) in places.iter().enumerate() {
        let Some((x, y)) = position(place).filter(|&(x, y)| preset.shows(x, y)) else {
            labels.push(None);
            continue;
        };
        // Average glyph width of the system sans-serif at this size, with a little room.
        let width = text.chars().count() as f64 * size * 0.58;
        let height = size;
        let sides: &[Side] = if is_area(place) {
            &[Side::Centre, Side::Below, Side::Above]
        } else {
            &[Side::Right, Side::Left, Side::Above, Side::Below]
        };
        let free = |bounds: Box2| {
            index == 0
                || (!taken.iter().any(|t| overlaps(*t, bounds))
                    && !dots
                        .iter()
                        .enumerate()
                        .any(|(i, d)| i != index && d.is_some_and(|d| overlaps(d, bounds))))
        };
        let candidates: Vec<(Box2, Label)> = sides
            .iter()
            .map(|&side| {
                // The box's top-left corner, and the text's anchor point.
                let (bx, by, ax, ay) = match side {
                    Side::Right => (x + gap, y - height / 2.0, x + gap, y + height * 0.35),
                    Side::Left => (
                        x - gap - width,
                        y - height / 2.0,
                        x - gap,
                        y + height * 0.35,
                    ),
                    Side::Above => (
                        x - width / 2.0,
                        y - gap - height,
                        x,
                        y - gap - height * 0.15,
                    ),
                    Side::Below => (x - width / 2.0, y + gap, x, y + gap + height * 0.85),
                    Side::Centre => (x - width / 2.0, y - height / 2.0, x, y + height * 0.35),
                };
                let bounds = (bx, by, bx + width, by + height);
                (
                    bounds,
                    Label {
                        x: ax,
                        y: ay,
                        side,
                        bounds,
                    },
                )
            })
            .collect();
        let mut chosen = candidates
            .iter()
            .find(|(bounds, _)| visible(*bounds) && free(*bounds))
            .copied();
        if chosen.is_none() && index == 0 {
            chosen = candidates.first().copied();
        }
        if let Some((bounds, _)) = chosen {
            taken.push(bounds);
        }
        labels.push(chosen.map(|(_, label)| label));
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::STORY;

    #[test]
    fn presets_show_their_places() {
        let shows = |preset: Preset, id: &str| {
            let (x, y) = position(STORY.place(id).unwrap()).unwrap();
            preset.shows(x, y)
        };
        for id in ["kyiv", "kursk", "moscow", "crimea", "occupied-territories"] {
            assert!(shows(Preset::Ukraine, id), "{id}");
        }
        for id in [
            "vladivostok",
            "pyongyang",
            "khabarovsk",
            "blagoveshchensk",
            "seoul",
            "chongjin",
        ] {
            assert!(shows(Preset::FarEast, id), "{id}");
        }
        for marker in MARKERS.iter() {
            assert!(
                Preset::Whole.shows(f64::from(marker.x), f64::from(marker.y)),
                "{}",
                marker.place
            );
        }
    }

    #[test]
    fn labels_never_overlap_and_the_first_always_fits() {
        for preset in Preset::ALL {
            let places: Vec<_> = STORY.places.iter().map(|p| (p, p.name.en)).collect();
            let labels = place_labels(preset, 800.0, &places);
            let first = places
                .iter()
                .position(|(p, _)| position(p).is_some_and(|(x, y)| preset.shows(x, y)));
            if let Some(first) = first {
                assert!(
                    labels[first].is_some(),
                    "{preset:?}: the first label must fit"
                );
            }
            assert!(
                labels.iter().flatten().count() >= 5,
                "{preset:?} shows too few labels"
            );
        }
    }

    #[test]
    fn the_far_east_view_names_the_ports_and_bases() {
        let ids = [
            "vladivostok",
            "ussuriysk",
            "khabarovsk",
            "blagoveshchensk",
            "pyongyang",
            "chongjin",
        ];
        let places: Vec<_> = ids
            .iter()
            .map(|id| {
                let place = STORY.place(id).unwrap();
                (place, place.name.de)
            })
            .collect();
        let labels = place_labels(Preset::FarEast, 800.0, &places);
        assert!(labels.iter().all(Option::is_some), "{labels:?}");
        // On a phone the same view has room for fewer labels, never overlapping ones.
        let phone = place_labels(Preset::FarEast, 340.0, &places);
        assert!(phone.iter().flatten().count() <= labels.iter().flatten().count());
        assert!(phone[0].is_some());
    }
}
