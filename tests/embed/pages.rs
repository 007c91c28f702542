//! The embed pages and the codes that lead to them: the embed dialog's code, oEmbed discovery, and each language's embed page.

use crate::prelude::*;

#[tokio::test]
async fn the_embed_dialog_gives_titled_code_for_the_current_view() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(1280).await;
    browser
        .open(&server.url("?lang=en&date=2024-10-18&place=seoul"))
        .await;
    browser.open_dialog("Embed", ".embed-dialog").await;
    let code = browser.value("#embed-dialog-iframe").await;
    let url = server.url("en/embed.html?lang=en&date=2024-10-18&place=seoul&embed=1");
    assert_eq!(
        code,
        explainer::model::embed_codes::iframe_code(&url, STORY.title.get(Lang::En))
    );
    assert!(
        code.contains(&format!(r#"title="{}""#, STORY.title.get(Lang::En))),
        "TimelineJS's iframe has no title; ours has"
    );
    let script = browser.value("#embed-dialog-script").await;
    assert_eq!(
        script,
        explainer::model::embed_codes::embed_js_code(
            &server.url(""),
            &explainer::model::view::View::from_query(
                "lang=en&date=2024-10-18&place=seoul&embed=1"
            ),
            STORY.title.get(Lang::En)
        )
    );
    assert!(
        script.ends_with(&format!(
            "<script src=\"{}\" async></script>",
            server.url("embed.js")
        )),
        "{script}"
    );
    // A newsroom that wants dark colours whatever its readers' systems.
    browser
        .click("#embed-dialog-theme option[value=dark]")
        .await;
    browser
        .wait_for(
            "the codes to take the theme",
            "return document.getElementById('embed-dialog-iframe').value.includes('theme=dark&amp;embed=1')",
        )
        .await;
    assert!(browser
        .value("#embed-dialog-script")
        .await
        .contains(" data-theme=\"dark\""));
    let pym = browser.value("#embed-dialog-pym").await;
    assert!(pym.contains("new pym.Parent("), "{pym}");
    browser.press("body", Key::Escape).await;
    browser
        .wait_for(
            "the dialog to close",
            "return !document.querySelector('.embed-dialog').open",
        )
        .await;
    assert_eq!(
        browser.focused("textContent").await.as_str().map(str::trim),
        Some("Embed"),
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
    use explainer::model::view::page_path;
    use explainer_site::address::PREVIEW_URL;
    let (server, mut browser) = start(1280).await;
    // The build's public address is trunk serve's (EXPLAINER_URL unset); this server stands in.
    let here = |url: &str| {
        format!(
            "{}{}",
            server.url(""),
            url.strip_prefix(PREVIEW_URL).unwrap()
        )
    };
    for lang in Lang::ALL {
        let page = page_path(PREVIEW_URL, lang);
        browser.open(&here(&page)).await;
        let discovery = browser
            .property(
                "link[rel=alternate][type='application/json+oembed']",
                "href",
            )
            .await;
        assert_eq!(discovery, format!("{page}oembed.json").as_str());
        let discovery = discovery.as_str().unwrap_or_default();
        assert_eq!(
            browser.property("link[rel=canonical]", "href").await,
            page.as_str()
        );
        let body = browser
            .eval_async(&format!(
                "fetch('{}').then(r => r.text()).then(done)",
                here(discovery)
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
            html.starts_with(&format!(
                "<iframe src=\"{page}embed.html?embed=1\" title=\""
            )),
            "{html}"
        );
        assert!(html.contains(&format!("title=\"{}\"", STORY.title.get(lang))));
        // The frame opens the page's embed mode in its language.
        browser
            .open(&here(&format!("{page}embed.html?embed=1")))
            .await;
        assert_eq!(browser.count(".embedded .app").await, 1);
        assert_eq!(browser.page_lang().await, lang.code());
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_standalone_page_asked_for_an_embed_opens_its_languages_embed_page() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(700).await;
    // As older embed codes ask for it.
    browser
        .open(&server.url("en/?lang=en&date=2024-10-18&embed=1"))
        .await;
    assert_eq!(
        browser.text("return location.href").await,
        server.url("en/embed.html?lang=en&date=2024-10-18&embed=1")
    );
    assert_eq!(browser.count(".embedded .app .stage").await, 1);
    assert_eq!(browser.count(".long-form, .story-header").await, 0);
    // The stage's parts show the linked view and follow the reader.
    assert!(browser
        .text_of(".moment__heading")
        .await
        .contains("18 October 2024"));
    browser.click("[data-place=seoul]").await;
    browser.wait_for_query("place=seoul").await;
    assert_eq!(
        browser.query().await,
        "?lang=en&date=2024-10-18&place=seoul&embed=1"
    );
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn an_embed_page_asked_for_the_other_language_opens_that_languages_embed_page() {
    if support::skip() {
        return;
    }
    // Each embed page's build carries its own language's texts alone.
    let (server, mut browser) = start(700).await;
    for (asked, opened, heading) in [
        (
            "embed.html?lang=en&date=2024-10-18",
            "en/embed.html?",
            "18 October 2024",
        ),
        (
            "en/embed.html?date=2024-10-18&lang=de",
            "embed.html?",
            "18. Oktober 2024",
        ),
    ] {
        browser.open(&server.url(asked)).await;
        // The page, with the query as the explainer writes it.
        let href = browser.text("return location.href").await;
        assert!(href.starts_with(&server.url(opened)), "{asked}: {href}");
        assert!(browser.has_class("html", "embedded").await);
        assert!(
            browser.text_of(".moment__heading").await.contains(heading),
            "{asked}"
        );
    }
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}

#[tokio::test]
async fn each_language_has_an_embed_page_with_the_stage_alone_that_stays_embedded() {
    if support::skip() {
        return;
    }
    let (server, mut browser) = start(700).await;
    // Every language's, the English last: the view below is chosen on it.
    let langs = Lang::ALL
        .into_iter()
        .filter(|&l| l != Lang::En)
        .chain([Lang::En]);
    for lang in langs {
        // Without the flag too: the page itself is the embedding.
        let page = format!("{}embed.html", support::folder_of(lang));
        browser.open(&server.url(&page)).await;
        assert_eq!(browser.page_lang().await, lang.code());
        assert!(browser.has_class("html", "embedded").await);
        assert_eq!(browser.count(".embedded .app .stage").await, 1);
        assert_eq!(
            browser
                .count(".long-form, .story-header, .embed-dialog")
                .await,
            0
        );
    }
    browser.click("[data-place=seoul]").await;
    browser.wait_for_query("place=seoul").await;
    assert_eq!(
        browser.text("return location.href").await,
        server.url("en/embed.html?lang=en&date=2024-10-23&place=seoul&embed=1")
    );
    assert_eq!(
        browser.property(".app__whole-story", "href").await,
        server
            .url("en/?lang=en&date=2024-10-23&place=seoul")
            .as_str()
    );
    // Hydrated as it was rendered: no mismatch, nothing logged.
    browser.assert_clean(&server.origin).await;
    browser.finish().await;
}
