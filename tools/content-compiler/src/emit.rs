//! Writes validated content as Rust statics for `src/content.rs`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write;

use crate::record::{Dated, Loc};
use crate::records::{EventRec, FigureRec, PersonRec, PlaceRec, QuoteRec, SourceRec, StoryRec};
use crate::{Content, Ref, Status};
use shared::date::{Date, Precision};
use shared::lang::Lang;

thread_local! {
    /// The story's texts in the order [`loc`] met them: `PAGE_TEXTS`, which the host writes into
    /// each page for the browser's builds to read.
    static PAGE_TEXTS: RefCell<Vec<Vec<String>>> = const { RefCell::new(Vec::new()) };
}

/// A story text: its place in `PAGE_TEXTS`, where the host finds it to write into each page,
/// and which is all a browser's build carries of it.
fn loc(l: &Loc) -> String {
    let index = PAGE_TEXTS.with_borrow_mut(|texts| {
        texts.push(l.0.clone());
        texts.len() - 1
    });
    format!("Localized::in_page({index}, PAGE_TEXTS[{index}])")
}

/// A story text whose other wordings a card shows a tap away (a quote's words): one entry of
/// `PAGE_TEXTS` per language, holding that language's text in the column of every page that
/// offers it (`Lang::offers`: its own page's and, for an original, every page's) and nothing
/// in the others'.
fn whole(l: &Loc) -> String {
    let first = PAGE_TEXTS.with_borrow_mut(|texts| {
        let first = texts.len();
        texts.extend(l.0.iter().zip(Lang::ALL).map(|(text, wording)| {
            Lang::ALL
                .iter()
                .map(|page| {
                    if page.offers(wording) {
                        text.clone()
                    } else {
                        String::new()
                    }
                })
                .collect::<Vec<_>>()
        }));
        first
    });
    let texts: Vec<String> = (0..l.0.len())
        .map(|lang| format!("PAGE_TEXTS[{}][{lang}]", first + lang))
        .collect();
    format!("Localized::whole_in_page({first}, [{}])", texts.join(", "))
}

fn date(d: Date) -> String {
    format!(
        "Date {{ year: {}, month: {}, day: {} }}",
        d.year, d.month, d.day
    )
}

fn when(d: &Dated) -> String {
    when_about(d, false)
}

/// A date as [`When`], approximate ("from about July 2024") or not.
fn when_about(d: &Dated, approximate: bool) -> String {
    let precision = match d.precision {
        Precision::Day => "Day",
        Precision::Month => "Month",
        Precision::Year => "Year",
    };
    format!(
        "When {{ start: {}, end: {}, precision: Precision::{precision}, approximate: {approximate} }}",
        date(d.start),
        date(d.end)
    )
}

fn status(s: &Status) -> String {
    let kind = match s.kind {
        "confirmed" => "Confirmed",
        "claimed" => "Claimed",
        "unconfirmed" => "Unconfirmed",
        _ => "Denied",
    };
    let by =
        s.by.as_ref()
            .map_or("None".to_owned(), |by| format!("Some({})", loc(by)));
    format!("ClaimStatus {{ kind: ClaimKind::{kind}, by: {by} }}")
}

/// `&[&TABLE[i], …]` for references, in the order the content lists them.
fn refs(table: &str, refs: &[Ref], ids: &HashMap<&str, usize>) -> String {
    let items: Vec<String> = refs
        .iter()
        .map(|r| format!("&{table}[{}]", ids[r.id.as_str()]))
        .collect();
    format!("&[{}]", items.join(", "))
}

fn ids<'a>(list: impl Iterator<Item = &'a str>) -> HashMap<&'a str, usize> {
    list.enumerate().map(|(i, id)| (id, i)).collect()
}

fn kebab_to_camel(word: &str) -> String {
    word.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// The index of each record in its static, by id.
struct Ids<'c> {
    sources: HashMap<&'c str, usize>,
    places: HashMap<&'c str, usize>,
    people: HashMap<&'c str, usize>,
    events: HashMap<&'c str, usize>,
}

/// `static NAME: [Type; n] = [ rows ];`, one row a line.
fn table<T>(out: &mut String, name: &str, ty: &str, items: &[T], row: impl Fn(&T) -> String) {
    let _ = writeln!(out, "static {name}: [{ty}; {}] = [", items.len());
    for item in items {
        let _ = writeln!(out, "    {},", row(item));
    }
    out.push_str("];\n\n");
}

