//! The interface's language: the catalog of its texts, one column per language, and the formats it defines.

mod catalog;
mod format;

pub use catalog::{kind_text, Text};
pub use format::*;
