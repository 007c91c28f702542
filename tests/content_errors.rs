//! The content compiler's errors: a broken edit of a story fails with the file, the line, the field and an exact message, shown on the made-up tiny story.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use content_compiler::{compile, FILES};

/// Where the tiny story lives: a made-up story whose texts no editor changes.
const TINY_STORY: &str = "tests/fixtures/tiny-story";

/// `text` without its French texts (each `, fr = "…"` of an inline table): the tiny story
/// carries a fifth language for `tests/third_language.rs`, which this compiler does not know.
fn without_french(text: &str) -> String {
    const FRENCH: &str = ", fr = \"";
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(FRENCH) {
        out.push_str(&rest[..at]);
        let text = &rest[at + FRENCH.len()..];
        rest = &text[text.find('"').expect("a French text's end") + 1..];
    }
    out.push_str(rest);
    assert!(!out.contains("fr = "), "a French text left: {out}");
    out
}

/// The tiny story's files, each by its path, in the explainer's languages.
fn tiny_story() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(TINY_STORY);
    FILES
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(root.join(name)).unwrap();
            (format!("{TINY_STORY}/{name}"), without_french(&text))
        })
        .collect()
}

/// The tiny story with one file's text changed, and the compiler's messages.
fn errors_after(file: &str, change: impl FnOnce(&str) -> String) -> (String, Vec<String>) {
    let mut files = tiny_story();
    let entry = files
        .iter_mut()
        .find(|(name, _)| name.ends_with(file))
        .unwrap();
    let changed = change(&entry.1);
    assert_ne!(changed, entry.1, "the change to {file} changed nothing");
    entry.1 = changed;
    let text = entry.1.clone();
    let errors = compile(&files).expect_err("the broken content must not compile");
    (text, errors.iter().map(ToString::to_string).collect())
}

/// The 1-based line of the first line containing `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle}"))
        + 1
}

/// The message's start for `line` of the tiny story's `file`.
fn at(file: &str, line: usize) -> String {
    format!("{TINY_STORY}/{file}:{line}: ")
}

/// Whether some message names `line` of the tiny story's `file`.
fn names_line(errors: &[String], file: &str, line: usize) -> bool {
    errors.iter().any(|e| e.starts_with(&at(file, line)))
}

#[test]
fn the_tiny_story_compiles_in_every_language() {
    if let Err(errors) = compile(&tiny_story()) {
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the tiny story, which every test here breaks once, is broken: {errors:#?}");
    }
}

#[test]
fn a_duplicate_id_names_both_lines() {
    let (text, errors) = errors_after("places.toml", |t| {
        format!("{t}\n[[place]]\nid = \"ukraine\"\nkind = \"country\"\nname = {{ de = \"Ukraine\", en = \"Ukraine\", uk = \"Ukraine\", ru = \"Ukraine\" }}\nlat = 49.0\nlon = 31.5\nabout = {{ de = \"x\", en = \"y\", uk = \"y\", ru = \"y\" }}\nsources = [\"report\"]\n")
    });
    let first = line_of(&text, "id = \"ukraine\"");
    let second = text.lines().count() - 6;
    assert_eq!(
        errors,
        [format!(
            "{}field `id`: `ukraine` is already used on line {first}",
            at("places.toml", second)
        )]
    );
}

#[test]
fn an_unknown_reference_is_named() {
    let (text, errors) = errors_after("quotes.toml", |t| {
        t.replacen("person = \"speaker\"", "person = \"speker\"", 1)
    });
    let line = line_of(&text, "speker\"");
    assert_eq!(
        errors,
        [format!(
            "{}field `person`: `speker` is not the id of any person",
            at("quotes.toml", line)
        )]
    );
}

#[test]
fn a_missing_translation_is_named_in_every_language() {
    for (lang, text) in [
        ("de", "de = \"Erstes Ereignis\", "),
        ("en", ", en = \"First event\""),
        ("uk", ", uk = \"Перша подія\""),
        ("ru", ", ru = \"Первое событие\""),
    ] {
        let (changed, errors) = errors_after("events.toml", |t| t.replacen(text, "", 1));
        let line = line_of(&changed, "title = { ");
        assert_eq!(
            errors,
            [format!(
                "{}field `title.{lang}`: is missing: every text needs one in each language (de, en, uk, ru)",
                at("events.toml", line)
            )]
        );
    }
}

#[test]
fn a_date_outside_the_story_is_named() {
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen("date = \"2030-01-10\"", "date = \"2029-01-10\"", 1)
    });
    let line = line_of(&text, "2029-01-10");
    assert_eq!(
        errors,
        [format!(
            "{}field `date`: `2029-01-10` lies outside the story, which runs from 2030-01-01 to 2030-02-28",
            at("events.toml", line)
        )]
    );
}

