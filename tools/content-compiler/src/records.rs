//! Reading each kind of TOML record: its fields' list beside its reader, so that a new field is one edit in one of its files.

mod moments;
mod referenced;
mod story;

use std::collections::HashSet;

use crate::error::Problem;
use crate::record::{At, FileReader, Loc, Record};

pub(crate) use moments::{
    read_event, read_figure, read_quote, EventRec, FigureRec, QuoteRec, EVENT_FIELDS,
    FIGURE_FIELDS, QUOTE_FIELDS,
};
pub(crate) use referenced::{
    read_person, read_place, read_source, PersonRec, PlaceRec, SourceRec, PERSON_FIELDS,
    PLACE_FIELDS, SOURCE_FIELDS,
};
pub(crate) use story::{read_story, StoryRec, STORY_FIELDS};

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

/// How sure a claim is, and who makes it (required for `claimed` and `denied`).
#[derive(Clone, Debug)]
pub(crate) struct Status {
    pub(crate) kind: &'static str,
    pub(crate) by: Option<Loc>,
}

/// How sure a claim is.
pub(crate) const CLAIM_KINDS: &[&str] = &["confirmed", "claimed", "unconfirmed", "denied"];

/// A record's `status` and `by`.
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

/// A list of ids as references, each named by `field`.
pub(crate) fn refs(list: Option<Vec<At<String>>>, field: &'static str) -> Option<Vec<Ref>> {
    Some(list?.into_iter().map(|at| Ref::from(at, field)).collect())
}
