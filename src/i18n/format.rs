//! The date, number and provenance formats the catalog defines, filled in for a language.

use super::catalog::{Text, TRANSLATED_FROM, WORDING_IN};
use crate::model::story::{Dating, Provenance, Quote, Spoken, When};
use shared::date::{Date, Precision};
use shared::lang::Lang;

/// A month's name from a catalog entry listing all twelve: `September` / `Sept.`.
fn month_in(list: Text, lang: Lang, month: u8) -> &'static str {
    let index = usize::from(month.clamp(1, 12) - 1);
    list.get(lang).split(' ').nth(index).unwrap_or_default()
}

/// A month's short name: `Sept.` / `Sept`.
pub fn short_month(lang: Lang, month: u8) -> &'static str {
    month_in(Text::ShortMonths, lang, month)
}

/// A month's name after a day or a preposition ("23 жовтня", "з липня"): where a language
/// declines month names, the genitive.
fn month_name(lang: Lang, month: u8) -> &'static str {
    month_in(Text::Months, lang, month)
}

/// A month's name standing alone ("жовтень 2024 року"): the nominative.
fn month_alone(lang: Lang, month: u8) -> &'static str {
    month_in(Text::MonthsAlone, lang, month)
}

/// A month in the language's format: `Oktober 2024`, `жовтень 2024 року`.
fn month_in_year(month: &str, year: u16, lang: Lang) -> String {
    fill(
        Text::MonthFormat.get(lang),
        &[("month", month), ("year", &year.to_string())],
    )
}

/// A catalog template in `lang` with each `{name}` filled in from `values`: the one way a
/// component writes a phrase that holds values.
pub fn template(text: Text, lang: Lang, values: &[(&str, &str)]) -> String {
    fill(text.get(lang), values)
}

/// A catalog format with each `{name}` filled in from `values`; a name not among them stays
/// as written.
// One pass over the format: `str::replace` with a `&str` pattern would bring the two-way
// substring search into the wasm (about 1.4 KB) for four short formats.
fn fill(format: &str, values: &[(&str, &str)]) -> String {
    let mut pieces = format.split('{');
    let mut out = String::from(pieces.next().unwrap_or_default());
    for piece in pieces {
        let value = piece.split_once('}').and_then(|(name, rest)| {
            let (_, value) = values.iter().find(|(key, _)| *key == name)?;
            Some((*value, rest))
        });
        match value {
            Some((value, rest)) => {
                out.push_str(value);
                out.push_str(rest);
            }
            None => {
                out.push('{');
                out.push_str(piece);
            }
        }
    }
    out
}

/// A day in the language's format `format`, with the month's name given.
fn day_in(format: Text, day: u8, month: &str, year: u16, lang: Lang) -> String {
    fill(
        format.get(lang),
        &[
            ("day", &day.to_string()),
            ("month", month),
            ("year", &year.to_string()),
        ],
    )
}

/// A day with its month's short name, for where the full date does not fit: `28. Sept. 2023` /
/// `28 Sept 2023`.
pub fn format_day_short(date: Date, lang: Lang) -> String {
    day_in(
        Text::DayShortFormat,
        date.day,
        short_month(lang, date.month),
        date.year,
        lang,
    )
}

/// The axis's name for a stretch of the timeline, from its dates: months for a stretch that
/// ends where the next begins, the last day for the story's last stretch, and whether the
/// scale squeezes or stretches it: `Sept. 2022 – Mai 2024 (gestaucht)`, `Okt. – 5. Nov. 2024`.
pub fn format_stretch(start: Date, end: Date, per_day: f64, last: bool, lang: Lang) -> String {
    let alone = |month| month_in(Text::ShortMonthsAlone, lang, month);
    let to = if last {
        format_day_short(end, lang)
    } else {
        format!("{} {}", alone(end.month), end.year)
    };
    let from = match (start.year == end.year, start.month == end.month) {
        (true, true) if !last => String::new(),
        (true, _) => format!("{} – ", alone(start.month)),
        (false, _) => format!("{} {} – ", alone(start.month), start.year),
    };
    let scale = if per_day < 1.0 {
        Some(Text::AxisSqueezed)
    } else if per_day > 1.0 {
        Some(Text::AxisStretched)
    } else {
        None
    };
    match scale {
        Some(scale) => format!("{from}{to} ({})", scale.get(lang)),
        None => format!("{from}{to}"),
    }
}

