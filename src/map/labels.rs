//! Where the map's labels go: beside their places, never over another label or another place's dot.

use super::geography::WIDTH;
use super::layout::{position, Frame};
use crate::model::story::{Place, PlaceKind};

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

/// Labels' size on screen, in CSS pixels, but while presenting (then the page's type size).
pub const LABEL_PX: f64 = 12.5;

/// The page's type size while presenting, for a window `width` × `height` CSS pixels: what
/// styles/present.css sets as the root's `--present-type`, `max(20px, min(1.25vw, 2.2222vh))`
/// (24 px at 1920×1080, 20 px at 1280×720), so that the labels read as large as the text beside
/// them (tests/e2e/present.rs measures both).
// Computed here, not read from the style: parsing a CSS length brings the float parser into the
// wasm (about 18 KB brotli).
pub fn presenting_label_px(width: f64, height: f64) -> f64 {
    (width * 0.0125).min(height * 0.022222).max(20.0)
}

/// How many map units one CSS pixel covers in a frame, for a map drawn `map_px` wide.
pub fn units_per_pixel(frame: Frame, map_px: f64) -> f64 {
    f64::from(WIDTH) / map_px.max(1.0) / frame.scale()
}

/// The font size of labels in map units, so that they read at `label_px` on screen.
pub fn font_size(frame: Frame, map_px: f64, label_px: f64) -> f64 {
    label_px * units_per_pixel(frame, map_px)
}

fn is_area(place: &Place) -> bool {
    matches!(place.kind, PlaceKind::Country | PlaceKind::Region)
}

type Box2 = (f64, f64, f64, f64);

fn overlaps(a: Box2, b: Box2) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The box of a place's dot at `(x, y)`, with labels of font size `size`: no label may cover it.
fn dot_box((x, y): (f64, f64), size: f64) -> Box2 {
    let dot = size * 0.35;
    (x - dot, y - dot, x + dot, y + dot)
}

/// Places labels in priority order, each on the first side where it stays inside the view
/// and covers no earlier label and no other place's dot; a label that fits nowhere is left
/// out (its place keeps its dot and its accessible name). The first label, the selected
/// place's, always shows: where no side is free, where it covers the fewest dots. `places` come
/// in priority order with their label texts.
pub fn place_labels(
    frame: Frame,
    map_px: f64,
    label_px: f64,
    places: &[(&Place, &str)],
) -> Vec<Option<Label>> {
    let size = font_size(frame, map_px, label_px);
    let dots: Vec<Option<Box2>> = places
        .iter()
        .map(|(place, _)| {
            let at = position(place).filter(|&(x, y)| frame.shows(x, y))?;
            (!is_area(place)).then_some(dot_box(at, size))
        })
        .collect();
    let mut taken: Vec<Box2> = Vec::new();
    let mut labels = Vec::with_capacity(places.len());
    for (index, (place, text)) in places.iter().enumerate() {
        let Some(at) = position(place).filter(|&(x, y)| frame.shows(x, y)) else {
            labels.push(None);
            continue;
        };
        let covered = |bounds: Box2| {
            taken.iter().filter(|t| overlaps(**t, bounds)).count()
                + dots
                    .iter()
                    .enumerate()
                    .filter(|&(i, d)| i != index && d.is_some_and(|d| overlaps(d, bounds)))
                    .count()
        };
        let chosen = choose(frame, Sized { at, text, size }, place, index == 0, covered);
        if let Some((bounds, _)) = chosen {
            taken.push(bounds);
        }
        labels.push(chosen.map(|(_, label)| label));
    }
    labels
}

/// A label to place: its place's point, its text and the font size, in map units.
#[derive(Clone, Copy)]
struct Sized<'t> {
    at: (f64, f64),
    text: &'t str,
    size: f64,
}

impl Sized<'_> {
    /// The box's width and height: the average glyph width of a wide system sans-serif
    /// (DejaVu Sans Bold: "Hamhung" is 5.4 em) at this size, plus the halo; narrower
    /// estimates let labels at the frame's edge run off it.
    fn extent(self) -> (f64, f64) {
        let width = self.text.chars().count() as f64 * self.size * 0.74 + self.size * 0.3;
        (width, self.size)
    }

    /// The label on `side` of the point, with the box it takes.
    fn at_side(self, side: Side) -> (Box2, Label) {
        let (x, y) = self.at;
        let (width, height) = self.extent();
        let gap = self.size * 0.55;
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
        let label = Label {
            x: ax,
            y: ay,
            side,
            bounds,
        };
        (bounds, label)
    }
}

