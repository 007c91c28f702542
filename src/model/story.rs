//! The story as data: events, places, people, quotes, figures and sources, compiled from `src/content/`.
//
// build.rs validates the TOML files with tools/content-compiler and writes them out as the
// statics included at the end of this file, so the wasm carries no parser and no broken content.

use crate::page::texts::StoryTexts;
use shared::date::{Date, Direction, Precision};
use shared::lang::Lang;

/// A text in every language, in the order of [`Lang::ALL`]. Made with [`Localized::new`], it is
/// empty in the languages a one-language build does not carry; made with [`Localized::whole`],
/// it is whole in every build; made with [`Localized::in_page`] (a story text) or
/// [`Localized::whole_in_page`] (a quote's words, whose other wordings a card shows a tap
/// away), a browser's build carries none of it and reads it from the page
/// ([`crate::page::texts`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized {
    texts: [&'static str; Lang::COUNT],
    in_page: InPage,
}

/// Where in [`PAGE_TEXTS`] a browser's build finds a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum InPage {
    /// Nowhere: the build carries it.
    No,
    /// At this index, in the page's language.
    Index(u16),
    /// From this index on, one entry per language in the order of [`Lang::ALL`]: every page
    /// holds every language's.
    PerLang(u16),
}

#[cfg(all(feature = "lang-de", feature = "lang-en"))]
compile_error!("a one-language build names one language: `lang-de` or `lang-en`, not both");

/// The one language whose texts a one-language build carries (feature `lang-de` or `lang-en`:
/// the embed pages' builds, each for its page's language), or none: every language.
pub const ONLY_LANG: Option<Lang> = if cfg!(feature = "lang-de") {
    Some(Lang::De)
} else if cfg!(feature = "lang-en") {
    Some(Lang::En)
} else {
    None
};

/// Whether this build reads the story's texts from the page it hydrates ([`crate::page::texts`])
/// rather than carrying them: the browser's builds (feature `hydration`).
pub const TEXTS_IN_PAGE: bool = cfg!(feature = "hydration");

