//! The kept markup's writers in one list: every `fn(Lang) -> String` a component hands to `page::markup::kept_markup`.

use shared::lang::Lang;

use crate::ui::app::{embed_title_markup, notices_markup};
use crate::ui::map_areas::areas_markup;
use crate::ui::story_header::text_markup;
use crate::ui::story_map::{definitions_markup, description_markup};
use crate::ui::time_control::axis_markup;

/// A writer of kept markup, and the pages whose markup holds it.
#[derive(Clone, Copy, Debug)]
pub struct KeptWriter {
    /// The writer's name, for messages.
    pub name: &'static str,
    /// The writer, as its component hands it to `kept_markup`.
    pub write: fn(Lang) -> String,
    /// Whether the embed pages hold its markup (the header's is the standalone pages' alone).
    pub embed: bool,
}

/// Every writer of kept markup. Only the host reads this list (the wasm never names it, so
/// carries none of it): the prerender keeps the embed pages' styles for its classes
/// (`site`'s `styles::inline_styles_of`), and a test renders every page on the host and fails on
/// kept markup written by a writer missing here (`site`'s `tests/kept_markup.rs`).
pub const KEPT_MARKUP_WRITERS: [KeptWriter; 7] = [
    KeptWriter {
        name: "map_areas::areas_markup",
        write: areas_markup,
        embed: true,
    },
    KeptWriter {
        name: "time_control::axis_markup",
        write: axis_markup,
        embed: true,
    },
    KeptWriter {
        name: "story_map::definitions_markup",
        write: definitions_markup,
        embed: true,
    },
    KeptWriter {
        name: "story_map::description_markup",
        write: description_markup,
        embed: true,
    },
    KeptWriter {
        name: "app::notices_markup",
        write: notices_markup,
        embed: true,
    },
    KeptWriter {
        name: "app::embed_title_markup",
        write: embed_title_markup,
        embed: true,
    },
    KeptWriter {
        name: "story_header::text_markup",
        write: text_markup,
        embed: false,
    },
];
