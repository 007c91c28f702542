//! Reads the explainer's TOML content, validates it, and writes it out as Rust statics.

#[path = "../../../src/date.rs"]
pub mod date;
mod emit;
#[path = "../../../src/json.rs"]
mod json;
mod record;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use date::{Date, DateError};
use json::json_string;
use record::{document, At, Dated, FileReader, Loc, Record};

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

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The file could not be read.
    Unreadable(String),
    /// The file is not valid TOML.
    Syntax(String),
    /// A required field is absent.
    Missing,
    /// A text has no English or no German version.
    MissingTranslation,
    /// A text is blank.
    Empty,
    /// A field has a value of the wrong type.
    WrongType {
        expected: &'static str,
        found: &'static str,
    },
    /// A key that the record does not have.
    UnknownField { allowed: String },
    /// An id that is not kebab-case.
    BadId(String),
    /// A word that is not one of the allowed ones.
    BadChoice { value: String, allowed: String },
    /// A date that does not parse.
    BadDate(DateError),
    /// A span whose end comes before its start.
    EndBeforeStart { start: String },
    /// A span whose ends are given with different precision.
    PrecisionMismatch,
    /// A date outside the story's span.
    OutsideSpan { date: Date, start: Date, end: Date },
    /// A number outside its range.
    OutOfRange { low: f64, high: f64 },
    /// An id used twice.
    DuplicateId { id: String, first_line: usize },
    /// A reference to an id that does not exist.
    UnknownId { kind: &'static str, id: String },
    /// A claim with no source.
    NoSource,
    /// A claim or denial with nobody saying it.
    NoClaimant { status: &'static str },
    /// A value dated before the one it follows.
    OutOfOrder { date: Date, previous: Date },
    /// A route with fewer than two places.
    ShortRoute,
    /// A quote's text called the speaker's own words in a language they did not speak, or a
    /// translation in the language they spoke.
    Provenance {
        lang: &'static str,
        spoken: &'static str,
    },
    /// An address that is not an absolute http(s) URL.
    BadUrl(String),
    /// A source that nothing cites.
    Unused,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable(why) => write!(f, "the file cannot be read: {why}"),
            Problem::Syntax(why) => write!(f, "not valid TOML: {why}"),
            Problem::Missing => write!(f, "is missing"),
            Problem::MissingTranslation => {
                write!(
                    f,
                    "is missing: every text needs German (de) and English (en)"
                )
            }
            Problem::Empty => write!(f, "is empty"),
            Problem::WrongType { expected, found } => write!(f, "must be {expected}, not {found}"),
            Problem::UnknownField { allowed } => {
                write!(f, "is not a known field (known: {allowed})")
            }
            Problem::BadId(id) => write!(
                f,
                "`{id}` is not a kebab-case id (lower-case letters, digits, single hyphens)"
            ),
            Problem::BadChoice { value, allowed } => {
                write!(f, "`{value}` is not one of: {allowed}")
            }
            Problem::BadDate(error) => write!(f, "{error}"),
            Problem::EndBeforeStart { start } => write!(f, "ends before it starts on `{start}`"),
            Problem::PrecisionMismatch => {
                write!(
                    f,
                    "must be written as precisely as the start (day, month or year)"
                )
            }
            Problem::OutsideSpan { date, start, end } => {
                write!(
                    f,
                    "`{date}` lies outside the story, which runs from {start} to {end}"
                )
            }
            Problem::OutOfRange { low, high } => write!(f, "must lie between {low} and {high}"),
            Problem::DuplicateId { id, first_line } => {
                write!(f, "`{id}` is already used on line {first_line}")
            }
            Problem::UnknownId { kind, id } => write!(f, "`{id}` is not the id of any {kind}"),
            Problem::NoSource => write!(f, "is empty: every fact needs at least one source"),
            Problem::NoClaimant { status } => {
                write!(f, "must say who: a status of `{status}` needs a `by`")
            }
            Problem::ShortRoute => {
                write!(
                    f,
                    "needs at least two places: where from, and (last) where to"
                )
            }
            Problem::Provenance { lang, spoken } => write!(
                f,
                "`{lang}`: only a text in the language spoken (`{spoken}`) is `own`, and it must be"
            ),
            Problem::BadUrl(url) => write!(
                f,
                "`{url}` is not an absolute http(s) address without spaces"
            ),
            Problem::Unused => write!(
                f,
                "is cited by no event, quote, figure or place: cite it or remove it"
            ),
            Problem::OutOfOrder { date, previous } => {
                write!(f, "`{date}` comes before the previous value's `{previous}`: keep values in date order")
            }
        }
    }
}