/// `texts` (one per language, in the order of [`Lang::ALL`]) as this build carries them: in a
/// one-language build ([`ONLY_LANG`]) the other languages' are empty, and, evaluated at compile
/// time, never reach the wasm.
pub const fn carried(texts: [&'static str; Lang::COUNT]) -> [&'static str; Lang::COUNT] {
    let Some(only) = ONLY_LANG else {
        return texts;
    };
    let mut kept = [""; Lang::COUNT];
    kept[only.index()] = texts[only.index()];
    kept
}

impl Localized {
    /// A text in every language this build carries ([`carried`]).
    pub const fn new(texts: [&'static str; Lang::COUNT]) -> Localized {
        Localized {
            texts: carried(texts),
            in_page: InPage::No,
        }
    }

    /// A text every build carries in every language.
    pub const fn whole(texts: [&'static str; Lang::COUNT]) -> Localized {
        Localized {
            texts,
            in_page: InPage::No,
        }
    }

    /// Story text `index` of [`PAGE_TEXTS`]: the host's build carries it, a browser's build
    /// ([`TEXTS_IN_PAGE`]) only the index.
    pub const fn in_page(index: u16, texts: [&'static str; Lang::COUNT]) -> Localized {
        Localized::from_page(carried(texts), InPage::Index(index))
    }

    /// A story text whose every language every page shows (a quote's words): [`PAGE_TEXTS`]
    /// holds language `lang`'s at `first + lang.index()`. The host's build carries it whole, a
    /// browser's build ([`TEXTS_IN_PAGE`]) only the index.
    pub const fn whole_in_page(first: u16, texts: [&'static str; Lang::COUNT]) -> Localized {
        Localized::from_page(texts, InPage::PerLang(first))
    }

    /// A text the page holds at `in_page`: the host's build carries `texts`, a browser's build
    /// none of them.
    const fn from_page(texts: [&'static str; Lang::COUNT], in_page: InPage) -> Localized {
        Localized {
            texts: if TEXTS_IN_PAGE {
                [""; Lang::COUNT]
            } else {
                texts
            },
            in_page,
        }
    }

    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &'static str {
        match self.in_page {
            // The page holds its own language's texts, and each page has a build of its own.
            InPage::Index(index) if TEXTS_IN_PAGE => crate::page::texts::text(usize::from(index)),
            InPage::PerLang(first) if TEXTS_IN_PAGE => {
                crate::page::texts::text(usize::from(first) + lang.index())
            }
            _ => self.texts[lang.index()],
        }
    }
}

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

impl Story {
    /// The place with this id.
    pub fn place(&'static self, id: &str) -> Option<&'static Place> {
        self.places.iter().find(|place| place.id == id)
    }

    /// The quote with this id.
    pub fn quote(&'static self, id: &str) -> Option<&'static Quote> {
        self.quotes.iter().find(|quote| quote.id == id)
    }

    /// The events with a movement (a route) that have begun by a date: the map draws each.
    pub fn movements_by(&'static self, date: Date) -> impl Iterator<Item = &'static Event> {
        self.events
            .iter()
            .filter(move |e| e.when.start <= date && !e.route.is_empty())
    }

    /// The events the timeline stands on at a date: those of the latest day begun by then,
    /// and those whose span still runs. Empty before the first event.
    pub fn current_events(&'static self, date: Date) -> Vec<&'static Event> {
        let Some(latest) = self
            .events
            .iter()
            .map(|e| e.when.start)
            .filter(|s| *s <= date)
            .max()
        else {
            return Vec::new();
        };
        self.events
            .iter()
            .filter(|e| e.when.start == latest || (e.when.start <= date && date <= e.when.end))
            .collect()
    }

    /// The nearest day after (or before) `date` on which an event begins, if there is one.
    pub fn event_from(&self, date: Date, direction: Direction) -> Option<Date> {
        let starts = self.events.iter().map(|e| e.when.start);
        match direction {
            Direction::Forward => starts.filter(|s| *s > date).min(),
            Direction::Back => starts.filter(|s| *s < date).max(),
        }
    }

    /// A date held within the story: dates before its start are its start, after its end its end.
    pub fn hold(&self, date: Date) -> Date {
        date.clamp(self.start, self.end)
    }

    /// The date `days` days from `date`, held within the story.
    pub fn days_from(&self, date: Date, days: i32) -> Date {
        let moved = Date::from_day_number(date.day_number().saturating_add(days));
        self.hold(moved.unwrap_or(date))
    }

    /// The events at a place, in date order.
    pub fn events_at<'p>(
        &'static self,
        place: &'p Place,
    ) -> impl Iterator<Item = &'static Event> + 'p {
        self.events
            .iter()
            .filter(move |e| e.places.contains(&place))
    }

    /// The figures about a place.
    pub fn figures_at<'p>(
        &'static self,
        place: &'p Place,
    ) -> impl Iterator<Item = &'static Figure> + 'p {
        self.figures
            .iter()
            .filter(move |f| f.places.contains(&place))
    }

    /// The quotes about a place, in date order.
    pub fn quotes_at<'p>(
        &'static self,
        place: &'p Place,
    ) -> impl Iterator<Item = &'static Quote> + 'p {
        self.quotes.iter().filter(move |q| q.place == place)
    }
}

impl FigureValue {
    /// Whether `other` was claimed by the same party: the same claimant, as `lang` names it.
    // Compared as words: the content writes a claimant out anew at each of its values.
    pub fn same_claimant(&self, other: &FigureValue, lang: Lang) -> bool {
        self.status.by.map(|by| by.get(lang)) == other.status.by.map(|by| by.get(lang))
    }
}

impl Figure {
    /// The claims that hold at a date, in date order: each claimant's latest by then (a claim
    /// holds until its claimant's next one). Empty before the first claim.
    pub fn claims_at(&self, date: Date, lang: Lang) -> Vec<&FigureValue> {
        (0..self.values.len())
            .filter(|&i| self.values[i].date <= date)
            .filter(|&i| self.next_claim(i, lang).is_none_or(|next| next.date > date))
            .map(|i| &self.values[i])
            .collect()
    }

    /// The next value the claimant of value `index` claimed, if they claimed another.
    pub fn next_claim(&self, index: usize, lang: Lang) -> Option<&FigureValue> {
        let value = self.values.get(index)?;
        self.values
            .iter()
            .skip(index + 1)
            .find(|later| later.same_claimant(value, lang))
    }
}

include!(concat!(env!("OUT_DIR"), "/story.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn ids(events: Vec<&Event>) -> Vec<&str> {
        events.iter().map(|e| e.id).collect()
    }

    #[test]
    fn the_current_events_are_the_latest_begun() {
        assert!(STORY.current_events(day("2022-08-31")).is_empty());
        assert_eq!(
            ids(STORY.current_events(day("2024-06-19"))),
            ["treaty-pyongyang"]
        );
        assert_eq!(
            ids(STORY.current_events(day("2024-06-20"))),
            ["treaty-pyongyang"]
        );
        // The sea transport runs from 8 to 13 October; the Kremlin's answer is on the 10th.
        assert_eq!(
            ids(STORY.current_events(day("2024-10-11"))),
            ["sea-transport", "peskov-fake-news"]
        );
        let present = ids(STORY.current_events(STORY.present));
        assert!(present.contains(&"nis-3000") && present.contains(&"brics-kazan"));
    }

    #[test]
    fn figures_follow_the_date() {
        let in_russia = STORY
            .figures
            .iter()
            .find(|f| f.id == "troops-in-russia")
            .unwrap();
        let claims = |date, lang| -> Vec<(u64, Qualifier, &str)> {
            in_russia
                .claims_at(day(date), lang)
                .iter()
                .map(|v| {
                    (
                        v.value,
                        v.qualifier,
                        v.status.by.map_or("", |by| by.get(lang)),
                    )
                })
                .collect()
        };
        assert!(claims("2024-10-17", Lang::En).is_empty());
        let nis = "South Korea's NIS";
        assert_eq!(
            claims("2024-10-18", Lang::En),
            [(1_500, Qualifier::About, nis)]
        );
        assert_eq!(
            claims("2024-10-22", Lang::En),
            [(1_500, Qualifier::About, nis)]
        );
        // Two claimants the same day: each claim holds beside the other.
        let kirby = "the US government (John Kirby)";
        assert_eq!(
            claims("2024-10-23", Lang::En),
            [
                (3_000, Qualifier::About, nis),
                (3_000, Qualifier::AtLeast, kirby)
            ]
        );
        assert_eq!(claims("2024-10-23", Lang::De).len(), 2);
    }

    #[test]
    fn places_know_their_events_and_quotes() {
        let kyiv = STORY.place("kyiv").unwrap();
        let events: Vec<_> = STORY.events_at(kyiv).map(|e| e.id).collect();
        assert_eq!(events, ["victory-plan", "zelensky-address"]);
        assert_eq!(STORY.quotes_at(kyiv).count(), 2);
    }
}
