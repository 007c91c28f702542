//! What can go wrong while generating the map: an input unread, unparsed or lacking a feature, or the projection failing.

use std::fmt;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_its_message() {
        let (path, why) = ("a.json".to_owned(), "gone".to_owned());
        let cases = [
            (
                MapError::Read {
                    path: path.clone(),
                    why: why.clone(),
                },
                "a.json: cannot be read: gone",
            ),
            (
                MapError::Json {
                    path: path.clone(),
                    why: why.clone(),
                },
                "a.json: not valid JSON: gone",
            ),
            (MapError::Toml { path, why }, "a.json: not valid TOML: gone"),
            (
                MapError::Missing("country 643 in world-atlas".into()),
                "the input has no country 643 in world-atlas",
            ),
            (
                MapError::Projection("(0, 91): bad".into()),
                "projection failed: (0, 91): bad",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }
}