/// A problem in a content file, at a line and a field.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentError {
    /// The file's path.
    pub file: String,
    /// The 1-based line.
    pub line: usize,
    /// The field (`title.en`), empty for the whole file.
    pub field: String,
    /// What is wrong.
    pub problem: Problem,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}:{}: {}", self.file, self.line, self.problem)
        } else {
            write!(
                f,
                "{}:{}: field `{}`: {}",
                self.file, self.line, self.field, self.problem
            )
        }
    }
}

impl std::error::Error for ContentError {}

/// A reference to another record, where it was written.
#[derive(Clone, Debug)]
struct Ref {
    id: String,
    line: usize,
    field: &'static str,
}

impl Ref {
    fn from(at: At<String>, field: &'static str) -> Ref {
        Ref {
            id: at.value,
            line: at.line,
            field,
        }
    }
}

#[derive(Clone, Debug)]
struct Status {
    kind: &'static str,
    by: Option<Loc>,
}

struct StoryRec {
    title: Loc,
    dek: Loc,
    intro: Loc,
    published: At<Date>,
    present: At<Date>,
    start: Date,
    end: Date,
    article: Ref,
    credit: Loc,
}

struct SourceRec {
    id: At<String>,
    publisher: Loc,
    title: Loc,
    date: At<Dated>,
    url: Option<String>,
}

struct PlaceRec {
    id: At<String>,
    kind: &'static str,
    name: Loc,
    lat: f64,
    lon: f64,
    about: Loc,
    status: Option<Status>,
    sources: Vec<Ref>,
}

struct PersonRec {
    id: At<String>,
    name: Loc,
    role: Loc,
    affiliation: Loc,
}

struct EventRec {
    id: At<String>,
    when: At<Dated>,
    approximate: bool,
    title: Loc,
    summary: Loc,
    places: Vec<Ref>,
    route: Vec<Ref>,
    people: Vec<Ref>,
    status: Status,
    sources: Vec<Ref>,
}