fn source_row(s: &SourceRec) -> String {
    format!(
        "Source {{ id: {:?}, publisher: {}, title: {}, date: {}, url: {:?} }}",
        s.id.value,
        loc(&s.publisher),
        loc(&s.title),
        when(&s.date.value),
        s.url.as_deref()
    )
}

fn place_row(p: &PlaceRec, ids: &Ids<'_>) -> String {
    format!(
        "Place {{ id: {:?}, kind: PlaceKind::{}, name: {}, lat: {:?}, lon: {:?}, about: {}, claims: &[{}], sources: {} }}",
        p.id.value,
        kebab_to_camel(p.kind),
        loc(&p.name),
        p.lat as f32,
        p.lon as f32,
        loc(&p.about),
        p.claims
            .iter()
            .map(|c| format!("PlaceClaim {{ text: {}, status: {} }}", loc(&c.text), status(&c.status)))
            .collect::<Vec<_>>()
            .join(", "),
        refs("SOURCES", &p.sources, &ids.sources)
    )
}

fn person_row(p: &PersonRec) -> String {
    format!(
        "Person {{ id: {:?}, name: {}, role: {}, affiliation: {} }}",
        p.id.value,
        loc(&p.name),
        loc(&p.role),
        loc(&p.affiliation)
    )
}

fn event_row(e: &EventRec, ids: &Ids<'_>) -> String {
    format!(
        "Event {{ id: {:?}, when: {}, title: {}, summary: {}, places: {}, route: {}, people: {}, status: {}, sources: {} }}",
        e.id.value,
        when_about(&e.when.value, e.approximate),
        loc(&e.title),
        loc(&e.summary),
        refs("PLACES", &e.places, &ids.places),
        refs("PLACES", &e.route, &ids.places),
        refs("PEOPLE", &e.people, &ids.people),
        status(&e.status),
        refs("SOURCES", &e.sources, &ids.sources)
    )
}

fn quote_row(q: &QuoteRec, ids: &Ids<'_>) -> String {
    let provenance: Vec<String> = q
        .provenance
        .iter()
        .map(|p| format!("Provenance::{}", kebab_to_camel(p)))
        .collect();
    format!(
        "Quote {{ id: {:?}, person: &PEOPLE[{}], date: {}, dating: Dating::{}, setting: {}, event: &EVENTS[{}], place: &PLACES[{}], spoken: Spoken::{}, provenance: Provenances([{}]), context: {}, note: {}, words: {}, sources: {} }}",
        q.id.value,
        ids.people[q.person.id.as_str()],
        date(q.date.value),
        kebab_to_camel(q.dating),
        loc(&q.setting),
        ids.events[q.event.id.as_str()],
        ids.places[q.place.id.as_str()],
        kebab_to_camel(q.spoken),
        provenance.join(", "),
        q.context
            .as_ref()
            .map_or("None".to_owned(), |c| format!("Some({})", loc(c))),
        q.note
            .as_ref()
            .map_or("None".to_owned(), |n| format!("Some({})", loc(n))),
        whole(&q.words),
        refs("SOURCES", &q.sources, &ids.sources)
    )
}

fn figure_row(f: &FigureRec, ids: &Ids<'_>) -> String {
    let values: Vec<String> = f
        .values
        .iter()
        .map(|v| {
            format!(
                "        FigureValue {{ date: {}, dating: Dating::{}, value: {}, qualifier: Qualifier::{}, status: {}, sources: {} }},\n",
                date(v.date.value),
                kebab_to_camel(v.dating),
                v.value,
                kebab_to_camel(v.qualifier),
                status(&v.status),
                refs("SOURCES", &v.sources, &ids.sources)
            )
        })
        .collect();
    format!(
        "Figure {{ id: {:?}, label: {}, unit: Unit::{}, places: {}, values: &[\n{}    ] }}",
        f.id.value,
        loc(&f.label),
        kebab_to_camel(f.unit),
        refs("PLACES", &f.places, &ids.places),
        values.concat()
    )
}

