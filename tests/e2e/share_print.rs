//! Sharing a view and printing the handout.

use crate::prelude::*;

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
    browser.grant_clipboard(&server.origin).await;
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
async fn the_handout_prints_without_controls_and_with_its_link_in_every_language() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    for lang in Lang::ALL {
        let view = format!(
            "{}?lang={}&date=2024-10-20&quote=zelensky-evil",
            support::folder_of(lang),
            lang.code()
        );
        browser
            .cdp(
                "Emulation.setEmulatedMedia",
                serde_json::json!({ "media": "" }),
            )
            .await;
        browser.open(&server.url(&view)).await;
        browser
            .cdp(
                "Emulation.setEmulatedMedia",
                serde_json::json!({ "media": "print" }),
            )
            .await;
        let visible_controls = browser
            .eval("return [...document.querySelectorAll('button, input, .language-switch, .quote-card__links')].filter(e => e.offsetParent !== null).length")
            .await;
        assert_eq!(visible_controls.as_u64(), Some(0), "controls on /{view}");
        // Paper has nothing to click.
        let legend = browser
            .text("return document.querySelector('.map-legend').innerText")
            .await;
        let hint = explainer::i18n::Text::LegendPlaceHint
            .get(lang)
            .trim_start_matches(" – ");
        assert!(
            legend.contains(explainer::i18n::Text::LegendPlace.get(lang)),
            "{legend}"
        );
        assert!(!legend.contains(hint), "{legend}");
        assert_eq!(
            browser.text_of(".story-header__print-link").await,
            explainer::i18n::template(
                explainer::i18n::Text::HandoutLink,
                lang,
                &[("url", &server.url(&view))]
            )
        );
        let background = browser
            .text("return getComputedStyle(document.body).backgroundColor")
            .await;
        assert_eq!(background, "rgb(255, 255, 255)");
        // The whole story: Ukrainian and Russian words run about a tenth longer than German and
        // English ones, up to two pages more.
        let most = if Lang::ORIGINALS.contains(&lang) {
            14
        } else {
            16
        };
        let pages = handout_pages(&browser).await;
        assert!(
            (2..=most).contains(&pages),
            "/{view} prints on {pages} A4 pages"
        );
    }
    browser.finish().await;
}

/// How many A4 pages the page in `browser` prints on.
async fn handout_pages(browser: &Browser) -> usize {
    let pdf = browser
        .cdp(
            "Page.printToPDF",
            serde_json::json!({ "paperWidth": 8.27, "paperHeight": 11.69 }),
        )
        .await;
    let data = pdf["data"].as_str().expect("a PDF");
    let bytes = decode_base64(data);
    let text = String::from_utf8_lossy(&bytes);
    text.matches("/Type /Page\n").count()
        + text.matches("/Type /Page/").count()
        + text.matches("/Type /Page ").count()
}

#[tokio::test]
async fn the_handout_holds_the_stage_on_page_one_and_a_long_moment_in_two_columns() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    // The long form begins on a page of its own, so each page more than the story's first day
    // needs is a page more of the stage.
    browser.open(&server.url("?date=2022-09-01")).await;
    let least = handout_pages(&browser).await;
    let mut days: Vec<_> = STORY.events.iter().map(|event| event.when.start).collect();
    days.sort();
    days.dedup();
    for day in days
        .into_iter()
        .filter(|day| (STORY.start..=STORY.end).contains(day))
    {
        browser.open(&server.url(&format!("?date={day}"))).await;
        let more = handout_pages(&browser).await - least;
        // The present's five events, four figures and voice fill both columns of three pages;
        // every other day's moment fits beside the map on page one.
        let most = if day == STORY.present { 2 } else { 0 };
        assert!(
            more <= most,
            "{day}: {more} pages more than the first day's"
        );
    }
    // A place's panel comes first in the columns: its day's moment follows on one more page.
    browser
        .open(&server.url("?date=2024-10-18&place=vladivostok"))
        .await;
    let more = handout_pages(&browser).await - least;
    assert!(more <= 1, "with Vladivostok: {more} pages more");
    browser.finish().await;
}

/// Chooses "This moment (1 page)" in the print dialog, as a reader does, and waits for the
/// print. Headless Chromium's print dialog would hold the page: the test counts the call instead,
/// and prints the PDF itself.
async fn print_one_page(browser: &Browser, print: &str, moment: &str) {
    browser
        .eval("window.print = () => { document.documentElement.dataset.printed = 'yes'; }; return true")
        .await;
    browser.open_dialog(print, ".print-dialog").await;
    browser
        .click_xpath(&format!("//button[normalize-space(.)='{moment}']"))
        .await;
    browser
        .wait_for(
            "the print",
            "return document.documentElement.dataset.printed === 'yes'",
        )
        .await;
    assert_eq!(browser.attribute("html", "data-handout").await, "moment");
    assert!(!browser
        .property(".print-dialog", "open")
        .await
        .as_bool()
        .unwrap());
}

#[tokio::test]
async fn the_one_page_handout_fits_one_page_at_every_event_with_the_views_qr_code() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    let first = STORY
        .events
        .iter()
        .map(|e| e.when.start)
        .filter(|day| (STORY.start..=STORY.end).contains(day))
        .min()
        .unwrap();
    for lang in Lang::ALL {
        let print = explainer::i18n::Text::PrintHandout.get(lang);
        let moment = explainer::i18n::Text::PrintMoment.get(lang);
        let query = format!("?lang={}&date={first}", lang.code());
        browser.open_settled(&server.url(&query)).await;
        print_one_page(&browser, print, moment).await;
        // The QR code holds the view's link, the one printed beside it as text.
        let link = server.url(&format!("{}{query}", support::folder_of(lang)));
        let drawn = browser
            .attribute(".story-header__qr", "data-qr-drawn")
            .await;
        assert_eq!(drawn, link);
        let modules = browser
            .eval("return document.querySelector('.story-header__qr path').getAttribute('d').split('M').length - 1")
            .await;
        assert!(modules.as_u64().unwrap() > 200, "{modules}");
        // Each event's day, stepping as a reader does, prints on one page.
        let mut day = first;
        loop {
            // Printing ends the handout's mark (afterprint): each day's print asks for it again.
            browser
                .eval("document.documentElement.dataset.handout = 'moment'; return true")
                .await;
            let pages = handout_pages(&browser).await;
            assert_eq!(
                pages, 1,
                "{lang:?} {day}: the one-page handout has {pages} pages"
            );
            let Some(next) = STORY.event_from(day, shared::date::Direction::Forward) else {
                break;
            };
            let since = browser.settled().await;
            browser.click(".time-control__button:last-child").await;
            browser.settled_after(since).await;
            day = next;
        }
        browser.assert_clean(&server.origin).await;
    }
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
