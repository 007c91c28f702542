//! The story's places as markers: projected, kept inside the frame, from west to east.

use geo::Coord;

use crate::plan::PlacePoint;
use crate::projection::{Projector, Units};
use crate::{MapError, WIDTH};

/// Places closer than this to the frame's edge are left to the place list.
pub const EDGE: f64 = 30.0;

/// A place's position on the map.
#[derive(Debug, PartialEq)]
pub struct Marker {
    /// The place's id.
    pub place: String,
    /// Horizontal position in path units.
    pub x: i32,
    /// Vertical position in path units.
    pub y: i32,
}

/// The places inside the map, away from its edges, in path units, from west to east.
pub(crate) fn markers(
    places: &[PlacePoint],
    projector: &Projector,
    units: &Units,
    height: i32,
) -> Result<Vec<Marker>, MapError> {
    let mut markers = Vec::new();
    for place in places {
        let (x, y) = projector.point(place.lon, place.lat)?;
        let c = units.of(Coord { x, y });
        let inside = |v: f64, max: f64| (EDGE..=max - EDGE).contains(&v);
        if inside(c.x, WIDTH) && inside(c.y, f64::from(height)) {
            markers.push(Marker {
                place: place.id.clone(),
                x: c.x.round() as i32,
                y: c.y.round() as i32,
            });
        }
    }
    // From west to east (north to south where two share a column): the order the explainer
    // draws the markers in and its arrow keys walk them.
    markers.sort_by_key(|m| (m.x, m.y));
    Ok(markers)
}