#[test]
fn an_impossible_date_is_named() {
    let (text, errors) = errors_after("quotes.toml", |t| {
        t.replacen("date = \"2030-01-20\"", "date = \"2030-02-30\"", 1)
    });
    let line = line_of(&text, "2030-02-30");
    assert_eq!(
        errors,
        [format!(
            "{}field `date`: `2030-02-30` names a day its month does not have",
            at("quotes.toml", line)
        )]
    );
}

#[test]
fn a_claim_without_a_source_fails() {
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen("sources = [\"report\"]", "sources = []", 1)
    });
    let line = line_of(&text, "sources = []");
    assert_eq!(
        errors,
        [format!(
            "{}field `sources`: is empty: every fact needs at least one source",
            at("events.toml", line)
        )]
    );
}

#[test]
fn a_claim_without_a_claimant_fails() {
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen(
            "by = { de = \"das Testamt\", en = \"the test office\", uk = \"тестового бюро\", ru = \"тестового бюро\" }\n",
            "",
            1,
        )
    });
    let line = line_of(&text, "id = \"second\"") - 1;
    assert_eq!(
        errors,
        [format!(
            "{}field `by`: must say who: a status of `claimed` needs a `by`",
            at("events.toml", line)
        )]
    );
}

#[test]
fn a_quote_without_a_person_fails() {
    let (text, errors) = errors_after("quotes.toml", |t| {
        t.replacen("person = \"speaker\"\n", "", 1)
    });
    let line = line_of(&text, "id = \"words\"") - 1;
    assert_eq!(
        errors,
        [format!(
            "{}field `person`: is missing",
            at("quotes.toml", line)
        )]
    );
}

#[test]
fn an_unknown_field_and_a_bad_choice_are_named() {
    let (text, errors) = errors_after("places.toml", |t| {
        t.replacen(
            "kind = \"country\"",
            "kind = \"harbour\"\nharbour = true",
            1,
        )
    });
    let kind = line_of(&text, "harbour\"");
    let field = kind + 1;
    assert_eq!(
        errors,
        [
            format!("{}field `harbour`: is not a known field (known: id, kind, name, lat, lon, about, claim, sources)", at("places.toml", field)),
            format!("{}field `kind`: `harbour` is not one of: country, region, city, base, port", at("places.toml", kind)),
        ]
    );
}

#[test]
fn broken_toml_names_the_line() {
    let (text, errors) = errors_after("people.toml", |t| {
        t.replacen(
            "role = { de = \"Sprecherin\"",
            "role = { de = Sprecherin\"",
            1,
        )
    });
    let line = line_of(&text, "de = Sprecherin\"");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with(&format!("{}not valid TOML: ", at("people.toml", line))),
        "{}",
        errors[0]
    );
}

#[test]
fn out_of_order_figures_are_named() {
    // A second value, dated before the first.
    let (text, errors) = errors_after("figures.toml", |t| {
        format!("{t}\n[[figure.value]]\ndate = \"2030-01-15\"\nvalue = 3_000\nqualifier = \"about\"\nstatus = \"confirmed\"\nsources = [\"report\"]\n")
    });
    let line = line_of(&text, "2030-01-15");
    assert_eq!(
        errors,
        [format!(
            "{}field `value.date`: `2030-01-15` comes before the previous one's `2030-01-20`: keep them in date order",
            at("figures.toml", line)
        )]
    );
}

