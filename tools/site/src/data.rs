//! The story's data for download, written by the build from the same content: CSV tables and one nested JSON file.
//
// Every text has one column (or key) per language, in the order of `Lang::ALL`; lists of ids
// are joined with `;`. The CSV files start with a byte order mark, so that spreadsheet programs
// read them as UTF-8, and end their lines with CRLF (RFC 4180).

use explainer::model::data_files::FILES;
use explainer::model::story::{
    ClaimKind, ClaimStatus, Dating, Event, Figure, Localized, Person, Place, Provenance, Qualifier,
    Quote, Source, Spoken, Story, Unit, When,
};
use shared::date::Precision;
use shared::json::json_string;
use shared::lang::Lang;

/// Every file of [`FILES`] with its content, for a story.
pub fn files(story: &'static Story) -> [(&'static str, String); 5] {
    [
        (FILES[0], events_csv(story)),
        (FILES[1], figures_csv(story)),
        (FILES[2], quotes_csv(story)),
        (FILES[3], sources_csv(story)),
        (FILES[4], story_json(story)),
    ]
}

/// A CSV field: quoted where it holds a comma, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A CSV file from its header and rows.
fn csv(header: Vec<String>, rows: Vec<Vec<String>>) -> String {
    let mut out = String::from('\u{feff}');
    for row in std::iter::once(header).chain(rows) {
        let fields: Vec<String> = row.iter().map(|f| field(f)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Column names for a text in every language: `title_de`, `title_en`.
fn text_columns(name: &str) -> Vec<String> {
    Lang::ALL
        .iter()
        .map(|l| format!("{name}_{}", l.code()))
        .collect()
}

fn texts(text: Option<Localized>) -> Vec<String> {
    Lang::ALL
        .iter()
        .map(|&l| text.map(|t| t.get(l).to_owned()).unwrap_or_default())
        .collect()
}

fn header(parts: &[&str]) -> Vec<String> {
    parts
        .iter()
        .flat_map(|part| match part.strip_suffix("_*") {
            Some(name) => text_columns(name),
            None => vec![(*part).to_owned()],
        })
        .collect()
}

fn kind(status: ClaimStatus) -> &'static str {
    match status.kind {
        ClaimKind::Confirmed => "confirmed",
        ClaimKind::Claimed => "claimed",
        ClaimKind::Unconfirmed => "unconfirmed",
        ClaimKind::Denied => "denied",
    }
}

fn precision(when: &When) -> &'static str {
    match when.precision {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

fn ids<T>(items: &[&T], id: fn(&T) -> &'static str) -> String {
    items
        .iter()
        .map(|item| id(item))
        .collect::<Vec<_>>()
        .join(";")
}

fn source_ids(sources: &[&Source]) -> String {
    ids(sources, |s| s.id)
}

fn place_ids(places: &[&Place]) -> String {
    ids(places, |p| p.id)
}

fn person_ids(people: &[&Person]) -> String {
    ids(people, |p| p.id)
}

fn spoken(quote_spoken: Spoken) -> &'static str {
    quote_spoken.code().unwrap_or("unknown")
}

fn provenance(p: Provenance) -> &'static str {
    match p {
        Provenance::Own => "own",
        Provenance::Official => "official",
        Provenance::Article => "article",
        Provenance::Reported => "reported",
        Provenance::Ours => "ours",
    }
}

fn unit(u: Unit) -> &'static str {
    match u {
        Unit::Soldiers => "soldiers",
        Unit::UsdPerMonth => "usd-per-month",
        Unit::Usd => "usd",
    }
}

fn qualifier(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::About => "about",
        Qualifier::UpTo => "up-to",
        Qualifier::AtLeast => "at-least",
    }
}

fn dating(d: Dating) -> &'static str {
    match d {
        Dating::Said => "said",
        Dating::Published => "published",
    }
}

