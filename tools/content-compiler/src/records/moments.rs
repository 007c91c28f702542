//! The records the timeline shows at their dates: events (`events.toml`), quotes (`quotes.toml`) and figures (`figures.toml`).

use super::{optional, refs, status, Ref, Status};
use crate::error::Problem;
use crate::record::{lang_codes, At, Dated, FileReader, Loc, Record};
use shared::date::Date;

/// What a quote's or a value's date is the day of.
pub(crate) const DATINGS: &[&str] = &["said", "published"];
/// The languages a quote may have been spoken in.
pub(crate) const SPOKEN: &[&str] = &["de", "en", "uk", "ru", "unknown"];
/// Where each language's text of a quote comes from.
pub(crate) const PROVENANCES: &[&str] = &["own", "official", "article", "reported", "ours"];
/// What a figure counts.
pub(crate) const UNITS: &[&str] = &["soldiers", "usd-per-month", "usd"];
/// How a value is meant: exactly, about, up to or at least.
pub(crate) const QUALIFIERS: &[&str] = &["exact", "about", "up-to", "at-least"];

/// Something that happened, on a day or over a span.
pub(crate) struct EventRec {
    pub(crate) id: At<String>,
    pub(crate) when: At<Dated>,
    pub(crate) approximate: bool,
    pub(crate) title: Loc,
    pub(crate) summary: Loc,
    pub(crate) places: Vec<Ref>,
    pub(crate) route: Vec<Ref>,
    pub(crate) people: Vec<Ref>,
    pub(crate) status: Status,
    pub(crate) sources: Vec<Ref>,
}

/// The fields an event record may have.
pub(crate) const EVENT_FIELDS: &[&str] = &[
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

pub(crate) fn read_event(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<EventRec> {
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

/// Someone's words, when and where they were said, in every language.
pub(crate) struct QuoteRec {
    pub(crate) id: At<String>,
    pub(crate) person: Ref,
    pub(crate) date: At<Date>,
    pub(crate) dating: &'static str,
    pub(crate) setting: Loc,
    pub(crate) event: Ref,
    pub(crate) place: Ref,
    pub(crate) spoken: &'static str,
    pub(crate) provenance: Vec<&'static str>,
    pub(crate) context: Option<Loc>,
    pub(crate) note: Option<Loc>,
    pub(crate) words: Loc,
    pub(crate) sources: Vec<Ref>,
}

/// The fields a quote record may have.
pub(crate) const QUOTE_FIELDS: &[&str] = &[
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
    "note",
    "words",
    "sources",
];

pub(crate) fn read_quote(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<QuoteRec> {
    let id = record.id(file, "id");
    let person = record.id(file, "person");
    let date = record.day(file, "date");
    let dating = record.choice(file, "dating", DATINGS);
    let setting = record.localized(file, "setting");
    let event = record.id(file, "event");
    let place = record.id(file, "place");
    let spoken = record.choice(file, "spoken", SPOKEN);
    let provenance = record.localized_choice(file, "provenance", PROVENANCES);
    let context = optional(record, "context", || record.localized(file, "context"));
    let note = optional(record, "note", || record.localized(file, "note"));
    let words = record.localized(file, "words");
    let sources = refs(record.ids(file, "sources", true), "sources");
    let (spoken, provenance) = (spoken?, provenance?);
    let mut sound = true;
    for (lang, kind) in lang_codes().into_iter().zip(provenance.iter().copied()) {
        // A text in the language spoken is the speaker's words where a checked source gives
        // them, else our translation back into it: never another's translation.
        let problem = if kind == "own" && lang != spoken {
            Some(Problem::Provenance { lang, spoken })
        } else if lang == spoken && kind != "own" && kind != "ours" {
            Some(Problem::SpokenProvenance { lang, kind })
        } else {
            None
        };
        if let Some(problem) = problem {
            let line = record.line(file);
            file.report_at(line, "provenance", problem);
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
        context: context?,
        note: note?,
        words: words?,
        sources: sources?,
    })
}

/// A figure's value on a day, as someone gave it.
pub(crate) struct ValueRec {
    pub(crate) date: At<Date>,
    pub(crate) dating: &'static str,
    pub(crate) value: u64,
    pub(crate) qualifier: &'static str,
    pub(crate) status: Status,
    pub(crate) sources: Vec<Ref>,
}

/// A number the story follows over time (troops, pay), with its values in date order.
pub(crate) struct FigureRec {
    pub(crate) id: At<String>,
    pub(crate) label: Loc,
    pub(crate) unit: &'static str,
    pub(crate) places: Vec<Ref>,
    pub(crate) values: Vec<ValueRec>,
}

/// The fields of a figure's value.
pub(crate) const VALUE_FIELDS: &[&str] = &[
    "date",
    "dating",
    "value",
    "qualifier",
    "status",
    "by",
    "sources",
];

/// The fields a figure record may have.
pub(crate) const FIGURE_FIELDS: &[&str] = &["id", "label", "unit", "places", "value"];

pub(crate) fn read_figure(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<FigureRec> {
    let id = record.id(file, "id");
    let label = record.localized(file, "label");
    let unit = record.choice(file, "unit", UNITS);
    let places = refs(record.ids(file, "places", false), "places");
    let mut values = Vec::new();
    let mut all_read = true;
    for value in record.records(file, "value", VALUE_FIELDS)? {
        let date = value.day(file, "date");
        // A value is dated when it was said unless the content says otherwise.
        let dating = optional(&value, "dating", || value.choice(file, "dating", DATINGS))
            .map(|dating| dating.unwrap_or("said"));
        let number = value.count(file, "value");
        let qualifier = value.choice(file, "qualifier", QUALIFIERS);
        let status = status(file, &value);
        let sources = refs(value.ids(file, "sources", true), "value.sources");
        match (date, dating, number, qualifier, status, sources) {
            (
                Some(date),
                Some(dating),
                Some(value),
                Some(qualifier),
                Some(status),
                Some(sources),
            ) => {
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
                    dating,
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
