//! What the story answers: a place or quote by id, the events of a date, a figure's claims.

use super::{Event, Figure, FigureValue, Place, Quote, Story};
use shared::date::{Date, Direction};
use shared::lang::Lang;

impl Story {
    /// The place with this id.
    pub fn place(&'static self, id: &str) -> Option<&'static Place> {
        self.places.iter().find(|place| place.id == id)
    }

    /// The quote with this id.
    pub fn quote(&'static self, id: &str) -> Option<&'static Quote> {
        self.quotes.iter().find(|quote| quote.id == id)
    }

    /// The events with a movement (a route) that have begun by a date: the map draws each.
    pub fn movements_by(&'static self, date: Date) -> impl Iterator<Item = &'static Event> {
        self.events
            .iter()
            .filter(move |e| e.when.start <= date && !e.route.is_empty())
    }

    /// The events the timeline stands on at a date: those of the latest day begun by then,
    /// and those whose span still runs. Empty before the first event.
    pub fn current_events(&'static self, date: Date) -> Vec<&'static Event> {
        let Some(latest) = self
            .events
            .iter()
            .map(|e| e.when.start)
            .filter(|s| *s <= date)
            .max()
        else {
            return Vec::new();
        };
        self.events
            .iter()
            .filter(|e| e.when.start == latest || (e.when.start <= date && date <= e.when.end))
            .collect()
    }

    /// The nearest day after (or before) `date` on which an event begins, if there is one.
    pub fn event_from(&self, date: Date, direction: Direction) -> Option<Date> {
        let starts = self.events.iter().map(|e| e.when.start);
        match direction {
            Direction::Forward => starts.filter(|s| *s > date).min(),
            Direction::Back => starts.filter(|s| *s < date).max(),
        }
    }

    /// A date held within the story: dates before its start are its start, after its end its end.
    pub fn hold(&self, date: Date) -> Date {
        date.clamp(self.start, self.end)
    }

    /// The date `days` days from `date`, held within the story.
    pub fn days_from(&self, date: Date, days: i32) -> Date {
        let moved = Date::from_day_number(date.day_number().saturating_add(days));
        self.hold(moved.unwrap_or(date))
    }

    /// The events at a place, in date order.
    pub fn events_at<'p>(
        &'static self,
        place: &'p Place,
    ) -> impl Iterator<Item = &'static Event> + 'p {
        self.events
            .iter()
            .filter(move |e| e.places.contains(&place))
    }

    /// The figures about a place.
    pub fn figures_at<'p>(
        &'static self,
        place: &'p Place,
    ) -> impl Iterator<Item = &'static Figure> + 'p {
        self.figures
            .iter()
            .filter(move |f| f.places.contains(&place))
    }

    /// The quotes about a place, in date order.
    pub fn quotes_at<'p>(
        &'static self,
        place: &'p Place,
    ) -> impl Iterator<Item = &'static Quote> + 'p {
        self.quotes.iter().filter(move |q| q.place == place)
    }
}

impl FigureValue {
    /// Whether `other` was claimed by the same party: the same claimant, as `lang` names it.
    // Compared as words: the content writes a claimant out anew at each of its values.
    pub fn same_claimant(&self, other: &FigureValue, lang: Lang) -> bool {
        self.status.by.map(|by| by.get(lang)) == other.status.by.map(|by| by.get(lang))
    }
}

impl Figure {
    /// The claims that hold at a date, in date order: each claimant's latest by then (a claim
    /// holds until its claimant's next one). Empty before the first claim.
    pub fn claims_at(&self, date: Date, lang: Lang) -> Vec<&FigureValue> {
        (0..self.values.len())
            .filter(|&i| self.values[i].date <= date)
            .filter(|&i| self.next_claim(i, lang).is_none_or(|next| next.date > date))
            .map(|i| &self.values[i])
            .collect()
    }

    /// The next value the claimant of value `index` claimed, if they claimed another.
    pub fn next_claim(&self, index: usize, lang: Lang) -> Option<&FigureValue> {
        let value = self.values.get(index)?;
        self.values
            .iter()
            .skip(index + 1)
            .find(|later| later.same_claimant(value, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::super::*;
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn ids(events: Vec<&Event>) -> Vec<&str> {
        events.iter().map(|e| e.id).collect()
    }

    #[test]
    fn the_current_events_are_the_latest_begun() {
        assert!(STORY.current_events(day("2022-08-31")).is_empty());
        assert_eq!(
            ids(STORY.current_events(day("2024-06-19"))),
            ["treaty-pyongyang"]
        );
        assert_eq!(
            ids(STORY.current_events(day("2024-06-20"))),
            ["treaty-pyongyang"]
        );
        // The sea transport runs from 8 to 13 October; the Kremlin's answer is on the 10th.
        assert_eq!(
            ids(STORY.current_events(day("2024-10-11"))),
            ["sea-transport", "peskov-fake-news"]
        );
        let present = ids(STORY.current_events(STORY.present));
        assert!(present.contains(&"nis-3000") && present.contains(&"brics-kazan"));
    }

    #[test]
    fn figures_follow_the_date() {
        let in_russia = STORY
            .figures
            .iter()
            .find(|f| f.id == "troops-in-russia")
            .unwrap();
        let claims = |date, lang| -> Vec<(u64, Qualifier, &str)> {
            in_russia
                .claims_at(day(date), lang)
                .iter()
                .map(|v| {
                    (
                        v.value,
                        v.qualifier,
                        v.status.by.map_or("", |by| by.get(lang)),
                    )
                })
                .collect()
        };
        assert!(claims("2024-10-17", Lang::En).is_empty());
        let nis = "South Korea's NIS";
        assert_eq!(
            claims("2024-10-18", Lang::En),
            [(1_500, Qualifier::About, nis)]
        );
        assert_eq!(
            claims("2024-10-22", Lang::En),
            [(1_500, Qualifier::About, nis)]
        );
        // Two claimants the same day: each claim holds beside the other.
        let kirby = "the US government (John Kirby)";
        assert_eq!(
            claims("2024-10-23", Lang::En),
            [
                (3_000, Qualifier::About, nis),
                (3_000, Qualifier::AtLeast, kirby)
            ]
        );
        assert_eq!(claims("2024-10-23", Lang::De).len(), 2);
    }

    #[test]
    fn places_know_their_events_and_quotes() {
        let kyiv = STORY.place("kyiv").unwrap();
        let events: Vec<_> = STORY.events_at(kyiv).map(|e| e.id).collect();
        assert_eq!(events, ["victory-plan", "zelensky-address"]);
        assert_eq!(STORY.quotes_at(kyiv).count(), 2);
    }
}