#[test]
fn the_troop_chart_ends_on_the_present_and_takes_no_end_of_its_own() {
    let chart = "chart = { start = \"2030-01-01\" }";
    let (text, errors) = errors_after("story.toml", |t| {
        t.replacen(
            chart,
            "chart = { start = \"2030-01-01\", until = \"2030-02-01\" }",
            1,
        )
    });
    let line = line_of(&text, "until = \"2030-02-01\"");
    assert_eq!(
        errors,
        [format!(
            "{}field `chart.until`: is not a known field (known: start)",
            at("story.toml", line)
        )]
    );
    let (text, errors) = errors_after("story.toml", |t| {
        t.replacen(chart, "chart = { start = \"2030-01-20\" }", 1)
    });
    let line = line_of(&text, "chart = ");
    assert_eq!(
        errors,
        [format!(
            "{}field `chart.start`: must come before the story's present, `2030-01-20`, on which the troop chart ends",
            at("story.toml", line)
        )]
    );
}

#[test]
fn the_timeline_stretches_and_the_cameras_are_checked() {
    let (text, errors) = errors_after("story.toml", |t| {
        t.replacen(
            "start = \"2030-01-01\"\nper_day",
            "start = \"2030-01-02\"\nper_day",
            1,
        )
        .replacen(
            "start = \"2030-02-01\"\nper_day",
            "start = \"2030-01-01\"\nper_day",
            1,
        )
        .replacen(
            "\"primorsky-krai\", \"north-korea\"",
            "\"primorsky-krai\", \"north-korae\"",
            1,
        )
    });
    let first = line_of(&text, "2030-01-02");
    let second = line_of(&text, "per_day = 3.0") - 1;
    let camera = line_of(&text, "\"north-korae\"");
    assert_eq!(
        errors,
        [
            format!("{}field `stretch.start`: the first stretch must begin with the story, on `2030-01-01`", at("story.toml", first)),
            format!("{}field `stretch.start`: `2030-01-01` comes before the previous one's `2030-01-02`: keep them in date order", at("story.toml", second)),
            format!("{}field `places`: `north-korae` is not the id of any place", at("story.toml", camera)),
        ]
    );
}

#[test]
fn every_broken_stretch_and_camera_is_named_not_only_the_first() {
    // A second camera, to break too.
    let (text, errors) = errors_after("story.toml", |t| {
        let t = t
            .replacen("per_day = 1.0", "per_day = \"fast\"", 1)
            .replacen("per_day = 3.0", "per_day = 600.0", 1)
            .replacen("id = \"east\"", "id = \"East!\"", 1);
        format!("{t}\n[[camera]]\nid = \"Far East\"\nname = {{ de = \"Fernost\", en = \"Far East\", uk = \"Far East\", ru = \"Far East\" }}\nplaces = [\"primorsky-krai\"]\n")
    });
    let named = |needle: &str| names_line(&errors, "story.toml", line_of(&text, needle));
    for needle in [
        "per_day = \"fast\"",
        "per_day = 600.0",
        "\"East!\"",
        "\"Far East\"",
    ] {
        assert!(named(needle), "{needle} is not named: {errors:#?}");
    }
}

