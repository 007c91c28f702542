//! What the map's areas are, as the explainer shows them and `tools/mapgen` writes them: layers and occupation.

/// The layer an area belongs to, from the back to the front (the order of its variants, which
/// mapgen sorts the areas by).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    /// Neighbouring countries, as quiet context.
    Context,
    /// Russia, without Crimea and Sevastopol.
    Russia,
    /// North Korea.
    NorthKorea,
    /// A Russian federal subject: those of the Eastern Military District, and Kursk.
    Subject,
    /// A Ukrainian oblast, Crimea and Sevastopol included.
    Oblast,
}

/// Whether and how an area is occupied by Russia.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Occupation {
    /// Not occupied.
    None,
    /// Occupied since 2014 (Crimea, Sevastopol).
    Since2014,
    /// Partly occupied in October 2024; marked for the whole oblast, not along a front line.
    Partly2024,
}
