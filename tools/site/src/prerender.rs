//! The names the app's own tests (`tests/`) take from the pipeline, re-exported from the modules that hold them since it was split by job.

pub use crate::address::PREVIEW_URL;
pub use crate::host_files::headers_file;
pub use crate::page::{page, PageKind};
