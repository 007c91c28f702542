//! The stage: the first screen, the camera, the long form's links into the stage, hydration.

use crate::prelude::*;

#[tokio::test]
async fn the_shell_loads_clean_and_marks_itself_ready() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("")).await;
    assert_eq!(browser.text_of("h1").await, STORY.title.get(Lang::De));
    assert_eq!(browser.page_lang().await, "de");
    assert_eq!(browser.title().await, STORY.title.get(Lang::De));
    assert_eq!(browser.query().await, "?lang=de&date=2024-10-23");
    for landmark in ["header", "main", "nav", "footer", "main h2"] {
        assert!(browser.count(landmark).await >= 1, "no {landmark}");
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
    let sources = browser.count(".source-list__item").await;
    assert_eq!(sources, STORY.sources.len() as u64);
    assert!(server
        .requests
        .lock()
        .unwrap()
        .iter()
        .any(|r| r.ends_with(".wasm")));
    browser.assert_clean(&server.origin).await;
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
        // Every language: the Ukrainian and Russian words run longer.
        for lang in Lang::ALL {
            let page = format!("{}?lang={}", support::folder_of(lang), lang.code());
            browser.open(&server.url(&page)).await;
            let at = format!("{width}x{height} /{page}");
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
            browser.slider_key(Key::End).await;
            browser.wait_for_query("date=2024-11-05").await;
            let end = browser.eval(STAGE_GEOMETRY).await;
            assert!(
                end["map_in_view"].as_f64().unwrap() >= 0.6,
                "{at} after End: {end}"
            );
            assert_eq!(end["scrolled"], 0, "{at}: the page scrolled: {end}");
        }
        browser.assert_clean(&server.origin).await;
        browser.finish().await;
    }
}

/// How wide Ukraine's border is drawn inside the map's box, in CSS pixels.
const UKRAINE_SHOWN: &str =
    "const map = document.querySelector('.story-map__svg').getBoundingClientRect();\
    const r = document.querySelector('.story-map__border--ukraine').getBoundingClientRect();\
    return Math.max(0, Math.min(r.right, map.right) - Math.max(r.left, map.left));";

/// Whether Ukraine's border lies wholly inside the map's box.
const UKRAINE_WHOLE: &str =
    "const map = document.querySelector('.story-map__svg').getBoundingClientRect();\
    const r = document.querySelector('.story-map__border--ukraine').getBoundingClientRect();\
    return r.width > 0 && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;";

#[tokio::test]
async fn the_camera_follows_the_story_until_the_reader_holds_a_view() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    // The sea transport: the Far East and Korea, without Ukraine.
    browser.open_settled(&server.url("?date=2024-10-10")).await;
    let october = browser.eval(UKRAINE_SHOWN).await.as_f64().unwrap();
    assert_eq!(browser.count("[data-place=vladivostok]").await, 1);
    // The construction units in occupied Ukraine: Ukraine fills the map, far wider than in
    // October or on the whole map.
    browser.open_settled(&server.url("?date=2024-07-15")).await;
    let july = browser.eval(UKRAINE_SHOWN).await.as_f64().unwrap();
    // The moment frames the occupied oblasts and leaves Ukraine's west out; a reader who
    // chooses Ukraine sees all of it, beside the moment's places.
    assert_eq!(browser.eval(UKRAINE_WHOLE).await, false);
    browser
        .open_settled(&server.url("?date=2024-07-15&place=ukraine"))
        .await;
    assert_eq!(browser.eval(UKRAINE_WHOLE).await, true);
    browser.open_settled(&server.url("?date=2024-07-15")).await;
    let rest = browser.settled().await;
    browser
        .click("#map-section-camera option:nth-child(2)")
        .await;
    browser.settled_after(rest).await;
    let whole = browser.eval(UKRAINE_SHOWN).await.as_f64().unwrap();
    assert!(
        july >= 2.5 * october && july >= 2.5 * whole,
        "Ukraine is {july} px wide in July, {october} px in October, {whole} px on the whole map"
    );
    // A view the reader holds stays while the date moves, until they follow the story again.
    let rest = browser.settled().await;
    browser
        .click("#map-section-camera option:nth-child(4)")
        .await;
    browser.settled_after(rest).await;
    let held = browser.camera_transform().await;
    let rest = browser.settled().await;
    browser.slider_key(Key::End).await;
    browser.wait_for_query("date=2024-11-05").await;
    browser.settled_after(rest).await;
    let after = browser.camera_transform().await;
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
        treaty.title.get(Lang::En)
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
    browser.goto(&server.url("")).await;
    browser.click("#event-treaty-pyongyang a").await;
    let url = browser.client.current_url().await.unwrap();
    assert!(url.as_str().contains("date=2024-06-19"), "{url}");
    browser.finish().await;
}

