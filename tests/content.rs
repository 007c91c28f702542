//! The content files: the shipped story is complete and correct, and broken edits fail with exact messages.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use content_compiler::{compile, compile_dir, FILES};
use explainer::model::story::{ClaimKind, Dating, Provenance, Spoken, STORY};
use shared::lang::Lang;

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content")
}

fn shipped() -> Vec<(String, String)> {
    FILES
        .iter()
        .map(|name| {
            let text = std::fs::read_to_string(content_dir().join(name)).unwrap();
            (format!("src/content/{name}"), text)
        })
        .collect()
}

/// The shipped files with one file's text changed, and the compiler's messages.
fn errors_after(file: &str, change: impl FnOnce(&str) -> String) -> (String, Vec<String>) {
    let mut files = shipped();
    let entry = files
        .iter_mut()
        .find(|(name, _)| name.ends_with(file))
        .unwrap();
    entry.1 = change(&entry.1);
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

/// Whether some message names `line` of the content file `file`.
fn names_line(errors: &[String], file: &str, line: usize) -> bool {
    errors
        .iter()
        .any(|e| e.starts_with(&format!("src/content/{file}:{line}: ")))
}

/// A fixture in `tests/fixtures/`: what the content is checked against, kept in the repository.
fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", path.display()))
}

#[test]
fn the_shipped_content_compiles() {
    compile_dir(&content_dir(), "src/content").expect("the shipped content is valid");
}

#[test]
fn a_duplicate_id_names_both_lines() {
    let (text, errors) = errors_after("places.toml", |t| {
        format!("{t}\n[[place]]\nid = \"kyiv\"\nkind = \"city\"\nname = {{ de = \"Kiew\", en = \"Kyiv\" }}\nlat = 50.45\nlon = 30.52\nabout = {{ de = \"x\", en = \"y\" }}\nsources = [\"dw-article-de\"]\n")
    });
    let first = line_of(&text, "id = \"kyiv\"");
    let second = text.lines().count() - 6;
    assert_eq!(
        errors,
        [format!(
            "src/content/places.toml:{second}: field `id`: `kyiv` is already used on line {first}"
        )]
    );
}

#[test]
fn an_unknown_reference_is_named() {
    let (text, errors) = errors_after("quotes.toml", |t| {
        t.replacen("person = \"nico-lange\"", "person = \"nico-lang\"", 1)
    });
    let line = line_of(&text, "nico-lang\"");
    assert_eq!(errors, [format!("src/content/quotes.toml:{line}: field `person`: `nico-lang` is not the id of any person")]);
}

#[test]
fn a_missing_translation_is_named() {
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen(
            "title.en = \"US: Russia buys ammunition from North Korea\"\n",
            "",
            1,
        )
    });
    let line = line_of(&text, "title.de = \"USA: Russland kauft");
    assert_eq!(
        errors,
        [format!("src/content/events.toml:{line}: field `title.en`: is missing: every text needs one in each language (de, en)")]
    );
}

#[test]
fn a_date_outside_the_story_is_named() {
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen("date = \"2024-06-19\"", "date = \"2021-06-19\"", 1)
    });
    let line = line_of(&text, "2021-06-19");
    assert_eq!(
        errors,
        [format!("src/content/events.toml:{line}: field `date`: `2021-06-19` lies outside the story, which runs from 2022-09-01 to 2024-11-05")]
    );
}

#[test]
fn an_impossible_date_is_named() {
    let (text, errors) = errors_after("quotes.toml", |t| {
        t.replacen("date = \"2024-10-17\"", "date = \"2024-02-30\"", 1)
    });
    let line = line_of(&text, "2024-02-30");
    assert_eq!(errors, [format!("src/content/quotes.toml:{line}: field `date`: `2024-02-30` names a day its month does not have")]);
}

#[test]
fn a_claim_without_a_source_fails() {
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen("sources = [\"hur-2024-10-23\"]", "sources = []", 1)
    });
    let line = line_of(&text, "sources = []");
    assert_eq!(errors, [format!("src/content/events.toml:{line}: field `sources`: is empty: every fact needs at least one source")]);
}

#[test]
fn a_claim_without_a_claimant_fails() {
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen(
            "by = { de = \"Nico Lange (MSC)\", en = \"Nico Lange (MSC)\" }\n",
            "",
            1,
        )
    });
    let line = line_of(&text, "id = \"construction-units\"") - 1;
    assert_eq!(errors, [format!("src/content/events.toml:{line}: field `by`: must say who: a status of `claimed` needs a `by`")]);
}

