//! Reading the fields of one TOML table, with every problem reported at its file, line and field.

use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::{ContentError, Problem};
use shared::date::{Date, Precision};
use shared::lang::Lang;

/// One content file being read, and the problems found in it so far.
pub struct FileReader<'a> {
    /// The file's path as shown in messages.
    pub name: &'a str,
    text: &'a str,
    /// Problems found so far.
    pub errors: Vec<ContentError>,
}

impl<'a> FileReader<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Self {
        FileReader {
            name,
            text,
            errors: Vec::new(),
        }
    }

    /// The 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    pub fn report(&mut self, span: Range<usize>, field: impl Into<String>, problem: Problem) {
        let line = self.line(span.start);
        self.report_at(line, field, problem);
    }

    pub fn report_at(&mut self, line: usize, field: impl Into<String>, problem: Problem) {
        self.errors.push(ContentError {
            file: self.name.to_owned(),
            line,
            field: field.into(),
            problem,
        });
    }
}

/// A value read from the file with the line it stands on.
#[derive(Clone, Debug)]
pub struct At<T> {
    pub value: T,
    pub line: usize,
}

/// A text in every language, in the order of [`Lang::ALL`].
#[derive(Clone, Debug)]
pub struct Loc(pub Vec<String>);

impl Loc {
    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &str {
        &self.0[lang.index()]
    }
}

/// Every language's code, in the order of [`Lang::ALL`]: the keys of a localized field.
pub fn lang_codes() -> [&'static str; Lang::COUNT] {
    Lang::ALL.map(Lang::code)
}

/// A date with its precision and, for spans, its last day.
#[derive(Clone, Copy, Debug)]
pub struct Dated {
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
}

fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a number with a fraction",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a TOML date (write dates as strings: \"2024-10-23\")",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// One table of a content file: a `[[event]]`, a `[[place]]`, the story's header.
pub struct Record<'t> {
    table: &'t DeTable<'t>,
    span: Range<usize>,
    /// The prefix of this record's field names in messages (`value.` for a figure's values).
    prefix: String,
}

