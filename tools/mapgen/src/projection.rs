//! Projection and simplification: lon/lat to map metres, the frame around the story, and path units.

use geo::{Area, BoundingRect, Coord, LineString, MultiPolygon, Polygon, Rect, Simplify};
use proj4rs::proj::Proj;

use crate::natural_earth::Lonlat;
use crate::MapError;

/// The projection: Lambert conformal conic, centred on Russia, so that Ukraine, the Far East
/// and Korea share one frame and Chukotka is not torn at 180°.
pub const PROJECTION: &str =
    "+proj=lcc +lat_1=42 +lat_2=68 +lat_0=55 +lon_0=100 +ellps=WGS84 +units=m +no_defs";

/// Simplification tolerance in path units (about half a pixel on a wide screen).
pub const TOLERANCE: f64 = 0.9;

/// Rings smaller than this (in square path units) are dropped after simplification.
pub const MIN_RING_AREA: f64 = 6.0;

/// Projects lon/lat degrees to map metres (y up).
pub struct Projector {
    from: Proj,
    to: Proj,
}

impl Projector {
    /// The projection from WGS84 degrees to [`PROJECTION`].
    pub fn new() -> Result<Projector, MapError> {
        let from = Proj::from_proj_string("+proj=longlat +ellps=WGS84 +no_defs")
            .map_err(|e| MapError::Projection(e.to_string()))?;
        let to =
            Proj::from_proj_string(PROJECTION).map_err(|e| MapError::Projection(e.to_string()))?;
        Ok(Projector { from, to })
    }

    /// Projects one point given in degrees.
    pub fn point(&self, lon: f64, lat: f64) -> Result<(f64, f64), MapError> {
        let mut point = (lon.to_radians(), lat.to_radians(), 0.0);
        proj4rs::transform::transform(&self.from, &self.to, &mut point)
            .map_err(|e| MapError::Projection(format!("({lon}, {lat}): {e}")))?;
        Ok((point.0, point.1))
    }

    /// Projects polygons of rings of lon/lat.
    pub(crate) fn shape(&self, lonlat: &Lonlat) -> Result<MultiPolygon<f64>, MapError> {
        let mut polygons = Vec::new();
        for rings in lonlat {
            let mut projected = Vec::new();
            for ring in rings {
                let coords = ring
                    .iter()
                    .map(|&(lon, lat)| self.point(lon, lat).map(|(x, y)| Coord { x, y }))
                    .collect::<Result<Vec<_>, _>>()?;
                projected.push(LineString::new(coords));
            }
            if let Some((exterior, interiors)) = projected.split_first() {
                polygons.push(Polygon::new(exterior.clone(), interiors.to_vec()));
            }
        }
        Ok(MultiPolygon::new(polygons))
    }
}

/// The box that covers two boxes.
pub(crate) fn cover(a: Rect<f64>, b: Rect<f64>) -> Rect<f64> {
    Rect::new(
        Coord {
            x: a.min().x.min(b.min().x),
            y: a.min().y.min(b.min().y),
        },
        Coord {
            x: a.max().x.max(b.max().x),
            y: a.max().y.max(b.max().y),
        },
    )
}

/// The box around the shapes, with a margin of 1.5 % of its width.
pub(crate) fn frame_around(shapes: &[&MultiPolygon<f64>]) -> Result<Rect<f64>, MapError> {
    let mut frame: Option<Rect<f64>> = None;
    for rect in shapes.iter().filter_map(|shape| shape.bounding_rect()) {
        frame = Some(frame.map_or(rect, |f| cover(f, rect)));
    }
    let frame = frame.ok_or_else(|| MapError::Missing("geometry in the frame".into()))?;
    let margin = frame.width() * 0.015;
    Ok(Rect::new(
        Coord {
            x: frame.min().x - margin,
            y: frame.min().y - margin,
        },
        Coord {
            x: frame.max().x + margin,
            y: frame.max().y + margin,
        },
    ))
}

/// Projected coordinates into path units: y down, origin at the frame's top left.
pub(crate) struct Units {
    pub(crate) frame: Rect<f64>,
    pub(crate) scale: f64,
}

impl Units {
    /// A point in path units.
    pub(crate) fn of(&self, c: Coord<f64>) -> Coord<f64> {
        Coord {
            x: (c.x - self.frame.min().x) * self.scale,
            y: (self.frame.max().y - c.y) * self.scale,
        }
    }

    /// An area's shape in path units, simplified, without specks.
    pub(crate) fn area(&self, shape: &MultiPolygon<f64>) -> MultiPolygon<f64> {
        let ring = |r: &LineString<f64>| LineString::new(r.0.iter().map(|c| self.of(*c)).collect());
        let moved = MultiPolygon::new(
            shape
                .0
                .iter()
                .map(|p| Polygon::new(ring(p.exterior()), p.interiors().iter().map(ring).collect()))
                .collect(),
        );
        let mut simple = moved.simplify(TOLERANCE);
        simple.0.retain(|p| p.unsigned_area() >= MIN_RING_AREA);
        simple
    }
}