#[test]
fn a_quote_without_a_person_fails() {
    let (text, errors) = errors_after("quotes.toml", |t| {
        t.replacen("person = \"andrei-lankov\"\n", "", 1)
    });
    let line = line_of(&text, "id = \"lankov-mobilisation\"") - 1;
    assert_eq!(
        errors,
        [format!(
            "src/content/quotes.toml:{line}: field `person`: is missing"
        )]
    );
}

#[test]
fn an_unknown_field_and_a_bad_choice_are_named() {
    let (text, errors) = errors_after("places.toml", |t| {
        t.replacen("kind = \"port\"", "kind = \"harbour\"\nharbour = true", 1)
    });
    let kind = line_of(&text, "harbour\"");
    let field = kind + 1;
    assert_eq!(
        errors,
        [
            format!("src/content/places.toml:{field}: field `harbour`: is not a known field (known: id, kind, name, lat, lon, about, claim, sources)"),
            format!("src/content/places.toml:{kind}: field `kind`: `harbour` is not one of: country, region, city, base, port"),
        ]
    );
}

#[test]
fn broken_toml_names_the_line() {
    let (text, errors) = errors_after("people.toml", |t| {
        t.replacen(
            "role = { de = \"Präsident\"",
            "role = { de = Präsident\"",
            1,
        )
    });
    let line = line_of(&text, "de = Präsident\"");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with(&format!("src/content/people.toml:{line}: not valid TOML: ")),
        "{}",
        errors[0]
    );
}

#[test]
fn out_of_order_figures_are_named() {
    let (text, errors) = errors_after("figures.toml", |t| {
        t.replacen(
            "date = \"2024-10-23\"\nvalue = 3_000",
            "date = \"2024-10-17\"\nvalue = 3_000",
            1,
        )
    });
    let line = line_of(&text, "2024-10-17");
    assert_eq!(
        errors,
        [format!("src/content/figures.toml:{line}: field `value.date`: `2024-10-17` comes before the previous one's `2024-10-18`: keep them in date order")]
    );
}

#[test]
fn the_troop_chart_ends_on_the_present_and_takes_no_end_of_its_own() {
    let chart = "chart = { start = \"2024-10-01\" }";
    let (text, errors) = errors_after("story.toml", |t| {
        t.replacen(
            chart,
            "chart = { start = \"2024-10-01\", until = \"2024-12-01\" }",
            1,
        )
    });
    let line = line_of(&text, "until = \"2024-12-01\"");
    assert_eq!(errors, [format!("src/content/story.toml:{line}: field `chart.until`: is not a known field (known: start)")]);
    let (text, errors) = errors_after("story.toml", |t| {
        t.replacen(chart, "chart = { start = \"2024-10-23\" }", 1)
    });
    let line = line_of(&text, "chart = ");
    assert_eq!(errors, [format!("src/content/story.toml:{line}: field `chart.start`: must come before the story's present, `2024-10-23`, on which the troop chart ends")]);
}

#[test]
fn the_timeline_stretches_and_the_cameras_are_checked() {
    let (text, errors) = errors_after("story.toml", |t| {
        t.replacen(
            "start = \"2022-09-01\"\nper_day",
            "start = \"2022-09-02\"\nper_day",
            1,
        )
        .replacen(
            "start = \"2024-10-01\"\nper_day",
            "start = \"2024-05-01\"\nper_day",
            1,
        )
        .replacen("\"kursk\", \"moscow\"", "\"kursk\", \"moskau\"", 1)
    });
    let first = line_of(&text, "2022-09-02");
    let third = line_of(&text, "2024-05-01");
    let camera = line_of(&text, "\"moskau\"");
    assert_eq!(
        errors,
        [
            format!("src/content/story.toml:{first}: field `stretch.start`: the first stretch must begin with the story, on `2022-09-01`"),
            format!("src/content/story.toml:{third}: field `stretch.start`: `2024-05-01` comes before the previous one's `2024-06-01`: keep them in date order"),
            format!("src/content/story.toml:{camera}: field `places`: `moskau` is not the id of any place"),
        ]
    );
}

#[test]
fn every_broken_stretch_and_camera_is_named_not_only_the_first() {
    let (text, errors) = errors_after("story.toml", |t| {
        t.replacen("per_day = 0.3", "per_day = \"fast\"", 1)
            .replacen("per_day = 6.0", "per_day = 600.0", 1)
            .replacen("id = \"ukraine\"", "id = \"Ukraine!\"", 1)
            .replacen("id = \"far-east\"", "id = \"Far East\"", 1)
    });
    let named = |needle: &str| names_line(&errors, "story.toml", line_of(&text, needle));
    for needle in [
        "per_day = \"fast\"",
        "per_day = 600.0",
        "\"Ukraine!\"",
        "\"Far East\"",
    ] {
        assert!(named(needle), "{needle} is not named: {errors:#?}");
    }
}