/// One row per event, in date order.
pub fn events_csv(story: &'static Story) -> String {
    let header = header(&[
        "id",
        "start",
        "end",
        "precision",
        "approximate",
        "title_*",
        "summary_*",
        "places",
        "route",
        "people",
        "status",
        "by_*",
        "sources",
    ]);
    let rows = story
        .events
        .iter()
        .map(|e| {
            let mut row = vec![
                e.id.to_owned(),
                e.when.start.to_string(),
                e.when.end.to_string(),
                precision(&e.when).to_owned(),
                e.when.approximate.to_string(),
            ];
            row.extend(texts(Some(e.title)));
            row.extend(texts(Some(e.summary)));
            row.extend([
                place_ids(e.places),
                place_ids(e.route),
                person_ids(e.people),
                kind(e.status).to_owned(),
            ]);
            row.extend(texts(e.status.by));
            row.push(source_ids(e.sources));
            row
        })
        .collect();
    csv(header, rows)
}

/// One row per claimed value of a figure.
pub fn figures_csv(story: &'static Story) -> String {
    let header = header(&[
        "figure",
        "label_*",
        "unit",
        "places",
        "date",
        "dating",
        "value",
        "qualifier",
        "status",
        "by_*",
        "sources",
    ]);
    let mut rows = Vec::new();
    for figure in story.figures {
        for value in figure.values {
            let mut row = vec![figure.id.to_owned()];
            row.extend(texts(Some(figure.label)));
            row.extend([
                unit(figure.unit).to_owned(),
                place_ids(figure.places),
                value.date.to_string(),
                dating(value.dating).to_owned(),
                value.value.to_string(),
                qualifier(value.qualifier).to_owned(),
                kind(value.status).to_owned(),
            ]);
            row.extend(texts(value.status.by));
            row.push(source_ids(value.sources));
            rows.push(row);
        }
    }
    csv(header, rows)
}

/// One row per quote, in date order, with what each language's text is.
pub fn quotes_csv(story: &'static Story) -> String {
    let header = header(&[
        "id",
        "person",
        "name_*",
        "role_*",
        "date",
        "dating",
        "setting_*",
        "spoken",
        "context_*",
        "words_*",
        "provenance_*",
        "event",
        "place",
        "sources",
    ]);
    let rows = story
        .quotes
        .iter()
        .map(|q| {
            let mut row = vec![q.id.to_owned(), q.person.id.to_owned()];
            row.extend(texts(Some(q.person.name)));
            row.extend(texts(Some(q.person.role)));
            row.extend([q.date.to_string(), dating(q.dating).to_owned()]);
            row.extend(texts(Some(q.setting)));
            row.push(spoken(q.spoken).to_owned());
            row.extend(texts(q.context));
            row.extend(texts(Some(q.words)));
            row.extend(
                Lang::ALL
                    .iter()
                    .map(|&l| provenance(q.provenance.get(l)).to_owned()),
            );
            row.extend([
                q.event.id.to_owned(),
                q.place.id.to_owned(),
                source_ids(q.sources),
            ]);
            row
        })
        .collect();
    csv(header, rows)
}

/// One row per source.
pub fn sources_csv(story: &'static Story) -> String {
    let header = header(&["id", "publisher_*", "title_*", "start", "end", "url"]);
    let rows = story
        .sources
        .iter()
        .map(|s| {
            let mut row = vec![s.id.to_owned()];
            row.extend(texts(Some(s.publisher)));
            row.extend(texts(Some(s.title)));
            row.extend([
                s.date.start.to_string(),
                s.date.end.to_string(),
                s.url.unwrap_or_default().to_owned(),
            ]);
            row
        })
        .collect();
    csv(header, rows)
}

/// A JSON object of `"key": value` pairs, values already JSON.
fn object(pairs: &[(&str, String)]) -> String {
    let members: Vec<String> = pairs
        .iter()
        .map(|(key, value)| format!("{}: {value}", json_string(key)))
        .collect();
    format!("{{{}}}", members.join(", "))
}

fn array(items: impl Iterator<Item = String>) -> String {
    format!("[{}]", items.collect::<Vec<_>>().join(",\n"))
}

fn localized(text: Option<Localized>) -> String {
    match text {
        Some(text) => object(
            &Lang::ALL
                .iter()
                .map(|&l| (l.code(), json_string(text.get(l))))
                .collect::<Vec<_>>(),
        ),
        None => "null".to_owned(),
    }
}

fn id_list<T>(items: &[&T], id: fn(&T) -> &'static str) -> String {
    array(items.iter().map(|item| json_string(id(item))))
}