/// When something happened, in words: a span as [`format_span`] writes it, and a start known
/// only roughly as "ab etwa Juli 2024" / "from about July 2024".
pub fn format_when(when: &When, lang: Lang) -> String {
    about(
        when,
        format_span(when.start, when.end, when.precision, lang),
        lang,
    )
}

/// When something began, in words, approximate where it is: "ab etwa Juli 2024".
pub fn format_start(when: &When, lang: Lang) -> String {
    about(when, format_date(when.start, when.precision, lang), lang)
}

/// "ab etwa Juli 2024", "приблизно з липня 2024 року": a month after the preposition takes
/// the form a day's month takes.
fn about(when: &When, date: String, lang: Lang) -> String {
    if !when.approximate {
        return date;
    }
    let date = match when.precision {
        Precision::Month => {
            month_in_year(month_name(lang, when.start.month), when.start.year, lang)
        }
        _ => date,
    };
    format!("{} {date}", Text::FromAbout.get(lang))
}

/// The label of a quote's wording in `other`: "Englischer Wortlaut".
pub fn wording_in(other: Lang) -> Text {
    WORDING_IN[other.index()]
}

/// The language of the text we translated a quote's `text` from: of its other wordings that
/// are not ours, the closest to what was said (the speaker's own, then an official
/// translation, then the article's or a report's), the first in [`Lang::ALL`] among equals;
/// else the article's language (the default).
fn translated_from(quote: &Quote, text: Lang) -> Lang {
    let rank = |provenance| match provenance {
        Provenance::Own => 0,
        Provenance::Official => 1,
        Provenance::Article | Provenance::Reported => 2,
        Provenance::Ours => 3,
    };
    Lang::ALL
        .into_iter()
        .filter(|&l| l != text && quote.provenance.get(l) != Provenance::Ours)
        .min_by_key(|&l| rank(quote.provenance.get(l)))
        .unwrap_or_default()
}

/// What a quote's text in `text` is, said in `lang`: "Originalwortlaut", "Official translation
/// from Ukrainian", "Im DW-Artikel übersetzt aus dem Englischen", "Our translation from German".
pub fn provenance_text(quote: &Quote, text: Lang, lang: Lang) -> String {
    let from = |spoken: Spoken| match spoken {
        Spoken::De => Some(Text::FromGerman),
        Spoken::En => Some(Text::FromEnglish),
        Spoken::Uk => Some(Text::FromUkrainian),
        Spoken::Ru => Some(Text::FromRussian),
        Spoken::Unknown => None,
    };
    let (kind, from) = match quote.provenance.get(text) {
        Provenance::Own => (Text::OwnWords, None),
        Provenance::Official => (Text::OfficialTranslation, from(quote.spoken)),
        Provenance::Article => match from(quote.spoken) {
            Some(from) => (Text::ArticleTranslation, Some(from)),
            None => (Text::ArticleWording, None),
        },
        Provenance::Reported => (Text::ReportedTranslation, from(quote.spoken)),
        // We translate from another language's text, which the article or the speaker gave.
        Provenance::Ours => (
            Text::OurTranslation,
            Some(TRANSLATED_FROM[translated_from(quote, text).index()]),
        ),
    };
    match from {
        Some(from) => format!("{} {}", kind.get(lang), from.get(lang)),
        None => kind.get(lang).to_owned(),
    }
}

/// A quote's day in words, with what the day is: `gesagt am 23. Oktober 2024` /
/// `published on 23 October 2024`.
pub fn format_said(date: Date, dating: Dating, lang: Lang) -> String {
    let said = match dating {
        Dating::Said => Text::SaidOn,
        Dating::Published => Text::PublishedOn,
    };
    format!(
        "{} {}",
        said.get(lang),
        format_date(date, Precision::Day, lang)
    )
}

/// The day a chart or list is drawn up to, in words: `Stand: 23. Oktober 2024` /
/// `As of 23 October 2024`.
pub fn format_as_of(date: Date, lang: Lang) -> String {
    fill(
        Text::ChartAsOf.get(lang),
        &[("date", &format_date(date, Precision::Day, lang))],
    )
}

/// A figure's day in words, marked where it is only the day the figure was published:
/// `23. Oktober 2024` / `veröffentlicht am 23. Oktober 2024`.
pub fn format_dated(date: Date, dating: Dating, lang: Lang) -> String {
    match dating {
        Dating::Said => format_date(date, Precision::Day, lang),
        Dating::Published => format_said(date, dating, lang),
    }
}

