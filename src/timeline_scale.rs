//! The timeline's piecewise scale: slider positions ↔ dates, with October 2024 given room.

use crate::content::STORY;
use crate::date::Date;
use crate::locale::Text;

/// One stretch of the scale: dates from `start` (inclusive) get `steps_per_day` positions a day
/// (a fraction where the scale is compressed).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    /// The first day of the stretch.
    pub start: Date,
    /// Slider positions per day.
    pub steps_per_day: f64,
    /// How the axis names the stretch.
    pub name: Text,
}

const fn day(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// The stretches of the scale, in order; the last runs to the story's end.
pub const SEGMENTS: [Segment; 3] = [
    Segment {
        start: day(2022, 9, 1),
        steps_per_day: 0.3,
        name: Text::AxisCompressed,
    },
    Segment {
        start: day(2024, 6, 1),
        steps_per_day: 1.0,
        name: Text::AxisSummer,
    },
    Segment {
        start: day(2024, 10, 1),
        steps_per_day: 6.0,
        name: Text::AxisOctober,
    },
];

/// Where each stretch begins on the slider, and where the slider ends.
fn bounds() -> [i32; 4] {
    let mut out = [0; 4];
    for i in 0..SEGMENTS.len() {
        let end = SEGMENTS
            .get(i + 1)
            .map_or(STORY.end.day_number() + 1, |s| s.start.day_number());
        let days = f64::from(end - SEGMENTS[i].start.day_number());
        out[i + 1] = out[i] + (days * SEGMENTS[i].steps_per_day).round() as i32;
    }
    out
}

/// The last slider position: the story's last day.
pub fn last_position() -> i32 {
    position_of(STORY.end)
}

/// The slider position of a date (the first of its day's positions); dates outside the story
/// are held at its ends.
pub fn position_of(date: Date) -> i32 {
    let date = date.clamp(STORY.start, STORY.end);
    let bounds = bounds();
    let i = SEGMENTS.iter().rposition(|s| s.start <= date).unwrap_or(0);
    let segment = SEGMENTS[i];
    let days = f64::from(date.day_number() - segment.start.day_number());
    let position = bounds[i] + (days * segment.steps_per_day).floor() as i32;
    position.min(bounds[i + 1] - 1)
}

/// The date at a slider position: an event's start if one falls on the position, else the
/// first day the position covers. Positions outside the slider are held at its ends.
pub fn date_at(position: i32) -> Date {
    let position = position.clamp(0, last_position());
    if position == last_position() {
        return STORY.end;
    }
    if let Some(event) = STORY
        .events
        .iter()
        .find(|e| position_of(e.when.start) == position)
    {
        return event.when.start;
    }
    let bounds = bounds();
    let i = (0..SEGMENTS.len())
        .rfind(|&i| bounds[i] <= position)
        .unwrap_or(0);
    let segment = SEGMENTS[i];
    let steps = f64::from(position - bounds[i]) / segment.steps_per_day;
    // Where a day has several positions, a position belongs to the day it falls in; where
    // days share a position, it belongs to the first of them.
    let days = if segment.steps_per_day >= 1.0 {
        steps.floor()
    } else {
        steps.ceil()
    } as i32;
    let mut date = Date::from_day_number(segment.start.day_number() + days).unwrap_or(STORY.end);
    // Rounding may land a day late: step back while the day before has the same position.
    while let Some(before) = Date::from_day_number(date.day_number() - 1) {
        if before < STORY.start || position_of(before) != position {
            break;
        }
        date = before;
    }
    date
}

/// Where a date lies along the slider, from 0 to 1.
pub fn fraction_of(date: Date) -> f64 {
    f64::from(position_of(date)) / f64::from(last_position().max(1))
}

/// Where each stretch begins along the slider, from 0 to 1.
pub fn segment_fractions() -> [f64; 3] {
    let bounds = bounds();
    let last = f64::from(last_position().max(1));
    [0, 1, 2].map(|i| f64::from(bounds[i]) / last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_day() -> impl Iterator<Item = Date> {
        (STORY.start.day_number()..=STORY.end.day_number()).filter_map(Date::from_day_number)
    }

    #[test]
    fn the_ends_are_exact() {
        assert_eq!(position_of(STORY.start), 0);
        assert_eq!(date_at(0), STORY.start);
        assert_eq!(position_of(STORY.end), last_position());
        assert_eq!(date_at(last_position()), STORY.end);
        assert_eq!(date_at(-10), STORY.start);
        assert_eq!(date_at(i32::MAX), STORY.end);
    }

    #[test]
    fn the_scale_never_lies_about_order() {
        let positions: Vec<i32> = every_day().map(position_of).collect();
        assert!(
            positions.windows(2).all(|w| w[0] <= w[1]),
            "positions must not go back"
        );
        let dates: Vec<Date> = (0..=last_position()).map(date_at).collect();
        assert!(
            dates.windows(2).all(|w| w[0] <= w[1]),
            "dates must not go back"
        );
        for (position, date) in dates.iter().enumerate() {
            assert!(
                position_of(*date) <= position as i32,
                "{date} lies after position {position}"
            );
        }
        // From June 2024 on, every day has its own position and is reached exactly.
        for date in every_day().filter(|d| *d >= SEGMENTS[1].start) {
            assert_eq!(date_at(position_of(date)), date);
        }
    }

    #[test]
    fn every_event_is_reachable() {
        for event in STORY.events {
            assert_eq!(
                date_at(position_of(event.when.start)),
                event.when.start,
                "{}",
                event.id
            );
        }
    }

    #[test]
    fn october_2024_gets_the_most_room() {
        let per_day = |a: &str, b: &str| {
            let (a, b) = (Date::parse(a).unwrap(), Date::parse(b).unwrap());
            f64::from(position_of(b) - position_of(a)) / f64::from(b.day_number() - a.day_number())
        };
        assert!(per_day("2024-10-01", "2024-10-31") > 5.0);
        assert!(per_day("2022-09-01", "2023-09-01") < 0.5);
        assert!(fraction_of(Date::parse("2024-10-01").unwrap()) < 0.65);
        // Every day of October can be reached on its own.
        for d in 1..=31 {
            let date = Date::new(2024, 10, d).unwrap();
            assert_eq!(date_at(position_of(date)), date);
        }
    }
}
