//! The contract between the host's pre-rendered page and the browser's builds: ids, the story's texts in the page, markup.

pub mod fixed;
pub mod ids;
pub mod markup;
pub mod parts;
pub mod texts;
