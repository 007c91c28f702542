//! The story's integrity: every quotation keeps its condition, every event names its source, every voice keeps its date, and Russia's answer is told.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod fixtures;
mod host_render;

use std::path::Path;

use content_compiler::{compile, FILES};
use explainer::model::citation::citation;
use explainer::model::story::{Event, STORY};
use explainer::ui::moment::voices_of;
use fixtures::fixture;
use host_render::{render_app, render_page, render_quote, text};
use shared::date::Date;
use shared::lang::Lang;

/// A fixture's rows, `a | b | c` a line, comments and blank lines left out.
fn rows(name: &str) -> Vec<Vec<String>> {
    fixture(name)
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split(" | ").map(|cell| cell.trim().to_owned()).collect())
        .collect()
}

#[tokio::test]
async fn a_quote_framed_outside_its_marks_carries_the_frame_on_card_and_citation() {
    let article = fixture("article.de.txt");
    for row in rows("quote-frames.txt") {
        let [id, passage] = &row[..] else {
            panic!("quote-frames.txt: {row:?} is not `id | passage`")
        };
        assert!(
            article.contains(passage.as_str()),
            "{id}: not in the article: {passage}"
        );
        let quote = STORY.quote(id).unwrap_or_else(|| panic!("no quote {id}"));
        // The frame is what stands before the quotation marks.
        let (frame, quoted) = passage.split_once('"').unwrap();
        let quoted = quoted.split('"').next().unwrap();
        assert!(!frame.trim().is_empty(), "{id}: the passage has no frame");
        assert!(
            quote.words.get(Lang::De).starts_with(quoted),
            "{id}: the quote does not begin where the passage's quotation does"
        );
        let context = quote
            .context
            .unwrap_or_else(|| panic!("{id}: the condition or subject outside its marks is lost"));
        for lang in Lang::ALL {
            let card = text(&render_quote(quote.id, lang).await);
            assert!(card.contains(context.get(lang)), "{id} ({lang:?}): {card}");
            let cited = citation(quote, lang, "https://example.org/");
            assert!(
                cited.starts_with(context.get(lang)),
                "{id} ({lang:?}): {cited}"
            );
        }
    }
}

#[test]
fn austins_condition_keeps_both_ifs() {
    let austin = STORY
        .quote("austin-what-exactly")
        .unwrap()
        .words
        .get(Lang::En);
    assert!(
        austin.contains("If they're co-belligerents, if their intention is to participate"),
        "{austin}"
    );
}

#[test]
fn every_event_cites_a_source_whose_passage_names_it() {
    let (article, facts) = (fixture("article.de.txt"), fixture("facts.md"));
    let rows = rows("event-support.txt");
    for row in &rows {
        let [id, source, passage] = &row[..] else {
            panic!("event-support.txt: {row:?} is not `event | source | passage`")
        };
        let event = STORY.events.iter().find(|e| e.id == id);
        let event = event.unwrap_or_else(|| panic!("event-support.txt: no event {id}"));
        assert!(
            event.sources.iter().any(|s| s.id == source),
            "{id} does not cite {source}"
        );
        let text = if source == STORY.article.id {
            &article
        } else {
            &facts
        };
        assert!(
            text.contains(passage.as_str()),
            "{id}: {source} does not say: {passage}"
        );
    }
    // Every source an event cites says what the event says happened.
    for event in STORY.events {
        for source in event.sources {
            assert!(
                rows.iter()
                    .any(|row| row[0] == event.id && row[1] == source.id),
                "{} cites {}, which no passage of the article or the fact sheet says names it",
                event.id,
                source.id
            );
        }
    }
}

/// Every day of the story.
fn days() -> impl Iterator<Item = Date> {
    let (start, end) = (STORY.start.day_number(), STORY.end.day_number());
    (start..=end).filter_map(Date::from_day_number)
}

#[test]
fn a_voice_is_never_heard_before_its_date() {
    for day in days() {
        let selected = STORY.quotes.iter().map(Some).chain([None]);
        for selected in selected {
            for voice in voices_of(day, selected) {
                assert!(
                    voice.date <= day,
                    "{} ({}) is in the moment of {day}",
                    voice.id,
                    voice.date
                );
            }
        }
    }
    // Each voice is heard on its own day.
    for quote in STORY.quotes {
        assert!(voices_of(quote.date, None).contains(&quote), "{}", quote.id);
    }
}

