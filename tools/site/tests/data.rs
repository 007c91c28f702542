//! The story's data for download: each CSV parses and matches the content, and the JSON round-trips.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;

use explainer::model::story::STORY;
use explainer_site::data::{events_csv, figures_csv, quotes_csv, sources_csv, story_json};
use shared::lang::Lang;

/// The rows of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks),
/// after its byte order mark.
fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("a byte order mark");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the file ends with CRLF"
    );
    rows
}

/// The rows as maps from column name to value, every row as long as the header.
fn records(text: &str) -> Vec<HashMap<String, String>> {
    let rows = parse(text);
    let header = &rows[0];
    rows[1..]
        .iter()
        .map(|row| {
            assert_eq!(row.len(), header.len(), "{row:?}");
            header.iter().cloned().zip(row.iter().cloned()).collect()
        })
        .collect()
}

fn find<'r>(
    rows: &'r [HashMap<String, String>],
    column: &str,
    value: &str,
) -> &'r HashMap<String, String> {
    rows.iter()
        .find(|r| r[column] == value)
        .unwrap_or_else(|| panic!("no row with {column} = {value}"))
}

#[test]
fn events_csv_has_every_event_with_its_claim_and_sources() {
    let rows = records(&events_csv(&STORY));
    assert_eq!(rows.len(), STORY.events.len());
    let nis = find(&rows, "id", "nis-3000");
    let event = STORY.events.iter().find(|e| e.id == "nis-3000").unwrap();
    assert_eq!(nis["start"], event.when.start.to_string());
    assert_eq!(nis["title_de"], event.title.get(Lang::De));
    assert_eq!(nis["summary_en"], event.summary.get(Lang::En));
    assert_eq!(nis["status"], "claimed");
    assert_eq!(nis["by_en"], event.status.by.unwrap().get(Lang::En));
    let sources: Vec<&str> = event.sources.iter().map(|s| s.id).collect();
    assert_eq!(nis["sources"], sources.join(";"));
}

#[test]
fn figures_csv_has_every_claimed_value() {
    let rows = records(&figures_csv(&STORY));
    let values: usize = STORY.figures.iter().map(|f| f.values.len()).sum();
    assert_eq!(rows.len(), values);
    let in_russia: Vec<_> = rows
        .iter()
        .filter(|r| r["figure"] == "troops-in-russia")
        .collect();
    // The NIS's two, and the White House's beside the second.
    assert_eq!(in_russia.len(), 3);
    assert_eq!(in_russia[2]["qualifier"], "at-least");
    assert_eq!(in_russia[2]["by_en"], "the US government (John Kirby)");
    assert_eq!(in_russia[1]["date"], "2024-10-23");
    assert_eq!(in_russia[1]["value"], "3000");
    assert_eq!(in_russia[1]["qualifier"], "about");
    assert_eq!(in_russia[1]["status"], "claimed");
    assert_eq!(in_russia[1]["by_en"], "South Korea's NIS");
    assert_eq!(in_russia[1]["unit"], "soldiers");
    assert_eq!(in_russia[1]["dating"], "said");
    let pay = find(&rows, "figure", "contract-pay-monthly");
    assert_eq!(pay["dating"], "published");
}

#[test]
fn quotes_csv_keeps_each_wording_with_its_provenance() {
    let rows = records(&quotes_csv(&STORY));
    assert_eq!(rows.len(), STORY.quotes.len());
    let lange = find(&rows, "id", "lange-training");
    let quote = STORY.quote("lange-training").unwrap();
    // The German wording verbatim, commas and dashes and all.
    assert_eq!(lange["words_de"], quote.words.get(Lang::De));
    assert_eq!(lange["words_en"], quote.words.get(Lang::En));
    assert_eq!(lange["provenance_de"], "own");
    assert_eq!(lange["provenance_en"], "ours");
    assert_eq!(lange["spoken"], "de");
    assert_eq!(lange["person"], "nico-lange");
    assert_eq!(lange["dating"], "published");
    assert_eq!(lange["sources"], "dw-article-de");
}

#[test]
fn sources_csv_has_every_source_and_only_known_addresses() {
    let rows = records(&sources_csv(&STORY));
    assert_eq!(rows.len(), STORY.sources.len());
    for source in STORY.sources {
        assert_eq!(
            find(&rows, "id", source.id)["url"],
            source.url.unwrap_or_default()
        );
    }
    let article = find(&rows, "id", "dw-article-de");
    assert_eq!(article["publisher_de"], "DW");
    assert_eq!(article["start"], "2024-10-23");
}

#[test]
fn story_json_round_trips() {
    let text = story_json(&STORY);
    let story: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(story["title"]["de"], STORY.title.get(Lang::De));
    assert_eq!(
        story["events"].as_array().unwrap().len(),
        STORY.events.len()
    );
    assert_eq!(
        story["quotes"].as_array().unwrap().len(),
        STORY.quotes.len()
    );
    assert_eq!(
        story["sources"].as_array().unwrap().len(),
        STORY.sources.len()
    );
    assert_eq!(
        story["people"].as_array().unwrap().len(),
        STORY.people.len()
    );
    assert_eq!(
        story["places"].as_array().unwrap().len(),
        STORY.places.len()
    );
    let quote = story["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "lange-training")
        .unwrap();
    assert_eq!(quote["provenance"]["en"], "ours");
    assert_eq!(
        quote["words"]["de"],
        STORY.quote("lange-training").unwrap().words.get(Lang::De)
    );
    let figure = &story["figures"][1]["values"][1];
    assert_eq!(figure["claim"]["status"], "claimed");
    assert_eq!(figure["dating"], "said");
    // Written out again, the parsed value is the same value.
    let again: serde_json::Value = serde_json::from_str(&story.to_string()).unwrap();
    assert_eq!(again, story);
}