#[test]
fn a_broken_optional_field_does_not_hide_the_fields_after_it() {
    // A quote's broken context before its words; a claim's unknown status before its claimant;
    // a place's broken claim before its sources.
    let cases: [(&str, [(&str, &str); 2]); 3] = [
        (
            "quotes.toml",
            [
                ("context.en = \"On a united", "context.fr = \"On a united"),
                ("words.en = \"Many European", "words.xx = \"Many European"),
            ],
        ),
        (
            "events.toml",
            [
                ("status = \"claimed\"", "status = \"rumoured\""),
                (
                    "by = { de = \"US-Regierung\", en = \"the US government\" }",
                    "by = { de = \"US-Regierung\" }",
                ),
            ],
        ),
        (
            "places.toml",
            [
                ("status = \"claimed\"", "status = \"whispered\""),
                (
                    "sources = [\"us-statements-2022\", \"treaty-2024\", \"nis-2024-10-18\"]",
                    "sources = \"treaty-2024\"",
                ),
            ],
        ),
    ];
    for (file, changes) in cases {
        let (text, errors) = errors_after(file, |t| {
            changes
                .iter()
                .fold(t.to_owned(), |t, (from, to)| t.replacen(from, to, 1))
        });
        for (_, to) in changes {
            let line = line_of(&text, to);
            assert!(
                names_line(&errors, file, line),
                "{file}:{line} is not named: {errors:#?}"
            );
        }
    }
}

#[test]
fn a_figure_known_only_from_a_published_conversation_is_dated_as_published() {
    // A claimant whose quotes of that day are dated by their publication gave the figure then
    // too, as far as anyone knows: Lankov's pay figures, from the same DW conversation.
    let mut published = 0;
    for figure in STORY.figures {
        for value in figure.values {
            let Some(by) = value.status.by else { continue };
            let only_published = STORY.quotes.iter().any(|q| {
                q.person.name.get(Lang::En) == by.get(Lang::En)
                    && q.date == value.date
                    && q.dating == Dating::Published
            });
            if only_published {
                assert_eq!(value.dating, Dating::Published, "{}", figure.id);
                published += 1;
            }
        }
    }
    assert_eq!(published, 2, "the contract pay and the bonus");
    let (text, errors) = errors_after("figures.toml", |t| {
        t.replacen("dating = \"published\"", "dating = \"heard\"", 1)
    });
    let line = line_of(&text, "\"heard\"");
    assert_eq!(
        errors,
        [format!("src/content/figures.toml:{line}: field `value.dating`: `heard` is not one of: said, published")]
    );
}

#[test]
fn every_dated_row_of_the_fact_sheet_is_an_event() {
    let expected = [
        ("us-shell-statements", "2022-09-01"),
        ("containers-najin-dunay", "2023-09-07"),
        ("hur-contingent-2023", "2023-01-01"),
        ("treaty-pyongyang", "2024-06-19"),
        ("construction-units", "2024-07-01"),
        ("sea-transport", "2024-10-08"),
        ("victory-plan", "2024-10-16"),
        ("trump-podcast", "2024-10-17"),
        ("nis-findings", "2024-10-18"),
        ("zelensky-address", "2024-10-20"),
        ("brics-kazan", "2024-10-22"),
        ("nis-3000", "2024-10-23"),
        ("austin-rome", "2024-10-23"),
        ("nato-statement", "2024-10-23"),
        ("germany-summons", "2024-10-23"),
        ("kursk-sighting", "2024-10-23"),
        ("us-election", "2024-11-05"),
    ];
    for (id, start) in expected {
        let event = STORY
            .events
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no event {id}"));
        assert_eq!(event.when.start.to_string(), start, "{id}");
    }
    assert!(
        STORY
            .events
            .windows(2)
            .all(|w| w[0].when.start <= w[1].when.start),
        "events out of order"
    );
}

#[test]
fn everyone_the_article_quotes_or_names_is_a_person() {
    for id in [
        "nico-lange",
        "andrei-lankov",
        "roderich-kiesewetter",
        "volodymyr-zelensky",
        "lloyd-austin",
        "farah-dakhlallah",
        "donald-trump",
        "vladimir-putin",
        "kim-jong-un",
        "kamala-harris",
    ] {
        assert!(STORY.people.iter().any(|p| p.id == id), "no person {id}");
    }
}

