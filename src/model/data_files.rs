//! The story's data files for readers, which the host writes and the sources list links.

/// The files, by path below the explainer's folder, in the order the page lists them.
pub const FILES: [&str; 5] = [
    "data/events.csv",
    "data/figures.csv",
    "data/quotes.csv",
    "data/sources.csv",
    "data/story.json",
];
