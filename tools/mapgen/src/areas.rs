//! The map's areas: Ukraine's oblasts, Russia's regions, the story's countries and the neighbours, as projected shapes.

use geo::{BooleanOps, MultiPolygon, Rect};

use crate::natural_earth::Inputs;
use crate::plan::{MapPlan, PlacePoint};
use crate::projection::Projector;
use crate::{Layer, MapError, Occupation};

/// The ISO 3166-1 numeric codes of the countries the map is framed around and draws as layers.
pub(crate) const RUSSIA: &str = "643";
pub(crate) const NORTH_KOREA: &str = "408";
pub(crate) const SOUTH_KOREA: &str = "410";

/// The places that are the map's layers.
pub(crate) const RUSSIA_PLACE: &str = "russia";
pub(crate) const NORTH_KOREA_PLACE: &str = "north-korea";
pub(crate) const DISTRICT: &str = "eastern-military-district";
pub(crate) const UKRAINE: &str = "ukraine";

/// One area of the map.
#[derive(Debug)]
pub struct MapArea {
    /// ISO 3166 code (numeric for context countries).
    pub code: String,
    /// Its name in each language, in the order of [`Lang::ALL`](shared::lang::Lang::ALL).
    pub names: Vec<String>,
    /// Its layer.
    pub layer: Layer,
    /// Whether it is occupied.
    pub occupation: Occupation,
    /// The story's place it stands for, if any.
    pub place: Option<String>,
    /// The larger place it is a part of (the district, Ukraine), whose border the map draws
    /// from its parts' outlines instead of a shape of its own.
    pub part_of: Option<String>,
    /// Its shape: projected while the map is built, in path units once it is.
    pub shape: MultiPolygon<f64>,
}

/// The union of the shapes.
pub(crate) fn union_all(shapes: &[&MultiPolygon<f64>]) -> MultiPolygon<f64> {
    shapes
        .iter()
        .fold(MultiPolygon::new(Vec::new()), |acc, shape| {
            acc.union(*shape)
        })
}

/// Ukraine by oblast, Crimea and Sevastopol included, each marked as occupied or not.
pub(crate) fn ukraine_oblasts(
    inputs: &Inputs,
    plan: &MapPlan,
    projector: &Projector,
) -> Result<Vec<MapArea>, MapError> {
    let mut oblasts = Vec::new();
    for code in inputs.subjects_of("UA") {
        let (names, lonlat) = inputs.subject(&code)?;
        let names = plan.names(&code, names)?;
        let occupation = plan.occupation(&code);
        let belongs_to = match occupation {
            Occupation::Since2014 => &plan.since_2014.place,
            Occupation::Partly2024 => &plan.partly.place,
            Occupation::None => UKRAINE,
        };
        let place = Some(plan.place(&code, belongs_to));
        let shape = projector.shape(&lonlat)?;
        oblasts.push(MapArea {
            code,
            names,
            layer: Layer::Oblast,
            occupation,
            place,
            part_of: Some(UKRAINE.to_owned()),
            shape,
        });
    }
    Ok(oblasts)
}

/// Russian regions drawn one by one: the Eastern Military District's federal subjects
/// (`codes` of the plan's `district`, `part_of` the district), or others the story names; a
/// region without a place of its own belongs to `otherwise`.
pub(crate) fn russian_regions(
    inputs: &Inputs,
    plan: &MapPlan,
    projector: &Projector,
    codes: &[String],
    otherwise: &str,
    part_of: Option<&str>,
) -> Result<Vec<MapArea>, MapError> {
    let mut subjects = Vec::new();
    for code in codes {
        let (names, lonlat) = inputs.subject(code)?;
        let names = plan.names(code, names)?;
        let place = Some(plan.place(code, otherwise));
        let shape = projector.shape(&lonlat)?;
        subjects.push(MapArea {
            code: code.clone(),
            names,
            layer: Layer::Subject,
            occupation: Occupation::None,
            place,
            part_of: part_of.map(str::to_owned),
            shape,
        });
    }
    Ok(subjects)
}

/// The neighbouring countries, cut to the frame.
pub(crate) fn context_areas(
    inputs: &Inputs,
    plan: &MapPlan,
    projector: &Projector,
    frame: Rect<f64>,
) -> Result<Vec<MapArea>, MapError> {
    let mut areas = Vec::new();
    for country in &plan.country {
        let shape = projector
            .shape(&inputs.country(&country.code)?)?
            .intersection(&frame.to_polygon());
        areas.push(MapArea {
            code: country.code.clone(),
            names: country
                .name
                .in_order(&format!("country {}", country.code))?,
            layer: Layer::Context,
            occupation: Occupation::None,
            place: country.place.clone(),
            part_of: None,
            shape,
        });
    }
    Ok(areas)
}

/// An area that is one place of the story, under the place's name.
pub(crate) fn named(
    code: &str,
    places: &[PlacePoint],
    layer: Layer,
    place: &str,
    shape: MultiPolygon<f64>,
) -> Result<MapArea, MapError> {
    let found = places
        .iter()
        .find(|p| p.id == place)
        .ok_or_else(|| MapError::Missing(format!("place `{place}` in places.toml")))?;
    Ok(MapArea {
        code: code.to_owned(),
        names: found.names.in_order(&format!("place `{place}`"))?,
        layer,
        occupation: Occupation::None,
        place: Some(place.to_owned()),
        part_of: None,
        shape,
    })
}