struct QuoteRec {
    id: At<String>,
    person: Ref,
    date: At<Date>,
    dating: &'static str,
    setting: Loc,
    event: Ref,
    place: Ref,
    spoken: &'static str,
    provenance: [&'static str; 2],
    context: Option<Loc>,
    words: Loc,
    sources: Vec<Ref>,
}

struct ValueRec {
    date: At<Date>,
    value: u64,
    qualifier: &'static str,
    status: Status,
    sources: Vec<Ref>,
}

struct FigureRec {
    id: At<String>,
    label: Loc,
    unit: &'static str,
    places: Vec<Ref>,
    values: Vec<ValueRec>,
}

/// Everything read from the content files.
struct Content {
    story: StoryRec,
    sources: Vec<SourceRec>,
    places: Vec<PlaceRec>,
    people: Vec<PersonRec>,
    events: Vec<EventRec>,
    quotes: Vec<QuoteRec>,
    figures: Vec<FigureRec>,
    /// Ids of every record, also those with errors, by kind.
    known: HashMap<&'static str, HashSet<String>>,
}

const CLAIM_KINDS: &[&str] = &["confirmed", "claimed", "unconfirmed", "denied"];
const PLACE_KINDS: &[&str] = &["country", "region", "city", "base", "port"];
const DATINGS: &[&str] = &["said", "published"];
const LANGS: &[&str] = &["de", "en"];
const SPOKEN: &[&str] = &["de", "en", "uk", "unknown"];
const PROVENANCES: &[&str] = &["own", "official", "article", "ours"];
const UNITS: &[&str] = &["soldiers", "usd-per-month", "usd"];
const QUALIFIERS: &[&str] = &["exact", "about", "up-to"];

fn status(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<Status> {
    let kind = record.choice(file, "status", CLAIM_KINDS)?;
    let by = if record.has("by") {
        Some(record.localized(file, "by")?)
    } else {
        None
    };
    if by.is_none() && matches!(kind, "claimed" | "denied") {
        let line = record.line(file);
        file.report_at(line, "by", Problem::NoClaimant { status: kind });
        return None;
    }
    Some(Status { kind, by })
}

/// The records read from a file's `[[name]]` tables, and the ids of all of them, read or not.
struct Records<T> {
    read: Vec<T>,
    known: HashSet<String>,
}

/// The `[[name]]` records of a file.
fn each<'t, T>(
    file: &mut FileReader<'_>,
    doc: &'t toml::Spanned<toml::de::DeTable<'t>>,
    name: &str,
    fields: &[&str],
    mut read: impl FnMut(&mut FileReader<'_>, &Record<'t>) -> Option<T>,
) -> Records<T> {
    let mut out = Vec::new();
    let mut known = HashSet::new();
    for (key, value) in doc.get_ref().iter() {
        if key.get_ref() != name {
            file.report(
                key.span(),
                key.get_ref().to_string(),
                Problem::UnknownField {
                    allowed: format!("[[{name}]]"),
                },
            );
            continue;
        }
        let toml::de::DeValue::Array(items) = value.get_ref() else {
            file.report(
                value.span(),
                name,
                Problem::WrongType {
                    expected: "a list of tables",
                    found: "something else",
                },
            );
            continue;
        };
        for item in items.iter() {
            if let Some(record) = Record::open(file, item, "", fields) {
                known.extend(record.peek_id());
                if let Some(read) = read(file, &record) {
                    out.push(read);
                }
            }
        }
    }
    Records { read: out, known }
}

fn read_story(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<StoryRec> {
    let title = record.localized(file, "title");
    let dek = record.localized(file, "dek");
    let intro = record.localized(file, "intro");
    let published = record.day(file, "published");
    let present = record.day(file, "present");
    let start = record.day(file, "start");
    let end = record.day(file, "end");
    let article = record.id(file, "article");
    let credit = record.localized(file, "credit");
    let (start, end) = (start?, end?);
    if end.value < start.value {
        file.report_at(
            end.line,
            "end",
            Problem::EndBeforeStart {
                start: start.value.to_string(),
            },
        );
        return None;
    }
    Some(StoryRec {
        title: title?,
        dek: dek?,
        intro: intro?,
        published: published?,
        present: present?,
        start: start.value,
        end: end.value,
        article: Ref::from(article?, "article"),
        credit: credit?,
    })
}

fn read_source(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<SourceRec> {
    let id = record.id(file, "id");
    let publisher = record.localized(file, "publisher");
    let title = record.localized(file, "title");
    let date = record.dated(file, "date", "until");
    let url = if record.has("url") {
        let url = record.string(file, "url")?;
        let absolute = ["https://", "http://"]
            .iter()
            .any(|scheme| url.value.len() > scheme.len() && url.value.starts_with(scheme));
        if !absolute || url.value.contains(char::is_whitespace) {
            file.report_at(url.line, "url", Problem::BadUrl(url.value));
            return None;
        }
        Some(url.value)
    } else {
        None
    };
    Some(SourceRec {
        id: id?,
        publisher: publisher?,
        title: title?,
        date: date?,
        url,
    })
}

fn read_place(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<PlaceRec> {
    let id = record.id(file, "id");
    let kind = record.choice(file, "kind", PLACE_KINDS);
    let name = record.localized(file, "name");
    let lat = record.number(file, "lat", -90.0..90.000001);
    let lon = record.number(file, "lon", -180.0..180.000001);
    let about = record.localized(file, "about");
    // A place's text states a claim only where it says so; else it rests on its sources.
    let status = if record.has("status") {
        Some(status(file, record)?)
    } else {
        None
    };
    let sources = refs(record.ids(file, "sources", true), "sources");
    Some(PlaceRec {
        id: id?,
        kind: kind?,
        name: name?,
        lat: lat?,
        lon: lon?,
        about: about?,
        status,
        sources: sources?,
    })
}

fn read_person(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<PersonRec> {
    let id = record.id(file, "id");
    let name = record.localized(file, "name");
    let role = record.localized(file, "role");
    let affiliation = record.localized(file, "affiliation");
    Some(PersonRec {
        id: id?,
        name: name?,
        role: role?,
        affiliation: affiliation?,
    })
}

fn refs(list: Option<Vec<At<String>>>, field: &'static str) -> Option<Vec<Ref>> {
    Some(list?.into_iter().map(|at| Ref::from(at, field)).collect())
}

fn read_event(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<EventRec> {
    let id = record.id(file, "id");
    let when = record.dated(file, "date", "until");
    let approximate = record.flag(file, "approximate");
    let title = record.localized(file, "title");
    let summary = record.localized(file, "summary");
    let places = refs(record.ids(file, "places", false), "places");
    let route = refs(record.ids(file, "route", false), "route");
    let people = refs(record.ids(file, "people", false), "people");
    let status = status(file, record);
    let sources = refs(record.ids(file, "sources", true), "sources");
    let route = route?;
    if route.len() == 1 {
        let line = route[0].line;
        file.report_at(line, "route", Problem::ShortRoute);
        return None;
    }
    Some(EventRec {
        id: id?,
        when: when?,
        approximate: approximate?,
        title: title?,
        summary: summary?,
        places: places?,
        route,
        people: people?,
        status: status?,
        sources: sources?,
    })
}

fn read_quote(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<QuoteRec> {
    let id = record.id(file, "id");
    let person = record.id(file, "person");
    let date = record.day(file, "date");
    let dating = record.choice(file, "dating", DATINGS);
    let setting = record.localized(file, "setting");
    let event = record.id(file, "event");
    let place = record.id(file, "place");
    let spoken = record.choice(file, "spoken", SPOKEN);
    let provenance = record.localized_choice(file, "provenance", PROVENANCES);
    let context = if record.has("context") {
        Some(record.localized(file, "context")?)
    } else {
        None
    };
    let words = record.localized(file, "words");
    let sources = refs(record.ids(file, "sources", true), "sources");
    let (spoken, provenance) = (spoken?, provenance?);
    let mut sound = true;
    for (lang, kind) in LANGS.iter().zip(provenance) {
        if (kind == "own") != (*lang == spoken) {
            let line = record.line(file);
            file.report_at(line, "provenance", Problem::Provenance { lang, spoken });
            sound = false;
        }
    }
    if !sound {
        return None;
    }
    Some(QuoteRec {
        id: id?,
        person: Ref::from(person?, "person"),
        date: date?,
        dating: dating?,
        setting: setting?,
        event: Ref::from(event?, "event"),
        place: Ref::from(place?, "place"),
        spoken,
        provenance,
        context,
        words: words?,
        sources: sources?,
    })
}

const VALUE_FIELDS: &[&str] = &["date", "value", "qualifier", "status", "by", "sources"];

fn read_figure(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<FigureRec> {
    let id = record.id(file, "id");
    let label = record.localized(file, "label");
    let unit = record.choice(file, "unit", UNITS);
    let places = refs(record.ids(file, "places", false), "places");
    let mut values = Vec::new();
    let mut all_read = true;
    for value in record.records(file, "value", VALUE_FIELDS)? {
        let date = value.day(file, "date");
        let number = value.count(file, "value");
        let qualifier = value.choice(file, "qualifier", QUALIFIERS);
        let status = status(file, &value);
        let sources = refs(value.ids(file, "sources", true), "value.sources");
        match (date, number, qualifier, status, sources) {
            (Some(date), Some(value), Some(qualifier), Some(status), Some(sources)) => {
                if let Some(previous) = values.last().map(|v: &ValueRec| v.date.value) {
                    if date.value < previous {
                        file.report_at(
                            date.line,
                            "value.date",
                            Problem::OutOfOrder {
                                date: date.value,
                                previous,
                            },
                        );
                        all_read = false;
                    }
                }
                values.push(ValueRec {
                    date,
                    value,
                    qualifier,
                    status,
                    sources,
                });
            }
            _ => all_read = false,
        }
    }
    let figure = FigureRec {
        id: id?,
        label: label?,
        unit: unit?,
        places: places?,
        values,
    };
    all_read.then_some(figure)
}

/// Checks that ids are unique within a kind.
fn unique<'r>(file: &mut FileReader<'_>, ids: impl Iterator<Item = &'r At<String>>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for id in ids {
        if let Some(&first_line) = seen.get(id.value.as_str()) {
            let problem = Problem::DuplicateId {
                id: id.value.clone(),
                first_line,
            };
            file.report_at(id.line, "id", problem);
        } else {
            seen.insert(&id.value, id.line);
        }
    }
}

/// Reports the references to ids that no record of the kind has.
fn resolve(file: &mut FileReader<'_>, refs: &[Ref], content: &Content, kind: &'static str) {
    let known = &content.known[kind];
    for r in refs.iter().filter(|r| !known.contains(&r.id)) {
        file.report_at(
            r.line,
            r.field,
            Problem::UnknownId {
                kind,
                id: r.id.clone(),
            },
        );
    }
}

fn within(file: &mut FileReader<'_>, field: &str, line: usize, date: Date, story: &StoryRec) {
    if date < story.start || date > story.end {
        let (start, end) = (story.start, story.end);
        file.report_at(line, field, Problem::OutsideSpan { date, start, end });
    }
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
        check(&mut readers, content);
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
        let fields = [
            "title",
            "dek",
            "intro",
            "published",
            "present",
            "start",
            "end",
            "article",
            "credit",
        ];
        let record = Record::open(story_file, &value, "", &fields)?;
        read_story(story_file, &record)
    });
    let sources = sources.as_ref().map(|doc| {
        let fields = ["id", "publisher", "title", "date", "until", "url"];
        each(sources_file, doc, "source", &fields, read_source)
    });
    let places = places.as_ref().map(|doc| {
        let fields = [
            "id", "kind", "name", "lat", "lon", "about", "status", "by", "sources",
        ];
        each(places_file, doc, "place", &fields, read_place)
    });
    let people = people.as_ref().map(|doc| {
        each(
            people_file,
            doc,
            "person",
            &["id", "name", "role", "affiliation"],
            read_person,
        )
    });
    let event_fields = [
        "id",
        "date",
        "until",
        "approximate",
        "title",
        "summary",
        "places",
        "route",
        "people",
        "status",
        "by",
        "sources",
    ];
    let events = events
        .as_ref()
        .map(|doc| each(events_file, doc, "event", &event_fields, read_event));
    let quote_fields = [
        "id",
        "person",
        "date",
        "dating",
        "setting",
        "event",
        "place",
        "spoken",
        "provenance",
        "context",
        "words",
        "sources",
    ];
    let quotes = quotes
        .as_ref()
        .map(|doc| each(quotes_file, doc, "quote", &quote_fields, read_quote));
    let figures = figures.as_ref().map(|doc| {
        each(
            figures_file,
            doc,
            "figure",
            &["id", "label", "unit", "places", "value"],
            read_figure,
        )
    });
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

/// Cross-file checks: unique ids, references, dates within the story.
fn check(readers: &mut [FileReader<'_>], content: &Content) {
    let [story_file, sources_file, places_file, people_file, events_file, quotes_file, figures_file] =
        readers
    else {
        return;
    };
    unique(sources_file, content.sources.iter().map(|s| &s.id));
    unique(places_file, content.places.iter().map(|p| &p.id));
    unique(people_file, content.people.iter().map(|p| &p.id));
    unique(events_file, content.events.iter().map(|e| &e.id));
    unique(quotes_file, content.quotes.iter().map(|q| &q.id));
    unique(figures_file, content.figures.iter().map(|f| &f.id));
    let story = &content.story;
    resolve(
        story_file,
        std::slice::from_ref(&story.article),
        content,
        "source",
    );
    for (field, date) in [("published", &story.published), ("present", &story.present)] {
        within(story_file, field, date.line, date.value, story);
    }
    for source in &content.sources {
        // A source may predate the story (the UN resolution of 2014), not follow it.
        if source.date.value.start > story.end {
            let line = source.date.line;
            within(sources_file, "date", line, source.date.value.start, story);
        }
    }
    for place in &content.places {
        resolve(places_file, &place.sources, content, "source");
    }
    unused_sources(sources_file, content);
    for event in &content.events {
        let when = &event.when;
        // A span that starts outside the story is reported once, at its start.
        if (story.start..=story.end).contains(&when.value.start) {
            within(events_file, "until", when.line, when.value.end, story);
        } else {
            within(events_file, "date", when.line, when.value.start, story);
        }
        resolve(events_file, &event.places, content, "place");
        resolve(events_file, &event.route, content, "place");
        resolve(events_file, &event.people, content, "person");
        resolve(events_file, &event.sources, content, "source");
    }
    for quote in &content.quotes {
        within(
            quotes_file,
            "date",
            quote.date.line,
            quote.date.value,
            story,
        );
        resolve(
            quotes_file,
            std::slice::from_ref(&quote.person),
            content,
            "person",
        );
        resolve(
            quotes_file,
            std::slice::from_ref(&quote.event),
            content,
            "event",
        );
        resolve(
            quotes_file,
            std::slice::from_ref(&quote.place),
            content,
            "place",
        );
        resolve(quotes_file, &quote.sources, content, "source");
    }
    for figure in &content.figures {
        resolve(figures_file, &figure.places, content, "place");
        for value in &figure.values {
            within(
                figures_file,
                "value.date",
                value.date.line,
                value.date.value,
                story,
            );
            resolve(figures_file, &value.sources, content, "source");
        }
    }
}

/// Reports every source that no record cites.
fn unused_sources(file: &mut FileReader<'_>, content: &Content) {
    let cited: HashSet<&str> = std::iter::once(&content.story.article)
        .chain(content.events.iter().flat_map(|e| &e.sources))
        .chain(content.quotes.iter().flat_map(|q| &q.sources))
        .chain(content.places.iter().flat_map(|p| &p.sources))
        .chain(
            content
                .figures
                .iter()
                .flat_map(|f| f.values.iter().flat_map(|v| &v.sources)),
        )
        .map(|r| r.id.as_str())
        .collect();
    for source in content
        .sources
        .iter()
        .filter(|s| !cited.contains(s.id.value.as_str()))
    {
        file.report_at(source.id.line, "id", Problem::Unused);
    }
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

/// The story's events as a TimelineJS 3 timeline in one language (`de` or `en`), so that the
/// benchmark compares the two with the same content.
pub fn timelinejs_json(dir: &Path, lang: &str) -> Result<String, Vec<ContentError>> {
    let content = read(&read_files(dir, &dir.display().to_string())?)?;
    let pick = |l: &Loc| {
        if lang == "en" {
            l.en.clone()
        } else {
            l.de.clone()
        }
    };
    let date = |d: Date| {
        format!(
            "{{\"year\": {}, \"month\": {}, \"day\": {}}}",
            d.year, d.month, d.day
        )
    };
    let events: Vec<String> = content
        .events
        .iter()
        .map(|e| {
            format!(
                "{{\"start_date\": {}, \"end_date\": {}, \"text\": {{\"headline\": {}, \"text\": {}}}}}",
                date(e.when.value.start),
                date(e.when.value.end),
                json_string(&pick(&e.title)),
                json_string(&pick(&e.summary))
            )
        })
        .collect();
    Ok(format!(
        "{{\"title\": {{\"text\": {{\"headline\": {}, \"text\": {}}}}}, \"events\": [{}]}}",
        json_string(&pick(&content.story.title)),
        json_string(&pick(&content.story.intro)),
        events.join(", ")
    ))
}