fn status_json(status: ClaimStatus) -> String {
    object(&[
        ("status", json_string(kind(status))),
        ("by", localized(status.by)),
    ])
}

/// A calendar date as a JSON string.
fn date(d: shared::date::Date) -> String {
    json_string(&d.to_string())
}

fn event_json(e: &Event) -> String {
    object(&[
        ("id", json_string(e.id)),
        ("start", date(e.when.start)),
        ("end", date(e.when.end)),
        ("precision", json_string(precision(&e.when))),
        ("approximate", e.when.approximate.to_string()),
        ("title", localized(Some(e.title))),
        ("summary", localized(Some(e.summary))),
        ("places", id_list(e.places, |p| p.id)),
        ("route", id_list(e.route, |p| p.id)),
        ("people", id_list(e.people, |p| p.id)),
        ("claim", status_json(e.status)),
        ("sources", id_list(e.sources, |s| s.id)),
    ])
}

fn figure_json(f: &Figure) -> String {
    let values = f.values.iter().map(|v| {
        object(&[
            ("date", date(v.date)),
            ("dating", json_string(dating(v.dating))),
            ("value", v.value.to_string()),
            ("qualifier", json_string(qualifier(v.qualifier))),
            ("claim", status_json(v.status)),
            ("sources", id_list(v.sources, |s| s.id)),
        ])
    });
    object(&[
        ("id", json_string(f.id)),
        ("label", localized(Some(f.label))),
        ("unit", json_string(unit(f.unit))),
        ("places", id_list(f.places, |p| p.id)),
        ("values", array(values)),
    ])
}

fn quote_json(q: &Quote) -> String {
    let provenance_of = Lang::ALL
        .iter()
        .map(|&l| (l.code(), json_string(provenance(q.provenance.get(l)))))
        .collect::<Vec<_>>();
    object(&[
        ("id", json_string(q.id)),
        ("person", json_string(q.person.id)),
        ("date", date(q.date)),
        ("dating", json_string(dating(q.dating))),
        ("setting", localized(Some(q.setting))),
        ("spoken", json_string(spoken(q.spoken))),
        ("context", localized(q.context)),
        ("note", localized(q.note)),
        ("words", localized(Some(q.words))),
        ("provenance", object(&provenance_of)),
        ("event", json_string(q.event.id)),
        ("place", json_string(q.place.id)),
        ("sources", id_list(q.sources, |s| s.id)),
    ])
}

fn source_json(s: &Source) -> String {
    object(&[
        ("id", json_string(s.id)),
        ("publisher", localized(Some(s.publisher))),
        ("title", localized(Some(s.title))),
        ("start", date(s.date.start)),
        ("end", date(s.date.end)),
        ("url", s.url.map_or("null".to_owned(), json_string)),
    ])
}

fn person_json(p: &Person) -> String {
    object(&[
        ("id", json_string(p.id)),
        ("name", localized(Some(p.name))),
        ("role", localized(Some(p.role))),
        ("affiliation", localized(Some(p.affiliation))),
    ])
}

fn place_json(p: &Place) -> String {
    let claims = p.claims.iter().map(|c| {
        object(&[
            ("text", localized(Some(c.text))),
            ("claim", status_json(c.status)),
        ])
    });
    object(&[
        ("id", json_string(p.id)),
        ("name", localized(Some(p.name))),
        ("lat", format!("{:?}", p.lat)),
        ("lon", format!("{:?}", p.lon)),
        ("about", localized(Some(p.about))),
        ("claims", array(claims)),
        ("sources", id_list(p.sources, |s| s.id)),
    ])
}

/// The whole story, nested: the same data as the CSV files, and the people and places.
pub fn story_json(story: &'static Story) -> String {
    object(&[
        ("title", localized(Some(story.title))),
        ("published", date(story.published)),
        ("start", date(story.start)),
        ("end", date(story.end)),
        ("events", array(story.events.iter().map(event_json))),
        ("figures", array(story.figures.iter().map(figure_json))),
        ("quotes", array(story.quotes.iter().map(quote_json))),
        ("sources", array(story.sources.iter().map(source_json))),
        ("people", array(story.people.iter().map(person_json))),
        ("places", array(story.places.iter().map(place_json))),
    ]) + "\n"
}
