//! The shipped story against its sources: the article's quotations, the fact sheet's rows and addresses, and what every fact must carry.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod fixtures;

use explainer::model::story::{ClaimKind, Dating, Provenance, Spoken, STORY};
use fixtures::fixture;
use shared::lang::Lang;

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
