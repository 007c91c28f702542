//! Security: hostile addresses and messages, and the strict Content Security Policy.

use crate::prelude::*;

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
        // The Ukrainian and Russian pages as the others.
        (
            "uk/?lang=uk&date=2024-02-30&place=%3Cscript%3Ealert(1)%3C/script%3E",
            "?lang=uk&date=2024-10-23",
        ),
        (
            "ru/?lang=ru&quote=%E2%82&embed=%00&date=2024-06-19",
            "?lang=ru&date=2024-06-19",
        ),
        (
            "uk/?lang=ru&lang=uk&place=kyiv&place=moscow",
            "?lang=ru&date=2024-10-23&place=kyiv",
        ),
        (
            "ru/embed.html?lang=ru&place=../../etc/passwd&theme=%00",
            "?lang=ru&date=2024-10-23&embed=1",
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
        // The page's own scripts alone: the loader, the embed mode's and its texts' data.
        let foreign = format!(
            "script:not([type=module]):not(#embed-mode):not(#{})",
            explainer::page::texts::ELEMENT_ID
        );
        assert_eq!(browser.count(&foreign).await, 0);
        assert_eq!(browser.eval("return document.cookie").await, "");
        // The slider still works from the sane view.
        browser.slider_key(Key::Home).await;
        browser.wait_for_query("date=2022-09-01").await;
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn under_the_strict_policy_the_app_works_and_nothing_is_refused() {
    if support::skip() {
        return;
    }
    let rules = support::host_headers(&dist_dir());
    let header = |path: &str, name: &str| -> Vec<String> {
        rules
            .iter()
            .filter(|rule| rule.path == path && rule.name == name)
            .map(|rule| rule.value.clone())
            .collect()
    };
    assert_eq!(
        header(support::EVERY_PATH, "X-Content-Type-Options"),
        ["nosniff"]
    );
    // A policy means something on a page only: the wasm and the data go without one.
    assert_eq!(
        header(support::EVERY_PATH, "Content-Security-Policy").len(),
        0
    );
    for page in support::every_page_file() {
        let path = format!("/{}", page.trim_end_matches("index.html"));
        let (page, path) = (page.as_str(), path.as_str());
        let html = std::fs::read_to_string(dist_dir().join(page)).unwrap();
        let meta = html
            .split(r#"<meta http-equiv="Content-Security-Policy" content=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("{page}: no policy"));
        assert!(
            meta.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
            "{meta}"
        );
        // Each page allows its own inline style only (the standalone and embed pages differ).
        let styles = meta
            .split("; ")
            .find(|d| d.starts_with("style-src"))
            .unwrap();
        assert_eq!(styles.matches("'sha256-").count(), 1, "{page}: {meta}");
        // The host adds the framing a `<meta>` cannot say, and nothing the page says already.
        assert_eq!(
            header(path, "Content-Security-Policy"),
            ["frame-ancestors *"],
            "{page}"
        );
        assert_eq!(header(path, "Referrer-Policy"), ["no-referrer"], "{page}");
    }
    let server = StaticServer::start_as_host(dist_dir());
    let mut browser = Browser::start(1280, 900).await;
    browser.open(&server.url("?lang=en")).await;
    browser.slider_key(Key::PageDown).await;
    browser
        .wait_for(
            "the previous event",
            "return !location.search.includes('date=2024-10-23')",
        )
        .await;
    browser.open(&format!("{}en/", server.url(""))).await;
    browser.click("[data-place=kyiv]").await;
    browser.wait_for_query("place=kyiv").await;
    // The embed page, with its own rendering of the same inline style and loader.
    browser.open(&server.url("en/embed.html?theme=dark")).await;
    assert_eq!(browser.count(".embedded .app").await, 1);
    // Chromium logs every refusal as an error; there must be none.
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn hostile_messages_change_nothing() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    // The camera settles on the linked moment a moment after the page is ready; wait for it,
    // so that only a message could change the page.
    browser
        .open_settled(&server.url("?lang=en&date=2024-10-18"))
        .await;
    let before = browser
        .text("return document.body.innerHTML.length + ':' + location.href")
        .await;
    // Then a message of the test's own: messages are delivered in order, so once it arrives
    // every hostile one has had its turn.
    browser
        .eval_async(
            "addEventListener('message', function last(event) { \
               if (event.data !== 'explainer-test:last') return; \
               removeEventListener('message', last); \
               done(true); \
             }); \
             for (const message of [\
                '<img src=x onerror=\"window.__pwned=1\">',\
                'pymxPYMxexplainerxPYMxnavigateToxPYMxjavascript:window.__pwned=1',\
                'pymxPYMxexplainerxPYMxwidthxPYMx<script>window.__pwned=1</script>',\
                { sentinel: 'amp', type: 'embed-size', height: 1 },\
                { type: 'set-view', view: { lang: 'de', place: 'kyiv' } },\
                { __proto__: { polluted: true } },\
                JSON.stringify({ lang: '<b>x</b>' }),\
                'explainer-test:last',\
             ]) { window.postMessage(message, '*'); }",
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
    browser.slider_key(Key::Right).await;
    browser.wait_for_query("date=2024-10-19").await;
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}
