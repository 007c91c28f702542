//! Turns Natural Earth geometry into the explainer's map: projected, simplified, quantised SVG paths.

mod areas;
mod error;
mod markers;
mod natural_earth;
pub mod plan;
mod projection;
mod writer;

use std::path::Path;

use geo::BooleanOps;

use areas::{
    context_areas, named, russian_regions, ukraine_oblasts, union_all, DISTRICT, NORTH_KOREA,
    NORTH_KOREA_PLACE, RUSSIA, RUSSIA_PLACE, SOUTH_KOREA,
};
use markers::markers;
use natural_earth::Inputs;
use plan::read_places;
use projection::{frame_around, Units};

pub use areas::MapArea;
pub use error::MapError;
pub use markers::{Marker, EDGE};
pub use plan::{read_plan, MapPlan, Names, PlacePoint};
pub use projection::{Projector, MIN_RING_AREA, PROJECTION, TOLERANCE};
pub use shared::map_area::{Layer, Occupation};
pub use writer::{extents, path_data, rust_module, summary};

/// The map's width in path units; its height follows from the frame.
pub const WIDTH: f64 = 1600.0;

/// The generated map.
#[derive(Debug)]
pub struct Map {
    /// Its width in path units: [`WIDTH`].
    pub width: i32,
    /// Its height in path units, which follows from the frame.
    pub height: i32,
    /// Every area, from the back to the front.
    pub areas: Vec<MapArea>,
    /// The places inside the frame, from west to east.
    pub markers: Vec<Marker>,
}

/// A file's text, with its path as messages show it.
pub(crate) fn read_text(path: &Path) -> Result<(String, String), MapError> {
    let shown = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => Ok((shown, text)),
        Err(e) => Err(MapError::Read {
            path: shown,
            why: e.to_string(),
        }),
    }
}

/// Reads the inputs from `node_modules`, the content's places file and its map plan
/// (`map.toml` beside it), and builds the map.
pub fn generate(node_modules: &Path, places_toml: &Path) -> Result<Map, MapError> {
    let inputs = Inputs::read(node_modules)?;
    let places = read_places(places_toml)?;
    let plan = read_plan(&places_toml.with_file_name("map.toml"))?;
    build(&inputs, &plan, &places)
}

/// The map: every layer projected, framed around Russia, Ukraine and Korea, in path units.
fn build(inputs: &Inputs, plan: &MapPlan, places: &[PlacePoint]) -> Result<Map, MapError> {
    let projector = Projector::new()?;
    let oblasts = ukraine_oblasts(inputs, plan, &projector)?;
    let crimea: Vec<_> = oblasts
        .iter()
        .filter(|o| o.occupation == Occupation::Since2014)
        .map(|o| &o.shape)
        .collect();
    let crimea = union_all(&crimea);
    // Russia without Crimea and Sevastopol, and its Far East by subject. The district and
    // Ukraine have no shape of their own: the map draws their borders from their parts', so
    // that the page does not carry each coastline twice.
    let russia = projector
        .shape(&inputs.country(RUSSIA)?)?
        .difference(&crimea);
    let subjects = russian_regions(
        inputs,
        plan,
        &projector,
        &plan.district,
        DISTRICT,
        Some(DISTRICT),
    )?;
    let regions = russian_regions(inputs, plan, &projector, &plan.regions, RUSSIA_PLACE, None)?;
    let north_korea = projector.shape(&inputs.country(NORTH_KOREA)?)?;
    let south_korea = projector.shape(&inputs.country(SOUTH_KOREA)?)?;
    // The frame's box needs no union of the oblasts: theirs together is Ukraine's.
    let mut framed = vec![&russia, &north_korea, &south_korea];
    framed.extend(oblasts.iter().map(|o| &o.shape));
    let frame = frame_around(&framed)?;
    let units = Units {
        frame,
        scale: WIDTH / frame.width(),
    };
    let height = (frame.height() * units.scale).round() as i32;

    let mut areas = context_areas(inputs, plan, &projector, frame)?;
    areas.push(named("RU", places, Layer::Russia, RUSSIA_PLACE, russia)?);
    areas.extend(regions);
    areas.push(named(
        "KP",
        places,
        Layer::NorthKorea,
        NORTH_KOREA_PLACE,
        north_korea,
    )?);
    areas.extend(subjects);
    areas.extend(oblasts);
    for area in &mut areas {
        area.shape = units.area(&area.shape);
    }
    areas.sort_by_key(|a| a.layer);
    Ok(Map {
        width: WIDTH as i32,
        height,
        markers: markers(places, &projector, &units, height)?,
        areas,
    })
}
