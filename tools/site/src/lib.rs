//! The explainer's release pipeline, a build-time tool on the host: it pre-renders each page, names the builds, writes the policies, the host's files and the data files.

pub mod data;
pub mod headers_reader;
pub mod prerender;
pub mod short_names;
