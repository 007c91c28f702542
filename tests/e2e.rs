//! End-to-end tests: the release build in headless Chromium, served from a sub-path on 127.0.0.1.

mod support;

use explainer::content::STORY;
use explainer::locale::Lang;
use fantoccini::key::Key;
use fantoccini::Locator;
use support::{dist_dir, no_headers, Browser, StaticServer};

async fn start(width: u32) -> (StaticServer, Browser) {
    let server = StaticServer::start(dist_dir(), no_headers());
    let browser = Browser::start(width, 900).await;
    (server, browser)
}

#[tokio::test]
async fn the_shell_loads_clean_and_marks_itself_ready() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("")).await;
    assert_eq!(browser.text_of("h1").await, STORY.title.de);
    assert_eq!(
        browser.text("return document.documentElement.lang").await,
        "de"
    );
    assert_eq!(browser.text("return document.title").await, STORY.title.de);
    assert_eq!(browser.query().await, "?lang=de&date=2024-10-23");
    for landmark in ["header", "main", "nav", "footer", "main h2"] {
        let count = browser
            .eval(&format!(
                "return document.querySelectorAll('{landmark}').length"
            ))
            .await;
        assert!(count.as_u64().unwrap_or(0) >= 1, "no {landmark}");
    }
    let headings = browser
        .eval("return [...document.querySelectorAll('h1,h2,h3,h4')].map(h => +h.tagName[1])")
        .await;
    let levels: Vec<u64> = headings
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_u64())
        .collect();
    assert_eq!(levels[0], 1);
    assert!(
        levels.windows(2).all(|w| w[1] <= w[0] + 1),
        "heading levels skip: {levels:?}"
    );
    let sources = browser
        .eval("return document.querySelectorAll('.source-list__item').length")
        .await;
    assert_eq!(sources.as_u64(), Some(STORY.sources.len() as u64));
    assert!(server
        .requests
        .lock()
        .unwrap()
        .iter()
        .any(|r| r.ends_with(".wasm")));
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

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
    assert_eq!(browser.text_of("h1").await, STORY.title.en);
    assert_eq!(browser.text("return document.title").await, STORY.title.en);
    let description = browser
        .text("return document.querySelector('meta[name=description]').content")
        .await;
    assert_eq!(
        description,
        explainer::locale::Text::PageDescription.get(Lang::En)
    );
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
        browser.text_of(".date-slider__date").await,
        "18 October 2024"
    );
    let panel = browser.text_of(".place-panel__name").await;
    assert_eq!(panel, "Vladivostok");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_slider_moves_by_keyboard_and_writes_the_date() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en")).await;
    let slider = browser
        .client
        .find(Locator::Id("timeline-date"))
        .await
        .unwrap();
    slider.send_keys(&Key::Home.to_string()).await.unwrap();
    browser.wait_for_query("date=2022-09-01").await;
    assert_eq!(
        browser.text_of(".date-slider__date").await,
        "1 September 2022"
    );
    assert_eq!(
        browser
            .text("return document.getElementById('timeline-date').getAttribute('aria-valuetext')")
            .await,
        "1 September 2022"
    );
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    browser.wait_for_query("date=2024-11-05").await;
    slider.send_keys(&Key::Left.to_string()).await.unwrap();
    browser.wait_for_query("date=2024-11-04").await;
    let card = browser.text_of(".event-card__title").await;
    let expected = STORY.current_events(explainer::date::Date::parse("2024-11-04").unwrap());
    assert_eq!(card, expected[0].title.get(Lang::En));
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_burst_of_keys_moves_the_slider_at_once_and_the_story_follows_the_last() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en&date=2024-10-18")).await;
    let history = browser.eval("return history.length").await;
    let slider = browser
        .client
        .find(Locator::Id("timeline-date"))
        .await
        .unwrap();
    // Twelve days back in one burst, faster than frames are painted.
    slider
        .send_keys(&Key::Left.to_string().repeat(12))
        .await
        .unwrap();
    browser.wait_for_query("date=2024-10-06").await;
    let date = explainer::date::Date::parse("2024-10-06").unwrap();
    assert_eq!(
        browser
            .text("return document.getElementById('timeline-date').value")
            .await,
        explainer::timeline_scale::position_of(date).to_string()
    );
    assert_eq!(
        browser.text_of(".date-slider__date").await,
        "6 October 2024"
    );
    let expected = STORY.current_events(date);
    assert_eq!(
        browser.text_of(".event-card__title").await,
        expected[0].title.get(Lang::En)
    );
    // Timeline steps replace the history entry rather than add twelve.
    assert_eq!(browser.eval("return history.length").await, history);
    // A keystroke answers in the slider in the frame it was pressed in; the story follows after.
    let answered = browser
        .eval_async(
            "const s = document.getElementById('timeline-date'); \
             s.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', bubbles: true, cancelable: true})); \
             requestAnimationFrame(() => done([document.querySelector('.date-slider__date').textContent, location.search.includes('date=2024-10-06')]));",
        )
        .await;
    assert_eq!(answered, serde_json::json!(["7 October 2024", true]));
    browser.wait_for_query("date=2024-10-07").await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn choosing_an_event_moves_the_timeline_there() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("")).await;
    let treaty = STORY
        .events
        .iter()
        .find(|e| e.id == "treaty-pyongyang")
        .unwrap();
    let link = browser
        .client
        .find(Locator::XPath(&format!(
            "//nav[@class='event-list']//a[contains(., '{}')]",
            treaty.title.de
        )))
        .await
        .unwrap();
    link.click().await.unwrap();
    browser.wait_for_query("date=2024-06-19").await;
    let position = explainer::timeline_scale::position_of(treaty.when.start);
    assert_eq!(
        browser
            .text("return document.getElementById('timeline-date').value")
            .await,
        position.to_string()
    );
    assert_eq!(browser.text_of(".event-card__title").await, treaty.title.de);
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn selecting_a_place_opens_its_details_and_writes_the_url() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(375).await;
    browser.open(&server.url("")).await;
    browser.click("a[href*='place=vladivostok']").await;
    browser
        .wait_for(
            "the panel",
            "return !!document.querySelector('.place-panel')",
        )
        .await;
    let place = STORY.place("vladivostok").unwrap();
    assert_eq!(browser.text_of(".place-panel__about").await, place.about.de);
    assert_eq!(
        browser.query().await,
        "?lang=de&date=2024-10-23&place=vladivostok"
    );
    browser.click(".place-panel__close").await;
    browser
        .wait_for(
            "the panel to close",
            "return !document.querySelector('.place-panel')",
        )
        .await;
    assert_eq!(browser.query().await, "?lang=de&date=2024-10-23");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

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
        .eval("return !!document.querySelector('.moment-voices .quote-card--selected')")
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
        .text("return document.querySelector('#quote-lange-training details blockquote').lang")
        .await;
    assert_eq!(lang, "de");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn hostile_urls_start_in_a_sane_view_and_are_rewritten() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    let overlong = format!("?place={}&lang=en", "x".repeat(5000));
    let hostile = [
        (
            "?lang=xx&date=2024-02-30&place=%3Cscript%3Ealert(1)%3C/script%3E",
            "?lang=de&date=2024-10-23",
        ),
        (
            "?date=9999-99-99&quote=%E2%82&embed=%00",
            "?lang=de&date=2024-10-23",
        ),
        (
            "?lang=en&lang=de&place=vladivostok&place=kyiv",
            "?lang=en&date=2024-10-23&place=vladivostok",
        ),
        (
            "?place=vla%CC%87divostok&lang=%D0%B5n",
            "?lang=de&date=2024-10-23",
        ),
        (overlong.as_str(), "?lang=de&date=2024-10-23"),
        (
            "?place=../../etc/passwd&date=2024-10-18%00",
            "?lang=de&date=2024-10-23",
        ),
        (
            "?date=%32%30%32%34-06-19&place=kyiv%",
            "?lang=de&date=2024-06-19",
        ),
        (
            "?%%%&&==&lang=en&date=+2024-06-19",
            "?lang=en&date=2024-10-23",
        ),
        (
            "?quote=lange-training%0d%0aSet-Cookie:x=1",
            "?lang=de&date=2024-10-23",
        ),
    ];
    for (query, expected) in hostile {
        browser.open(&server.url(query)).await;
        browser
            .wait_for(
                "the rewritten URL",
                &format!("return location.search === '{expected}'"),
            )
            .await;
        assert_eq!(
            browser
                .eval("return document.querySelectorAll('script:not([type=module]):not(#embed-mode)').length")
                .await,
            0
        );
        assert_eq!(browser.eval("return document.cookie").await, "");
        // The slider still works from the sane view.
        let slider = browser
            .client
            .find(Locator::Id("timeline-date"))
            .await
            .unwrap();
        slider.send_keys(&Key::Home.to_string()).await.unwrap();
        browser.wait_for_query("date=2022-09-01").await;
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn clicking_a_region_selects_its_place() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en")).await;
    // Lviv oblast stands for Ukraine; no marker lies on it.
    browser.click("use[data-code='UA-46']").await;
    browser.wait_for_query("place=ukraine").await;
    let ukraine = STORY.place("ukraine").unwrap();
    assert_eq!(browser.text_of(".place-panel__name").await, ukraine.name.en);
    assert_eq!(
        browser.text_of(".place-panel__about").await,
        ukraine.about.en
    );
    let pressed = browser
        .text("return document.querySelector('[data-place=ukraine]').getAttribute('aria-pressed')")
        .await;
    assert_eq!(pressed, "true");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn enter_or_space_on_a_focused_marker_selects_it() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("")).await;
    browser
        .click("#map-section-camera option:nth-child(4)")
        .await;
    browser
        .wait_for(
            "the Far East view",
            "return document.getElementById('map-section-camera').selectedIndex === 3",
        )
        .await;
    let marker = browser
        .client
        .find(Locator::Css("[data-place=vladivostok]"))
        .await
        .unwrap();
    marker.send_keys(&Key::Enter.to_string()).await.unwrap();
    browser.wait_for_query("place=vladivostok").await;
    let vladivostok = STORY.place("vladivostok").unwrap();
    assert_eq!(
        browser.text_of(".place-panel__about").await,
        vladivostok.about.de
    );
    let focused = browser
        .text("return document.activeElement.getAttribute('data-place') || ''")
        .await;
    assert_eq!(focused, "vladivostok", "focus stays on the marker");
    // WebDriver scrolls an element into view before typing into it: focus first, then measure.
    let khabarovsk = browser
        .client
        .find(Locator::Css("[data-place=khabarovsk]"))
        .await
        .unwrap();
    browser
        .eval("document.querySelector('[data-place=khabarovsk]').focus(); return true")
        .await;
    let scroll = browser.eval("return window.scrollY").await;
    khabarovsk.send_keys(" ").await.unwrap();
    browser.wait_for_query("place=khabarovsk").await;
    assert_eq!(
        browser.eval("return window.scrollY").await,
        scroll,
        "Space must not scroll the page"
    );
    // Every place on the map has an accessible name and is reachable by Tab.
    let unnamed = browser.eval("return [...document.querySelectorAll('.story-map__marker')].filter(m => !m.getAttribute('aria-label') || m.tabIndex !== 0).length").await;
    assert_eq!(unnamed.as_u64(), Some(0));
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_map_draws_the_story_as_of_the_date() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?date=2024-06-19")).await;
    // The whole map, so that the places of October are drawn too.
    browser
        .click("#map-section-camera option:nth-child(2)")
        .await;
    let later = |id: &str| {
        format!("return document.querySelector('[data-place={id}]').classList.contains('story-map__marker--later')")
    };
    assert_eq!(
        browser.eval(&later("vladivostok")).await,
        true,
        "the ships arrive in October"
    );
    assert_eq!(
        browser.eval(&later("pyongyang")).await,
        false,
        "the treaty is signed today"
    );
    let now = browser.eval("return document.querySelector('[data-place=pyongyang]').classList.contains('story-map__marker--now')").await;
    assert_eq!(now, true);
    let slider = browser
        .client
        .find(Locator::Id("timeline-date"))
        .await
        .unwrap();
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    browser
        .wait_for(
            "the end of the story",
            &format!("{} === false", later("vladivostok").trim_end_matches(';')),
        )
        .await;
    // Crimea is drawn as Ukrainian and occupied, not as Russian.
    let crimea = browser
        .text("return document.querySelector('use[data-code=\"UA-43\"]').getAttribute('class')")
        .await;
    assert!(
        crimea.contains("story-map__area--oblast") && crimea.contains("story-map__area--occupied"),
        "{crimea}"
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_timeline_steps_by_day_and_by_event_from_its_keys_and_buttons() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en&date=2024-10-18")).await;
    let slider = browser
        .client
        .find(Locator::Id("timeline-date"))
        .await
        .unwrap();
    let card = ".event-card__title";
    slider.send_keys(&Key::Right.to_string()).await.unwrap();
    browser.wait_for_query("date=2024-10-19").await;
    slider.send_keys(&Key::PageUp.to_string()).await.unwrap();
    browser.wait_for_query("date=2024-10-20").await;
    assert_eq!(
        browser.text_of(card).await,
        "Zelensky: another state is joining the war"
    );
    assert_eq!(
        browser.text_of(".time-control__announcement").await,
        "20 October 2024: Zelensky: another state is joining the war"
    );
    slider.send_keys(&Key::PageDown.to_string()).await.unwrap();
    browser.wait_for_query("date=2024-10-18").await;
    let figures = browser.text_of(".moment__figures").await;
    assert!(figures.contains("about 1,500"), "{figures}");
    assert!(!figures.contains("about 3,000"), "{figures}");
    browser
        .click_xpath("//button[contains(., 'Next event')]")
        .await;
    browser.wait_for_query("date=2024-10-20").await;
    // Arrow keys elsewhere on the page leave the timeline alone (TimelineJS3#616).
    browser
        .eval("document.activeElement.blur(); return true")
        .await;
    browser
        .client
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .send_keys(&Key::Left.to_string())
        .await
        .unwrap();
    browser
        .wait_for(
            "the page to settle",
            "return new Promise(r => requestAnimationFrame(() => r(true)))",
        )
        .await;
    assert_eq!(browser.query().await, "?lang=en&date=2024-10-20");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn play_walks_through_the_events_and_stops_at_the_first_input() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en&date=2024-10-16")).await;
    let play = browser
        .client
        .find(Locator::Css(".time-control__button--play"))
        .await
        .unwrap();
    play.click().await.unwrap();
    assert_eq!(browser.text("return document.querySelector('.time-control__button--play').getAttribute('aria-pressed')").await, "true");
    browser.wait_for_query("date=2024-10-17").await;
    browser.click("h1").await;
    browser.wait_for("playing to stop", "return document.querySelector('.time-control__button--play').getAttribute('aria-pressed') === 'false'").await;
    let stopped_at = browser.query().await;
    assert!(
        stopped_at.contains("date=2024-10-17") || stopped_at.contains("date=2024-10-18"),
        "{stopped_at}"
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn play_is_off_for_readers_who_prefer_reduced_motion() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    let mut browser = Browser::start_with(1280, 900, &["--force-prefers-reduced-motion"]).await;
    browser.open(&server.url("")).await;
    browser
        .wait_for(
            "the preference to be read",
            "return matchMedia('(prefers-reduced-motion: reduce)').matches",
        )
        .await;
    browser
        .wait_for(
            "the play button to go",
            "return !document.querySelector('.time-control__button--play')",
        )
        .await;
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.time-control__button').length")
            .await,
        2
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
    browser
        .cdp(
            "Browser.grantPermissions",
            serde_json::json!({
                "origin": server.origin,
                "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"],
            }),
        )
        .await;
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
        Some(explainer::citation::citation(quote, Lang::En, &link).as_str())
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
    let slider = browser
        .client
        .find(Locator::Id("timeline-date"))
        .await
        .unwrap();
    slider.send_keys(&Key::Left.to_string()).await.unwrap();
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

#[tokio::test]
async fn share_copies_the_link_of_the_view_and_an_embed_links_the_whole_story() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    // Embedded, the stage links the standalone page of the same moment, in a new tab.
    browser
        .open(&server.url("?lang=en&date=2024-10-18&place=seoul&embed=1"))
        .await;
    let whole = browser
        .text(
            "const a = document.querySelector('.app__whole-story'); return a.target + ' ' + a.href",
        )
        .await;
    assert_eq!(
        whole,
        format!(
            "_blank {}",
            server.url("en/?lang=en&date=2024-10-18&place=seoul")
        )
    );
    browser
        .open(&server.url("?lang=en&date=2024-10-18&place=seoul"))
        .await;
    browser
        .cdp(
            "Browser.grantPermissions",
            serde_json::json!({
                "origin": server.origin,
                "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"],
            }),
        )
        .await;
    browser
        .click_xpath("//button[normalize-space(.)='Share link']")
        .await;
    browser
        .wait_for(
            "the share to finish",
            "return document.querySelector('.story-header__status').textContent !== ''",
        )
        .await;
    assert_eq!(
        browser.text_of(".story-header__status").await,
        "Link to this view copied"
    );
    let copied = browser
        .eval_async("navigator.clipboard.readText().then(done)")
        .await;
    assert_eq!(
        copied.as_str(),
        Some(
            server
                .url("en/?lang=en&date=2024-10-18&place=seoul")
                .as_str()
        )
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_handout_prints_without_controls_and_with_its_link() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser
        .open(&server.url("?lang=de&date=2024-10-20&quote=zelensky-evil"))
        .await;
    browser
        .cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "media": "print" }),
        )
        .await;
    let visible_controls = browser
        .eval("return [...document.querySelectorAll('button, input, .language-switch, .quote-card__links')].filter(e => e.offsetParent !== null).length")
        .await;
    assert_eq!(
        visible_controls.as_u64(),
        Some(0),
        "controls on the handout"
    );
    let link = browser.text_of(".app__print-link").await;
    assert_eq!(
        link,
        format!(
            "Diese Ansicht online: {}",
            server.url("?lang=de&date=2024-10-20&quote=zelensky-evil")
        )
    );
    let background = browser
        .text("return getComputedStyle(document.body).backgroundColor")
        .await;
    assert_eq!(background, "rgb(255, 255, 255)");
    let pdf = browser
        .cdp(
            "Page.printToPDF",
            serde_json::json!({ "paperWidth": 8.27, "paperHeight": 11.69 }),
        )
        .await;
    let data = pdf["data"].as_str().expect("a PDF");
    let bytes = decode_base64(data);
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page\n").count()
        + text.matches("/Type /Page/").count()
        + text.matches("/Type /Page ").count();
    assert!(
        (2..=14).contains(&pages),
        "the handout has {pages} A4 pages"
    );
    browser.finish().await;
}

