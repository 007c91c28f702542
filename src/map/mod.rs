//! The map: its generated geometry, its areas and markers, and the camera's frames and labels.

pub mod area;
#[rustfmt::skip]
pub mod geography;
pub mod labels;
pub mod layout;
