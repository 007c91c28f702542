//! The story and the reader's view of it: pure data and rules, with no browser and no markup.

pub mod citation;
pub mod data_files;
pub mod embed_codes;
pub mod story;
pub mod timeline_scale;
pub mod view;
