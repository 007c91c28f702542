//! The ids of the page's elements that the host writes and the browser looks up.

/// The id of the element holding the hydrated root, in every page.
pub const ROOT_ID: &str = "explainer";