/// Standard base64, as the DevTools protocol sends binary data.
fn decode_base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = text
        .bytes()
        .filter(|c| *c != b'=' && !c.is_ascii_whitespace())
        .collect();
    clean
        .chunks(4)
        .flat_map(|chunk| {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, c)| n | u32::from(value(*c)) << (18 - 6 * i));
            let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            bytes.into_iter().take(chunk.len() - 1)
        })
        .collect()
}

#[tokio::test]
async fn the_embed_dialog_gives_titled_code_for_the_current_view() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser
        .open(&server.url("?lang=en&date=2024-10-18&place=seoul"))
        .await;
    let button = browser
        .client
        .find(Locator::XPath("//button[normalize-space(.)='Embed']"))
        .await
        .unwrap();
    button.click().await.unwrap();
    browser
        .wait_for(
            "the dialog",
            "return document.querySelector('.embed-dialog').open",
        )
        .await;
    let code = browser
        .text("return document.getElementById('embed-dialog-iframe').value")
        .await;
    let url = server.url("en/?lang=en&date=2024-10-18&place=seoul&embed=1");
    assert_eq!(code, explainer::embed::iframe_code(&url, STORY.title.en));
    assert!(
        code.contains(r#"title="North Korea's soldiers in Russia""#),
        "TimelineJS's iframe has no title; ours has"
    );
    let pym = browser
        .text("return document.getElementById('embed-dialog-pym').value")
        .await;
    assert!(pym.contains("new pym.Parent("), "{pym}");
    browser
        .client
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .send_keys(&Key::Escape.to_string())
        .await
        .unwrap();
    browser
        .wait_for(
            "the dialog to close",
            "return !document.querySelector('.embed-dialog').open",
        )
        .await;
    assert_eq!(
        browser
            .text("return document.activeElement.textContent.trim()")
            .await,
        "Embed",
        "focus returns to the button"
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn oembed_discovery_leads_to_a_rich_titled_embed_of_each_page() {
    if support::skip() {
        return;
    }
    use explainer::prerender::PREVIEW_URL;
    use explainer::view::page_path;
    let (server, mut browser) = start(1280).await;
    // The build's public address is trunk serve's (EXPLAINER_URL unset); this server stands in.
    let here = |url: &str| {
        format!(
            "{}{}",
            server.url(""),
            url.strip_prefix(PREVIEW_URL).unwrap()
        )
    };
    for lang in [Lang::De, Lang::En] {
        let page = page_path(PREVIEW_URL, lang);
        browser.open(&here(&page)).await;
        let discovery = browser
            .text("return document.querySelector('link[rel=alternate][type=\"application/json+oembed\"]').href")
            .await;
        assert_eq!(discovery, format!("{page}oembed.json"));
        assert_eq!(
            browser
                .text("return document.querySelector('link[rel=canonical]').href")
                .await,
            page
        );
        let body = browser
            .eval_async(&format!(
                "fetch('{}').then(r => r.text()).then(done)",
                here(&discovery)
            ))
            .await;
        let oembed: serde_json::Value = serde_json::from_str(body.as_str().unwrap()).unwrap();
        assert_eq!(oembed["version"], "1.0");
        assert_eq!(oembed["type"], "rich");
        assert_eq!(oembed["title"], STORY.title.get(lang));
        assert!(oembed["width"].as_u64().is_some_and(|w| w >= 280));
        assert!(oembed["height"].as_u64().is_some_and(|h| h > 0));
        let html = oembed["html"].as_str().unwrap();
        assert!(
            html.starts_with(&format!("<iframe src=\"{page}?embed=1\" title=\"")),
            "{html}"
        );
        assert!(html.contains(&format!("title=\"{}\"", STORY.title.get(lang))));
        // The frame opens the page's embed mode in its language.
        browser.open(&here(&format!("{page}?embed=1"))).await;
        assert_eq!(
            browser
                .eval("return document.querySelectorAll('.app--embed').length")
                .await,
            1
        );
        assert_eq!(
            browser.text("return document.documentElement.lang").await,
            lang.code()
        );
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn without_javascript_the_story_map_and_quotes_are_readable() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    let browser = Browser::start_with(1280, 900, &["--blink-settings=scriptEnabled=false"]).await;
    browser.client.goto(&server.url("")).await.unwrap();
    let title = browser
        .client
        .find(Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(title, STORY.title.de);
    let note = browser
        .client
        .find(Locator::Css(".app__notice--script"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(note, explainer::locale::Text::NeedsScript.get(Lang::De));

    browser
        .client
        .find(Locator::Css("svg.story-map__svg use[data-code='UA-43']"))
        .await
        .unwrap();
    let quotes = browser
        .client
        .find_all(Locator::Css(".quote-section .quote-card"))
        .await
        .unwrap();
    assert_eq!(quotes.len(), STORY.quotes.len());
    let first = quotes[0]
        .find(Locator::Css("blockquote"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!first.is_empty());
    browser.finish().await;
}

#[tokio::test]
async fn hydration_moves_nothing_on_the_page() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    for page in ["", "en/"] {
        browser.open(&format!("{}{page}", server.url(""))).await;
        // Layout shifts from the load on, hydration included, as Chromium reports them.
        let shift = browser
            .eval_async(
                "new PerformanceObserver(() => {}).observe({ type: 'layout-shift', buffered: true }); \
                 setTimeout(() => { \
                   const seen = []; \
                   new PerformanceObserver(list => seen.push(...list.getEntries())) \
                     .observe({ type: 'layout-shift', buffered: true }); \
                   setTimeout(() => done([seen.reduce((sum, e) => sum + e.value, 0), seen.flatMap(e => e.sources.map(s => (s.node && (s.node.className || s.node.nodeName)) + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect)))]), 100); \
                 }, 300);",
            )
            .await;
        assert_eq!(
            shift[0].as_f64(),
            Some(0.0),
            "layout shift on /{page}: {}",
            shift[1]
        );
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_english_page_hydrates_in_english_without_warnings() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&format!("{}en/", server.url(""))).await;
    assert_eq!(
        browser.text("return document.documentElement.lang").await,
        "en"
    );
    assert_eq!(browser.text_of("h1").await, STORY.title.en);
    assert_eq!(browser.query().await, "?lang=en&date=2024-10-23");
    // The page is interactive after hydration.
    browser
        .click(".place-list__items a[href*='place=kyiv']")
        .await;
    browser.wait_for_query("place=kyiv").await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

/// axe-core's WCAG 2.0/2.1/2.2 A and AA rules and best practices on the page as it is now.
async fn axe_violations(browser: &Browser) -> Vec<String> {
    let axe = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tools/node_modules/axe-core/axe.min.js");
    let source =
        std::fs::read_to_string(&axe).expect("axe-core from tools/node_modules (tools/setup)");
    browser.eval(&format!("{source}\n;return true")).await;
    let result = browser
        .eval_async(
            "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })\
             .then(r => done(r.violations.map(v => `${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(' ')}`)))",
        )
        .await;
    result
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn every_state_passes_axe_in_both_languages_and_schemes() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    let states = [
        ("", "light"),
        ("?lang=en&place=crimea", "light"),
        ("?lang=de&date=2024-06-19&quote=lange-training", "dark"),
        ("?lang=en&embed=1&place=vladivostok", "dark"),
        ("?lang=en&date=2022-09-01", "light"),
    ];
    for (query, scheme) in states {
        browser
            .cdp("Emulation.setEmulatedMedia", serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }))
            .await;
        browser.open(&server.url(query)).await;
        let violations = axe_violations(&browser).await;
        assert!(violations.is_empty(), "{query} ({scheme}): {violations:#?}");
    }
    // The embed dialog, open.
    browser
        .click_xpath("//button[normalize-space(.)='Embed']")
        .await;
    browser
        .wait_for(
            "the dialog",
            "return document.querySelector('.embed-dialog').open",
        )
        .await;
    let violations = axe_violations(&browser).await;
    assert!(violations.is_empty(), "embed dialog: {violations:#?}");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

/// The headers `_headers` sets for every path.
fn shipped_headers() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(dist_dir().join("_headers"))
        .expect("the release build writes _headers");
    // The block for every path: its indented lines after `/*`.
    text.lines()
        .skip_while(|line| line.trim() != "/*")
        .skip(1)
        .take_while(|line| line.starts_with(' '))
        .filter_map(|line| line.trim().split_once(": "))
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

#[tokio::test]
async fn under_the_strict_policy_the_app_works_and_nothing_is_refused() {
    if support::skip() {
        return;
    }
    let headers = shipped_headers();
    let policy = &headers
        .iter()
        .find(|(name, _)| name == "Content-Security-Policy")
        .unwrap()
        .1;
    assert!(
        policy.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
        "{policy}"
    );
    assert!(
        policy.ends_with("frame-ancestors *; base-uri 'none'; form-action 'none'"),
        "{policy}"
    );
    let server = StaticServer::start(dist_dir(), headers);
    let mut browser = Browser::start(1280, 900).await;
    browser.open(&server.url("?lang=en")).await;
    let slider = browser
        .client
        .find(Locator::Id("timeline-date"))
        .await
        .unwrap();
    slider.send_keys(&Key::PageDown.to_string()).await.unwrap();
    browser
        .wait_for(
            "the previous event",
            "return !location.search.includes('date=2024-10-23')",
        )
        .await;
    browser.open(&format!("{}en/", server.url(""))).await;
    browser.click("[data-place=kyiv]").await;
    browser.wait_for_query("place=kyiv").await;
    // Chromium logs every refusal as an error; there must be none.
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn without_webassembly_the_story_stays_and_says_why_it_is_still() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    let mut browser = Browser::start(1280, 900).await;
    // A browser without WebAssembly, as locked-down ones are: removed before any script runs.
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": "delete globalThis.WebAssembly;" }),
        )
        .await;
    browser.client.goto(&server.url("?lang=en")).await.unwrap();
    browser
        .wait_for(
            "the loader to give up",
            "return document.documentElement.classList.contains('no-wasm')",
        )
        .await;
    assert_eq!(browser.eval("return typeof WebAssembly").await, "undefined");
    let note = browser
        .client
        .find(Locator::Css(".app__notice--wasm"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        note,
        explainer::locale::Text::NeedsWasm.get(Lang::De),
        "the pre-rendered page is German"
    );
    assert_eq!(browser.text_of("h1").await, STORY.title.de);
    assert_eq!(
        browser
            .eval("return document.querySelectorAll('.quote-section .quote-card').length")
            .await
            .as_u64(),
        Some(STORY.quotes.len() as u64)
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

/// Presses a key on whatever has focus, as a keyboard user does.
async fn press(browser: &Browser, key: Key) {
    let focused = browser.client.active_element().await.unwrap();
    focused.send_keys(&key.to_string()).await.unwrap();
}

#[tokio::test]
async fn a_keyboard_tour_reaches_everything_in_reading_order_without_a_trap() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en")).await;
    assert_eq!(browser.eval("return document.querySelectorAll('[tabindex]:not([tabindex=\"0\"]):not([tabindex=\"-1\"])').length").await, 0);
    // The first Tab reaches the skip link, which shows itself and jumps to the story.
    browser
        .eval("document.activeElement.blur(); return true")
        .await;
    press(&browser, Key::Tab).await;
    assert_eq!(
        browser
            .text("return document.activeElement.className")
            .await,
        "app__skip-link"
    );
    assert!(
        browser
            .eval("return document.activeElement.getBoundingClientRect().top >= 0")
            .await
            == true,
        "the skip link is visible when focused"
    );
    press(&browser, Key::Enter).await;
    browser
        .wait_for("the stage", "return document.activeElement.id === 'stage'")
        .await;
    // From the top again, Tab walks the whole page in document order, each stop visibly focused.
    // A fresh page: after a blur, Chromium would go on from where focus was.
    browser.open(&server.url("?lang=en")).await;
    let mut seen = Vec::new();
    let mut left_the_page = false;
    for _ in 0..400 {
        press(&browser, Key::Tab).await;
        let stop = browser
            .eval(
                "const e = document.activeElement;\
                 if (!e || e === document.body || e === document.documentElement) return null;\
                 if (e.hasAttribute('data-toured')) return { wrapped: true };\
                 e.setAttribute('data-toured', '');\
                 const after = !window.__previous || !!(window.__previous.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);\
                 window.__previous = e;\
                 const s = getComputedStyle(e);\
                 const ring = s.outlineStyle !== 'none' || e.matches('.story-map__marker, .date-slider__input');\
                 return { key: e.getAttribute('data-place') || e.id || e.className || e.tagName, ring, after, visible: e.matches(':focus-visible') };",
            )
            .await;
        if stop.is_null() || stop["wrapped"] == true {
            left_the_page = true;
            break;
        }
        assert_eq!(stop["ring"], true, "no focus ring on {stop}");
        assert_eq!(
            stop["visible"], true,
            "{stop} is focused but not :focus-visible"
        );
        assert_eq!(
            stop["after"], true,
            "{stop} comes before the previous stop: not reading order"
        );
        seen.push(stop["key"].as_str().unwrap_or_default().to_owned());
    }
    assert!(left_the_page, "Tab never left the page: a keyboard trap");
    for expected in [
        "language-switch__link",
        "story-header__action",
        "map-section-camera",
        "vladivostok",
        "timeline-date",
        "time-control__button",
        "speaker-filter",
        "quote-card__copy",
        "quote-card__event",
    ] {
        assert!(
            seen.iter().any(|s| s.contains(expected)),
            "Tab never reached {expected}: {seen:?}"
        );
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn text_at_200_percent_on_a_320_px_screen_loses_nothing() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(320).await;
    browser
        .open(&server.url("?lang=de&place=eastern-military-district"))
        .await;
    let overflow =
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth";
    assert_eq!(
        browser.eval(overflow).await.as_i64(),
        Some(0),
        "sideways scrolling at 320 px"
    );
    browser
        .eval("document.documentElement.style.fontSize = '200%'; return true")
        .await;
    browser
        .wait_for(
            "the larger text",
            "return parseFloat(getComputedStyle(document.body).fontSize) >= 32",
        )
        .await;
    assert_eq!(
        browser.eval(overflow).await.as_i64(),
        Some(0),
        "sideways scrolling at 200 % text"
    );
    let clipped = browser
        .eval("return [...document.querySelectorAll('h1, h2, h3, p, a, button, blockquote')].filter(e => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden').length")
        .await;
    // (The live region is clipped to one pixel on purpose: it is for screen readers.)
    assert_eq!(clipped.as_u64(), Some(0), "text cut off at 200 %");
    browser.finish().await;
}

#[tokio::test]
async fn hostile_messages_change_nothing() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en&date=2024-10-18")).await;
    let before = browser
        .text("return document.body.innerHTML.length + ':' + location.href")
        .await;
    browser
        .eval(
            "for (const message of [\
                '<img src=x onerror=\"window.__pwned=1\">',\
                'pymxPYMxexplainerxPYMxnavigateToxPYMxjavascript:window.__pwned=1',\
                'pymxPYMxexplainerxPYMxwidthxPYMx<script>window.__pwned=1</script>',\
                { sentinel: 'amp', type: 'embed-size', height: 1 },\
                { type: 'set-view', view: { lang: 'de', place: 'kyiv' } },\
                { __proto__: { polluted: true } },\
                JSON.stringify({ lang: '<b>x</b>' }),\
             ]) { window.postMessage(message, '*'); }\
             return true",
        )
        .await;
    // Give every message a turn of the event loop, then check that none had an effect.
    browser
        .wait_for(
            "the messages to be delivered",
            "return new Promise(r => setTimeout(() => r(true), 50))",
        )
        .await;
    assert_eq!(
        browser
            .eval("return window.__pwned === undefined && !document.querySelector('img, b')")
            .await,
        true
    );
    assert_eq!(
        browser
            .text("return document.body.innerHTML.length + ':' + location.href")
            .await,
        before
    );
    let slider = browser
        .client
        .find(Locator::Id("timeline-date"))
        .await
        .unwrap();
    slider.send_keys(&Key::Right.to_string()).await.unwrap();
    browser.wait_for_query("date=2024-10-19").await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_failure_leaves_the_story_readable_with_a_calm_note() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(375).await;
    browser.open(&server.url("?lang=en")).await;
    let note = "return getComputedStyle(document.querySelector('.app__notice--failed')).display";
    assert_eq!(
        browser.text(note).await,
        "none",
        "no note while all is well"
    );
    // What the panic hook does to the page (src/browser.rs, on_panic).
    browser
        .eval("document.documentElement.classList.add('explainer-failed'); return true")
        .await;
    assert_eq!(browser.text(note).await, "block");
    let text = browser.text_of(".app__notice--failed").await;
    assert_eq!(
        text,
        explainer::locale::Text::InteractionFailed.get(Lang::En)
    );
    assert_eq!(browser.text_of("h1").await, STORY.title.en);
    browser.finish().await;
}

/// The stage's geometry in the first viewport: how much of the map is in view and how wide it
/// is, whether the slider and the first event title of the moment lie wholly inside.
const STAGE_GEOMETRY: &str = "const inside = e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth; };\
    const map = document.querySelector('.story-map__svg').getBoundingClientRect();\
    const shown = Math.max(0, Math.min(map.bottom, innerHeight) - Math.max(map.top, 0));\
    const title = document.querySelector('.moment .event-card__title');\
    return { map_in_view: shown / map.height, map_width: map.width, slider: inside(document.getElementById('timeline-date')), title: !!title && inside(title), scrolled: scrollY };";

#[tokio::test]
async fn the_stage_fits_the_first_screen_on_desktops_and_phones() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    for (width, height, phone) in [
        (1280, 800, false),
        (1024, 768, false),
        (412, 823, true),
        (375, 667, true),
    ] {
        let mut browser = Browser::start(width, height).await;
        browser
            .cdp(
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({ "width": width, "height": height, "deviceScaleFactor": if phone { 2 } else { 1 }, "mobile": phone }),
            )
            .await;
        browser.open(&server.url("")).await;
        let at = format!("{width}x{height}");
        let first = browser.eval(STAGE_GEOMETRY).await;
        assert!(
            first["map_in_view"].as_f64().unwrap() >= 0.6,
            "{at}: {first}"
        );
        assert_eq!(
            first["slider"], true,
            "{at}: the slider is not in view: {first}"
        );
        if phone {
            assert!(
                first["map_width"].as_f64().unwrap() >= 340.0,
                "{at}: {first}"
            );
        } else {
            assert_eq!(
                first["title"], true,
                "{at}: no event title in view: {first}"
            );
        }
        // Scrubbing to the end never scrolls the map away.
        let slider = browser
            .client
            .find(Locator::Id("timeline-date"))
            .await
            .unwrap();
        slider.send_keys(&Key::End.to_string()).await.unwrap();
        browser.wait_for_query("date=2024-11-05").await;
        let end = browser.eval(STAGE_GEOMETRY).await;
        assert!(
            end["map_in_view"].as_f64().unwrap() >= 0.6,
            "{at} after End: {end}"
        );
        assert_eq!(end["scrolled"], 0, "{at}: the page scrolled: {end}");
        browser.assert_clean(&server.origin).await;
        browser.finish().await;
    }
}

/// How wide Ukraine's outline is drawn inside the map's box, in CSS pixels.
const UKRAINE_SHOWN: &str =
    "const map = document.querySelector('.story-map__svg').getBoundingClientRect();\
    const r = document.querySelector('.story-map__area--ukraine').getBoundingClientRect();\
    return Math.max(0, Math.min(r.right, map.right) - Math.max(r.left, map.left));";

#[tokio::test]
async fn the_camera_follows_the_story_until_the_reader_holds_a_view() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    let settled = "return new Promise(r => setTimeout(() => r(true), 1200))";
    // The sea transport: the Far East and Korea, without Ukraine.
    browser.open(&server.url("?date=2024-10-10")).await;
    browser.wait_for("the camera to settle", settled).await;
    let october = browser.eval(UKRAINE_SHOWN).await.as_f64().unwrap();
    browser
        .client
        .find(Locator::Css("[data-place=vladivostok]"))
        .await
        .unwrap();
    // The construction units in occupied Ukraine: Ukraine fills the map, far wider than in
    // October or on the whole map.
    browser.open(&server.url("?date=2024-07-15")).await;
    browser.wait_for("the camera to settle", settled).await;
    let july = browser.eval(UKRAINE_SHOWN).await.as_f64().unwrap();
    browser
        .click("#map-section-camera option:nth-child(2)")
        .await;
    browser.wait_for("the camera to settle", settled).await;
    let whole = browser.eval(UKRAINE_SHOWN).await.as_f64().unwrap();
    assert!(
        july >= 2.5 * october && july >= 2.5 * whole,
        "Ukraine is {july} px wide in July, {october} px in October, {whole} px on the whole map"
    );
    // A view the reader holds stays while the date moves, until they follow the story again.
    browser
        .click("#map-section-camera option:nth-child(4)")
        .await;
    browser.wait_for("the camera to settle", settled).await;
    let held = browser
        .text("return document.querySelector('.story-map__view').getAttribute('transform')")
        .await;
    let slider = browser
        .client
        .find(Locator::Id("timeline-date"))
        .await
        .unwrap();
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    browser.wait_for_query("date=2024-11-05").await;
    browser.wait_for("the camera to settle", settled).await;
    let after = browser
        .text("return document.querySelector('.story-map__view').getAttribute('transform')")
        .await;
    assert_eq!(held, after, "the Far East view moved with the date");
    browser
        .click("#map-section-camera option:nth-child(1)")
        .await;
    let moved = format!(
        "return document.querySelector('.story-map__view').getAttribute('transform') !== '{after}'"
    );
    browser.wait_for("the camera to follow", &moved).await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_long_form_link_moves_the_stage_and_brings_it_into_view() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en")).await;
    let treaty = STORY
        .events
        .iter()
        .find(|e| e.id == "treaty-pyongyang")
        .unwrap();
    browser
        .eval("document.getElementById('event-treaty-pyongyang').scrollIntoView(); return true")
        .await;
    browser.click("#event-treaty-pyongyang a").await;
    browser.wait_for_query("date=2024-06-19").await;
    assert_eq!(
        browser.text_of(".moment .event-card__title").await,
        treaty.title.en
    );
    browser
        .wait_for("the stage in view", "const r = document.getElementById('stage').getBoundingClientRect(); return Math.abs(r.top) <= 2")
        .await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn without_javascript_a_long_form_link_navigates() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    let browser = Browser::start_with(1280, 900, &["--blink-settings=scriptEnabled=false"]).await;
    browser.client.goto(&server.url("")).await.unwrap();
    browser
        .client
        .find(Locator::Css("#event-treaty-pyongyang a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let url = browser.client.current_url().await.unwrap();
    assert!(url.as_str().contains("date=2024-06-19"), "{url}");
    browser.finish().await;
}

/// What breaks legibility on a page, as a list of findings: overlapping troop-chart texts, map
/// labels under 11 px, and controls under 44 px (links inside running text excepted).
const LEGIBILITY: &str = "const found = [];\
 const boxes = [...document.querySelectorAll('.troop-chart text, .troop-chart__key')].map(e => [e, e.getBoundingClientRect()]).filter(([, r]) => r.width > 0);\
 for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {\
   const [a, ra] = boxes[i], [b, rb] = boxes[j];\
   if (ra.left < rb.right - 0.5 && rb.left < ra.right - 0.5 && ra.top < rb.bottom - 0.5 && rb.top < ra.bottom - 0.5) found.push('overlap: ' + a.textContent + ' / ' + b.textContent);\
 }\
 for (const t of document.querySelectorAll('.story-map__marker text')) {\
   const px = parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a;\
   if (px < 11) found.push('map label ' + t.textContent + ' ' + px.toFixed(1) + ' px');\
 }\
 const targets = [...document.querySelectorAll('.story-map__target')].map(c => { const r = c.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2, r: r.width / 2, name: c.parentNode.dataset.place }; }); for (const a of targets) {   const near = targets.filter(b => b !== a).map(b => [b, Math.hypot(a.x - b.x, a.y - b.y)]);   if (near.some(([b, d]) => d < a.r + b.r - 1)) found.push('map targets overlap at ' + a.name);   if (a.r < 21.75 && !near.some(([, d]) => Math.abs(d - 2 * a.r) < 1)) found.push('map target ' + a.name + ' ' + (2 * a.r).toFixed(0) + ' px with room for more'); } for (const e of document.querySelectorAll('.app button, .app select, .app input:not([type=radio]), .app a, .long-form button, .long-form a, .quote-section__speaker')) {\
   const r = e.getBoundingClientRect();\
   if (r.width === 0 || getComputedStyle(e).visibility === 'hidden' || e.closest('.visually-hidden, .source-refs, .source-list, .app__skip-link, .app__notice')) continue;\
   if (r.width < 43.5 || r.height < 43.5) found.push('target ' + (e.className.baseVal ?? e.className) + ' ' + (e.textContent || '').trim().slice(0, 20) + ' ' + r.width.toFixed(0) + 'x' + r.height.toFixed(0));\
 }\
 return found;";

#[tokio::test]
async fn labels_never_overlap_and_targets_are_44_px_from_320_to_1400() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    for width in [320, 375, 412, 768, 1024, 1280, 1400] {
        let mut browser = Browser::start(width, 900).await;
        // A place selected and a quote chosen: the panel and the voice's controls are shown too.
        browser
            .open(&server.url("?lang=de&date=2024-10-18&place=vladivostok"))
            .await;
        browser
            .eval("document.querySelector('.troop-chart').scrollIntoView(); return true")
            .await;
        let found = browser.eval(LEGIBILITY).await;
        assert_eq!(found, serde_json::json!([]), "at {width} px");
        browser.finish().await;
    }
}
