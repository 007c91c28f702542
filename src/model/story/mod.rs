//! The story as data: events, places, people, quotes, figures and sources, compiled from `src/content/`.
//
// build.rs validates the TOML files with tools/content-compiler and writes them out as the
// statics included at the end of this file, so the wasm carries no parser and no broken content.

mod localized;
mod queries;

pub use localized::{carried, Localized, ONLY_LANG};

use crate::page::texts::StoryTexts;
use shared::date::{Date, Precision};
use shared::lang::Lang;

/// When something happened: a day, a span of days, a month or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    /// The first day it covers.
    pub start: Date,
    /// The last day it covers (the same as `start` for a single day).
    pub end: Date,
    /// How precisely the dates are known.
    pub precision: Precision,
    /// Whether the start is known only roughly ("since shortly after 19 June"): shown as
    /// "from about July 2024".
    pub approximate: bool,
}

/// How far a fact is established, and on whose word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimKind {
    /// Confirmed in a published source.
    Confirmed,
    /// Stated by one party, not independently confirmed.
    Claimed,
    /// Reported, and nobody has confirmed it.
    Unconfirmed,
    /// Denied by a party to it.
    Denied,
}

/// The claim status of a fact: how established it is and who says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClaimStatus {
    /// How established the fact is.
    pub kind: ClaimKind,
    /// Who says so ("South Korea's NIS"); always present for claims and denials.
    pub by: Option<Localized>,
}

/// A publication or statement a fact rests on.
#[derive(Debug)]
pub struct Source {
    /// Stable kebab-case id, also the anchor of its entry in the sources list.
    pub id: &'static str,
    /// Who published or said it.
    pub publisher: Localized,
    /// What it is.
    pub title: Localized,
    /// When it appeared.
    pub date: When,
    /// Its public address, only where the fact sheet gives one (never guessed).
    pub url: Option<&'static str>,
}

/// What kind of place a place is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// A state.
    Country,
    /// A region: a military district, a federal subject, an oblast, an occupied area.
    Region,
    /// A city.
    City,
    /// A military base or training area.
    Base,
    /// A port.
    Port,
}

/// A place the story names.
#[derive(Debug)]
pub struct Place {
    /// Stable kebab-case English name, used in the URL (`place=vladivostok`).
    pub id: &'static str,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// Its name.
    pub name: Localized,
    /// Latitude in degrees north.
    pub lat: f32,
    /// Longitude in degrees east.
    pub lon: f32,
    /// What it is in the story: what its sources establish, claiming nothing.
    pub about: Localized,
    /// The sentences after it that state someone's claim, each with its own status.
    pub claims: &'static [PlaceClaim],
    /// What the text rests on.
    pub sources: &'static [&'static Source],
}

/// A sentence of a place's text that states someone's claim: its badge qualifies it alone.
#[derive(Debug)]
pub struct PlaceClaim {
    /// The sentence.
    pub text: Localized,
    /// Whose claim it is and how established.
    pub status: ClaimStatus,
}

/// A person the story quotes or names.
#[derive(Debug)]
pub struct Person {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// The name as each language writes it.
    pub name: Localized,
    /// The role as of October 2024.
    pub role: Localized,
    /// The institution or party.
    pub affiliation: Localized,
}

/// Something that happened in the story.
#[derive(Debug)]
pub struct Event {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// When it happened.
    pub when: When,
    /// A short title.
    pub title: Localized,
    /// What happened, in two or three sentences.
    pub summary: Localized,
    /// Where it happened.
    pub places: &'static [&'static Place],
    /// For a movement (the sea transport): where from, and last where to; else empty.
    pub route: &'static [&'static Place],
    /// Who was involved.
    pub people: &'static [&'static Person],
    /// How established it is.
    pub status: ClaimStatus,
    /// What it rests on.
    pub sources: &'static [&'static Source],
}

/// Whether a date (a quote's, or a figure's value's) is the day the words were said or only
/// the day they were published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dating {
    /// The day the words were said.
    Said,
    /// The day the words were published; when they were said is not known.
    Published,
}

/// The language a person spoke, where the sources say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spoken {
    /// German.
    De,
    /// English.
    En,
    /// Ukrainian.
    Uk,
    /// Russian.
    Ru,
    /// The sources do not say.
    Unknown,
}

impl Spoken {
    /// Its language code, where the sources say which.
    pub fn code(self) -> Option<&'static str> {
        match self {
            Spoken::De => Some("de"),
            Spoken::En => Some("en"),
            Spoken::Uk => Some("uk"),
            Spoken::Ru => Some("ru"),
            Spoken::Unknown => None,
        }
    }
}

/// What a shown text of a quote is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    /// The speaker's own words, in the language they spoke.
    Own,
    /// An official translation (the English text a president's office published).
    Official,
    /// The wording printed in the DW article: DW's translation where the person spoke another
    /// language.
    Article,
    /// The translation a cited report printed (a Russian speaker's words as an English-language
    /// outlet gave them).
    Reported,
    /// This explainer's translation.
    Ours,
}

/// The provenance of each language's text of a quote, in the order of [`Lang::ALL`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provenances(pub [Provenance; Lang::COUNT]);

