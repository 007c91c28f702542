//! Pure code the explainer and its build-time tools share: the languages, dates, JSON strings and the map's kinds of area.

pub mod date;
pub mod json;
pub mod lang;
pub mod map_area;
