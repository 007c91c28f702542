//! Cross-file checks: unique ids, references that resolve, dates within the story, every source cited.

use std::collections::{HashMap, HashSet};

use crate::error::Problem;
use crate::record::{At, FileReader};
use crate::records::{Ref, StoryRec};
use crate::Content;
use shared::date::Date;

/// Checks that ids are unique within a kind.
pub(crate) fn unique<'r>(file: &mut FileReader<'_>, ids: impl Iterator<Item = &'r At<String>>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for id in ids {
        if let Some(&first_line) = seen.get(id.value.as_str()) {
            let problem = Problem::DuplicateId {
                id: id.value.clone(),
                first_line,
            };
            file.report_at(id.line, "id", problem);
        } else {
            seen.insert(&id.value, id.line);
        }
    }
}

/// Reports the references to ids that no record of the kind has.
pub(crate) fn resolve<'r>(
    file: &mut FileReader<'_>,
    refs: impl IntoIterator<Item = &'r Ref>,
    content: &Content,
    kind: &'static str,
) {
    let known = &content.known[kind];
    for r in refs.into_iter().filter(|r| !known.contains(&r.id)) {
        file.report_at(
            r.line,
            r.field,
            Problem::UnknownId {
                kind,
                id: r.id.clone(),
            },
        );
    }
}

pub(crate) fn within(
    file: &mut FileReader<'_>,
    field: &str,
    line: usize,
    date: Date,
    story: &StoryRec,
) {
    if date < story.start || date > story.end {
        let (start, end) = (story.start, story.end);
        file.report_at(line, field, Problem::OutsideSpan { date, start, end });
    }
}

/// Cross-file checks: unique ids, references, dates within the story. Each file's problems
/// are reported in the order of its records, as its reader found them.
pub(crate) fn check(readers: &mut [FileReader<'_>], content: &Content) {
    let [story_file, sources_file, places_file, people_file, events_file, quotes_file, figures_file] =
        readers
    else {
        return;
    };
    story(story_file, content);
    sources(sources_file, content);
    places(places_file, content);
    unique(people_file, content.people.iter().map(|p| &p.id));
    events(events_file, content);
    quotes(quotes_file, content);
    figures(figures_file, content);
}

/// The story's article, its dates, its chart, its stretches and its cameras.
fn story(file: &mut FileReader<'_>, content: &Content) {
    let story = &content.story;
    resolve(file, [&story.article], content, "source");
    for (field, date) in [("published", &story.published), ("present", &story.present)] {
        within(file, field, date.line, date.value, story);
    }
    // The chart ends on the present: a start on or after it leaves nothing to draw.
    let (chart, present) = (&story.chart_start, story.present.value);
    if chart.value >= present {
        let problem = Problem::ChartNotBeforePresent { present };
        file.report_at(chart.line, "chart.start", problem);
    }
    stretches(file, story);
    for camera in &story.cameras {
        resolve(file, &camera.places, content, "place");
    }
    unique(file, story.cameras.iter().map(|c| &c.id));
}

/// The sources' ids, their dates, and whether anything cites them.
fn sources(file: &mut FileReader<'_>, content: &Content) {
    unique(file, content.sources.iter().map(|s| &s.id));
    let story = &content.story;
    for source in &content.sources {
        // A source may predate the story (the UN resolution of 2014), not follow it.
        if source.date.value.start > story.end {
            let line = source.date.line;
            within(file, "date", line, source.date.value.start, story);
        }
    }
    unused_sources(file, content);
}

/// The places' ids and their sources.
fn places(file: &mut FileReader<'_>, content: &Content) {
    unique(file, content.places.iter().map(|p| &p.id));
    for place in &content.places {
        resolve(file, &place.sources, content, "source");
    }
}

/// The events' ids, their dates, and the places, people and sources they name.
fn events(file: &mut FileReader<'_>, content: &Content) {
    unique(file, content.events.iter().map(|e| &e.id));
    let story = &content.story;
    for event in &content.events {
        let when = &event.when;
        // A span that starts outside the story is reported once, at its start.
        if (story.start..=story.end).contains(&when.value.start) {
            within(file, "until", when.line, when.value.end, story);
        } else {
            within(file, "date", when.line, when.value.start, story);
        }
        resolve(file, &event.places, content, "place");
        resolve(file, &event.route, content, "place");
        resolve(file, &event.people, content, "person");
        resolve(file, &event.sources, content, "source");
    }
}

/// The quotes' ids, their dates, and the person, event, place and sources they name.
fn quotes(file: &mut FileReader<'_>, content: &Content) {
    unique(file, content.quotes.iter().map(|q| &q.id));
    for quote in &content.quotes {
        let date = &quote.date;
        within(file, "date", date.line, date.value, &content.story);
        resolve(file, [&quote.person], content, "person");
        resolve(file, [&quote.event], content, "event");
        // A voice belongs to the moment it was said or published, or a later one: never to
        // an earlier event, which would show it on the timeline before it existed.
        let event = content.events.iter().find(|e| e.id.value == quote.event.id);
        if let Some(event) = event.filter(|e| e.when.value.end < date.value) {
            let problem = Problem::EventBeforeQuote {
                event: quote.event.id.clone(),
                ended: event.when.value.end,
            };
            file.report_at(quote.event.line, "event", problem);
        }
        resolve(file, [&quote.place], content, "place");
        resolve(file, &quote.sources, content, "source");
    }
}

/// The figures' ids, their places, and their values' dates and sources.
fn figures(file: &mut FileReader<'_>, content: &Content) {
    unique(file, content.figures.iter().map(|f| &f.id));
    for figure in &content.figures {
        resolve(file, &figure.places, content, "place");
        for value in &figure.values {
            let date = &value.date;
            within(file, "value.date", date.line, date.value, &content.story);
            resolve(file, &value.sources, content, "source");
        }
    }
}

/// The timeline's stretches begin at the story's start and follow each other within it.
fn stretches(file: &mut FileReader<'_>, story: &StoryRec) {
    let mut previous: Option<Date> = None;
    for stretch in &story.stretches {
        let At { value: start, line } = stretch.start;
        match previous {
            None if start != story.start => file.report_at(
                line,
                "stretch.start",
                Problem::NotStoryStart { start: story.start },
            ),
            Some(previous) if start < previous => file.report_at(
                line,
                "stretch.start",
                Problem::OutOfOrder {
                    date: start,
                    previous,
                },
            ),
            _ => within(file, "stretch.start", line, start, story),
        }
        previous = Some(start);
    }
}

/// Reports every source that no record cites.
pub(crate) fn unused_sources(file: &mut FileReader<'_>, content: &Content) {
    let cited: HashSet<&str> = std::iter::once(&content.story.article)
        .chain(content.events.iter().flat_map(|e| &e.sources))
        .chain(content.quotes.iter().flat_map(|q| &q.sources))
        .chain(content.places.iter().flat_map(|p| &p.sources))
        .chain(
            content
                .figures
                .iter()
                .flat_map(|f| f.values.iter().flat_map(|v| &v.sources)),
        )
        .map(|r| r.id.as_str())
        .collect();
    for source in content
        .sources
        .iter()
        .filter(|s| !cited.contains(s.id.value.as_str()))
    {
        file.report_at(source.id.line, "id", Problem::Unused);
    }
}
