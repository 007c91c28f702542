//! The explainer's release pipeline, a build-time tool on the host: it pre-renders each page, names the builds, writes the policies, the host's files and the data files.

pub mod address;
pub mod builds;
pub mod compress;
pub mod csp;
pub mod data;
pub mod files;
pub mod glue;
pub mod headers_reader;
pub mod host_files;
pub mod link_preview;
pub mod loader;
pub mod map_geometry;
pub mod minify;
pub mod oembed;
pub mod offline;
pub mod page;
pub mod pipeline;
pub mod preview;
pub mod short_names;
pub mod styles;
pub mod tokens;
pub mod vendor;
