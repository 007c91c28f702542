//! What the map draws and where the story's places are: `src/content/map.toml` and `places.toml`, read.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::{read_text, MapError, Occupation};
use shared::lang::Lang;

/// A name in each language, by language code (`{ de = "…", en = "…" }`).
#[derive(Clone, Debug, Deserialize)]
#[serde(transparent)]
pub struct Names(pub BTreeMap<String, String>);

impl Names {
    /// The names in the order of [`Lang::ALL`]; a language without one is named in the error.
    pub(crate) fn in_order(&self, what: &str) -> Result<Vec<String>, MapError> {
        Lang::ALL
            .iter()
            .map(|lang| {
                self.0
                    .get(lang.code())
                    .filter(|name| !name.is_empty())
                    .cloned()
                    .ok_or_else(|| MapError::Missing(format!("`{}` name of {what}", lang.code())))
            })
            .collect()
    }
}

/// Occupied regions and the place they belong to.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Occupied {
    pub place: String,
    pub regions: Vec<String>,
}

/// A region that is a place of its own, or is named otherwise than by Natural Earth.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionRule {
    pub code: String,
    pub name: Option<Names>,
    pub place: Option<String>,
}

/// A neighbouring country drawn as context.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextCountry {
    pub code: String,
    pub name: Names,
    pub place: Option<String>,
}

/// What the map draws: `src/content/map.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapPlan {
    /// The subjects of the Eastern Military District.
    pub district: Vec<String>,
    /// Other Russian regions drawn on their own.
    pub regions: Vec<String>,
    /// Ukrainian regions occupied since 2014.
    pub since_2014: Occupied,
    /// Ukrainian regions partly occupied in October 2024.
    pub partly: Occupied,
    /// Regions' own places and names.
    #[serde(default)]
    pub region: Vec<RegionRule>,
    /// Context countries.
    pub country: Vec<ContextCountry>,
}

impl MapPlan {
    pub(crate) fn rule(&self, code: &str) -> Option<&RegionRule> {
        self.region.iter().find(|r| r.code == code)
    }

    /// A region's names: the plan's, else Natural Earth's.
    pub(crate) fn names(&self, code: &str, natural_earth: Names) -> Result<Vec<String>, MapError> {
        let names = self.rule(code).and_then(|r| r.name.as_ref());
        names
            .unwrap_or(&natural_earth)
            .in_order(&format!("region {code}"))
    }

    /// The place a region belongs to: its own, else `otherwise`.
    pub(crate) fn place(&self, code: &str, otherwise: &str) -> String {
        self.rule(code)
            .and_then(|r| r.place.clone())
            .unwrap_or_else(|| otherwise.to_owned())
    }

    pub(crate) fn occupation(&self, code: &str) -> Occupation {
        if self.since_2014.regions.iter().any(|r| r == code) {
            Occupation::Since2014
        } else if self.partly.regions.iter().any(|r| r == code) {
            Occupation::Partly2024
        } else {
            Occupation::None
        }
    }
}

/// A place of `places.toml`: where it is and what it is called.
#[derive(Debug)]
pub struct PlacePoint {
    pub id: String,
    pub names: Names,
    pub lat: f64,
    pub lon: f64,
}

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, MapError> {
    let (shown, text) = read_text(path)?;
    toml::from_str(&text).map_err(|e| MapError::Toml {
        path: shown,
        why: e.to_string(),
    })
}

/// The map plan: which regions to draw, as which place, under which name.
pub fn read_plan(path: &Path) -> Result<MapPlan, MapError> {
    read_toml(path)
}

/// The places file as mapgen needs it; every other field of a place is the content compiler's.
#[derive(Deserialize)]
struct PlacesFile {
    place: Vec<PlaceEntry>,
}

#[derive(Deserialize)]
struct PlaceEntry {
    id: String,
    name: Names,
    lat: f64,
    lon: f64,
}

/// The places of `src/content/places.toml`, with their names and coordinates.
pub(crate) fn read_places(path: &Path) -> Result<Vec<PlacePoint>, MapError> {
    let file: PlacesFile = read_toml(path)?;
    Ok(file
        .place
        .into_iter()
        .map(|p| PlacePoint {
            id: p.id,
            names: p.name,
            lat: p.lat,
            lon: p.lon,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::areas::{DISTRICT, NORTH_KOREA_PLACE, RUSSIA_PLACE, UKRAINE};

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
