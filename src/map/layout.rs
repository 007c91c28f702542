//! Where the map looks and where its labels go: the camera's frames and collision-free label placement.

use crate::map::geography::{EXTENTS, HEIGHT, MARKERS, WIDTH};
use crate::model::story::{Camera, Place, STORY};
use crate::page::fixed::fixed;

/// A view of the map a reader can hold.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Preset {
    /// The whole frame: Ukraine to the Pacific.
    #[default]
    Whole,
    /// A part the content names (Ukraine; the Far East and Korea).
    Camera(&'static Camera),
}

impl Preset {
    /// All presets in the order they are offered: the whole map, then the content's cameras.
    pub fn all() -> impl Iterator<Item = Preset> {
        std::iter::once(Preset::Whole).chain(STORY.cameras.iter().map(Preset::Camera))
    }

    /// The box it shows: a camera's is the frame around its places, each whole, however wide.
    pub fn frame(self) -> Frame {
        match self {
            Preset::Whole => Frame::WHOLE,
            Preset::Camera(camera) => {
                Frame::enclosing(camera.places.iter().flat_map(|p| whole_place(p)))
            }
        }
    }
}

/// A box of the map the camera shows, in map units; its height follows the map's ratio.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The left edge.
    pub left: f64,
    /// The top edge.
    pub top: f64,
    /// The width.
    pub width: f64,
}

/// The narrowest frame the camera follows the story with, in map units: a single city is
/// shown with its surroundings, never blown up to fill the map.
pub const MIN_FRAME_WIDTH: f64 = 420.0;

/// The room the camera leaves around the moment's places, in map units.
pub const FRAME_PADDING: f64 = 90.0;

/// Beyond this width a moment counts as spread across the world: the camera shows everything.
pub const MAX_FRAME_WIDTH: f64 = 1100.0;

impl Frame {
    /// The whole map.
    pub const WHOLE: Frame = Frame {
        left: 0.0,
        top: 0.0,
        width: WIDTH as f64,
    };

    /// A frame from its left, top and width.
    pub const fn new(left: f64, top: f64, width: f64) -> Frame {
        Frame { left, top, width }
    }

    /// Its height in map units.
    pub fn height(self) -> f64 {
        self.width * f64::from(HEIGHT) / f64::from(WIDTH)
    }

    /// How much it enlarges the map.
    pub fn scale(self) -> f64 {
        f64::from(WIDTH) / self.width
    }

    /// The SVG transform that shows it in the whole map's viewport.
    pub fn transform(self) -> String {
        format!(
            "scale({}) translate({} {})",
            fixed(self.scale(), 4),
            fixed(-self.left, 1),
            fixed(-self.top, 1)
        )
    }

    /// Whether a point in map units is inside it.
    pub fn shows(self, x: f64, y: f64) -> bool {
        (self.left..=self.left + self.width).contains(&x)
            && (self.top..=self.top + self.height()).contains(&y)
    }

    /// The frame that shows `points` (in map units: places' [`position`]s, or a whole place's
    /// box, [`whole_place`]), padded, at least [`MIN_FRAME_WIDTH`] wide and inside the map. No
    /// point, or points spread wider than [`MAX_FRAME_WIDTH`], give the whole map.
    pub fn around(points: impl IntoIterator<Item = (f64, f64)>) -> Frame {
        let frame = Frame::enclosing(points);
        if frame.width > MAX_FRAME_WIDTH {
            Frame::WHOLE
        } else {
            frame
        }
    }

    /// The frame that shows `points` (in map units), padded, at least [`MIN_FRAME_WIDTH`] wide
    /// and inside the map, however wide they spread. No point gives the whole map.
    pub fn enclosing(points: impl IntoIterator<Item = (f64, f64)>) -> Frame {
        let mut points = points.into_iter();
        let Some((x0, y0)) = points.next() else {
            return Frame::WHOLE;
        };
        let (mut left, mut top, mut right, mut bottom) = (x0, y0, x0, y0);
        for (x, y) in points {
            left = left.min(x);
            top = top.min(y);
            right = right.max(x);
            bottom = bottom.max(y);
        }
        let ratio = f64::from(WIDTH) / f64::from(HEIGHT);
        let width = (right - left + 2.0 * FRAME_PADDING)
            .max((bottom - top + 2.0 * FRAME_PADDING) * ratio)
            .clamp(MIN_FRAME_WIDTH, f64::from(WIDTH));
        let height = width / ratio;
        let centre = ((left + right) / 2.0, (top + bottom) / 2.0);
        let left = (centre.0 - width / 2.0).clamp(0.0, f64::from(WIDTH) - width);
        let top = (centre.1 - height / 2.0).clamp(0.0, f64::from(HEIGHT) - height);
        Frame { left, top, width }
    }
}

