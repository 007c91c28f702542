//! The records that others refer to by id: sources (`sources.toml`), places (`places.toml`) and people (`people.toml`).

use super::{all_read, refs, status, Ref, Status};
use crate::error::Problem;
use crate::record::{At, Dated, FileReader, Loc, Record};

/// What a place is.
pub(crate) const PLACE_KINDS: &[&str] = &["country", "region", "city", "base", "port"];

/// A source: who published what, and when.
pub(crate) struct SourceRec {
    pub(crate) id: At<String>,
    pub(crate) publisher: Loc,
    pub(crate) title: Loc,
    pub(crate) date: At<Dated>,
    pub(crate) url: Option<String>,
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

/// A place of the map and the place list.
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

/// A person the story quotes or names.
pub(crate) struct PersonRec {
    pub(crate) id: At<String>,
    pub(crate) name: Loc,
    pub(crate) role: Loc,
    pub(crate) affiliation: Loc,
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
