//! The voices: links to quotes and their events, the speaker filter, copying a citation.

use crate::prelude::*;

#[tokio::test]
async fn a_quote_link_opens_with_that_card_highlighted() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser
        .open(&server.url("?lang=en&quote=lange-training"))
        .await;
    // The stage shows the quote as the moment's voice, highlighted.
    let selected = browser
        .eval("return !!document.querySelector('.moment-voices .quote-card[data-selected]')")
        .await;
    assert_eq!(selected, true);
    assert_eq!(
        browser.text_of(".moment-voices .quote-card__name").await,
        "Nico Lange"
    );
    let translated = browser
        .text_of("#quote-lange-training .quote-card__provenance")
        .await;
    assert_eq!(translated, "Our translation from German");
    let lang = browser
        .property("#quote-lange-training details blockquote", "lang")
        .await;
    assert_eq!(lang, "de");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_card_the_browser_draws_shows_the_words_in_every_language() {
    if support::skip() {
        return;
    }
    // A quote of another day than the page's first view: the browser's build writes its card
    // itself, with the words it reads from the page.
    let (server, mut browser) = start(412).await;
    browser
        .open(&server.url("?date=2024-10-17&quote=trump-never-let-start"))
        .await;
    let words = STORY.quote("trump-never-let-start").unwrap().words;
    assert_eq!(
        browser
            .text_of(".moment-voices [data-selected] .quote-card__words")
            .await,
        words.get(Lang::De)
    );
    assert_eq!(
        browser
            .text_of(".moment-voices [data-selected] .quote-card__original blockquote")
            .await,
        words.get(Lang::En)
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_person_filter_shows_one_speakers_quotes() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(375).await;
    browser.open(&server.url("?lang=en")).await;
    let shown = "return [...document.querySelectorAll('.quote-section .quote-card')].filter(c => c.offsetParent !== null)";
    let count = format!("{shown}.length");
    assert_eq!(
        browser.eval(&count).await.as_u64(),
        Some(STORY.quotes.len() as u64)
    );
    browser
        .click_xpath("//label[contains(., 'Andrei Lankov (3)')]")
        .await;
    browser
        .wait_for("Lankov's quotes", &format!("{count} === 3"))
        .await;
    let names = browser
        .eval(&format!(
            "{shown}.map(c => c.querySelector('.quote-card__name').textContent)"
        ))
        .await;
    assert!(
        names
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n == "Andrei Lankov"),
        "{names}"
    );
    browser
        .click_xpath("//label[normalize-space(.)='Everyone']")
        .await;
    browser
        .wait_for(
            "everyone's quotes",
            &format!("{count} === {}", STORY.quotes.len()),
        )
        .await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_cards_event_link_moves_the_timeline_and_the_map_there() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en")).await;
    browser
        .click("#quote-trump-never-let-start .quote-card__event")
        .await;
    browser.wait_for_query("date=2024-10-17").await;
    assert_eq!(
        browser.query().await,
        "?lang=en&date=2024-10-17&place=usa&quote=trump-never-let-start"
    );
    assert_eq!(
        browser.text_of(".event-card__title").await,
        "Trump blames Zelensky in part"
    );
    assert_eq!(browser.text_of(".place-panel__name").await, "United States");
    assert_eq!(
        browser.text_of(".moment-voices .quote-card__name").await,
        "Donald Trump"
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn copy_quote_puts_a_ready_citation_on_the_clipboard() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en&date=2024-06-19")).await;
    let origin = server.url("");
    browser.grant_clipboard(&server.origin).await;
    browser
        .click("#quote-austin-what-exactly .quote-card__copy")
        .await;
    browser
        .wait_for(
            "the copy to finish",
            "return document.querySelector('.quote-section__status').textContent !== ''",
        )
        .await;
    assert_eq!(
        browser.text_of(".quote-section__status").await,
        "Quote copied with source and link (Lloyd Austin)"
    );
    let copied = browser
        .eval_async("navigator.clipboard.readText().then(done)")
        .await;
    let quote = STORY.quote("austin-what-exactly").unwrap();
    let link = format!("{origin}en/?lang=en&date=2024-10-23&quote=austin-what-exactly");
    assert_eq!(
        copied.as_str(),
        Some(explainer::model::citation::citation(quote, Lang::En, &link).as_str())
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_quote_link_brings_its_card_into_view() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(375).await;
    browser.open(&server.url("?quote=nato-escalation")).await;
    browser
        .wait_for("the card in view", "const r = document.getElementById('quote-nato-escalation').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight")
        .await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}
