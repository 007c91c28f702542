//! The ids of the page's elements that the host writes and the browser looks up.

/// The id of the element holding the hydrated root, in every page.
pub const ROOT_ID: &str = "explainer";

/// The stage's element id: links in the long form bring it into view.
pub const STAGE_ID: &str = "stage";

/// The header's button that starts presenting, where focus returns when it ends.
pub const PRESENT_BUTTON_ID: &str = "story-header-present";

/// The module that draws the one-page handout's QR code (`src/handout-qr.js`), beside the pages
/// in the explainer's folder: the browser loads it when a reader prints, the offline copy keeps it.
pub const HANDOUT_QR_MODULE: &str = "handout-qr.js";
