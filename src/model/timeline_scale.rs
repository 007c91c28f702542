//! The timeline's piecewise scale: slider positions ↔ dates, with October 2024 given room.

use crate::model::story::{Stretch, STORY};
use shared::date::Date;

/// The stretches of the scale, in order, from the content; the last runs to the story's end.
fn stretches() -> &'static [Stretch] {
    STORY.stretches
}

/// Where each stretch begins on the slider, and (last) where the slider ends.
fn bounds() -> Vec<i32> {
    let stretches = stretches();
    let mut out = vec![0];
    for (i, stretch) in stretches.iter().enumerate() {
        let end = stretches
            .get(i + 1)
            .map_or(STORY.end.day_number() + 1, |s| s.start.day_number());
        let days = f64::from(end - stretch.start.day_number());
        out.push(out[i] + (days * stretch.per_day).round() as i32);
    }
    out
}

/// The last day of each stretch: the day before the next begins, or the story's end.
pub fn stretch_ends() -> Vec<Date> {
    let stretches = stretches();
    (0..stretches.len())
        .map(|i| {
            stretches
                .get(i + 1)
                .and_then(|next| Date::from_day_number(next.start.day_number() - 1))
                .unwrap_or(STORY.end)
        })
        .collect()
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
    let i = stretches()
        .iter()
        .rposition(|s| s.start <= date)
        .unwrap_or(0);
    let stretch = &stretches()[i];
    let days = f64::from(date.day_number() - stretch.start.day_number());
    let position = bounds[i] + (days * stretch.per_day).floor() as i32;
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
    let i = (0..stretches().len())
        .rfind(|&i| bounds[i] <= position)
        .unwrap_or(0);
    let stretch = &stretches()[i];
    let steps = f64::from(position - bounds[i]) / stretch.per_day;
    // Where a day has several positions, a position belongs to the day it falls in; where
    // days share a position, it belongs to the first of them.
    let days = if stretch.per_day >= 1.0 {
        steps.floor()
    } else {
        steps.ceil()
    } as i32;
    let mut date = Date::from_day_number(stretch.start.day_number() + days).unwrap_or(STORY.end);
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
pub fn stretch_fractions() -> Vec<f64> {
    let bounds = bounds();
    let last = f64::from(last_position().max(1));
    bounds[..stretches().len()]
        .iter()
        .map(|b| f64::from(*b) / last)
        .collect()
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
        for date in every_day().filter(|d| *d >= STORY.stretches[1].start) {
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
