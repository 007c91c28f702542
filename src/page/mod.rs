//! The contract between the host's pre-rendered page and the browser's builds: ids, the story's texts in the page, markup.

/// Whether this is a browser's build, which hydrates the page the host wrote (feature
/// `hydration`): it reads the story's texts from the page and keeps the host's kept markup.
pub const BROWSER: bool = cfg!(feature = "hydration");

pub mod fixed;
pub mod ids;
pub mod markup;
pub mod parts;
pub mod texts;