#[test]
fn a_broken_optional_field_does_not_hide_the_fields_after_it() {
    // A quote's broken context before its words; a claim's unknown status before its claimant;
    // a place's broken claim before its sources. Each case: its changes, then the lines that
    // must be named.
    type Case = (
        &'static str,
        &'static [(&'static str, &'static str)],
        [&'static str; 2],
    );
    let cases: [Case; 3] = [
        (
            "quotes.toml",
            &[
                ("setting = ", "context = { de = \"Vorab.\", xx = \"Before.\" }\nsetting = "),
                ("words = { de = \"Das ist ein Test.\", en = ", "words = { de = \"Das ist ein Test.\", xx = "),
            ],
            ["context = ", "words = "],
        ),
        (
            "events.toml",
            &[
                ("status = \"claimed\"", "status = \"rumoured\""),
                ("by = { de = \"das Testamt\", en = \"the test office\", uk = \"тестового бюро\", ru = \"тестового бюро\" }", "by = { de = \"das Testamt\" }"),
            ],
            ["status = \"rumoured\"", "by = { de = \"das Testamt\" }"],
        ),
        (
            "places.toml",
            &[(
                "sources = [\"report\"]\n",
                "sources = \"report\"\n\n[[place.claim]]\ntext = { de = \"Behauptet.\", en = \"Claimed.\", uk = \"Claimed.\", ru = \"Claimed.\" }\nstatus = \"whispered\"\nby = { de = \"jemand\", en = \"someone\", uk = \"someone\", ru = \"someone\" }\n",
            )],
            ["status = \"whispered\"", "sources = \"report\""],
        ),
    ];
    for (file, changes, named) in cases {
        let (text, errors) = errors_after(file, |t| {
            changes
                .iter()
                .fold(t.to_owned(), |t, (from, to)| t.replacen(from, to, 1))
        });
        for needle in named {
            let line = line_of(&text, needle);
            assert!(
                names_line(&errors, file, line),
                "{file}:{line} is not named: {errors:#?}"
            );
        }
    }
}

#[test]
fn a_figure_value_is_said_or_published() {
    let (text, errors) = errors_after("figures.toml", |t| {
        t.replacen(
            "qualifier = \"about\"",
            "qualifier = \"about\"\ndating = \"heard\"",
            1,
        )
    });
    let line = line_of(&text, "\"heard\"");
    assert_eq!(
        errors,
        [format!(
            "{}field `value.dating`: `heard` is not one of: said, published",
            at("figures.toml", line)
        )]
    );
}

#[test]
fn an_uncited_source_a_bad_address_and_a_false_provenance_are_named() {
    let (text, errors) = errors_after("sources.toml", |t| {
        format!("{t}\n[[source]]\nid = \"orphan\"\npublisher = {{ de = \"X\", en = \"X\", uk = \"X\", ru = \"X\" }}\ntitle = {{ de = \"X\", en = \"X\", uk = \"X\", ru = \"X\" }}\ndate = \"2030\"\nurl = \"https://x.test/\"\n")
    });
    let line = line_of(&text, "id = \"orphan\"");
    assert_eq!(
        errors,
        [format!(
            "{}field `id`: is cited by no event, quote, figure or place: cite it or remove it",
            at("sources.toml", line)
        )]
    );
    let (text, errors) = errors_after("sources.toml", |t| {
        t.replacen(
            "date = \"2030-01-05\"",
            "date = \"2030-01-05\"\nurl = \"www.test.example/report\"",
            1,
        )
    });
    let line = line_of(&text, "url = \"www.test.example/");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!(
            "{}field `url`: `www.test.example/",
            at("sources.toml", line)
        )),
        "{errors:?}"
    );
    assert!(errors[0].ends_with("` is not an absolute http(s) address without spaces"));
    let (text, errors) = errors_after("quotes.toml", |t| {
        t.replacen(
            "spoken = \"en\"\nprovenance = { de = \"ours\", en = \"own\",",
            "spoken = \"en\"\nprovenance = { de = \"own\", en = \"own\",",
            1,
        )
    });
    let line = line_of(&text, "id = \"words\"") - 1;
    assert_eq!(
        errors,
        [format!(
            "{}field `provenance`: `de`: only a text in the language spoken (`en`) can be `own`",
            at("quotes.toml", line)
        )]
    );
}

#[test]
fn a_route_needs_two_places_that_exist() {
    let movement = "places = [\"primorsky-krai\"]\n";
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen(
            movement,
            "places = [\"primorsky-krai\"]\nroute = [\"primorsky-krai\"]\n",
            1,
        )
    });
    let line = line_of(&text, "route = [\"primorsky-krai\"]");
    assert_eq!(
        errors,
        [format!(
            "{}field `route`: needs at least two places: where from, and (last) where to",
            at("events.toml", line)
        )]
    );
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen(
            movement,
            "places = [\"primorsky-krai\"]\nroute = [\"north-korea\", \"primorsky-kria\"]\n",
            1,
        )
    });
    let line = line_of(&text, "primorsky-kria");
    assert_eq!(
        errors,
        [format!(
            "{}field `route`: `primorsky-kria` is not the id of any place",
            at("events.toml", line)
        )]
    );
}
