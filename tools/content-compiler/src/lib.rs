//! Reads the explainer's TOML content, validates it, and writes it out as Rust statics.

mod check;
mod emit;
mod error;
mod record;
mod records;
#[cfg(test)]
mod tests;
mod timelinejs;

use std::collections::{HashMap, HashSet};
use std::path::Path;

pub use error::{ContentError, Problem};
use record::{document, FileReader, Record};
use records::*;
pub use timelinejs::timelinejs_json;

/// The content files, in the order they are read.
pub const FILES: [&str; 7] = [
    "story.toml",
    "sources.toml",
    "places.toml",
    "people.toml",
    "events.toml",
    "quotes.toml",
    "figures.toml",
];

/// Everything read from the content files.
pub(crate) struct Content {
    pub(crate) story: StoryRec,
    pub(crate) sources: Vec<SourceRec>,
    pub(crate) places: Vec<PlaceRec>,
    pub(crate) people: Vec<PersonRec>,
    pub(crate) events: Vec<EventRec>,
    pub(crate) quotes: Vec<QuoteRec>,
    pub(crate) figures: Vec<FigureRec>,
    /// Ids of every record, also those with errors, by kind.
    pub(crate) known: HashMap<&'static str, HashSet<String>>,
}

/// The compiled content: Rust source defining the statics of `src/content.rs`.
#[derive(Debug)]
pub struct Compiled {
    /// The Rust source.
    pub rust: String,
}

/// Compiles content given as (path, text) pairs, one for each of [`FILES`] in that order.
pub fn compile(files: &[(String, String)]) -> Result<Compiled, Vec<ContentError>> {
    read(files).map(|content| Compiled {
        rust: emit::rust(&content),
    })
}

/// Reads and checks content given as (path, text) pairs, one for each of [`FILES`] in order:
/// the content if every file and every cross-reference is sound, else every problem found.
fn read(files: &[(String, String)]) -> Result<Content, Vec<ContentError>> {
    let mut readers: Vec<FileReader<'_>> = files
        .iter()
        .map(|(name, text)| FileReader::new(name, text))
        .collect();
    let docs: Vec<_> = readers
        .iter_mut()
        .zip(files)
        .map(|(reader, (_, text))| document(reader, text))
        .collect();
    let content = read_all(&mut readers, &docs);
    if let Some(content) = &content {
        check::check(&mut readers, content);
    }
    let errors: Vec<ContentError> = readers.into_iter().flat_map(|r| r.errors).collect();
    match content {
        Some(content) if errors.is_empty() => Ok(content),
        _ => Err(errors),
    }
}

type Doc<'t> = Option<toml::Spanned<toml::de::DeTable<'t>>>;

fn read_all(readers: &mut [FileReader<'_>], docs: &[Doc<'_>]) -> Option<Content> {
    let [story_file, sources_file, places_file, people_file, events_file, quotes_file, figures_file] =
        readers
    else {
        return None;
    };
    let [story, sources, places, people, events, quotes, figures] = docs else {
        return None;
    };
    let story = story.as_ref().and_then(|doc| {
        let value = toml::Spanned::new(doc.span(), toml::de::DeValue::Table(doc.get_ref().clone()));
        let record = Record::open(story_file, &value, "", STORY_FIELDS)?;
        read_story(story_file, &record)
    });
    let sources = sources
        .as_ref()
        .map(|doc| each(sources_file, doc, "source", SOURCE_FIELDS, read_source));
    let places = places
        .as_ref()
        .map(|doc| each(places_file, doc, "place", PLACE_FIELDS, read_place));
    let people = people
        .as_ref()
        .map(|doc| each(people_file, doc, "person", PERSON_FIELDS, read_person));
    let events = events
        .as_ref()
        .map(|doc| each(events_file, doc, "event", EVENT_FIELDS, read_event));
    let quotes = quotes
        .as_ref()
        .map(|doc| each(quotes_file, doc, "quote", QUOTE_FIELDS, read_quote));
    let figures = figures
        .as_ref()
        .map(|doc| each(figures_file, doc, "figure", FIGURE_FIELDS, read_figure));
    let (sources, places, people) = (sources?, places?, people?);
    let (events, quotes, figures) = (events?, quotes?, figures?);
    let known = HashMap::from([
        ("source", sources.known),
        ("place", places.known),
        ("person", people.known),
        ("event", events.known),
    ]);
    Some(Content {
        story: story?,
        sources: sources.read,
        places: places.read,
        people: people.read,
        events: events.read,
        quotes: quotes.read,
        figures: figures.read,
        known,
    })
}

/// Reads the content files from a folder and compiles them; paths in messages are shown as
/// `shown_as` joined with the file name.
pub fn compile_dir(dir: &Path, shown_as: &str) -> Result<Compiled, Vec<ContentError>> {
    compile(&read_files(dir, shown_as)?)
}

/// The content files of a folder as (path shown in messages, text), in the order of [`FILES`].
fn read_files(dir: &Path, shown_as: &str) -> Result<Vec<(String, String)>, Vec<ContentError>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for name in FILES {
        let shown = format!("{shown_as}/{name}");
        match std::fs::read_to_string(dir.join(name)) {
            Ok(text) => files.push((shown, text)),
            Err(error) => errors.push(ContentError {
                file: shown,
                line: 1,
                field: String::new(),
                problem: Problem::Unreadable(error.to_string()),
            }),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}
