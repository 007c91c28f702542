//! Pure code the explainer and its build-time tools share: the languages, dates and JSON strings.

pub mod date;
pub mod json;
pub mod lang;
