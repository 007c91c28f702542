//! What can be wrong with the content, and where: every message names the file, the line and the field.

use std::fmt;

use shared::date::{Date, DateError};

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
    /// A troop chart that starts on or after the story's present, where it ends.
    ChartNotBeforePresent { present: Date },
    /// A first stretch of the timeline that does not begin with the story.
    NotStoryStart { start: Date },
    /// A value (or stretch) dated before the one it follows.
    OutOfOrder { date: Date, previous: Date },
    /// A route with fewer than two places.
    ShortRoute,
    /// A quote's text called the speaker's own words in a language they did not speak.
    Provenance {
        lang: &'static str,
        spoken: &'static str,
    },
    /// A quote's text in the language spoken called someone's translation: it is the speaker's
    /// own words or our translation back into it.
    SpokenProvenance {
        lang: &'static str,
        kind: &'static str,
    },
    /// An address that is not an absolute http(s) URL.
    BadUrl(String),
    /// A source that nothing cites.
    Unused,
    /// A quote tied to an event that ended before the quote was said or published.
    EventBeforeQuote { event: String, ended: Date },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable(_)
            | Problem::Syntax(_)
            | Problem::Missing
            | Problem::MissingTranslation
            | Problem::Empty
            | Problem::WrongType { .. }
            | Problem::UnknownField { .. }
            | Problem::NoSource => self.shape_message(f),
            Problem::BadId(_)
            | Problem::BadChoice { .. }
            | Problem::BadDate(_)
            | Problem::EndBeforeStart { .. }
            | Problem::PrecisionMismatch
            | Problem::OutOfRange { .. }
            | Problem::NoClaimant { .. }
            | Problem::ShortRoute
            | Problem::Provenance { .. }
            | Problem::SpokenProvenance { .. }
            | Problem::BadUrl(_) => self.value_message(f),
            Problem::OutsideSpan { .. }
            | Problem::DuplicateId { .. }
            | Problem::UnknownId { .. }
            | Problem::Unused
            | Problem::EventBeforeQuote { .. }
            | Problem::OutOfOrder { .. }
            | Problem::ChartNotBeforePresent { .. }
            | Problem::NotStoryStart { .. } => self.check_message(f),
        }
    }
}