#[test]
fn every_quotation_in_the_article_is_a_verbatim_quote() {
    let article = fixture("article-quotations.de.txt");
    // A German wording that is ours translates words the article does not quote.
    let articles =
        |q: &&explainer::model::story::Quote| q.provenance.get(Lang::De) != Provenance::Ours;
    for quote in STORY.quotes.iter().filter(articles) {
        assert!(
            article.contains(quote.words.get(Lang::De)),
            "{} is not verbatim in the article's quotations",
            quote.id
        );
    }
    // Every passage the article sets in straight quotes is a quote, except the plan's name and
    // the word it gives the USA, not Austin ("Beweisen"), which the events tell.
    // Quotes pair within a paragraph; one left open (NATO's) runs on into indirect speech,
    // so a quote need only begin it.
    for paragraph in article.lines() {
        let parts: Vec<&str> = paragraph.split('"').collect();
        for (i, passage) in parts.iter().enumerate().skip(1).step_by(2) {
            let open = i == parts.len() - 1;
            let found = STORY.quotes.iter().filter(articles).any(|q| {
                let words = q.words.get(Lang::De).trim_end_matches('.');
                if open {
                    passage.starts_with(words)
                } else {
                    passage.trim_end_matches('.') == words
                }
            });
            assert!(
                found || ["Siegesplan", "Beweisen"].contains(passage),
                "the article's quotation is missing: {passage}"
            );
        }
    }
}

#[test]
fn an_english_text_is_the_fact_sheets_wording_or_marked_as_ours() {
    // The fact sheet wraps its lines: its wordings are read with their spaces folded.
    let facts = fixture("facts.md")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for quote in STORY.quotes {
        match quote.provenance.get(Lang::En) {
            // A wording joined from two reported passages marks the join with " … ".
            Provenance::Own | Provenance::Official | Provenance::Reported => {
                for part in quote.words.get(Lang::En).split(" … ") {
                    assert!(
                        facts.contains(part),
                        "{}: the English wording is not in the fact sheet's rows",
                        quote.id
                    );
                }
            }
            Provenance::Ours => {}
            Provenance::Article => panic!("{}: the article is German", quote.id),
        }
        // The German is the article's (the speaker's own words only if they spoke it), or ours
        // where the article does not quote the speaker's words.
        let german = quote.provenance.get(Lang::De);
        assert_eq!(
            german == Provenance::Own,
            quote.spoken == Spoken::De,
            "{}",
            quote.id
        );
        assert_ne!(german, Provenance::Official, "{}", quote.id);
        assert_ne!(german, Provenance::Reported, "{}", quote.id);
    }
    // Zelensky spoke Ukrainian: his English is the official translation, his German DW's.
    for id in ["zelensky-evil", "zelensky-clear-evidence"] {
        let quote = STORY.quote(id).unwrap();
        assert_eq!(quote.spoken, Spoken::Uk);
        assert_eq!(quote.provenance.get(Lang::En), Provenance::Official);
        assert_eq!(quote.provenance.get(Lang::De), Provenance::Article);
    }
}

#[test]
fn a_source_address_comes_from_the_fact_sheet() {
    let facts = fixture("facts.md");
    let with_url: Vec<_> = STORY.sources.iter().filter_map(|s| s.url).collect();
    assert!(with_url.len() >= 6, "{with_url:?}");
    for url in with_url {
        assert!(
            url.starts_with("https://") || url.starts_with("http://"),
            "{url}"
        );
        assert!(
            facts.contains(&format!("| {url} |")),
            "{url} is not one of the fact sheet's source addresses"
        );
    }
}

#[test]
fn every_source_is_cited_and_every_place_text_has_a_source() {
    for place in STORY.places {
        assert!(!place.sources.is_empty(), "{} has no source", place.id);
        for claim in place.claims {
            if matches!(claim.status.kind, ClaimKind::Claimed | ClaimKind::Denied) {
                assert!(claim.status.by.is_some(), "{}", place.id);
            }
        }
    }
    let cited = |source: &explainer::model::story::Source| {
        let of = |list: &[&explainer::model::story::Source]| list.iter().any(|s| s.id == source.id);
        STORY.article.id == source.id
            || STORY.events.iter().any(|e| of(e.sources))
            || STORY.quotes.iter().any(|q| of(q.sources))
            || STORY.places.iter().any(|p| of(p.sources))
            || STORY
                .figures
                .iter()
                .any(|f| f.values.iter().any(|v| of(v.sources)))
    };
    for source in STORY.sources {
        assert!(cited(source), "{} is cited nowhere", source.id);
    }
}

