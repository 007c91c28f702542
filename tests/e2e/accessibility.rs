//! Accessibility and resilience: axe, the keyboard tour, zoom, legibility, no JavaScript or wasm.

use crate::prelude::*;
use explainer::page::texts::PageTextsError;

/// axe-core's WCAG 2.0/2.1/2.2 A and AA rules and best practices on the page as it is now.
pub(crate) async fn axe_violations(browser: &Browser) -> Vec<String> {
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
async fn every_state_passes_axe_in_every_language_and_scheme() {
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
        ("uk/?lang=uk&place=crimea", "light"),
        ("uk/?lang=uk&date=2024-10-20&quote=zelensky-evil", "dark"),
        ("uk/embed.html?lang=uk&place=vladivostok", "dark"),
        ("ru/?lang=ru&date=2022-09-01", "light"),
        (
            "ru/?lang=ru&date=2024-10-21&quote=peskov-contradictory",
            "dark",
        ),
        ("ru/embed.html?lang=ru&place=kursk", "light"),
    ];
    for (query, scheme) in states {
        browser
            .cdp("Emulation.setEmulatedMedia", serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }))
            .await;
        browser.open(&server.url(query)).await;
        let violations = axe_violations(&browser).await;
        assert!(violations.is_empty(), "{query} ({scheme}): {violations:#?}");
    }
    // The embed dialog and the print dialog, open, in every language.
    for lang in Lang::ALL {
        let folder = support::folder_of(lang);
        browser
            .open(&server.url(&format!("{folder}?lang={}", lang.code())))
            .await;
        browser
            .open_dialog(explainer::i18n::Text::Embed.get(lang), ".embed-dialog")
            .await;
        let violations = axe_violations(&browser).await;
        assert!(
            violations.is_empty(),
            "embed dialog ({lang:?}): {violations:#?}"
        );
        browser
            .eval("document.querySelector('.embed-dialog').close(); return true")
            .await;
        browser
            .open_dialog(
                explainer::i18n::Text::PrintHandout.get(lang),
                ".print-dialog",
            )
            .await;
        let violations = axe_violations(&browser).await;
        assert!(
            violations.is_empty(),
            "print dialog ({lang:?}): {violations:#?}"
        );
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

/// What the script of a Tab stop reports: null once focus has left the page, `wrapped` once it
/// comes back to a stop already toured, else the stop's key, whether it shows a focus ring,
/// comes after the stop before it, and is `:focus-visible`.
const TAB_STOP: &str = "const e = document.activeElement;\
 if (!e || e === document.body || e === document.documentElement) return null;\
 if (e.hasAttribute('data-toured')) return { wrapped: true };\
 e.setAttribute('data-toured', '');\
 const after = !window.__previous || !!(window.__previous.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);\
 window.__previous = e;\
 const s = getComputedStyle(e);\
 const ring = s.outlineStyle !== 'none' || e.matches('.story-map__marker, .date-slider__input');\
 return { key: e.getAttribute('data-place') || e.id || e.className || e.tagName, ring, after, visible: e.matches(':focus-visible') };";

/// Tabs through the page from where focus is, checking that each stop is visibly focused and
/// in reading order: the stops' keys, and whether Tab left the page (within 400 presses).
async fn tab_tour(browser: &Browser) -> (Vec<String>, bool) {
    let mut seen = Vec::new();
    for _ in 0..400 {
        press(browser, Key::Tab).await;
        let stop = browser.eval(TAB_STOP).await;
        if stop.is_null() || stop["wrapped"] == true {
            return (seen, true);
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
    (seen, false)
}

#[tokio::test]
async fn a_keyboard_tour_reaches_everything_in_reading_order_without_a_trap() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en")).await;
    assert_eq!(
        browser
            .count("[tabindex]:not([tabindex='0']):not([tabindex='-1'])")
            .await,
        0
    );
    // The first Tab reaches the skip link, which shows itself and jumps to the story.
    browser
        .eval("document.activeElement.blur(); return true")
        .await;
    press(&browser, Key::Tab).await;
    assert_eq!(browser.focused("className").await, "app__skip-link");
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
    let (seen, left_the_page) = tab_tour(&browser).await;
    assert!(left_the_page, "Tab never left the page: a keyboard trap");
    // The map's markers are one stop (arrow keys walk them): here the moment's first place
    // (Kazan, the BRICS summit's), wherever it lies on the map.
    let markers: Vec<_> = seen.iter().filter(|s| STORY.place(s).is_some()).collect();
    let first = STORY.current_events(STORY.present)[0].places[0].id;
    assert_eq!(first, "kazan");
    assert_eq!(markers, [first], "{seen:?}");
    for expected in [
        "language-switch__link",
        "story-header__action",
        "map-section-camera",
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
    // German's long compounds, and the Ukrainian and Russian words.
    for page in [
        "?lang=de&place=eastern-military-district",
        "uk/?lang=uk&place=eastern-military-district",
        "ru/?lang=ru&place=eastern-military-district",
    ] {
        browser.open(&server.url(page)).await;
        let overflow =
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth";
        assert_eq!(
            browser.eval(overflow).await.as_i64(),
            Some(0),
            "sideways scrolling at 320 px on {page}"
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
        let wide = browser
            .eval("const W = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')].filter(e => { const st = getComputedStyle(e); return st.overflowX === 'visible' && e.getBoundingClientRect().left + e.scrollWidth > W + 0.5 && e.scrollWidth > e.clientWidth; }).map(e => e.tagName + '.' + e.getAttribute('class') + ' ' + Math.round(e.getBoundingClientRect().left) + '+' + e.scrollWidth + '/' + e.clientWidth).slice(-8)")
            .await;
        assert_eq!(
            browser.eval(overflow).await.as_i64(),
            Some(0),
            "sideways scrolling at 200 % text on {page}: {wide}"
        );
        let clipped = browser
            .eval("return [...document.querySelectorAll('h1, h2, h3, p, a, button, blockquote')].filter(e => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden').length")
            .await;
        // (The live region is clipped to one pixel on purpose: it is for screen readers.)
        assert_eq!(clipped.as_u64(), Some(0), "text cut off at 200 % on {page}");
    }
    browser.finish().await;
}

/// What breaks legibility on a page, as a list of findings: overlapping troop-chart texts, map
/// labels under 11 px or running off the map, the time control's date running under its
/// buttons or shown in other than one form, and controls under 44 px (links inside running text
/// excepted).
const LEGIBILITY: &str = "const found = [];\
 const boxes = [...document.querySelectorAll('.troop-chart text, .troop-chart__key')].map(e => [e, e.getBoundingClientRect()]).filter(([, r]) => r.width > 0);\
 for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {\
   const [a, ra] = boxes[i], [b, rb] = boxes[j];\
   if (ra.left < rb.right - 0.5 && rb.left < ra.right - 0.5 && ra.top < rb.bottom - 0.5 && rb.top < ra.bottom - 0.5) found.push('overlap: ' + a.textContent + ' / ' + b.textContent);\
 }\
 const date = document.querySelector('.time-control .date-slider__date');\
 const shown = [...date.children].filter(s => s.getBoundingClientRect().width > 1).map(s => s.textContent);\
 if (shown.length !== 1) found.push('the time control shows its date as ' + JSON.stringify(shown));\
 if (date.scrollWidth > date.clientWidth) found.push('the date ' + shown + ' runs under the step buttons');\
 const map = document.querySelector('.story-map__svg').getBoundingClientRect();\
 for (const t of document.querySelectorAll('.story-map__marker text')) {\
   const px = parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a;\
   if (px < 11) found.push('map label ' + t.textContent + ' ' + px.toFixed(1) + ' px');\
   const r = t.getBoundingClientRect();\
   if (r.left < map.left - 1 || r.right > map.right + 1 || r.top < map.top - 1 || r.bottom > map.bottom + 1) found.push('map label ' + t.textContent + ' runs off the map');\
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
    for width in [320, 375, 412, 600, 720, 768, 960, 1024, 1280, 1400] {
        let mut browser = Browser::start(width, 900).await;
        // A place selected (its panel shown, the map close in), the embed's whole map, and the
        // embed on the day with the story's longest date in words.
        for query in [
            "?lang=de&date=2024-10-18&place=vladivostok",
            "?embed=1",
            "embed.html?date=2023-09-28",
            // The longer Ukrainian and Russian words, on a place's panel and the longest date.
            "uk/?lang=uk&date=2024-10-18&place=eastern-military-district",
            "ru/embed.html?lang=ru&date=2023-09-28",
        ] {
            browser.open_settled(&server.url(query)).await;
            browser
                .eval("document.querySelector('.troop-chart')?.scrollIntoView(); return true")
                .await;
            let found = browser.eval(LEGIBILITY).await;
            assert_eq!(found, serde_json::json!([]), "{query} at {width} px");
        }
        browser.finish().await;
    }
}

#[tokio::test]
async fn without_javascript_the_story_map_and_quotes_are_readable() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    let browser = Browser::start_with(1280, 900, &["--blink-settings=scriptEnabled=false"]).await;
    browser.goto(&server.url("")).await;
    let title = browser.text_of("h1").await;
    assert_eq!(title, STORY.title.get(Lang::De));
    let note = browser.text_of(".app__notice--script").await;
    assert_eq!(note, explainer::i18n::Text::NeedsScript.get(Lang::De));

    assert_eq!(
        browser
            .count("svg.story-map__svg use[data-code='UA-43']")
            .await,
        1
    );
    let quotes = browser.count(".quote-section .quote-card").await;
    assert_eq!(quotes, STORY.quotes.len() as u64);
    let first = browser
        .text_of(".quote-section .quote-card blockquote")
        .await;
    assert!(!first.trim().is_empty());
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
    browser.goto(&server.url("?lang=en")).await;
    browser
        .wait_for(
            "the loader to give up",
            "return document.documentElement.classList.contains('no-wasm')",
        )
        .await;
    assert_eq!(browser.eval("return typeof WebAssembly").await, "undefined");
    let note = browser.text_of(".app__notice--wasm").await;
    assert_eq!(
        note,
        explainer::i18n::Text::NeedsWasm.get(Lang::De),
        "the pre-rendered page is German"
    );
    assert_eq!(browser.text_of("h1").await, STORY.title.get(Lang::De));
    assert_eq!(
        Some(browser.count(".quote-section .quote-card").await),
        Some(STORY.quotes.len() as u64)
    );
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
    assert_eq!(text, explainer::i18n::Text::InteractionFailed.get(Lang::En));
    assert_eq!(browser.text_of("h1").await, STORY.title.get(Lang::En));
    browser.finish().await;
}

/// Whether the page shows the calm failure note (the loader's or the wasm's `explainer-failed`).
const FAILED: &str = "return document.documentElement.classList.contains('explainer-failed')";

/// Waits until the page shows the calm failure note, then checks its words in `lang` and that
/// the story's title is still there.
async fn assert_calm_note(browser: &Browser, why: &str, lang: Lang) {
    browser.wait_for(why, FAILED).await;
    assert_eq!(
        browser.text_of(".app__notice--failed").await,
        explainer::i18n::Text::InteractionFailed.get(lang)
    );
    assert_eq!(browser.text_of("h1").await, STORY.title.get(lang));
}

#[tokio::test]
async fn a_wasm_that_fails_or_traps_leaves_the_story_and_a_calm_note() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    // The wasm does not arrive (a filtering proxy, a dropped connection).
    let browser = Browser::start(1280, 900).await;
    browser.cdp("Network.enable", serde_json::json!({})).await;
    browser
        .cdp(
            "Network.setBlockedURLs",
            serde_json::json!({ "urls": ["*.wasm"] }),
        )
        .await;
    browser.goto(&server.url("?lang=en")).await;
    assert_calm_note(&browser, "the loader to give up", Lang::De).await;
    browser.finish().await;
    // The release wasm aborts on a panic: the browser reports an uncaught WebAssembly trap.
    let mut browser = Browser::start(1280, 900).await;
    browser.open(&server.url("?lang=en")).await;
    browser.assert_console_clean().await;
    assert_eq!(browser.eval(FAILED).await, false);
    // In the page's own world, as the wasm's code runs (WebDriver's scripts run apart).
    let trap = "setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); })";
    browser
        .cdp(
            "Runtime.evaluate",
            serde_json::json!({ "expression": trap }),
        )
        .await;
    assert_calm_note(&browser, "the note after a trap", Lang::En).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_page_without_its_texts_keeps_the_story_and_a_calm_note() {
    if support::skip() {
        return;
    }
    // The wasm reads the story's texts from the page: a page that lost them (a proxy or a CMS
    // that drops data blocks) or holds another build's must not come alive half empty.
    let server = StaticServer::start(dist_dir(), no_headers());
    let id = explainer::page::texts::ELEMENT_ID;
    for (tamper, error) in [
        ("element.remove()", PageTextsError::Missing),
        (
            "element.textContent = '[\"x\"]'",
            PageTextsError::Count {
                expected: explainer::model::story::PAGE_TEXTS.len(),
                found: 1,
            },
        ),
        // Another story's texts, even as many as this one's, are refused by the story's hash.
        (
            "element.dataset.story = 'another'",
            PageTextsError::OtherStory {
                expected: explainer::model::story::STORY_TEXTS.hash.to_owned(),
                found: "another".to_owned(),
            },
        ),
    ] {
        let mut browser = Browser::start(1280, 900).await;
        // As the parser adds the element, before the wasm runs.
        let source = format!(
            "new MutationObserver((_, observer) => {{ const element = document.getElementById('{id}'); \
             if (element) {{ observer.disconnect(); {tamper}; }} }}).observe(document, {{ childList: true, subtree: true }});"
        );
        browser
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                serde_json::json!({ "source": source }),
            )
            .await;
        browser.goto(&server.url("")).await;
        assert_calm_note(&browser, "the explainer to give up", Lang::De).await;
        assert_eq!(
            Some(browser.count(".quote-section .quote-card").await),
            Some(STORY.quotes.len() as u64)
        );
        browser.read_console().await;
        let said = format!("explainer: {error}");
        assert!(
            browser.console.iter().any(|line| line.contains(&said)),
            "{said:?} in {:#?}",
            browser.console
        );
        browser.finish().await;
    }
}

#[tokio::test]
async fn a_forced_theme_wins_over_the_system_and_passes_axe() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1024).await;
    let background = "return getComputedStyle(document.body).backgroundColor";
    let cases = [
        ("?lang=en&theme=dark", "light", "rgb(18, 20, 23)"),
        ("?lang=en&theme=light&embed=1", "dark", "rgb(255, 255, 255)"),
        ("?lang=de&theme=auto&embed=1", "dark", "rgb(18, 20, 23)"),
        ("?lang=de&embed=1", "light", "rgb(255, 255, 255)"),
    ];
    for (query, system, expected) in cases {
        browser
            .cdp("Emulation.setEmulatedMedia", serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": system }] }))
            .await;
        browser.open(&server.url(query)).await;
        assert_eq!(
            browser.text(background).await,
            expected,
            "{query} on a {system} system"
        );
        // A forced theme stays in the address as the explainer writes it; `auto` is the default.
        let forced = ["theme=light", "theme=dark"]
            .into_iter()
            .find(|t| query.contains(t));
        let address = browser.query().await;
        assert_eq!(
            forced.is_some_and(|t| address.contains(t)),
            forced.is_some(),
            "{address}"
        );
        let violations = axe_violations(&browser).await;
        assert!(violations.is_empty(), "{query} ({system}): {violations:#?}");
    }
    // Printing is black on white whatever the theme.
    browser
        .cdp("Emulation.setEmulatedMedia", serde_json::json!({ "media": "print", "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }))
        .await;
    browser.open(&server.url("?lang=en&theme=dark")).await;
    assert_eq!(browser.text(background).await, "rgb(255, 255, 255)");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}