/// A date in words as the language writes it, as precisely as it is known:
/// `23. Oktober 2024` / `23 October 2024`, `Oktober 2024`, `2023`.
pub fn format_date(date: Date, precision: Precision, lang: Lang) -> String {
    match precision {
        Precision::Year => date.year.to_string(),
        Precision::Month => month_in_year(month_alone(lang, date.month), date.year, lang),
        Precision::Day => day_in(
            Text::DayFormat,
            date.day,
            month_name(lang, date.month),
            date.year,
            lang,
        ),
    }
}

/// A span of dates in words, sharing what the two ends share:
/// `8.–13. Oktober 2024` / `8–13 October 2024`, `September–November 2022`.
pub fn format_span(start: Date, end: Date, precision: Precision, lang: Lang) -> String {
    let same_year = start.year == end.year;
    let same_month = same_year && start.month == end.month;
    let same_period = match precision {
        Precision::Day => start == end,
        Precision::Month => same_month,
        Precision::Year => same_year,
    };
    match precision {
        _ if same_period => format_date(start, precision, lang),
        Precision::Year => format!("{}–{}", start.year, end.year),
        Precision::Month if same_year => month_in_year(
            &format!(
                "{}–{}",
                month_alone(lang, start.month),
                month_alone(lang, end.month)
            ),
            end.year,
            lang,
        ),
        Precision::Day if same_month => fill(
            Text::DaysFormat.get(lang),
            &[
                ("first", &start.day.to_string()),
                ("last", &end.day.to_string()),
                ("month", month_name(lang, end.month)),
                ("year", &end.year.to_string()),
            ],
        ),
        _ => format!(
            "{} – {}",
            format_date(start, precision, lang),
            format_date(end, precision, lang)
        ),
    }
}