/// Whether a box lies inside the frame.
fn visible(frame: Frame, b: Box2) -> bool {
    let Frame { left, top, width } = frame;
    b.0 >= left && b.1 >= top && b.2 <= left + width && b.3 <= top + frame.height()
}

/// A label and its box moved the least way that brings them inside the frame.
fn moved_inside(frame: Frame, ((x0, y0, x1, y1), label): (Box2, Label)) -> (Box2, Label) {
    let Frame { left, top, width } = frame;
    let dx = (left - x0).max(0.0) + (left + width - x1).min(0.0);
    let dy = (top - y0).max(0.0) + (top + frame.height() - y1).min(0.0);
    let bounds = (x0 + dx, y0 + dy, x1 + dx, y1 + dy);
    let label = Label {
        x: label.x + dx,
        y: label.y + dy,
        bounds,
        ..label
    };
    (bounds, label)
}

/// A place's label: on the first side inside the view that `covered` finds clear. The first
/// place's (`first`, the selected one's) shows all the same, where it covers the fewest dots:
/// on a side inside the view, on its first side moved inside the view, or, for an area, beside
/// it (a small country's centre, top and foot can all hold dots).
fn choose(
    frame: Frame,
    label: Sized<'_>,
    place: &Place,
    first: bool,
    covered: impl Fn(Box2) -> usize,
) -> Option<(Box2, Label)> {
    let sides: &[Side] = if is_area(place) {
        &[Side::Centre, Side::Below, Side::Above]
    } else {
        &[Side::Right, Side::Left, Side::Above, Side::Below]
    };
    let candidates: Vec<(Box2, Label)> = sides.iter().map(|&side| label.at_side(side)).collect();
    let in_view = |&(bounds, _): &(Box2, Label)| visible(frame, bounds);
    let clear = candidates
        .iter()
        .copied()
        .find(|c| in_view(c) && covered(c.0) == 0);
    if clear.is_some() || !first {
        return clear;
    }
    let beside = if is_area(place) {
        &[Side::Left, Side::Right][..]
    } else {
        &[]
    };
    candidates
        .iter()
        .copied()
        .filter(in_view)
        .chain(candidates.first().copied().map(|c| moved_inside(frame, c)))
        .chain(
            beside
                .iter()
                .map(|&side| label.at_side(side))
                .filter(in_view),
        )
        .min_by_key(|&(bounds, _)| covered(bounds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::layout::tests::camera;
    use crate::model::story::STORY;
    use shared::lang::Lang;

    #[test]
    fn the_first_label_takes_a_side_that_covers_no_dot_where_one_is_free() {
        // North Korea first (as on a day whose places the map does not show), in the far east's
        // view on a desktop: its centre holds the ports' dots, the side above it is free.
        let first = STORY.place("north-korea").unwrap();
        let places: Vec<_> = std::iter::once(first)
            .chain(STORY.places.iter().filter(|p| p.id != first.id))
            .map(|p| (p, p.name.get(Lang::De)))
            .collect();
        // On a phone's whole map every side holds dots: it sits beside the country, over the
        // edge of one dot (Pyongyang's), where its centre would cover four.
        for (frame, width, side, most) in [
            (camera("far-east").frame(), 800.0, Side::Above, 0),
            (Frame::WHOLE, 351.0, Side::Left, 1),
        ] {
            let label =
                place_labels(frame, width, LABEL_PX, &places)[0].expect("the first label shows");
            assert_eq!(label.side, side, "{frame:?}");
            let size = font_size(frame, width, LABEL_PX);
            let covered: Vec<_> = places[1..]
                .iter()
                .filter(|(place, _)| !is_area(place))
                .filter_map(|(place, _)| {
                    let at = position(place).filter(|&(x, y)| frame.shows(x, y))?;
                    overlaps(label.bounds, dot_box(at, size)).then_some(place.id)
                })
                .collect();
            assert!(covered.len() <= most, "{frame:?}: {covered:?}");
        }
    }
    #[test]
    fn the_selected_places_label_stays_inside_the_view() {
        // Ukraine at the whole map's western edge, on a phone: no side of its point fits, and
        // its label, which always shows, is moved inside.
        let ukraine = STORY.place("ukraine").unwrap();
        for lang in Lang::ALL {
            let name = ukraine.name.get(lang);
            let label = place_labels(Frame::WHOLE, 340.0, LABEL_PX, &[(ukraine, name)])[0].unwrap();
            assert!(label.bounds.0 >= 0.0, "{name}: {label:?}");
            assert!(label.bounds.2 <= f64::from(WIDTH), "{name}: {label:?}");
            // The anchor moved with the box: the text is centred in it.
            assert_eq!(label.x, (label.bounds.0 + label.bounds.2) / 2.0);
        }
    }
}
