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

/// Cross-file checks: unique ids, references, dates within the story.
pub(crate) fn check(readers: &mut [FileReader<'_>], content: &Content) {
    let [story_file, sources_file, places_file, people_file, events_file, quotes_file, figures_file] =
        readers
    else {
        return;
    };
    unique(sources_file, content.sources.iter().map(|s| &s.id));
    unique(places_file, content.places.iter().map(|p| &p.id));
    unique(people_file, content.people.iter().map(|p| &p.id));
    unique(events_file, content.events.iter().map(|e| &e.id));
    unique(quotes_file, content.quotes.iter().map(|q| &q.id));
    unique(figures_file, content.figures.iter().map(|f| &f.id));
    let story = &content.story;
    resolve(story_file, [&story.article], content, "source");
    for (field, date) in [("published", &story.published), ("present", &story.present)] {
        within(story_file, field, date.line, date.value, story);
    }
    // The chart ends on the present: a start on or after it leaves nothing to draw.
    let (chart, present) = (&story.chart_start, story.present.value);
    if chart.value >= present {
        let problem = Problem::ChartNotBeforePresent { present };
        story_file.report_at(chart.line, "chart.start", problem);
    }
    stretches(story_file, story);
    for camera in &story.cameras {
        resolve(story_file, &camera.places, content, "place");
    }
    unique(story_file, story.cameras.iter().map(|c| &c.id));
    for source in &content.sources {
        // A source may predate the story (the UN resolution of 2014), not follow it.
        if source.date.value.start > story.end {
            let line = source.date.line;
            within(sources_file, "date", line, source.date.value.start, story);
        }
    }
    for place in &content.places {
        resolve(places_file, &place.sources, content, "source");
    }
    unused_sources(sources_file, content);
    for event in &content.events {
        let when = &event.when;
        // A span that starts outside the story is reported once, at its start.
        if (story.start..=story.end).contains(&when.value.start) {
            within(events_file, "until", when.line, when.value.end, story);
        } else {
            within(events_file, "date", when.line, when.value.start, story);
        }
        resolve(events_file, &event.places, content, "place");
        resolve(events_file, &event.route, content, "place");
        resolve(events_file, &event.people, content, "person");
        resolve(events_file, &event.sources, content, "source");
    }
    for quote in &content.quotes {
        within(
            quotes_file,
            "date",
            quote.date.line,
            quote.date.value,
            story,
        );
        resolve(quotes_file, [&quote.person], content, "person");
        resolve(quotes_file, [&quote.event], content, "event");
        // A voice belongs to the moment it was said or published, or a later one: never to
        // an earlier event, which would show it on the timeline before it existed.
        let event = content.events.iter().find(|e| e.id.value == quote.event.id);
        if let Some(event) = event.filter(|e| e.when.value.end < quote.date.value) {
            let problem = Problem::EventBeforeQuote {
                event: quote.event.id.clone(),
                ended: event.when.value.end,
            };
            quotes_file.report_at(quote.event.line, "event", problem);
        }
        resolve(quotes_file, [&quote.place], content, "place");
        resolve(quotes_file, &quote.sources, content, "source");
    }
    for figure in &content.figures {
        resolve(figures_file, &figure.places, content, "place");
        for value in &figure.values {
            within(
                figures_file,
                "value.date",
                value.date.line,
                value.date.value,
                story,
            );
            resolve(figures_file, &value.sources, content, "source");
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