/// A whole number with the language's thousands separator: `12.000` / `12,000`.
pub fn format_number(value: u64, lang: Lang) -> String {
    let separator = Text::ThousandsSeparator.get(lang);
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn every_catalog_entry_exists_in_every_language() {
        for text in Text::ALL {
            for lang in Lang::ALL {
                // A digit group's separator may be a space: a no-break one.
                let blank = text.get(lang).trim().is_empty();
                let space = *text == Text::ThousandsSeparator && !text.get(lang).is_empty();
                assert!(!blank || space, "{text:?} is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn ukrainian_and_russian_dates_decline_their_months() {
        let present = day("2024-10-23");
        assert_eq!(
            format_date(present, Precision::Day, Lang::Uk),
            "23 жовтня 2024 року"
        );
        assert_eq!(
            format_date(present, Precision::Day, Lang::Ru),
            "23 октября 2024 года"
        );
        assert_eq!(
            format_date(present, Precision::Month, Lang::Uk),
            "жовтень 2024 року"
        );
        assert_eq!(
            format_date(day("2024-05-01"), Precision::Month, Lang::Ru),
            "май 2024 года"
        );
        let (start, end) = (day("2024-10-08"), day("2024-10-13"));
        assert_eq!(
            format_span(start, end, Precision::Day, Lang::Ru),
            "8–13 октября 2024 года"
        );
        let (start, end) = (day("2022-09-01"), day("2022-11-30"));
        assert_eq!(
            format_span(start, end, Precision::Month, Lang::Uk),
            "вересень–листопад 2022 року"
        );
        // After "from about", a month takes the form a day's month takes.
        let july = When {
            start: day("2024-07-01"),
            end: day("2024-07-31"),
            precision: Precision::Month,
            approximate: true,
        };
        assert_eq!(format_start(&july, Lang::Uk), "приблизно з липня 2024 року");
        assert_eq!(format_start(&july, Lang::Ru), "примерно с июля 2024 года");
        assert_eq!(format_start(&july, Lang::De), "ab etwa Juli 2024");
        let longest = day("2023-09-28");
        assert_eq!(format_day_short(longest, Lang::Uk), "28 вер. 2023 р.");
        assert_eq!(
            format_day_short(day("2024-05-05"), Lang::Ru),
            "5 мая 2024 г."
        );
        assert_eq!(
            format_stretch(day("2024-05-01"), day("2024-06-30"), 1.0, false, Lang::Ru),
            "май – июнь 2024"
        );
        assert_eq!(format_number(12_000, Lang::Uk), "12\u{a0}000");
        assert_eq!(format_number(1_900_000, Lang::Ru), "1\u{a0}900\u{a0}000");
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let present = day("2024-10-23");
        assert_eq!(
            format_date(present, Precision::Day, Lang::De),
            "23. Oktober 2024"
        );
        assert_eq!(
            format_date(present, Precision::Day, Lang::En),
            "23 October 2024"
        );
        assert_eq!(
            format_date(present, Precision::Month, Lang::De),
            "Oktober 2024"
        );
        assert_eq!(format_date(present, Precision::Year, Lang::En), "2024");
        assert_eq!(
            format_date(day("2024-03-01"), Precision::Month, Lang::De),
            "März 2024"
        );
        // The short form a narrow time control shows: the story's longest date in words.
        let longest = day("2023-09-28");
        assert_eq!(format_day_short(longest, Lang::De), "28. Sept. 2023");
        assert_eq!(format_day_short(longest, Lang::En), "28 Sept 2023");
    }

    #[test]
    fn a_format_fills_its_names_and_keeps_what_it_does_not_know() {
        let values = [("day", "5"), ("year", "2024")];
        assert_eq!(fill("{day}. {day} {year}", &values), "5. 5 2024");
        assert_eq!(fill("{month} {day}", &values), "{month} 5");
        assert_eq!(fill("a { b {day", &values), "a { b {day");
        assert_eq!(fill("{year}}{", &values), "2024}{");
        assert_eq!(fill("", &values), "");
    }

    #[test]
    fn spans_share_what_their_ends_share() {
        let (start, end) = (day("2024-10-08"), day("2024-10-13"));
        assert_eq!(
            format_span(start, end, Precision::Day, Lang::De),
            "8.–13. Oktober 2024"
        );
        assert_eq!(
            format_span(start, end, Precision::Day, Lang::En),
            "8–13 October 2024"
        );
        let (start, end) = (day("2023-09-07"), day("2023-10-01"));
        assert_eq!(
            format_span(start, end, Precision::Day, Lang::En),
            "7 September 2023 – 1 October 2023"
        );
        let (start, end) = (day("2022-09-01"), day("2022-11-30"));
        assert_eq!(
            format_span(start, end, Precision::Month, Lang::De),
            "September–November 2022"
        );
        assert_eq!(
            format_span(start, start, Precision::Day, Lang::En),
            "1 September 2022"
        );
        let (year, year_end) = (day("2023-01-01"), day("2023-12-31"));
        assert_eq!(
            format_span(year, year_end, Precision::Year, Lang::De),
            "2023"
        );
        let (july, july_end) = (day("2024-07-01"), day("2024-07-31"));
        assert_eq!(
            format_span(july, july_end, Precision::Month, Lang::En),
            "July 2024"
        );
    }

    #[test]
    fn stretches_are_named_from_their_dates() {
        let name = |start, end, per_day, last, lang| {
            format_stretch(day(start), day(end), per_day, last, lang)
        };
        assert_eq!(
            name("2022-09-01", "2024-05-31", 0.3, false, Lang::De),
            "Sept. 2022 – Mai 2024 (gestaucht)"
        );
        assert_eq!(
            name("2024-06-01", "2024-09-30", 1.0, false, Lang::En),
            "June – Sept 2024"
        );
        assert_eq!(
            name("2024-10-01", "2024-11-05", 6.0, true, Lang::De),
            "Okt. – 5. Nov. 2024 (gedehnt)"
        );
        // Moving the story's end moves the axis's last date.
        assert_eq!(
            name("2024-10-01", "2025-01-20", 6.0, true, Lang::En),
            "Oct 2024 – 20 Jan 2025 (stretched)"
        );
        assert_eq!(
            name("2024-10-01", "2024-10-31", 1.0, false, Lang::En),
            "Oct 2024"
        );
    }

    #[test]
    fn numbers_use_the_language_separator() {
        assert_eq!(format_number(12_000, Lang::De), "12.000");
        assert_eq!(format_number(12_000, Lang::En), "12,000");
        assert_eq!(format_number(1_900_000, Lang::De), "1.900.000");
        assert_eq!(format_number(999, Lang::En), "999");
        assert_eq!(format_number(0, Lang::De), "0");
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("DE"), None);
        assert_eq!(Lang::default(), Lang::De);
    }
}