impl Problem {
    /// The message of a file that cannot be read or parsed, or of a field that is missing,
    /// empty, unknown or of the wrong type.
    fn shape_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable(why) => write!(f, "the file cannot be read: {why}"),
            Problem::Syntax(why) => write!(f, "not valid TOML: {why}"),
            Problem::Missing => write!(f, "is missing"),
            Problem::MissingTranslation => {
                write!(
                    f,
                    "is missing: every text needs one in each language ({})",
                    crate::record::lang_codes().join(", ")
                )
            }
            Problem::Empty => write!(f, "is empty"),
            Problem::WrongType { expected, found } => write!(f, "must be {expected}, not {found}"),
            Problem::UnknownField { allowed } => {
                write!(f, "is not a known field (known: {allowed})")
            }
            Problem::NoSource => write!(f, "is empty: every fact needs at least one source"),
            // `fmt` sends no other problem here; were one sent, its name would still show.
            other => write!(f, "{other:?}"),
        }
    }

    /// The message of a field whose value is there but not one the record may have.
    fn value_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
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
            Problem::OutOfRange { low, high } => write!(f, "must lie between {low} and {high}"),
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
                "`{lang}`: only a text in the language spoken (`{spoken}`) can be `own`"
            ),
            Problem::SpokenProvenance { lang, kind } => write!(
                f,
                "`{lang}` is the language spoken: its text is `own` (the speaker's words) or `ours` (our translation into it), not `{kind}`"
            ),
            Problem::BadUrl(url) => write!(
                f,
                "`{url}` is not an absolute http(s) address without spaces"
            ),
            // `fmt` sends no other problem here; were one sent, its name would still show.
            other => write!(f, "{other:?}"),
        }
    }

    /// The message of a record at odds with another one or with the story: an id, a date, a
    /// reference, an order.
    fn check_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::OutsideSpan { date, start, end } => {
                write!(
                    f,
                    "`{date}` lies outside the story, which runs from {start} to {end}"
                )
            }
            Problem::DuplicateId { id, first_line } => {
                write!(f, "`{id}` is already used on line {first_line}")
            }
            Problem::UnknownId { kind, id } => write!(f, "`{id}` is not the id of any {kind}"),
            Problem::EventBeforeQuote { event, ended } => write!(
                f,
                "`{event}` ended on {ended}, before the quote's date: tie a quote to the event of the day it was said or published, or a later one"
            ),
            Problem::Unused => write!(
                f,
                "is cited by no event, quote, figure or place: cite it or remove it"
            ),
            Problem::OutOfOrder { date, previous } => {
                write!(f, "`{date}` comes before the previous one's `{previous}`: keep them in date order")
            }
            Problem::ChartNotBeforePresent { present } => write!(
                f,
                "must come before the story's present, `{present}`, on which the troop chart ends"
            ),
            Problem::NotStoryStart { start } => {
                write!(
                    f,
                    "the first stretch must begin with the story, on `{start}`"
                )
            }
            // `fmt` sends no other problem here; were one sent, its name would still show.
            other => write!(f, "{other:?}"),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// Each problem's message, word for word.
    fn assert_messages(cases: impl IntoIterator<Item = (Problem, String)>) {
        for (problem, message) in cases {
            assert_eq!(problem.to_string(), message, "{problem:?}");
        }
    }

    /// A file that cannot be read, a field missing, empty, unknown or of the wrong type.
    #[test]
    fn a_broken_file_or_field_says_what_is_wrong() {
        let langs = crate::record::lang_codes().join(", ");
        assert_messages([
            (
                Problem::Unreadable("gone".into()),
                "the file cannot be read: gone".to_owned(),
            ),
            (Problem::Syntax("bad".into()), "not valid TOML: bad".into()),
            (Problem::Missing, "is missing".into()),
            (
                Problem::MissingTranslation,
                format!("is missing: every text needs one in each language ({langs})"),
            ),
            (Problem::Empty, "is empty".into()),
            (
                Problem::WrongType {
                    expected: "a string",
                    found: "a number",
                },
                "must be a string, not a number".into(),
            ),
            (
                Problem::UnknownField {
                    allowed: "id, name".into(),
                },
                "is not a known field (known: id, name)".into(),
            ),
            (
                Problem::NoSource,
                "is empty: every fact needs at least one source".into(),
            ),
        ]);
    }

    /// A value that is there but not one the record may have.
    #[test]
    fn a_wrong_value_says_what_is_wrong() {
        assert_messages([
            (
                Problem::BadId("Kursk".into()),
                "`Kursk` is not a kebab-case id (lower-case letters, digits, single hyphens)"
                    .into(),
            ),
            (
                Problem::BadChoice {
                    value: "more".into(),
                    allowed: "exact, about".into(),
                },
                "`more` is not one of: exact, about".into(),
            ),
            (
                Problem::BadDate(DateError::Month("2024-13".into())),
                "`2024-13` has no month between 01 and 12".into(),
            ),
            (
                Problem::EndBeforeStart {
                    start: "2024-10".into(),
                },
                "ends before it starts on `2024-10`".into(),
            ),
            (
                Problem::PrecisionMismatch,
                "must be written as precisely as the start (day, month or year)".into(),
            ),
            (
                Problem::OutOfRange {
                    low: -90.0,
                    high: 90.5,
                },
                "must lie between -90 and 90.5".into(),
            ),
            (
                Problem::NoClaimant { status: "claimed" },
                "must say who: a status of `claimed` needs a `by`".into(),
            ),
            (
                Problem::ShortRoute,
                "needs at least two places: where from, and (last) where to".into(),
            ),
            (
                Problem::Provenance {
                    lang: "de",
                    spoken: "ru",
                },
                "`de`: only a text in the language spoken (`ru`) can be `own`".into(),
            ),
            (
                Problem::SpokenProvenance {
                    lang: "uk",
                    kind: "official",
                },
                "`uk` is the language spoken: its text is `own` (the speaker's words) or `ours` (our translation into it), not `official`".into(),
            ),
            (
                Problem::BadUrl("dw.com".into()),
                "`dw.com` is not an absolute http(s) address without spaces".into(),
            ),
        ]);
    }

    /// A record at odds with another one or with the story.
    #[test]
    fn a_record_at_odds_says_with_what() {
        assert_messages([
            (
                Problem::OutsideSpan {
                    date: day("2023-01-02"),
                    start: day("2024-01-01"),
                    end: day("2024-12-31"),
                },
                "`2023-01-02` lies outside the story, which runs from 2024-01-01 to 2024-12-31"
                    .into(),
            ),
            (
                Problem::DuplicateId {
                    id: "kursk".into(),
                    first_line: 7,
                },
                "`kursk` is already used on line 7".into(),
            ),
            (
                Problem::UnknownId {
                    kind: "place",
                    id: "kursk".into(),
                },
                "`kursk` is not the id of any place".into(),
            ),
            (
                Problem::Unused,
                "is cited by no event, quote, figure or place: cite it or remove it".into(),
            ),
            (
                Problem::EventBeforeQuote {
                    event: "deployment".into(),
                    ended: day("2024-10-18"),
                },
                "`deployment` ended on 2024-10-18, before the quote's date: tie a quote to the event of the day it was said or published, or a later one".into(),
            ),
            (
                Problem::OutOfOrder {
                    date: day("2024-10-01"),
                    previous: day("2024-10-23"),
                },
                "`2024-10-01` comes before the previous one's `2024-10-23`: keep them in date order"
                    .into(),
            ),
            (
                Problem::ChartNotBeforePresent {
                    present: day("2024-10-23"),
                },
                "must come before the story's present, `2024-10-23`, on which the troop chart ends"
                    .into(),
            ),
            (
                Problem::NotStoryStart {
                    start: day("2024-01-01"),
                },
                "the first stretch must begin with the story, on `2024-01-01`".into(),
            ),
        ]);
    }
}