impl Provenances {
    /// The provenance of the text in `lang`.
    pub fn get(&self, lang: Lang) -> Provenance {
        self.0[lang.index()]
    }
}

/// A quotation from the article.
#[derive(Debug)]
pub struct Quote {
    /// Stable kebab-case id, used in the URL (`quote=lange-training`).
    pub id: &'static str,
    /// Who said it.
    pub person: &'static Person,
    /// The day of the date below.
    pub date: Date,
    /// What that date is.
    pub dating: Dating,
    /// Where and how it was said ("in an interview with DW").
    pub setting: Localized,
    /// The event it belongs to.
    pub event: &'static Event,
    /// The place it belongs to.
    pub place: &'static Place,
    /// The language the person spoke.
    pub spoken: Spoken,
    /// What each language's text is.
    pub provenance: Provenances,
    /// What the words answer or refer to, where they do not say it themselves; shown before
    /// them in our words, never inside the quotation.
    pub context: Option<Localized>,
    /// What a reader must know of the wording itself (an editor's note inside it), shown
    /// after it.
    pub note: Option<Localized>,
    /// The words: the German exactly as the article printed them, the English as said, as
    /// officially translated, or as we translated them.
    pub words: Localized,
    /// What it rests on.
    pub sources: &'static [&'static Source],
}

/// What a figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Soldiers.
    Soldiers,
    /// US dollars a month.
    UsdPerMonth,
    /// US dollars once.
    Usd,
}

/// How exact a figure's value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// The value as given.
    Exact,
    /// About the value.
    About,
    /// At most the value.
    UpTo,
    /// At least the value.
    AtLeast,
}

/// A value of a figure as claimed on a date.
#[derive(Debug)]
pub struct FigureValue {
    /// The day it was claimed.
    pub date: Date,
    /// Whether that day is when it was said or only when it was published.
    pub dating: Dating,
    /// The number.
    pub value: u64,
    /// How exact it is.
    pub qualifier: Qualifier,
    /// Who claims it and how established it is.
    pub status: ClaimStatus,
    /// What it rests on.
    pub sources: &'static [&'static Source],
}

/// A number that changes as the story goes on (soldiers in Russia) or stays (pay).
#[derive(Debug)]
pub struct Figure {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// What it counts.
    pub label: Localized,
    /// Its unit.
    pub unit: Unit,
    /// The places it concerns.
    pub places: &'static [&'static Place],
    /// Its values in date order.
    pub values: &'static [FigureValue],
}

/// A stretch of the timeline's scale: from `start` (until the next stretch, or the story's end)
/// the slider has `per_day` positions a day, fewer than one where the years are squeezed.
#[derive(Debug)]
pub struct Stretch {
    /// Its first day.
    pub start: Date,
    /// Slider positions per day.
    pub per_day: f64,
}

/// A part of the map a reader can hold: the frame around its places.
#[derive(Debug)]
pub struct Camera {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Its name in the camera's choices.
    pub name: Localized,
    /// The places it frames.
    pub places: &'static [&'static Place],
}

/// The long form's texts that are not the story's events, places, people or sources.
// A static of its own, which only the host's long form reads: so the wasm, which never renders
// the long form, carries none of it (unlike a field of `STORY`, whose texts the wasm keeps).
#[derive(Debug)]
pub struct LongFormText {
    /// The introduction.
    pub intro: Localized,
    /// Credits for the content.
    pub credit: Localized,
}

/// The whole story.
#[derive(Debug)]
pub struct Story {
    /// The explainer's headline.
    pub title: Localized,
    /// The one-sentence summary under the headline.
    pub dek: Localized,
    /// The page's description for search engines and link previews.
    pub description: Localized,
    /// The day the DW article appeared.
    pub published: Date,
    /// The story's present: the first date shown.
    pub present: Date,
    /// The first day of the story.
    pub start: Date,
    /// The last day of the story.
    pub end: Date,
    /// The article the story is told from.
    pub article: &'static Source,
    /// The id of the explainer's container in a host page (pym.js's parent element).
    pub embed_id: &'static str,
    /// The timeline's stretches in order; the first begins on `start`, the last runs to `end`.
    pub stretches: &'static [Stretch],
    /// The first day the troop chart shows; it ends on `present`, its right edge.
    pub chart_start: Date,
    /// The parts of the map a reader can hold, besides the whole map.
    pub cameras: &'static [Camera],
    /// Events in date order.
    pub events: &'static [Event],
    /// Places.
    pub places: &'static [Place],
    /// People.
    pub people: &'static [Person],
    /// Quotes in date order.
    pub quotes: &'static [Quote],
    /// Figures.
    pub figures: &'static [Figure],
    /// Sources.
    pub sources: &'static [Source],
}

macro_rules! same_by_id {
    ($($kind:ty),*) => {$(
        impl PartialEq for $kind {
            fn eq(&self, other: &Self) -> bool {
                self.id == other.id
            }
        }
    )*};
}

// Ids are unique (the compiler checks it), so comparing them is comparing the things.
same_by_id!(Source, Place, Person, Event, Quote, Figure, Camera);

include!(concat!(env!("OUT_DIR"), "/story.rs"));
