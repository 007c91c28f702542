//! The address: language pages, and back and forward through a reader's choices.

use crate::prelude::*;

#[tokio::test]
async fn switching_language_keeps_the_view_and_writes_the_url() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser
        .open(&server.url("?date=2024-10-18&place=vladivostok"))
        .await;
    assert_eq!(
        browser.query().await,
        "?lang=de&date=2024-10-18&place=vladivostok"
    );
    browser.click(".language-switch a[lang='en']").await;
    browser
        .wait_for("English", "return document.documentElement.lang === 'en' && performance.getEntriesByName('explainer:ready').length > 0")
        .await;
    assert_eq!(browser.text_of("h1").await, STORY.title.get(Lang::En));
    assert_eq!(browser.title().await, STORY.title.get(Lang::En));
    let description = browser
        .text("return document.querySelector('meta[name=description]').content")
        .await;
    assert_eq!(description, STORY.description.get(Lang::En));
    // The address names the English page, which is English before any wasm runs.
    assert_eq!(
        browser.query().await,
        "?lang=en&date=2024-10-18&place=vladivostok"
    );
    assert_eq!(
        browser.text("return location.pathname").await,
        "/news/explainer/en/"
    );
    let served_english = browser
        .eval_async("fetch(location.href).then(r => r.text()).then(t => done(t.includes('<html lang=\"en\">')))")
        .await;
    assert_eq!(served_english, true);
    assert_eq!(
        browser
            .text(
                "return document.querySelector('.language-switch a[lang=de]').getAttribute('href')"
            )
            .await,
        "../?lang=de&date=2024-10-18&place=vladivostok"
    );
    assert_eq!(
        browser.text_of(".date-slider__words").await,
        "18 October 2024"
    );
    let panel = browser.text_of(".place-panel__name").await;
    assert_eq!(panel, "Vladivostok");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn back_and_forward_walk_through_the_readers_choices() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("")).await;
    browser
        .click(".place-list__items a[href*='place=vladivostok']")
        .await;
    browser.wait_for_query("place=vladivostok").await;
    // Timeline steps replace the entry instead of adding one.
    browser.slider_key(Key::Left).await;
    browser.wait_for_query("date=2024-10-22").await;
    browser.click(".language-switch a[lang='en']").await;
    browser
        .wait_for("English", "return document.documentElement.lang === 'en' && performance.getEntriesByName('explainer:ready').length > 0")
        .await;
    // Back to the German page is a navigation: WebDriver's own Back waits for it, where a script
    // calling history.back() may be run again in the page it leads to.
    browser.client.back().await.unwrap();
    browser
        .wait_for(
            "German again",
            "return document.documentElement.lang === 'de' && performance.getEntriesByName('explainer:ready').length > 0",
        )
        .await;
    assert_eq!(
        browser.query().await,
        "?lang=de&date=2024-10-22&place=vladivostok"
    );
    assert_eq!(browser.text_of(".place-panel__name").await, "Wladiwostok");
    browser.eval("history.back(); return true").await;
    browser
        .wait_for("no place", "return !document.querySelector('.place-panel')")
        .await;
    assert_eq!(browser.query().await, "?lang=de&date=2024-10-23");
    browser.eval("history.forward(); return true").await;
    browser
        .wait_for(
            "the place again",
            "return !!document.querySelector('.place-panel')",
        )
        .await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}
