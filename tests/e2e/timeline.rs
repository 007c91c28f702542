//! The time control: the slider by keyboard, events, play.

use crate::prelude::*;

#[tokio::test]
async fn the_slider_moves_by_keyboard_and_writes_the_date() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser.open(&server.url("?lang=en")).await;
    browser.slider_key(Key::Home).await;
    browser.wait_for_query("date=2022-09-01").await;
    assert_eq!(
        browser.text_of(".date-slider__words").await,
        "1 September 2022"
    );
    assert_eq!(
        browser.attribute("#timeline-date", "aria-valuetext").await,
        "1 September 2022"
    );
    browser.slider_key(Key::End).await;
    browser.wait_for_query("date=2024-11-05").await;
    browser.slider_key(Key::Left).await;
    browser.wait_for_query("date=2024-11-04").await;
    let card = browser.text_of(".event-card__title").await;
    let expected = STORY.current_events(shared::date::Date::parse("2024-11-04").unwrap());
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
    // Twelve days back in one burst, faster than frames are painted.
    browser.slider_keys(Key::Left, 12).await;
    browser.wait_for_query("date=2024-10-06").await;
    let date = shared::date::Date::parse("2024-10-06").unwrap();
    assert_eq!(
        browser.value("#timeline-date").await,
        explainer::model::timeline_scale::position_of(date).to_string()
    );
    assert_eq!(
        browser.text_of(".date-slider__words").await,
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
             requestAnimationFrame(() => done([document.querySelector('.date-slider__words').textContent, location.search.includes('date=2024-10-06')]));",
        )
        .await;
    assert_eq!(answered, serde_json::json!(["7 October 2024", true]));
    browser.wait_for_query("date=2024-10-07").await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_held_key_moves_the_slider_and_the_story_and_the_camera_follow_where_it_is_let_go() {
    use explainer::ui::map_section::camera_frame;
    use shared::date::Date;
    if support::skip() {
        return;
    }
    let day = |text: &str| Date::parse(text).unwrap();
    let frame = |date: &str| camera_frame(None, day(date), None).transform();
    // The first key's day (the sea transport) has a frame of its own: the camera would glide
    // there 250 ms after it, while the key is still held.
    assert_ne!(frame("2024-10-07"), frame("2024-10-08"));
    let (server, mut browser) = start(1280).await;
    browser
        .open_settled(&server.url("?lang=en&date=2024-10-07"))
        .await;
    assert_eq!(browser.camera_transform().await, frame("2024-10-07"));
    // An arrow key held down: a keydown, then twelve auto-repeats every 33 ms (0.4 s). Each moves
    // the slider at once (its words as the last one's frame is painted). When the story follows
    // the last day: how long after that frame (a lone key's story follows 40 ms after it), and
    // where the camera is then.
    let rest = browser.settled().await;
    let held = browser
        .eval_async(
            "const s = document.getElementById('timeline-date'); \
             const key = repeat => s.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowRight', repeat, bubbles: true, cancelable: true})); \
             let painted = null, words = null; \
             new MutationObserver((_, observer) => { \
               if (!document.querySelector('.moment__heading').textContent.includes('20 October 2024')) return; \
               observer.disconnect(); \
               done([words, painted === null ? null : performance.now() - painted, \
                 document.querySelector('.story-map__view').getAttribute('transform')]); \
             }).observe(document.querySelector('.moment'), { childList: true, characterData: true, subtree: true }); \
             key(false); \
             let n = 0; \
             const next = () => { key(true); if (++n < 12) { setTimeout(next, 33); return; } \
               requestAnimationFrame(frame => { painted = frame; words = document.querySelector('.date-slider__words').textContent; }); }; \
             setTimeout(next, 33);",
        )
        .await;
    assert_eq!(held[0], "20 October 2024");
    let quiet = f64::from(explainer::ui::date_slider::QUIET_MS);
    assert!(
        held[1].as_f64().is_some_and(|after| after >= quiet),
        "the story followed a held key before it rested: {held}"
    );
    assert_eq!(
        held[2],
        frame("2024-10-07").as_str(),
        "the camera moved while the key was held"
    );
    // Once the key rests, the story follows the last day, and the camera after it.
    browser.wait_for_query("date=2024-10-20").await;
    assert_eq!(
        browser.text_of(".event-card__title").await,
        STORY.current_events(day("2024-10-20"))[0]
            .title
            .get(Lang::En)
    );
    browser.settled_after(rest).await;
    assert_eq!(browser.camera_transform().await, frame("2024-10-20"));
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
    browser
        .click_xpath(&format!(
            "//nav[@class='event-list']//a[contains(., '{}')]",
            treaty.title.get(Lang::De)
        ))
        .await;
    browser.wait_for_query("date=2024-06-19").await;
    let position = explainer::model::timeline_scale::position_of(treaty.when.start);
    assert_eq!(browser.value("#timeline-date").await, position.to_string());
    assert_eq!(
        browser.text_of(".event-card__title").await,
        treaty.title.get(Lang::De)
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
    let card = ".event-card__title";
    browser.slider_key(Key::Right).await;
    browser.wait_for_query("date=2024-10-19").await;
    browser.slider_key(Key::PageUp).await;
    browser.wait_for_query("date=2024-10-20").await;
    assert_eq!(
        browser.text_of(card).await,
        "Zelensky: another state is joining the war"
    );
    assert_eq!(
        browser.text_of(".time-control__announcement").await,
        "20 October 2024: Zelensky: another state is joining the war"
    );
    browser.slider_key(Key::PageDown).await;
    browser.wait_for_query("date=2024-10-18").await;
    let figures = browser.text_of(".moment__figures").await;
    assert!(figures.contains("about 1,500"), "{figures}");
    assert!(!figures.contains("about 3,000"), "{figures}");
    browser
        .click_xpath("//button[contains(., 'Next event')]")
        .await;
    browser.wait_for_query("date=2024-10-20").await;
    // Arrow keys elsewhere on the page leave the timeline alone (TimelineJS3#616): a day on
    // from the slider after one, the story is a day after the 20th.
    browser
        .eval("document.activeElement.blur(); return true")
        .await;
    browser.press("body", Key::Left).await;
    browser.slider_key(Key::Right).await;
    browser.wait_for_query("date=2024-10-21").await;
    assert_eq!(browser.query().await, "?lang=en&date=2024-10-21");
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
    browser.click(".time-control__button--play").await;
    assert_eq!(
        browser
            .attribute(".time-control__button--play", "aria-pressed")
            .await,
        "true"
    );
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
    assert_eq!(browser.count(".time-control__button").await, 2);
    // Hidden from the first paint, so the button's going moves none beside it.
    let (shift, sources) = layout_shifts(&browser).await;
    assert_eq!(shift, 0.0, "{sources}");
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}