#[test]
fn an_uncited_source_a_bad_address_and_a_false_provenance_are_named() {
    let (text, errors) = errors_after("sources.toml", |t| {
        format!("{t}\n[[source]]\nid = \"orphan\"\npublisher = {{ de = \"X\", en = \"X\" }}\ntitle = {{ de = \"X\", en = \"X\" }}\ndate = \"2024\"\nurl = \"https://x.test/\"\n")
    });
    let line = line_of(&text, "id = \"orphan\"");
    assert_eq!(
        errors,
        [format!("src/content/sources.toml:{line}: field `id`: is cited by no event, quote, figure or place: cite it or remove it")]
    );
    let (text, errors) = errors_after("sources.toml", |t| {
        t.replacen("url = \"https://www.dw.com/", "url = \"www.dw.com/", 1)
    });
    let line = line_of(&text, "url = \"www.dw.com/");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!(
            "src/content/sources.toml:{line}: field `url`: `www.dw.com/"
        )),
        "{errors:?}"
    );
    assert!(errors[0].ends_with("` is not an absolute http(s) address without spaces"));
    let (text, errors) = errors_after("quotes.toml", |t| {
        t.replacen(
            "spoken = \"uk\"\nprovenance = { de = \"article\", en = \"official\" }",
            "spoken = \"uk\"\nprovenance = { de = \"article\", en = \"own\" }",
            1,
        )
    });
    let line = line_of(&text, "id = \"zelensky-clear-evidence\"") - 1;
    assert_eq!(
        errors,
        [format!("src/content/quotes.toml:{line}: field `provenance`: `en`: only a text in the language spoken (`uk`) is `own`, and it must be")]
    );
}

#[test]
fn claims_keep_their_claimants_and_sources() {
    for event in STORY.events {
        assert!(!event.sources.is_empty(), "{} has no source", event.id);
        if matches!(event.status.kind, ClaimKind::Claimed | ClaimKind::Denied) {
            assert!(event.status.by.is_some(), "{} has no claimant", event.id);
        }
        assert_ne!(
            event.title.get(Lang::De),
            event.title.get(Lang::En),
            "{}: title not translated",
            event.id
        );
        assert_ne!(
            event.summary.get(Lang::De),
            event.summary.get(Lang::En),
            "{}: summary not translated",
            event.id
        );
    }
    for quote in STORY.quotes {
        assert!(!quote.sources.is_empty(), "{} has no source", quote.id);
        assert!(
            quote.date <= STORY.end,
            "{} is said after the story",
            quote.id
        );
    }
    let article = STORY.article;
    for quote in STORY.quotes {
        let from_article = quote.provenance.get(Lang::De) != Provenance::Ours;
        assert!(
            !from_article || quote.sources.contains(&article),
            "{}: the article's quote cites the article",
            quote.id
        );
    }
}

#[test]
fn the_soldier_counts_rise_as_the_story_says_then() {
    let in_russia = STORY
        .figures
        .iter()
        .find(|f| f.id == "troops-in-russia")
        .unwrap();
    // South Korea's NIS, then the White House beside it on 23 October.
    let values: Vec<(u64, &str)> = in_russia
        .values
        .iter()
        .map(|v| (v.value, v.status.by.unwrap().get(Lang::En)))
        .collect();
    assert_eq!(
        values,
        [
            (1_500, "South Korea's NIS"),
            (3_000, "South Korea's NIS"),
            (3_000, "the US government (John Kirby)")
        ]
    );
    let planned = STORY
        .figures
        .iter()
        .find(|f| f.id == "troops-planned")
        .unwrap();
    assert_eq!(planned.values[0].value, 12_000);
}

#[test]
fn a_route_needs_two_places_that_exist() {
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen(
            "route = [\"chongjin\", \"hamhung\", \"musudan\", \"vladivostok\"]",
            "route = [\"vladivostok\"]",
            1,
        )
    });
    let line = line_of(&text, "route = [\"vladivostok\"]");
    assert_eq!(errors, [format!("src/content/events.toml:{line}: field `route`: needs at least two places: where from, and (last) where to")]);
    let (text, errors) = errors_after("events.toml", |t| {
        t.replacen(
            "route = [\"chongjin\", \"hamhung\"",
            "route = [\"chongjin\", \"hamheung\"",
            1,
        )
    });
    let line = line_of(&text, "hamheung");
    assert_eq!(
        errors,
        [format!(
            "src/content/events.toml:{line}: field `route`: `hamheung` is not the id of any place"
        )]
    );
}
