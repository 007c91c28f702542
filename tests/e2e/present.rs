//! Presenting: the stage fills a projector's screen in type read from the back of a room, and a presenter's clicker steps through the story.

use crate::accessibility::axe_violations;
use crate::prelude::*;

/// The page as a projector shows it: whether it scrolls, its smallest text (the drawings' own
/// labels as drawn), and every control a reader could reach.
const MEASURE: &str = "const root = document.documentElement; \
    let least = Infinity; \
    for (const el of document.querySelectorAll('body *')) { \
      const box = el.getBoundingClientRect(); \
      if (!box.width || !box.height || box.bottom < 0 || box.top > innerHeight || el.closest('.visually-hidden')) continue; \
      const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()); \
      if (!own || getComputedStyle(el).visibility === 'hidden') continue; \
      const css = parseFloat(getComputedStyle(el).fontSize); \
      const size = el instanceof SVGElement ? css * el.getScreenCTM().a : css; \
      least = Math.min(least, size); \
    } \
    const controls = [...document.querySelectorAll('button, select, input, textarea, details')] \
      .filter(e => e.offsetParent !== null && e.getBoundingClientRect().width > 0) \
      .map(e => e.className || e.type); \
    return { screen: innerWidth + '×' + innerHeight, scrolls: root.scrollHeight > innerHeight || root.scrollWidth > innerWidth, \
             least: Math.round(least * 10) / 10, controls: [...new Set(controls)].sort() };";

#[tokio::test]
async fn a_presenting_link_fills_the_screen_in_large_type_and_answers_the_clickers_keys() {
    if support::skip() {
        return;
    }
    for (width, height, least) in [(1920, 1080, 24.0), (1280, 720, 20.0)] {
        let server = StaticServer::start(dist_dir(), no_headers());
        let mut browser = Browser::start(width, height).await;
        // The window's size less the browser's own frame: the screen is the page's alone.
        browser
            .cdp(
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
            )
            .await;
        // Every language's page fits the screen: the Ukrainian and Russian words run longer.
        for lang in Lang::ALL {
            let view = format!(
                "{}?lang={}&date=2024-10-18&present=1",
                support::folder_of(lang),
                lang.code()
            );
            browser.open_settled(&server.url(&view)).await;
            assert_eq!(browser.attribute("html", "data-present").await, "");
            let seen = browser.eval(MEASURE).await;
            assert_eq!(seen["scrolls"], false, "{width}×{height} /{view}: {seen}");
            let smallest = seen["least"].as_f64().unwrap();
            assert!(
                smallest >= least - 0.1,
                "{width}×{height} /{view}: text of {smallest} px: {seen}"
            );
            assert_eq!(
                seen["controls"],
                serde_json::json!([
                    "date-slider__input",
                    "story-header__end",
                    "time-control__button",
                    "time-control__button time-control__button--play"
                ]),
                "{width}×{height} /{view}"
            );
            let violations = axe_violations(&browser).await;
            assert!(
                violations.is_empty(),
                "{width}×{height} /{view}: {violations:#?}"
            );
        }
        // A clicker's keys, on the last language's page: next and previous event, play and
        // pause, leave.
        for (key, query) in [
            (Key::PageDown, "date=2024-10-20"),
            (Key::Right, "date=2024-10-21"),
            (Key::PageUp, "date=2024-10-20"),
            (Key::Left, "date=2024-10-18"),
        ] {
            let since = browser.settled().await;
            press(&browser, key).await;
            browser.wait_for_query(query).await;
            browser.settled_after(since).await;
        }
        press(&browser, Key::Space).await;
        browser
            .wait_for("play", "return document.querySelector('.time-control__button--play').getAttribute('aria-pressed') === 'true'")
            .await;
        press(&browser, Key::Space).await;
        browser
            .wait_for("pause", "return document.querySelector('.time-control__button--play').getAttribute('aria-pressed') === 'false'")
            .await;
        press(&browser, Key::Escape).await;
        browser
            .wait_for(
                "the end of presenting",
                "return !document.documentElement.hasAttribute('data-present')",
            )
            .await;
        assert!(
            !browser.query().await.contains("present"),
            "{}",
            browser.query().await
        );
        browser.assert_clean(&server.origin).await;
        browser.finish().await;
    }
}

#[tokio::test]
async fn the_present_action_starts_presenting_and_its_end_returns_to_the_page() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser
        .open_settled(&server.url("?lang=de&date=2024-10-18"))
        .await;
    browser
        .click_xpath("//button[normalize-space(.)='Präsentieren']")
        .await;
    browser.wait_for_query("present=1").await;
    assert_eq!(browser.attribute("html", "data-present").await, "");
    assert_eq!(browser.focused("id").await, "stage");
    browser
        .click_xpath("//button[normalize-space(.)='Präsentation beenden']")
        .await;
    browser
        .wait_for(
            "the end of presenting",
            "return !document.documentElement.hasAttribute('data-present')",
        )
        .await;
    assert!(!browser.query().await.contains("present"));
    assert_eq!(browser.focused("id").await, "story-header-present");
    // An embed never presents.
    browser
        .open_settled(&server.url("?lang=de&present=1&embed=1"))
        .await;
    assert_eq!(
        browser
            .eval("return document.documentElement.hasAttribute('data-present')")
            .await,
        false
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}