#[test]
fn the_compiler_refuses_a_quote_tied_to_an_event_before_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content");
    let mut files: Vec<(String, String)> = FILES
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            (format!("src/content/{name}"), text)
        })
        .collect();
    let quotes = &mut files
        .iter_mut()
        .find(|(n, _)| n.ends_with("quotes.toml"))
        .unwrap()
        .1;
    let at = quotes.find("id = \"lange-training\"").unwrap();
    let tied = at + quotes[at..].find("event = \"experts-weigh-in\"").unwrap();
    quotes.replace_range(tied..tied + 26, "event = \"construction-units\"");
    let line = quotes[..tied].lines().count() + 1;
    let errors: Vec<String> = compile(&files)
        .expect_err("a quote tied to an earlier event must not compile")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [format!(
            "src/content/quotes.toml:{line}: field `event`: `construction-units` ended on 2024-07-31, before the quote's date: tie a quote to the event of the day it was said or published, or a later one"
        )]
    );
}

/// The page's text outside the quotations in another language (a card's other wordings).
fn outside_other_languages(html: &str, lang: Lang) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find("<blockquote lang=\"") {
        out.push_str(&rest[..at]);
        let own = rest[at..].starts_with(&format!("<blockquote lang=\"{}\"", lang.code()));
        let end = at + rest[at..].find("</blockquote>").unwrap() + "</blockquote>".len();
        if own {
            out.push_str(&rest[at..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    // The story's texts for the browser, in a script, are data: not what a reader sees.
    match out.split_once("<script") {
        Some((before, _)) => text(before),
        None => text(&out),
    }
}

#[tokio::test]
async fn each_page_writes_its_own_languages_quotation_marks_only() {
    for (lang, foreign) in [(Lang::De, '”'), (Lang::En, '„')] {
        let code = lang.code();
        let mut pages = vec![render_page(&format!("?lang={code}")).await];
        for place in STORY.places {
            pages.push(render_app(&format!("?lang={code}&place={}", place.id)).await);
        }
        for event in STORY.events {
            let date = event.when.start;
            pages.push(render_app(&format!("?lang={code}&date={date}")).await);
        }
        for page in pages {
            let words = outside_other_languages(&page, lang);
            assert!(!words.contains(foreign), "{code}: {foreign} in: {words}");
        }
    }
}

/// The moment's text on a day, in a language.
async fn moment(date: &str, lang: Lang) -> String {
    let page = render_app(&format!("?lang={}&date={date}", lang.code())).await;
    text(page.split_once("class=\"moment").unwrap().1)
}

fn event(id: &str) -> &'static Event {
    STORY.events.iter().find(|e| e.id == id).unwrap()
}

#[tokio::test]
async fn russias_answer_is_on_the_stage_on_its_dates_with_its_badge() {
    for (date, id, badge) in [
        (
            "2024-10-10",
            "peskov-fake-news",
            [
                "bestritten von Kremlsprecher Dmitri Peskow",
                "denied by Kremlin spokesman Dmitry Peskov",
            ],
        ),
        (
            "2024-10-21",
            "peskov-contradictory",
            ["bestätigt", "confirmed"],
        ),
    ] {
        let event = event(id);
        assert_eq!(event.when.start.to_string(), date);
        assert!(event.places.iter().any(|p| p.id == "moscow"), "{id}");
        for (lang, badge) in Lang::ALL.into_iter().zip(badge) {
            let words = moment(date, lang).await;
            assert!(
                words.contains(event.title.get(lang)),
                "{date} {lang:?}: {words}"
            );
            assert!(words.contains(badge), "{date} {lang:?}: {words}");
            // His words are a voice of the moment, marked as translated.
            let voice = STORY.quote(id).unwrap();
            assert!(
                words.contains(voice.words.get(lang)),
                "{date} {lang:?}: {words}"
            );
        }
    }
    let moscow = text(&render_app("?lang=en&place=moscow").await);
    assert!(
        moscow.contains("neither confirming nor denying"),
        "{moscow}"
    );
}
