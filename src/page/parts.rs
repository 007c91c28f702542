//! The stage's parts, each a root of its own that the host renders into its cell and the browser hydrates.

/// A part of the stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The map and its camera.
    Map,
    /// The date slider and its buttons.
    Time,
    /// The events, figures and voices of the date.
    Moment,
}

impl Part {
    /// Every part, in the page's order.
    pub const ALL: [Part; 3] = [Part::Map, Part::Time, Part::Moment];

    /// Every part, in the order the page hydrates them. The first also compiles the wasm's code
    /// that all share (Yew's), so it is the lightest, and the map, the heaviest, follows it.
    pub const TURNS: [Part; 3] = [Part::Time, Part::Map, Part::Moment];

    /// The class of the stage's cell that holds the part: the element its root hydrates.
    pub fn class(self) -> &'static str {
        match self {
            Part::Map => "stage__map",
            Part::Time => "stage__time",
            Part::Moment => "stage__moment",
        }
    }
}