#[tokio::test]
async fn hydration_moves_nothing_on_the_page() {
    if support::skip() {
        return;
    }
    // A window taller than an embed page opened alone (826 px at 1280): an embed sizes its
    // frame to fit, and a scrollbar that appears as a shorter window's page is parsed (it did
    // under the whole suite's load) is no move of hydration's.
    let server = StaticServer::start(dist_dir(), no_headers());
    let mut browser = Browser::start(1280, 1000).await;
    for page in support::every_page() {
        browser.open(&format!("{}{page}", server.url(""))).await;
        // Hydration included.
        let (shift, sources) = layout_shifts(&browser).await;
        assert_eq!(shift, 0.0, "layout shift on /{page}: {sources}");
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

/// What on the first screen moves while the rest of the page arrives, as a list of findings.
/// A slow phone lays out the page wherever its parser pauses; the page is cut back node by
/// node from its end, and every word and every shape without children that a reader sees
/// there must keep its place (3 px, as Chromium counts a layout shift) and its line breaks.
/// A box with children keeps its corner while they arrive: an empty inline badge once sat
/// 10 px lower than a full one, and Chromium counted its move when a phone painted it empty.
const ARRIVAL: &str = "const nodes = []; \
 const walk = document.createTreeWalker(document.querySelector('.app'), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT); \
 for (let n = walk.nextNode(); n; n = walk.nextNode()) nodes.push(n); \
 const element = n => n.nodeType === 1 ? n : n.parentElement; \
 const name = n => n.nodeType === 3 ? JSON.stringify(n.textContent.trim().slice(0, 24)) : n.tagName.toLowerCase() + (n.classList.length ? '.' + n.classList[0] : ''); \
 const lines = n => { \
   if (n.nodeType === 1) return [n.getBoundingClientRect()]; \
   const range = document.createRange(); range.selectNodeContents(n); return [...range.getClientRects()]; \
 }; \
 const seen = n => { const e = element(n); return e.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && e.getBoundingClientRect().width > 1; }; \
 /* What waits for its last part before it shows must show on the whole page. */ \
 const waiting = [...document.querySelectorAll('.time-control__buttons, .map-legend__entry, .app__credit')].filter(e => !seen(e)).map(name); \
 if (waiting.length) return ['hidden on the whole page: ' + waiting]; \
 const early = nodes.map(n => element(n).getBoundingClientRect().top < innerHeight); \
 /* A space between words counts too: Chromium counts its move as a layout shift. */ \
 const blank = n => n.nodeType === 3 && n.textContent.trim() === ''; \
 /* Chromium counts boxes, not an SVG group, whose box is only its shapes' union. */ \
 const parent = nodes.map(n => n.nodeType === 1 && n.childNodes.length > 0); \
 const watched = nodes.map((n, i) => early[i] && seen(n) && !(parent[i] && n instanceof SVGElement)); \
 /* A box's children widen it as they arrive; only its corner must stay. */ \
 const place = i => lines(nodes[i]).map(r => parent[i] ? [r.left, r.top] : [r.left, r.top, r.width]); \
 const there = nodes.map((n, i) => watched[i] ? place(i) : null); \
 const moved = new Set(); \
 for (let cut = nodes.length - 1; cut > 0; cut--) { \
   nodes[cut].remove(); \
   if (!early[cut]) continue; \
   for (let i = 0; i < cut; i++) { \
     if (!watched[i] || !seen(nodes[i])) continue; \
     const now = place(i); \
     const was = there[i]; \
     /* A space that collapses (no box) before or after has no place to keep. */ \
     if (blank(nodes[i]) && (now.length === 0 || was.length === 0)) continue; \
     /* A last line's width may change with the space after it. */ \
     const same = now.length === was.length && now.every((r, k) => r.every((v, m) => (m === 2 && k === now.length - 1) || Math.abs(v - was[k][m]) < 3)); \
     if (!same) moved.add(`${name(nodes[i])} in ${name(element(nodes[i]))} until ${name(nodes[cut])} arrives`); \
   } \
 } \
 return [...moved].slice(0, 6);";

#[tokio::test]
async fn nothing_on_the_first_screen_moves_while_the_rest_arrives() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    for width in [375, 720, 1024, 1280] {
        // An embed sizes its frame to fit and never shows a scrollbar; opened alone in a
        // window shorter than itself it would, and a cut-back page would lose it.
        let mut browser = Browser::start_with(width, 900, &["--hide-scrollbars"]).await;
        for page in support::every_page() {
            browser.open(&format!("{}{page}", server.url(""))).await;
            let moved = browser.eval(ARRIVAL).await;
            assert_eq!(moved, serde_json::json!([]), "at {width} px on /{page}");
        }
        browser.assert_clean(&server.origin).await;
        browser.finish().await;
    }
}

/// Where a slow network may pause the parser right after a space that follows a tag: the byte
/// offsets in `html`'s body, up to the end of the app (the map's shapes follow it).
fn spaces_after_tags(html: &str) -> Vec<usize> {
    let body = html.find("<body").expect("a <body>");
    let end = body
        + html[body..]
            .find("</div><svg")
            .expect("the app's end, before the shapes");
    html[body..end]
        .match_indices("> ")
        .map(|(at, _)| body + at + 2)
        .collect()
}

#[tokio::test]
async fn a_pause_after_a_space_moves_nothing_on_the_page() {
    if support::skip() {
        return;
    }
    // Chromium counts a space's move as a layout shift, though the cut-back above cannot see
    // it (a space at a line's end has no box of its own): a `Sources:` label and its first
    // name once moved a space by 2 px when the page arrived between them.
    let server = StaticServer::start(dist_dir(), no_headers());
    for width in [375, 1280] {
        let mut browser = Browser::start_with(width, 900, &["--hide-scrollbars"]).await;
        for file in ["index.html", "en/index.html", "embed.html", "en/embed.html"] {
            let html = std::fs::read_to_string(dist_dir().join(file)).expect("a page in dist/");
            for at in spaces_after_tags(&html) {
                server.pause_after(file, at);
                browser
                    .open(&server.url(file.trim_end_matches("index.html")))
                    .await;
                let (shift, sources) = layout_shifts(&browser).await;
                let around = &html[html.floor_char_boundary(at - 40)..at];
                assert_eq!(
                    shift, 0.0,
                    "at {width} px, /{file} paused after {around:?}: {sources}"
                );
            }
        }
        browser.assert_clean(&server.origin).await;
        browser.finish().await;
    }
}

/// The lowest 24 px of the moment's box, as the page draws them: a PNG in base64. (The clip is in
/// the page's coordinates, not the window's.)
async fn moment_foot(browser: &Browser) -> String {
    let clip = browser
        .eval(
            "const m = document.querySelector('.moment'); const r = m.getBoundingClientRect(); \
             return { x: scrollX + r.left + m.clientLeft, y: scrollY + r.top + m.clientTop + m.clientHeight - 24, width: m.clientWidth, height: 24, scale: 1 };",
        )
        .await;
    let shot = browser
        .cdp(
            "Page.captureScreenshot",
            serde_json::json!({ "format": "png", "clip": clip }),
        )
        .await;
    shot["data"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_moment_fades_at_its_foot_while_more_follows_and_not_at_its_end() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(375).await;
    // The phone embed's moment: its box shows the first events, and more follow below.
    browser.open(&server.url("embed.html")).await;
    let overflow = browser
        .eval(
            "const m = document.querySelector('.moment'); return m.scrollHeight - m.clientHeight;",
        )
        .await;
    assert!(overflow.as_f64().unwrap() > 100.0, "{overflow}");
    // The fade is drawn over the text at the foot (the middle of the first event summary that
    // lies below it, scrolled there): without it, the strip is drawn otherwise.
    browser
        .eval(
            "const m = document.querySelector('.moment'); m.scrollIntoView({ block: 'center' }); \
             const foot = m.getBoundingClientRect().top + m.clientTop + m.clientHeight; \
             const middle = e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; }; \
             const summary = [...m.querySelectorAll('.event-card__summary')].find(e => middle(e) > foot - 12); \
             m.scrollTop += middle(summary) - (foot - 12); return true;",
        )
        .await;
    let faded = moment_foot(&browser).await;
    browser
        .eval(
            // A constructed sheet: the page's CSP refuses inline style elements.
            "const s = new CSSStyleSheet(); s.replaceSync('.moment::after { display: none }'); \
             document.adoptedStyleSheets = [s]; return true;",
        )
        .await;
    assert_ne!(
        moment_foot(&browser).await,
        faded,
        "no fade over the moment's foot"
    );
    browser
        .eval("document.adoptedStyleSheets = []; return true;")
        .await;
    // Scrolled to the end, the last card ends above the fade: it hides nothing there.
    let end = browser
        .eval(
            "const m = document.querySelector('.moment'); m.scrollTop = m.scrollHeight; \
             const fade = parseFloat(getComputedStyle(m, '::after').height); \
             const foot = m.getBoundingClientRect().top + m.clientTop + m.clientHeight; \
             const last = [...m.children].at(-1).getBoundingClientRect().bottom; \
             return [fade, foot - last];",
        )
        .await;
    let (fade, room) = (end[0].as_f64().unwrap(), end[1].as_f64().unwrap());
    assert!(fade >= 24.0 && room >= fade - 0.5, "{end}");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn the_phone_menu_label_fits_its_column_in_every_language() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(320).await;
    for page in Lang::ALL.map(support::folder_of) {
        browser.open(&format!("{}{page}", server.url(""))).await;
        let menu = browser
            .eval(
                "const menu = document.querySelector('.story-header__menu'); \
                 return [menu.textContent, menu.scrollWidth, menu.clientWidth];",
            )
            .await;
        assert!(
            menu[1].as_f64() <= menu[2].as_f64(),
            "the label overflows on /{page}: {menu}"
        );
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn hydration_writes_no_attribute_and_no_text_the_page_already_has() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(375).await;
    // Before any of the page's scripts: every write of the value an attribute or a text already
    // has, each of which makes the browser restyle (an SVG attribute, lay out) again.
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": "window.__same = []; \
                const set = Element.prototype.setAttribute; \
                window.__set = Element.prototype.setAttribute = function (name, value) { \
                  if (this.getAttribute(name) === String(value)) __same.push(`<${this.tagName.toLowerCase()}> ${name}=\"${value}\"`); \
                  return set.call(this, name, value); \
                }; \
                const text = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeValue'); \
                window.__text = function (value) { \
                  if (this.nodeValue === value) __same.push(`#text \"${value}\"`); \
                  return text.set.call(this, value); \
                }; \
                Object.defineProperty(Node.prototype, 'nodeValue', { ...text, set: window.__text });" }),
        )
        .await;
    // The standalone page, an embed with a linked theme, the English page with one.
    for page in ["", "embed.html?theme=dark", "en/?theme=light"] {
        browser.open(&format!("{}{page}", server.url(""))).await;
        // The effects after hydration too (the map redrawn for the phone's width): the stage
        // first comes to rest after them.
        browser.settled_after(0).await;
        let same = browser.eval("return window.__same").await;
        assert_eq!(same, serde_json::json!([]), "rewritten on /{page}");
        assert_eq!(
            browser
                .eval("return Element.prototype.setAttribute === window.__set")
                .await,
            true,
            "the loader gives the page its own setAttribute back on /{page}"
        );
        assert_eq!(
            browser
                .eval("return Object.getOwnPropertyDescriptor(Node.prototype, 'nodeValue').set === window.__text")
                .await,
            true,
            "the loader gives the page its own nodeValue back on /{page}"
        );
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn each_languages_page_hydrates_in_its_language_without_warnings() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    for lang in Lang::ALL
        .into_iter()
        .filter(|&lang| lang != Lang::default())
    {
        let code = lang.code();
        browser
            .open(&format!("{}{}", server.url(""), support::folder_of(lang)))
            .await;
        assert_eq!(browser.page_lang().await, code);
        assert_eq!(browser.text_of("h1").await, STORY.title.get(lang));
        assert_eq!(
            browser.query().await,
            format!("?lang={code}&date=2024-10-23")
        );
        // The page is interactive after hydration.
        browser
            .click(".place-list__items a[href*='place=kyiv']")
            .await;
        browser.wait_for_query("place=kyiv").await;
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}