impl<'t> Record<'t> {
    /// Reads a table, reporting every key that is not one of `fields`.
    pub fn open(
        file: &mut FileReader<'_>,
        value: &'t Spanned<DeValue<'t>>,
        name: &str,
        fields: &[&str],
    ) -> Option<Record<'t>> {
        let DeValue::Table(table) = value.get_ref() else {
            let found = type_name(value.get_ref());
            file.report(
                value.span(),
                name,
                Problem::WrongType {
                    expected: "a table",
                    found,
                },
            );
            return None;
        };
        for (key, _) in table.iter() {
            if !fields.contains(&key.get_ref().as_ref()) {
                let field = if name.is_empty() {
                    key.get_ref().to_string()
                } else {
                    format!("{name}.{}", key.get_ref())
                };
                file.report(
                    key.span(),
                    field,
                    Problem::UnknownField {
                        allowed: fields.join(", "),
                    },
                );
            }
        }
        let prefix = if name.is_empty() {
            String::new()
        } else {
            format!("{name}.")
        };
        Some(Record {
            table,
            span: value.span(),
            prefix,
        })
    }

    /// The line the table starts on.
    pub fn line(&self, file: &FileReader<'_>) -> usize {
        file.line(self.span.start)
    }

    fn field_name(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    fn lookup(&self, key: &str) -> Option<&'t Spanned<DeValue<'t>>> {
        self.table
            .iter()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(_, v)| v)
    }

    /// A field that must be present.
    pub fn required(
        &self,
        file: &mut FileReader<'_>,
        key: &str,
    ) -> Option<&'t Spanned<DeValue<'t>>> {
        let value = self.lookup(key);
        if value.is_none() {
            let line = self.line(file);
            file.report_at(line, self.field_name(key), Problem::Missing);
        }
        value
    }

    /// The record's `id` if it is a string, without reporting anything: ids of records with
    /// other errors still count as known, so references to them raise no second error.
    pub fn peek_id(&self) -> Option<String> {
        match self.lookup("id")?.get_ref() {
            DeValue::String(id) => Some(id.to_string()),
            _ => None,
        }
    }

    /// Whether a field is present.
    pub fn has(&self, key: &str) -> bool {
        self.lookup(key).is_some()
    }

    fn as_str(
        &self,
        file: &mut FileReader<'_>,
        key: &str,
        value: &'t Spanned<DeValue<'t>>,
    ) -> Option<At<String>> {
        let line = file.line(value.span().start);
        match value.get_ref() {
            DeValue::String(text) if text.trim().is_empty() => {
                file.report_at(line, self.field_name(key), Problem::Empty);
                None
            }
            DeValue::String(text) => Some(At {
                value: text.to_string(),
                line,
            }),
            other => {
                let found = type_name(other);
                file.report_at(
                    line,
                    self.field_name(key),
                    Problem::WrongType {
                        expected: "a string",
                        found,
                    },
                );
                None
            }
        }
    }

    /// A non-empty string.
    pub fn string(&self, file: &mut FileReader<'_>, key: &str) -> Option<At<String>> {
        let value = self.required(file, key)?;
        self.as_str(file, key, value)
    }

    /// `true` or `false`; absent is `false`.
    pub fn flag(&self, file: &mut FileReader<'_>, key: &str) -> Option<bool> {
        let Some(value) = self.lookup(key) else {
            return Some(false);
        };
        match value.get_ref() {
            DeValue::Boolean(flag) => Some(*flag),
            other => {
                let found = type_name(other);
                let line = file.line(value.span().start);
                let expected = "true or false";
                file.report_at(
                    line,
                    self.field_name(key),
                    Problem::WrongType { expected, found },
                );
                None
            }
        }
    }

    /// A kebab-case id, or a reference to one.
    pub fn id(&self, file: &mut FileReader<'_>, key: &str) -> Option<At<String>> {
        let id = self.string(file, key)?;
        self.check_id(file, key, id)
    }

    fn check_id(&self, file: &mut FileReader<'_>, key: &str, id: At<String>) -> Option<At<String>> {
        let kebab = !id.value.starts_with('-')
            && !id.value.ends_with('-')
            && !id.value.contains("--")
            && id
                .value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if kebab {
            Some(id)
        } else {
            file.report_at(id.line, self.field_name(key), Problem::BadId(id.value));
            None
        }
    }

    /// A list of ids; `at_least_one` makes an empty list an error.
    pub fn ids(
        &self,
        file: &mut FileReader<'_>,
        key: &str,
        at_least_one: bool,
    ) -> Option<Vec<At<String>>> {
        let value = match self.lookup(key) {
            Some(value) => value,
            None if at_least_one => {
                let line = self.line(file);
                file.report_at(line, self.field_name(key), Problem::Missing);
                return None;
            }
            None => return Some(Vec::new()),
        };
        let DeValue::Array(items) = value.get_ref() else {
            let found = type_name(value.get_ref());
            file.report(
                value.span(),
                self.field_name(key),
                Problem::WrongType {
                    expected: "a list of ids",
                    found,
                },
            );
            return None;
        };
        if at_least_one && items.is_empty() {
            file.report(value.span(), self.field_name(key), Problem::NoSource);
            return None;
        }
        let mut ids = Vec::new();
        let mut ok = true;
        for item in items.iter() {
            match self
                .as_str(file, key, item)
                .and_then(|id| self.check_id(file, key, id))
            {
                Some(id) => ids.push(id),
                None => ok = false,
            }
        }
        ok.then_some(ids)
    }

    /// A text in every language: `title = { de = "…", en = "…" }` or `title.de = "…"`.
    pub fn localized(&self, file: &mut FileReader<'_>, key: &str) -> Option<Loc> {
        let value = self.required(file, key)?;
        let inner = Record::open(file, value, &self.field_name(key), &lang_codes())?;
        let mut texts = Vec::new();
        for lang in lang_codes() {
            match inner.lookup(lang) {
                Some(text) => texts.push(inner.as_str(file, lang, text).map(|t| t.value)),
                None => {
                    let line = file.line(value.span().start);
                    file.report_at(line, inner.field_name(lang), Problem::MissingTranslation);
                    texts.push(None);
                }
            }
        }
        texts.into_iter().collect::<Option<Vec<_>>>().map(Loc)
    }

    /// One of a fixed set of words for each language (`{ de = "own", en = "ours" }`).
    pub fn localized_choice(
        &self,
        file: &mut FileReader<'_>,
        key: &str,
        allowed: &'static [&'static str],
    ) -> Option<Vec<&'static str>> {
        let value = self.required(file, key)?;
        let inner = Record::open(file, value, &self.field_name(key), &lang_codes())?;
        let mut words = Vec::new();
        for lang in lang_codes() {
            if inner.has(lang) {
                words.push(inner.choice(file, lang, allowed));
            } else {
                let line = file.line(value.span().start);
                file.report_at(line, inner.field_name(lang), Problem::MissingTranslation);
                words.push(None);
            }
        }
        words.into_iter().collect()
    }

    /// One of a fixed set of words.
    pub fn choice(
        &self,
        file: &mut FileReader<'_>,
        key: &str,
        allowed: &'static [&'static str],
    ) -> Option<&'static str> {
        let word = self.string(file, key)?;
        let found = allowed.iter().find(|a| **a == word.value).copied();
        if found.is_none() {
            file.report_at(
                word.line,
                self.field_name(key),
                Problem::BadChoice {
                    value: word.value,
                    allowed: allowed.join(", "),
                },
            );
        }
        found
    }

    /// A date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with an optional last day in `until`.
    pub fn dated(&self, file: &mut FileReader<'_>, key: &str, until: &str) -> Option<At<Dated>> {
        let text = self.string(file, key)?;
        let (start, precision) = match Date::parse_with_precision(&text.value) {
            Ok(parsed) => parsed,
            Err(error) => {
                file.report_at(text.line, self.field_name(key), Problem::BadDate(error));
                return None;
            }
        };
        let mut end = start.end_of(precision);
        if let Some(value) = self.lookup(until) {
            let last = self.as_str(file, until, value)?;
            match Date::parse_with_precision(&last.value) {
                Ok((last_start, last_precision)) if last_precision == precision => {
                    end = last_start.end_of(precision);
                    if end < start {
                        file.report_at(
                            last.line,
                            self.field_name(until),
                            Problem::EndBeforeStart {
                                start: text.value.clone(),
                            },
                        );
                        return None;
                    }
                }
                Ok(_) => {
                    file.report_at(
                        last.line,
                        self.field_name(until),
                        Problem::PrecisionMismatch,
                    );
                    return None;
                }
                Err(error) => {
                    file.report_at(last.line, self.field_name(until), Problem::BadDate(error));
                    return None;
                }
            }
        }
        Some(At {
            value: Dated {
                start,
                end,
                precision,
            },
            line: text.line,
        })
    }

    /// A day written `YYYY-MM-DD`.
    pub fn day(&self, file: &mut FileReader<'_>, key: &str) -> Option<At<Date>> {
        let text = self.string(file, key)?;
        match Date::parse(&text.value) {
            Ok(date) => Some(At {
                value: date,
                line: text.line,
            }),
            Err(error) => {
                file.report_at(text.line, self.field_name(key), Problem::BadDate(error));
                None
            }
        }
    }

    /// A number, with or without a fraction, within a range.
    pub fn number(&self, file: &mut FileReader<'_>, key: &str, range: Range<f64>) -> Option<f64> {
        let value = self.required(file, key)?;
        let number = match value.get_ref() {
            DeValue::Float(float) => float.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::Integer(int) if int.radix() == 10 => {
                int.as_str().replace('_', "").parse::<f64>().ok()
            }
            other => {
                let found = type_name(other);
                file.report(
                    value.span(),
                    self.field_name(key),
                    Problem::WrongType {
                        expected: "a number",
                        found,
                    },
                );
                return None;
            }
        };
        match number {
            Some(n) if range.contains(&n) => Some(n),
            _ => {
                file.report(
                    value.span(),
                    self.field_name(key),
                    Problem::OutOfRange {
                        low: range.start,
                        high: range.end,
                    },
                );
                None
            }
        }
    }

    /// A whole number of at least zero.
    pub fn count(&self, file: &mut FileReader<'_>, key: &str) -> Option<u64> {
        let value = self.required(file, key)?;
        match value.get_ref() {
            DeValue::Integer(int) if int.radix() == 10 => {
                let parsed = int.as_str().replace('_', "").parse::<u64>().ok();
                if parsed.is_none() {
                    file.report(
                        value.span(),
                        self.field_name(key),
                        Problem::OutOfRange {
                            low: 0.0,
                            high: u64::MAX as f64,
                        },
                    );
                }
                parsed
            }
            other => {
                let found = type_name(other);
                file.report(
                    value.span(),
                    self.field_name(key),
                    Problem::WrongType {
                        expected: "a whole number",
                        found,
                    },
                );
                None
            }
        }
    }

    /// A table (`[chart]`), opened as a record.
    pub fn table(
        &self,
        file: &mut FileReader<'_>,
        key: &str,
        fields: &[&str],
    ) -> Option<Record<'t>> {
        let value = self.required(file, key)?;
        Record::open(file, value, &self.field_name(key), fields)
    }

    /// An array of tables (`[[figure.value]]`), each opened as a record.
    pub fn records(
        &self,
        file: &mut FileReader<'_>,
        key: &str,
        fields: &[&str],
    ) -> Option<Vec<Record<'t>>> {
        let value = self.required(file, key)?;
        let DeValue::Array(items) = value.get_ref() else {
            let found = type_name(value.get_ref());
            file.report(
                value.span(),
                self.field_name(key),
                Problem::WrongType {
                    expected: "a list of tables",
                    found,
                },
            );
            return None;
        };
        if items.is_empty() {
            file.report(value.span(), self.field_name(key), Problem::Empty);
            return None;
        }
        let name = self.field_name(key);
        let records: Vec<_> = items
            .iter()
            .filter_map(|item| Record::open(file, item, &name, fields))
            .collect();
        (records.len() == items.len()).then_some(records)
    }
}

/// The top-level tables of a file, or the records of its `[[name]]` arrays.
pub fn document<'t>(file: &mut FileReader<'_>, text: &'t str) -> Option<Spanned<DeTable<'t>>> {
    match DeTable::parse(text) {
        Ok(table) => Some(table),
        Err(error) => {
            let line = error.span().map(|span| file.line(span.start)).unwrap_or(1);
            let message = error.message().trim().to_owned();
            file.report_at(line, "", Problem::Syntax(message));
            None
        }
    }
}