/// The points that show a whole place: the corners of its shape's box where the map draws it
/// (a country, a region), else its position.
pub fn whole_place(place: &Place) -> Vec<(f64, f64)> {
    match EXTENTS.iter().find(|e| e.place == place.id) {
        Some(e) => vec![
            (f64::from(e.left), f64::from(e.top)),
            (f64::from(e.right), f64::from(e.bottom)),
        ],
        None => position(place).into_iter().collect(),
    }
}

/// The position of a place on the map, if it lies inside the frame.
pub fn position(place: &Place) -> Option<(f64, f64)> {
    MARKERS
        .iter()
        .find(|m| m.place == place.id)
        .map(|m| (f64::from(m.x), f64::from(m.y)))
}

/// Where the map's drawing stands on the screen while the camera glides: scaled by `scale` about
/// its top left corner, then shifted by `x` and `y` CSS pixels. The glide moves this on the
/// compositor, so that its frames draw no map anew.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Look {
    /// How much larger the drawing looks than it is drawn.
    pub scale: f64,
    /// The shift to the right, in CSS pixels.
    pub x: f64,
    /// The shift down, in CSS pixels.
    pub y: f64,
}

impl Look {
    /// The drawing where it is drawn.
    pub const STILL: Look = Look {
        scale: 1.0,
        x: 0.0,
        y: 0.0,
    };

    /// The look that makes a drawing of the frame `to`, `width` CSS pixels wide, show what a
    /// drawing of the frame `from` showed.
    pub fn between(from: Frame, to: Frame, width: f64) -> Look {
        let px = from.scale() * width / f64::from(WIDTH);
        Look {
            scale: to.width / from.width,
            x: (to.left - from.left) * px,
            y: (to.top - from.top) * px,
        }
    }

    /// This look applied to a drawing that already has the look `outer`.
    pub fn within(self, outer: Look) -> Look {
        Look {
            scale: outer.scale * self.scale,
            x: outer.scale * self.x + outer.x,
            y: outer.scale * self.y + outer.y,
        }
    }

    /// As a CSS transform about the top left corner.
    pub fn css(self) -> String {
        format!(
            "translate({}px, {}px) scale({})",
            fixed(self.x, 1),
            fixed(self.y, 1),
            fixed(self.scale, 4)
        )
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::map::labels::{place_labels, LABEL_PX};
    use shared::lang::Lang;

    /// The preset of the story's camera `id`.
    pub(crate) fn camera(id: &str) -> Preset {
        let camera = STORY.cameras.iter().find(|c| c.id == id).unwrap();
        Preset::Camera(camera)
    }

    #[test]
    fn presets_show_their_places() {
        let shows = |preset: Preset, id: &str| {
            let (x, y) = position(STORY.place(id).unwrap()).unwrap();
            preset.frame().shows(x, y)
        };
        for id in ["kyiv", "kursk", "moscow", "crimea", "occupied-territories"] {
            assert!(shows(camera("ukraine"), id), "{id}");
        }
        for id in [
            "vladivostok",
            "pyongyang",
            "khabarovsk",
            "blagoveshchensk",
            "seoul",
            "chongjin",
        ] {
            assert!(shows(camera("far-east"), id), "{id}");
        }
        for marker in MARKERS.iter() {
            assert!(
                Frame::WHOLE.shows(f64::from(marker.x), f64::from(marker.y)),
                "{}",
                marker.place
            );
        }
    }

    #[test]
    fn each_preset_labels_its_first_place_and_at_least_five() {
        for preset in Preset::all() {
            let places: Vec<_> = STORY
                .places
                .iter()
                .map(|p| (p, p.name.get(Lang::En)))
                .collect();
            let labels = place_labels(preset.frame(), 800.0, LABEL_PX, &places);
            let first = places
                .iter()
                .position(|(p, _)| position(p).is_some_and(|(x, y)| preset.frame().shows(x, y)));
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
                (place, place.name.get(Lang::De))
            })
            .collect();
        let labels = place_labels(camera("far-east").frame(), 800.0, LABEL_PX, &places);
        assert!(labels.iter().all(Option::is_some), "{labels:?}");
        // On a phone the same view has room for fewer labels, never overlapping ones.
        let phone = place_labels(camera("far-east").frame(), 340.0, LABEL_PX, &places);
        assert!(phone.iter().flatten().count() <= labels.iter().flatten().count());
        assert!(phone[0].is_some());
    }

