//! Quote cards and claims as the host renders them: each wording's provenance, the claimant, the speaker filter.

use explainer::model::story::{ClaimKind, ClaimStatus, Localized, STORY};
use explainer::page::markup::Markup;
use explainer::ui::claim_badge::claim_badge;
use shared::lang::Lang;

use super::host_render::{render_long_form, render_quote, text};

/// The provenance lines of a rendered card, in order: the shown text's, then the others'.
fn provenance_lines(html: &str) -> Vec<String> {
    html.split(r#"<p class="quote-card__provenance">"#)
        .skip(1)
        .map(|rest| text(rest.split("</p>").next().unwrap()))
        .collect()
}

#[tokio::test]
async fn a_german_speakers_english_is_labelled_our_translation() {
    let html = render_quote("lange-training", Lang::En).await;
    assert!(html.contains(r#"<blockquote lang="en" class="quote-card__words">"#));
    assert!(html.contains(r#"<blockquote lang="de">"#));
    assert!(html.contains(STORY.quote("lange-training").unwrap().words.get(Lang::De)));
    assert_eq!(
        provenance_lines(&html),
        ["Our translation from German", "The speaker's own words"]
    );
    let german = render_quote("lange-training", Lang::De).await;
    assert!(german.contains(r#"<blockquote lang="de" class="quote-card__words">"#));
    assert_eq!(provenance_lines(&german), ["Originalwortlaut"]);
    assert!(!german.contains("<details"));
}

#[tokio::test]
async fn zelenskys_cards_say_official_translation_and_dws_translation() {
    for id in ["zelensky-evil", "zelensky-clear-evidence"] {
        let english = render_quote(id, Lang::En).await;
        assert_eq!(
            provenance_lines(&english),
            [
                "Official translation from Ukrainian",
                "Translated in the DW article from Ukrainian"
            ],
            "{id}"
        );
        let german = render_quote(id, Lang::De).await;
        assert_eq!(
            provenance_lines(&german),
            [
                "Im DW-Artikel übersetzt aus dem Ukrainischen",
                "Offizielle Übersetzung aus dem Ukrainischen"
            ],
            "{id}"
        );
    }
    let english = render_quote("zelensky-evil", Lang::En).await;
    assert!(english.contains("We cannot let evil grow."));
    let german = render_quote("zelensky-evil", Lang::De).await;
    assert!(german.contains(r#"<blockquote lang="en">"#));
    let words = text(&german);
    assert!(words.contains("Wolodymyr Selenskyj"));
    assert!(words.contains("gesagt am 20. Oktober 2024"));
}

#[tokio::test]
async fn an_english_speakers_words_are_his_own_and_the_german_dws() {
    let english = render_quote("austin-what-exactly", Lang::En).await;
    assert_eq!(provenance_lines(&english), ["The speaker's own words"]);
    let german = render_quote("austin-what-exactly", Lang::De).await;
    assert_eq!(
        provenance_lines(&german),
        [
            "Im DW-Artikel übersetzt aus dem Englischen",
            "Originalwortlaut"
        ]
    );
}

#[test]
fn a_claim_names_its_claimant() {
    let status = ClaimStatus {
        kind: ClaimKind::Claimed,
        by: Some(Localized::whole([
            "Südkoreas Geheimdienst NIS",
            "South Korea's NIS",
            "південнокорейської розвідки NIS",
            "южнокорейской разведки NIS",
        ])),
    };
    let mut html = Markup::default();
    claim_badge(&mut html, status, Lang::En);
    assert_eq!(
        html.as_str(),
        "<span data-status=\"claimed\" class=\"claim-badge\"><span class=\"claim-badge__kind\">claim</span><span class=\"claim-badge__by\">according to South Korea's NIS</span></span>"
    );
    assert_eq!(text(html.as_str()), "claim according to South Korea's NIS");
}
#[tokio::test]
async fn the_speaker_filter_is_radio_buttons_that_css_alone_applies() {
    use explainer::ui::quote_section::speaker_filter_css;
    let html = render_long_form(Lang::En).await;
    let css = speaker_filter_css();
    let speakers: Vec<_> = STORY
        .people
        .iter()
        .filter(|p| STORY.quotes.iter().any(|q| q.person == *p))
        .collect();
    assert_eq!(css.lines().count(), speakers.len());
    for person in speakers {
        assert!(html.contains(&format!(r#"id="speaker-filter-{}""#, person.id)));
        assert!(css.contains(&format!(
            ".quote-section:has(#speaker-filter-{0}:checked) .quote-card:not([data-person=\"{0}\"]){{display:none}}",
            person.id
        )));
    }
    assert_eq!(html.matches("data-person=").count(), STORY.quotes.len());
    assert_eq!(
        html.matches(r#"type="radio""#).count(),
        css.lines().count() + 1
    );
    let words = text(&html);
    assert!(
        words.contains("Filter voices by person Everyone "),
        "{words}"
    );
    assert!(words.contains(" Andrei Lankov (3) "), "{words}");
}
