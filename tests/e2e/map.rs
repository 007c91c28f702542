//! The map: places chosen by pointer and keyboard, drawn as of the date.

use crate::prelude::*;

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
    assert_eq!(
        browser.text_of(".place-panel__about").await,
        place.about.get(Lang::De)
    );
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
    assert_eq!(
        browser.text_of(".place-panel__name").await,
        ukraine.name.get(Lang::En)
    );
    assert_eq!(
        browser.text_of(".place-panel__about").await,
        ukraine.about.get(Lang::En)
    );
    let pressed = browser
        .attribute("[data-place=ukraine]", "aria-pressed")
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
    browser.press("[data-place=vladivostok]", Key::Enter).await;
    browser.wait_for_query("place=vladivostok").await;
    let vladivostok = STORY.place("vladivostok").unwrap();
    assert_eq!(
        browser.text_of(".place-panel__about").await,
        vladivostok.about.get(Lang::De)
    );
    let focused = browser.attribute(":focus", "data-place").await;
    assert_eq!(focused, "vladivostok", "focus stays on the marker");
    // WebDriver scrolls an element into view before typing into it: focus first, then measure.
    browser
        .eval("document.querySelector('[data-place=khabarovsk]').focus(); return true")
        .await;
    let scroll = browser.eval("return window.scrollY").await;
    browser.press("[data-place=khabarovsk]", Key::Space).await;
    browser.wait_for_query("place=khabarovsk").await;
    assert_eq!(
        browser.eval("return window.scrollY").await,
        scroll,
        "Space must not scroll the page"
    );
    // Every place on the map has an accessible name. The markers are one Tab stop, the one
    // focused last; arrow keys, Home and End walk them all.
    let unnamed = browser
        .eval("return [...document.querySelectorAll('.story-map__marker')].filter(m => !m.getAttribute('aria-label')).length")
        .await;
    assert_eq!(unnamed.as_u64(), Some(0));
    assert_eq!(tab_stops(&browser).await, ["khabarovsk"]);
    let markers: Vec<String> = serde_json::from_value(
        browser
            .eval("return [...document.querySelectorAll('.story-map__marker')].map(m => m.dataset.place)")
            .await,
    )
    .unwrap();
    // From west to east: each marker's dot lies no further west than the one before.
    let west_to_east = browser
        .eval("const xs = [...document.querySelectorAll('.story-map__marker')].map(m => { const r = m.querySelector('circle').getBoundingClientRect(); return r.left + r.width / 2; }); return xs.every((x, i) => i === 0 || x >= xs[i - 1] - 0.5)")
        .await;
    assert_eq!(west_to_east.as_bool(), Some(true), "{markers:?}");
    press(&browser, Key::Home).await;
    let mut walked = vec![browser.attribute(":focus", "data-place").await];
    for _ in 1..markers.len() + 2 {
        press(&browser, Key::Right).await;
        walked.push(browser.attribute(":focus", "data-place").await);
    }
    // The walk stops at the last marker.
    let last = markers.last().unwrap().clone();
    assert_eq!(walked[..markers.len()], markers[..]);
    assert_eq!(walked[markers.len()..], [last.clone(), last.clone()]);
    press(&browser, Key::Left).await;
    assert_eq!(
        browser.attribute(":focus", "data-place").await,
        markers[markers.len() - 2]
    );
    press(&browser, Key::End).await;
    assert_eq!(browser.attribute(":focus", "data-place").await, last);
    assert_eq!(tab_stops(&browser).await, [last]);
    // Tab leaves the map at once: the next stop is the time control's slider.
    press(&browser, Key::Tab).await;
    assert_eq!(browser.focused("id").await, "timeline-date");
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
    assert_eq!(
        browser.count("[data-place=vladivostok][data-later]").await,
        1,
        "the ships arrive in October"
    );
    assert_eq!(
        browser.count("[data-place=pyongyang][data-later]").await,
        0,
        "the treaty is signed today"
    );
    assert_eq!(browser.count("[data-place=pyongyang][data-now]").await, 1);
    browser.slider_key(Key::End).await;
    browser
        .wait_for(
            "the end of the story",
            "return !document.querySelector('[data-place=vladivostok]').hasAttribute('data-later')",
        )
        .await;
    // Crimea is drawn as Ukrainian and occupied, not as Russian.
    let crimea = browser.attribute("use[data-code='UA-43']", "class").await;
    assert!(
        crimea.contains("story-map__area--oblast") && crimea.contains("story-map__area--occupied"),
        "{crimea}"
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn moving_the_camera_keeps_the_maps_shapes_and_the_markers_it_still_shows() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser
        .open_settled(&server.url("?lang=en&date=2024-10-18"))
        .await;
    // Marks every shape, route layer and marker drawn now; an element the next frame
    // re-creates comes back without the mark.
    let mark = "document.querySelectorAll('.map-areas use, .story-map__routes, .story-map__marker').forEach(e => e.dataset.kept = ''); return true";
    let kept = "const markers = [...document.querySelectorAll('.story-map__marker')]; return { areas: document.querySelectorAll('.map-areas use:not([data-kept])').length, routes: !!document.querySelector('.story-map__routes[data-kept]'), before: markers.filter(m => 'kept' in m.dataset).map(m => m.dataset.place), all: markers.map(m => m.dataset.place) }";
    browser.eval(mark).await;
    let before = browser.eval(kept).await;
    let shown = before["all"].as_array().map_or(0, Vec::len);
    let markers = "return document.querySelectorAll('.story-map__marker').length";
    // The whole map shows more places than the moment's frame; then the slider's end moves the
    // camera again (following the story).
    let rest = browser.settled().await;
    browser
        .click("#map-section-camera option:nth-child(2)")
        .await;
    browser
        .wait_for(
            "more places on the whole map",
            &format!("{markers} > {shown}"),
        )
        .await;
    browser.settled_after(rest).await;
    let after = browser.eval(kept).await;
    assert_eq!(after["areas"], 0, "no shape is drawn anew: {after}");
    assert_eq!(after["routes"], true, "{after}");
    assert_eq!(
        after["before"], before["all"],
        "each place shown before keeps its marker element, in order: {after}"
    );
    let rest = browser.settled().await;
    browser
        .click("#map-section-camera option:nth-child(1)")
        .await;
    browser
        .wait_for(
            "the moment's frame again",
            &format!("{markers} === {shown}"),
        )
        .await;
    browser.settled_after(rest).await;
    browser.eval(mark).await;
    let prior = browser.eval(kept).await;
    let rest = browser.settled().await;
    browser.slider_key(Key::End).await;
    browser.settled_after(rest).await;
    let end = browser.eval(kept).await;
    assert_eq!(end["areas"], 0, "{end}");
    assert_eq!(end["routes"], true, "{end}");
    assert_ne!(end["all"], prior["all"], "the end shows other places");
    let still: Vec<&serde_json::Value> = end["all"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|place| prior["all"].as_array().is_some_and(|p| p.contains(place)))
        .collect();
    assert_eq!(
        end["before"]
            .as_array()
            .map(|b| b.iter().collect::<Vec<_>>()),
        Some(still),
        "{end}"
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

/// Where North Korea stands on the screen, as `[x, y, width]`.
const KOREA: &str = "const r = document.querySelector('.story-map__area--north-korea').getBoundingClientRect(); return [r.x, r.y, r.width];";

/// Chooses camera choice `CHOICE` and reports, as `[before, start, corner]`: where North Korea
/// stood on the screen just before (`[x, y, width]`), the transform the map's drawing starts
/// its glide from once the new frame is in the page (`[scale, x, y]`, before any paint), and
/// the drawing's top left corner (`[x, y]`). A browser places an SVG shape anew only when it
/// paints, so where North Korea starts is found from where it ends.
const CHOOSE: &str = "const korea = () => { const r = document.querySelector('.story-map__area--north-korea').getBoundingClientRect(); return [r.x, r.y, r.width]; }; \
 const view = document.querySelector('.story-map__view'); \
 const drawing = document.querySelector('.story-map'); \
 const written = new Promise(then => new MutationObserver((_, o) => { o.disconnect(); then(); }).observe(view, { attributes: true })); \
 const select = document.getElementById('map-section-camera'); \
 const before = korea(); \
 select.selectedIndex = CHOICE; \
 select.dispatchEvent(new Event('change', { bubbles: true })); \
 written.then(() => { \
   const m = new DOMMatrixReadOnly(getComputedStyle(drawing).transform); \
   const corner = drawing.parentElement.getBoundingClientRect(); \
   done([before, [m.a, m.e, m.f], [corner.x, corner.y]]); \
 });";

/// How many transitions the map's drawing is in.
const GLIDES: &str = "return document.querySelector('.story-map').getAnimations().length";

/// Holds the map's glide halfway: the drawing stands between the frames it glides between.
const HALFWAY: &str = "const [glide] = document.querySelector('.story-map').getAnimations(); \
 glide.pause(); glide.currentTime = glide.effect.getComputedTiming().duration / 2; return true";

/// Three numbers from a script's answer.
fn three(value: &serde_json::Value) -> [f64; 3] {
    [0, 1, 2].map(|i| value[i].as_f64().expect("a number"))
}

/// Where North Korea stood as the glide reported by [`CHOOSE`] began, given where it `ended`.
fn start_of(glide: &serde_json::Value, ended: [f64; 3]) -> [f64; 3] {
    let [scale, x, y] = three(&glide[1]);
    let corner = [glide[2][0].as_f64().unwrap(), glide[2][1].as_f64().unwrap()];
    [
        corner[0] + scale * (ended[0] - corner[0]) + x,
        corner[1] + scale * (ended[1] - corner[1]) + y,
        scale * ended[2],
    ]
}

/// How far apart two places on the screen are, in CSS pixels (the largest of the differences).
fn apart(a: [f64; 3], b: [f64; 3]) -> f64 {
    (0..3).map(|i| (a[i] - b[i]).abs()).fold(0.0, f64::max)
}

#[tokio::test]
async fn the_camera_glides_from_where_the_map_stands() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open_settled(&server.url("?date=2024-10-23")).await;
    // Into Ukraine: the glide starts where the map stands.
    let rest = browser.settled().await;
    let into = browser.eval_async(&CHOOSE.replace("CHOICE", "2")).await;
    browser.settled_after(rest).await;
    let ukraine = three(&browser.eval(KOREA).await);
    let distance = apart(three(&into[0]), ukraine);
    assert!(
        distance > 200.0,
        "the camera hardly moved: {into} to {ukraine:?}"
    );
    assert!(
        apart(three(&into[0]), start_of(&into, ukraine)) < 1.0,
        "the map jumped: {into}, ended at {ukraine:?}"
    );
    // Partway back to the whole map, to the Far East: the glide turns where the map stands,
    // not where the glide to the whole map would have ended. The glide back is held halfway,
    // however busy the machine.
    let rest = browser.settled().await;
    browser.eval_async(&CHOOSE.replace("CHOICE", "1")).await;
    browser
        .wait_for("the glide to the whole map", &format!("{GLIDES} > 0"))
        .await;
    browser.eval(HALFWAY).await;
    let turn = browser.eval_async(&CHOOSE.replace("CHOICE", "3")).await;
    browser.settled_after(rest).await;
    let far_east = three(&browser.eval(KOREA).await);
    assert!(
        apart(three(&turn[0]), start_of(&turn, far_east)) < distance / 10.0,
        "the map jumped as the camera turned: {turn}, ended at {far_east:?}"
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn for_readers_who_prefer_reduced_motion_the_camera_cuts() {
    if support::skip() {
        return;
    }
    let server = StaticServer::start(dist_dir(), no_headers());
    let mut browser = Browser::start_with(1280, 900, &["--force-prefers-reduced-motion"]).await;
    browser.open_settled(&server.url("?date=2024-10-23")).await;
    let into = browser.eval_async(&CHOOSE.replace("CHOICE", "2")).await;
    assert_eq!(three(&into[1]), [1.0, 0.0, 0.0], "a glide: {into}");
    assert_eq!(browser.eval(GLIDES).await, 0);
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

/// The places whose markers Tab stops on.
async fn tab_stops(browser: &Browser) -> Vec<String> {
    serde_json::from_value(
        browser
            .eval("return [...document.querySelectorAll('.story-map__marker')].filter(m => m.tabIndex === 0).map(m => m.dataset.place)")
            .await,
    )
    .unwrap()
}