    /// The frame around places' points, as the camera follows a moment.
    fn around(ids: &[&str]) -> Frame {
        Frame::around(
            ids.iter()
                .filter_map(|id| position(STORY.place(id).unwrap())),
        )
    }

    /// Whether a frame shows every corner of a place's box.
    fn shows_whole(frame: Frame, id: &str) -> bool {
        whole_place(STORY.place(id).unwrap())
            .iter()
            .all(|&(x, y)| frame.shows(x, y))
    }

    #[test]
    fn a_country_or_region_is_framed_by_its_shape_a_city_by_its_point() {
        let place = |id: &str| STORY.place(id).unwrap();
        // Ukraine's box reaches from its western border to Luhansk, well beyond its marker.
        let ukraine = whole_place(place("ukraine"));
        let (x, y) = position(place("ukraine")).unwrap();
        assert_eq!(ukraine.len(), 2);
        assert!(
            ukraine[0].0 < x - 50.0 && ukraine[1].0 > x + 50.0,
            "{ukraine:?}"
        );
        assert!(ukraine[0].1 < y && ukraine[1].1 > y, "{ukraine:?}");
        assert_eq!(
            whole_place(place("kyiv")),
            vec![position(place("kyiv")).unwrap()]
        );
        assert_eq!(whole_place(place("usa")), vec![]);
        // Every place the map draws fits the frame around it, or gives the whole map.
        for extent in &EXTENTS {
            let frame = Frame::around(whole_place(place(extent.place)));
            assert!(
                frame == Frame::WHOLE || shows_whole(frame, extent.place),
                "{}: {frame:?}",
                extent.place
            );
        }
        assert!(shows_whole(camera("ukraine").frame(), "ukraine"));
    }

    #[test]
    fn the_camera_frames_the_moments_places() {
        let place = |id: &str| STORY.place(id).unwrap();
        let far_east = around(&["chongjin", "hamhung", "vladivostok"]);
        for id in ["chongjin", "hamhung", "vladivostok"] {
            let (x, y) = position(place(id)).unwrap();
            assert!(far_east.shows(x, y), "{id}");
        }
        let (kx, ky) = position(place("kyiv")).unwrap();
        assert!(
            !far_east.shows(kx, ky),
            "the sea transport's frame leaves Ukraine out"
        );
        // One place is shown with its surroundings, and the frame stays on the map.
        let one = around(&["occupied-territories"]);
        assert_eq!(one.width, MIN_FRAME_WIDTH);
        assert!(one.left >= 0.0 && one.top >= 0.0);
        assert!(one.left + one.width <= f64::from(WIDTH));
        assert!(one.top + one.height() <= f64::from(HEIGHT));
        // Places across the world, or none on the map, show everything.
        assert_eq!(around(&["kyiv", "seoul"]), Frame::WHOLE);
        assert_eq!(around(&["usa"]), Frame::WHOLE);
        assert_eq!(around(&[]), Frame::WHOLE);
    }

    #[test]
    fn a_look_shows_the_old_frame_with_a_drawing_of_the_new() {
        assert_eq!(
            Look::between(Frame::WHOLE, Frame::WHOLE, 760.0),
            Look::STILL
        );
        // Zooming into the map's right half: the half's drawing is shrunk to half its size and
        // shifted right by half the width, where the half stood in the whole map.
        let right = Frame::new(f64::from(WIDTH) / 2.0, 0.0, f64::from(WIDTH) / 2.0);
        let look = Look::between(Frame::WHOLE, right, 800.0);
        assert_eq!(
            look,
            Look {
                scale: 0.5,
                x: 400.0,
                y: 0.0
            }
        );
        assert_eq!(look.css(), "translate(400px, 0px) scale(0.5)");
        // And back: the whole map's drawing is doubled and shifted left by the width.
        let back = Look::between(right, Frame::WHOLE, 800.0);
        assert_eq!(
            back,
            Look {
                scale: 2.0,
                x: -800.0,
                y: 0.0
            }
        );
        // A glide interrupted halfway starts from where it stands.
        let halfway = Look {
            scale: 0.75,
            x: 200.0,
            y: 0.0,
        };
        assert_eq!(
            back.within(halfway),
            Look {
                scale: 1.5,
                x: -400.0,
                y: 0.0
            }
        );
        assert_eq!(Look::STILL.within(halfway), halfway);
    }
}
