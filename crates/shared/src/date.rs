//! Calendar dates of the story: parsing, validation, day arithmetic, with no dependencies.
//
// The content compiler uses it too, so that content dates and URL dates are checked by one
// piece of code.

use std::fmt;

/// A day in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to the month's length.
    pub day: u8,
}

/// How exactly a date is known: the story has events known only to the month or the year.
/// Which way along the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards later dates.
    Forward,
    /// Towards earlier dates.
    Back,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Known to the day: `2024-10-18`.
    Day,
    /// Known to the month: `2022-09`.
    Month,
    /// Known to the year: `2023`.
    Year,
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The text is not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Format(String),
    /// The form is right but the month does not exist.
    Month(String),
    /// The form is right but the month has no such day.
    Day(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(text) => {
                write!(
                    f,
                    "`{text}` is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY"
                )
            }
            DateError::Month(text) => write!(f, "`{text}` has no month between 01 and 12"),
            DateError::Day(text) => write!(f, "`{text}` names a day its month does not have"),
        }
    }
}

impl std::error::Error for DateError {}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Number of days in a month of a year.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn digits(text: &str, len: usize) -> Option<u16> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl Date {
    /// A date from its parts, if the day exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, giving the first day of what it names and how
    /// precisely it is known.
    pub fn parse_with_precision(text: &str) -> Result<(Date, Precision), DateError> {
        let format = || DateError::Format(text.to_owned());
        let mut parts = text.split('-');
        let year = parts.next().and_then(|y| digits(y, 4)).ok_or_else(format)?;
        let month = match parts.next() {
            None => {
                return Ok((
                    Date {
                        year,
                        month: 1,
                        day: 1,
                    },
                    Precision::Year,
                ))
            }
            Some(m) => digits(m, 2).ok_or_else(format)? as u8,
        };
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(text.to_owned()));
        }
        let day = match parts.next() {
            None => {
                return Ok((
                    Date {
                        year,
                        month,
                        day: 1,
                    },
                    Precision::Month,
                ))
            }
            Some(d) => digits(d, 2).ok_or_else(format)? as u8,
        };
        if parts.next().is_some() {
            return Err(format());
        }
        let date = Date::new(year, month, day).ok_or_else(|| DateError::Day(text.to_owned()))?;
        Ok((date, Precision::Day))
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        match Date::parse_with_precision(text)? {
            (date, Precision::Day) => Ok(date),
            _ => Err(DateError::Format(text.to_owned())),
        }
    }

    /// Days since 1 January 1970 (negative before it).
    pub fn day_number(self) -> i32 {
        // Howard Hinnant's days_from_civil: exact for every Gregorian date.
        let y = i32::from(self.year) - i32::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i32::from(self.month);
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i32::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date a number of days after 1 January 1970, if its year has four digits.
    pub fn from_day_number(days: i32) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i32::from(month <= 2);
        let year = u16::try_from(year)
            .ok()
            .filter(|y| (1000..=9999).contains(y))?;
        Some(Date { year, month, day })
    }

    /// The last day of the period a date of this precision names.
    pub fn end_of(self, precision: Precision) -> Date {
        match precision {
            Precision::Day => self,
            Precision::Month => Date {
                day: days_in_month(self.year, self.month),
                ..self
            },
            Precision::Year => Date {
                month: 12,
                day: 31,
                ..self
            },
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_precisions() {
        assert_eq!(
            Date::parse_with_precision("2024-10-18"),
            Ok((
                Date {
                    year: 2024,
                    month: 10,
                    day: 18
                },
                Precision::Day
            ))
        );
        assert_eq!(
            Date::parse_with_precision("2022-09"),
            Ok((
                Date {
                    year: 2022,
                    month: 9,
                    day: 1
                },
                Precision::Month
            ))
        );
        assert_eq!(
            Date::parse_with_precision("2023"),
            Ok((
                Date {
                    year: 2023,
                    month: 1,
                    day: 1
                },
                Precision::Year
            ))
        );
    }

    #[test]
    fn rejects_impossible_dates_with_exact_messages() {
        assert_eq!(
            Date::parse("2024-02-30").unwrap_err().to_string(),
            "`2024-02-30` names a day its month does not have"
        );
        assert_eq!(
            Date::parse("2024-13-01").unwrap_err().to_string(),
            "`2024-13-01` has no month between 01 and 12"
        );
        assert_eq!(
            Date::parse("24-1-1").unwrap_err().to_string(),
            "`24-1-1` is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY"
        );
        assert!(Date::parse("2024-10").is_err());
        assert!(Date::parse("2024-10-01-").is_err());
        assert!(Date::parse("２０２４-10-01").is_err());
        assert!(Date::parse("+024-10-01").is_err());
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Ok(29));
        assert!(Date::parse("2023-02-29").is_err());
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(Date::parse("1970-01-01").unwrap().day_number(), 0);
        assert_eq!(Date::parse("2024-10-23").unwrap().day_number(), 20_019);
        for days in 10_000..25_000 {
            let date = Date::from_day_number(days).unwrap();
            assert_eq!(date.day_number(), days);
            assert_eq!(Date::parse(&date.to_string()), Ok(date));
        }
    }

    #[test]
    fn periods_end_on_their_last_day() {
        let (sep, precision) = Date::parse_with_precision("2024-02").unwrap();
        assert_eq!(sep.end_of(precision).to_string(), "2024-02-29");
        let (year, precision) = Date::parse_with_precision("2023").unwrap();
        assert_eq!(year.end_of(precision).to_string(), "2023-12-31");
    }
}