fn story_static(s: &StoryRec, ids: &Ids<'_>) -> String {
    format!(
        "/// The story, as the content files tell it.\npub static STORY: Story = Story {{\n    title: {},\n    dek: {},\n    description: {},\n    published: {},\n    present: {},\n    start: {},\n    end: {},\n    article: &SOURCES[{}],\n    embed_id: {:?},\n    stretches: &STRETCHES,\n    chart_start: {},\n    cameras: &CAMERAS,\n    events: &EVENTS,\n    places: &PLACES,\n    people: &PEOPLE,\n    quotes: &QUOTES,\n    figures: &FIGURES,\n    sources: &SOURCES,\n}};\n\n/// The long form's own texts, apart from the story: only the host renders them.\npub static LONG_FORM_TEXT: LongFormText = LongFormText {{\n    intro: {},\n    credit: {},\n}};\n",
        loc(&s.title),
        loc(&s.dek),
        loc(&s.description),
        date(s.published.value),
        date(s.present.value),
        date(s.start),
        date(s.end),
        ids.sources[s.article.id.as_str()],
        s.embed_id,
        date(s.chart_start.value),
        loc(&s.intro),
        loc(&s.credit)
    )
}

/// The Rust source for validated content.
pub fn rust(content: &Content) -> String {
    // Events and quotes are stored in date order, which the timeline relies on.
    let mut events: Vec<_> = content.events.iter().collect();
    events.sort_by_key(|e| (e.when.value.start, e.when.value.end));
    let mut quotes: Vec<_> = content.quotes.iter().collect();
    quotes.sort_by_key(|q| q.date.value);
    let ids = Ids {
        sources: ids(content.sources.iter().map(|s| s.id.value.as_str())),
        places: ids(content.places.iter().map(|p| p.id.value.as_str())),
        people: ids(content.people.iter().map(|p| p.id.value.as_str())),
        events: ids(events.iter().map(|e| e.id.value.as_str())),
    };
    let story = &content.story;
    PAGE_TEXTS.with_borrow_mut(Vec::clear);
    let mut out =
        String::from("// Generated by tools/content-compiler from src/content/*.toml.\n\n");
    table(&mut out, "SOURCES", "Source", &content.sources, source_row);
    table(&mut out, "PLACES", "Place", &content.places, |p| {
        place_row(p, &ids)
    });
    table(&mut out, "PEOPLE", "Person", &content.people, person_row);
    table(&mut out, "EVENTS", "Event", &events, |e| event_row(e, &ids));
    table(&mut out, "QUOTES", "Quote", &quotes, |q| quote_row(q, &ids));
    table(&mut out, "FIGURES", "Figure", &content.figures, |f| {
        figure_row(f, &ids)
    });
    table(&mut out, "STRETCHES", "Stretch", &story.stretches, |s| {
        format!(
            "Stretch {{ start: {}, per_day: {:?} }}",
            date(s.start.value),
            s.per_day
        )
    });
    table(&mut out, "CAMERAS", "Camera", &story.cameras, |c| {
        format!(
            "Camera {{ id: {:?}, name: {}, places: {} }}",
            c.id.value,
            loc(&c.name),
            refs("PLACES", &c.places, &ids.places)
        )
    });
    out.push_str(&story_static(story, &ids));
    // Last: every story text has been met.
    let texts = PAGE_TEXTS.with_borrow_mut(std::mem::take);
    let _ = writeln!(
        out,
        "\n/// Every story text, in every language: what each page holds of its language for the\n/// browser's build to read ([`crate::page_texts`]). A const, not a static: the story's\n/// consts take their texts from it at compile time, so that a build keeps only those it reads.\n#[allow(clippy::large_const_arrays)]\npub const PAGE_TEXTS: [[&str; Lang::COUNT]; {}] = [",
        texts.len()
    );
    for text in &texts {
        let _ = writeln!(out, "    {text:?},");
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "\n/// The story's texts and their hash, which the host writes into each page beside them and a\n/// browser's build checks there ([`crate::page::texts`]).\npub static STORY_TEXTS: StoryTexts = StoryTexts {{\n    texts: &PAGE_TEXTS,\n    hash: {:?},\n}};",
        texts_hash(&texts)
    );
    out
}

/// A hash of every text in every language (64-bit FNV-1a, in hex): two stories with the same
/// texts in the same order have the same hash.
fn texts_hash(texts: &[Vec<String>]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for text in texts.iter().flatten() {
        // Each text ends with a byte no UTF-8 text holds, so that no two lists run together alike.
        for byte in text.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
