//! Reading each kind of TOML record: its fields' list beside its reader, so that a new field is one edit here.

use std::collections::HashSet;

use crate::error::Problem;
use crate::record::{lang_codes, At, Dated, FileReader, Loc, Record};
use shared::date::Date;

/// A reference to another record, where it was written.
#[derive(Clone, Debug)]
pub(crate) struct Ref {
    pub(crate) id: String,
    pub(crate) line: usize,
    pub(crate) field: &'static str,
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
pub(crate) struct Status {
    pub(crate) kind: &'static str,
    pub(crate) by: Option<Loc>,
}

pub(crate) struct StoryRec {
    pub(crate) title: Loc,
    pub(crate) dek: Loc,
    pub(crate) description: Loc,
    pub(crate) intro: Loc,
    pub(crate) published: At<Date>,
    pub(crate) present: At<Date>,
    pub(crate) start: Date,
    pub(crate) end: Date,
    pub(crate) article: Ref,
    pub(crate) credit: Loc,
    pub(crate) embed_id: String,
    pub(crate) stretches: Vec<StretchRec>,
    /// The troop chart's first day; it ends on `present`.
    pub(crate) chart_start: At<Date>,
    pub(crate) cameras: Vec<CameraRec>,
}

/// A stretch of the timeline's scale.
pub(crate) struct StretchRec {
    pub(crate) start: At<Date>,
    pub(crate) per_day: f64,
}

/// A part of the map a reader can hold.
pub(crate) struct CameraRec {
    pub(crate) id: At<String>,
    pub(crate) name: Loc,
    pub(crate) places: Vec<Ref>,
}

pub(crate) struct SourceRec {
    pub(crate) id: At<String>,
    pub(crate) publisher: Loc,
    pub(crate) title: Loc,
    pub(crate) date: At<Dated>,
    pub(crate) url: Option<String>,
}

pub(crate) struct PlaceRec {
    pub(crate) id: At<String>,
    pub(crate) kind: &'static str,
    pub(crate) name: Loc,
    pub(crate) lat: f64,
    pub(crate) lon: f64,
    pub(crate) about: Loc,
    pub(crate) claims: Vec<ClaimRec>,
    pub(crate) sources: Vec<Ref>,
}

/// A sentence of a place's text that states someone's claim, with its own badge.
pub(crate) struct ClaimRec {
    pub(crate) text: Loc,
    pub(crate) status: Status,
}

pub(crate) struct PersonRec {
    pub(crate) id: At<String>,
    pub(crate) name: Loc,
    pub(crate) role: Loc,
    pub(crate) affiliation: Loc,
}

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

pub(crate) struct ValueRec {
    pub(crate) date: At<Date>,
    pub(crate) dating: &'static str,
    pub(crate) value: u64,
    pub(crate) qualifier: &'static str,
    pub(crate) status: Status,
    pub(crate) sources: Vec<Ref>,
}

pub(crate) struct FigureRec {
    pub(crate) id: At<String>,
    pub(crate) label: Loc,
    pub(crate) unit: &'static str,
    pub(crate) places: Vec<Ref>,
    pub(crate) values: Vec<ValueRec>,
}

pub(crate) const CLAIM_KINDS: &[&str] = &["confirmed", "claimed", "unconfirmed", "denied"];
pub(crate) const PLACE_KINDS: &[&str] = &["country", "region", "city", "base", "port"];
pub(crate) const DATINGS: &[&str] = &["said", "published"];
pub(crate) const SPOKEN: &[&str] = &["de", "en", "uk", "ru", "unknown"];
pub(crate) const PROVENANCES: &[&str] = &["own", "official", "article", "reported", "ours"];
pub(crate) const UNITS: &[&str] = &["soldiers", "usd-per-month", "usd"];
pub(crate) const QUALIFIERS: &[&str] = &["exact", "about", "up-to", "at-least"];

pub(crate) fn status(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<Status> {
    let kind = record.choice(file, "status", CLAIM_KINDS);
    let by = optional(record, "by", || record.localized(file, "by"));
    let (kind, by) = (kind?, by?);
    if by.is_none() && matches!(kind, "claimed" | "denied") {
        let line = record.line(file);
        file.report_at(line, "by", Problem::NoClaimant { status: kind });
        return None;
    }
    Some(Status { kind, by })
}

/// The records read from a file's `[[name]]` tables, and the ids of all of them, read or not.
pub(crate) struct Records<T> {
    pub(crate) read: Vec<T>,
    pub(crate) known: HashSet<String>,
}

/// The `[[name]]` records of a file.
pub(crate) fn each<'t, T>(
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

/// The fields a story record may have.
pub(crate) const STORY_FIELDS: &[&str] = &[
    "title",
    "dek",
    "description",
    "intro",
    "published",
    "present",
    "start",
    "end",
    "article",
    "credit",
    "embed_id",
    "stretch",
    "chart",
    "camera",
];

/// The fields of a stretch of the timeline.
pub(crate) const STRETCH_FIELDS: &[&str] = &["start", "per_day"];

/// The fields of the troop chart's span: its start alone, for it ends on the story's present.
pub(crate) const CHART_FIELDS: &[&str] = &["start"];

/// The fields of a camera.
pub(crate) const CAMERA_FIELDS: &[&str] = &["id", "name", "places"];

/// An optional field, read only where the record has it: `Some(None)` if it is absent, `None`
/// if it is there but broken. Read it beside the other fields and give up with them, so that a
/// broken one does not hide the problems of the fields after it.
fn optional<T>(
    record: &Record<'_>,
    key: &str,
    read: impl FnOnce() -> Option<T>,
) -> Option<Option<T>> {
    if record.has(key) {
        read().map(Some)
    } else {
        Some(None)
    }
}

/// The records read, if each was: every record is read first (a `collect` into `Option` would
/// stop at the first that is not), so that each one's problems are reported.
fn all_read<T>(read: Vec<Option<T>>) -> Option<Vec<T>> {
    read.into_iter().collect()
}

fn read_stretch(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<StretchRec> {
    let start = record.day(file, "start");
    let per_day = record.number(file, "per_day", 0.01..100.0);
    Some(StretchRec {
        start: start?,
        per_day: per_day?,
    })
}

fn read_camera(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<CameraRec> {
    let id = record.id(file, "id");
    let name = record.localized(file, "name");
    let places = record.ids(file, "places", true);
    Some(CameraRec {
        id: id?,
        name: name?,
        places: places?
            .into_iter()
            .map(|p| Ref::from(p, "places"))
            .collect(),
    })
}

/// The troop chart's first day: it runs from there to the story's present, never beyond
/// anything claimed by then.
fn read_chart(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<At<Date>> {
    record
        .table(file, "chart", CHART_FIELDS)?
        .day(file, "start")
}

pub(crate) fn read_story(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<StoryRec> {
    let title = record.localized(file, "title");
    let dek = record.localized(file, "dek");
    let description = record.localized(file, "description");
    let intro = record.localized(file, "intro");
    let published = record.day(file, "published");
    let present = record.day(file, "present");
    let start = record.day(file, "start");
    let end = record.day(file, "end");
    let article = record.id(file, "article");
    let credit = record.localized(file, "credit");
    let embed_id = record.id(file, "embed_id");
    let stretches = record
        .records(file, "stretch", STRETCH_FIELDS)
        .map(|records| all_read(records.iter().map(|r| read_stretch(file, r)).collect()));
    let chart = read_chart(file, record);
    let cameras = record
        .records(file, "camera", CAMERA_FIELDS)
        .map(|records| all_read(records.iter().map(|r| read_camera(file, r)).collect()));
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
        description: description?,
        intro: intro?,
        published: published?,
        present: present?,
        start: start.value,
        end: end.value,
        article: Ref::from(article?, "article"),
        credit: credit?,
        embed_id: embed_id?.value,
        stretches: stretches??,
        chart_start: chart?,
        cameras: cameras??,
    })
}

/// The fields a source record may have.
pub(crate) const SOURCE_FIELDS: &[&str] = &["id", "publisher", "title", "date", "until", "url"];

pub(crate) fn read_source(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<SourceRec> {
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

/// The fields a place record may have.
pub(crate) const PLACE_FIELDS: &[&str] = &[
    "id", "kind", "name", "lat", "lon", "about", "claim", "sources",
];

/// The fields of a place's claim.
pub(crate) const CLAIM_FIELDS: &[&str] = &["text", "status", "by"];

fn read_claim(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<ClaimRec> {
    let text = record.localized(file, "text");
    let status = status(file, record);
    Some(ClaimRec {
        text: text?,
        status: status?,
    })
}

pub(crate) fn read_place(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<PlaceRec> {
    let id = record.id(file, "id");
    let kind = record.choice(file, "kind", PLACE_KINDS);
    let name = record.localized(file, "name");
    let lat = record.number(file, "lat", -90.0..90.000001);
    let lon = record.number(file, "lon", -180.0..180.000001);
    // The text rests on its sources; each sentence that states someone's claim is a claim of
    // its own, so that its badge stands under that sentence alone.
    let about = record.localized(file, "about");
    let claims = if record.has("claim") {
        record
            .records(file, "claim", CLAIM_FIELDS)
            .map(|records| all_read(records.iter().map(|r| read_claim(file, r)).collect()))
    } else {
        Some(Some(Vec::new()))
    };
    let sources = refs(record.ids(file, "sources", true), "sources");
    Some(PlaceRec {
        id: id?,
        kind: kind?,
        name: name?,
        lat: lat?,
        lon: lon?,
        about: about?,
        claims: claims??,
        sources: sources?,
    })
}

/// The fields a person record may have.
pub(crate) const PERSON_FIELDS: &[&str] = &["id", "name", "role", "affiliation"];

pub(crate) fn read_person(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<PersonRec> {
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

pub(crate) fn refs(list: Option<Vec<At<String>>>, field: &'static str) -> Option<Vec<Ref>> {
    Some(list?.into_iter().map(|at| Ref::from(at, field)).collect())
}

/// The fields a event record may have.
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
        if (kind == "own") != (lang == spoken) {
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
        context: context?,
        note: note?,
        words: words?,
        sources: sources?,
    })
}

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
