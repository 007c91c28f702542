//! Newsroom parents on another origin: our embed.js, real pym.js and sidechain size the explainer's frame, and embed.js keeps the view in the host's address.

use std::path::{Path, PathBuf};

use fantoccini::key::Key;
use fantoccini::Locator;

use crate::support::{self, dist_dir, no_headers, Browser, StaticServer};

/// A folder with a parent page and the embed library it loads (from tools/node_modules; none
/// for embed.js, which comes from the explainer's origin), served from its own origin.
fn parent_site(name: &str, page: &str, library: Option<&str>) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("explainer-parent-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    if let Some(library) = library {
        let node_modules = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/node_modules");
        let source = node_modules.join(library);
        let file_name = source.file_name().unwrap().to_owned();
        std::fs::copy(&source, dir.join(file_name))
            .expect("the embed library from tools/node_modules (tools/setup)");
    }
    std::fs::write(dir.join("index.html"), page).unwrap();
    dir
}

/// Which embed script the parent page runs, and so where its frame is.
#[derive(Clone, Copy)]
enum ParentKind {
    /// pym.js: an iframe in the page.
    Pym,
    /// sidechain: an iframe in the shadow root of `<side-chain>`.
    Sidechain,
    /// Our embed.js: an iframe in each `[data-explainer]` placeholder.
    EmbedJs,
}

impl ParentKind {
    /// A script expression for the frame element.
    fn frame(self) -> &'static str {
        match self {
            ParentKind::Pym => "document.querySelector('#explainer iframe')",
            ParentKind::EmbedJs => "document.querySelector('[data-explainer] iframe')",
            ParentKind::Sidechain => {
                "document.querySelector('side-chain').shadowRoot.querySelector('iframe')"
            }
        }
    }

    /// Switches WebDriver into the frame.
    async fn enter(self, browser: &Browser) {
        match self {
            ParentKind::Pym | ParentKind::EmbedJs => browser.client.enter_frame(0).await.unwrap(),
            ParentKind::Sidechain => {
                let host = browser
                    .client
                    .find(Locator::Css("side-chain"))
                    .await
                    .unwrap();
                let frame = host
                    .shadow_root()
                    .await
                    .unwrap()
                    .find(Locator::Css("iframe"))
                    .await
                    .unwrap();
                frame.enter_frame().await.unwrap();
            }
        }
    }
}

/// The frame's height on the parent page and the explainer's own height inside it.
async fn heights(browser: &Browser, kind: ParentKind) -> (f64, f64) {
    let outer = browser
        .eval(&format!(
            "return {}.getBoundingClientRect().height",
            kind.frame()
        ))
        .await;
    kind.enter(browser).await;
    let inner = browser
        .eval("return document.documentElement.getBoundingClientRect().height")
        .await;
    browser.client.enter_parent_frame().await.unwrap();
    (outer.as_f64().unwrap(), inner.as_f64().unwrap())
}

async fn frame_fits(browser: &Browser, kind: ParentKind) {
    let start = std::time::Instant::now();
    loop {
        let (outer, inner) = heights(browser, kind).await;
        if inner > 300.0 && (outer - inner).abs() <= 3.0 {
            return;
        }
        assert!(
            start.elapsed() < support::PATIENCE,
            "the frame stays {outer} px for {inner} px of content"
        );
    }
}

/// The frame at the parent page's current width fits its content, with no inner scrollbar,
/// and is no taller than `limit`: the embed is the stage, compact enough for an article.
async fn fits_within(browser: &Browser, kind: ParentKind, limit: f64) {
    frame_fits(browser, kind).await;
    kind.enter(browser).await;
    browser.wait_ready().await;
    let scrolls = browser
        .eval("return document.documentElement.scrollHeight - innerHeight")
        .await;
    assert!(
        scrolls.as_f64().unwrap() <= 1.0,
        "the frame scrolls by {scrolls} px"
    );
    let width = browser.eval("return innerWidth").await;
    browser.client.enter_parent_frame().await.unwrap();
    let (outer, _) = heights(browser, kind).await;
    assert!(
        outer <= limit,
        "at {width} px wide the frame is {outer} px tall, more than {limit}"
    );
}

/// At 700 px the frame stays within 900 px; narrowed to a phone's 375 px, the explainer
/// reports its new height and the frame follows, within 1,350 px.
async fn fits_an_article_column_and_a_phone(browser: &mut Browser, kind: ParentKind) {
    fits_within(browser, kind, 900.0).await;
    let (before, _) = heights(browser, kind).await;
    browser.client.set_window_size(375, 800).await.unwrap();
    let start = std::time::Instant::now();
    loop {
        let (outer, inner) = heights(browser, kind).await;
        if (outer - before).abs() > 1.0 && (outer - inner).abs() <= 3.0 {
            break;
        }
        assert!(
            start.elapsed() < support::PATIENCE,
            "narrowed, the frame is {outer} px for {inner} px"
        );
    }
    fits_within(browser, kind, 1350.0).await;
    browser.assert_console_clean().await;
}

#[tokio::test]
async fn a_pym_parent_on_another_origin_sizes_the_stage_at_700_and_375_px() {
    if support::skip() {
        return;
    }
    let explainer = StaticServer::start(dist_dir(), no_headers());
    let child = explainer.url("embed.html?embed=1&lang=en");
    let page = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head>
        <body style="margin: 0"><h1>Host article</h1><div id="explainer"></div>
        <script src="pym.v1.min.js"></script>
        <script>new pym.Parent("explainer", "{child}", {{ title: "Explainer" }});</script></body></html>"#
    );
    let parent = StaticServer::start(
        parent_site("pym", &page, Some("pym.js/dist/pym.v1.min.js")),
        no_headers(),
    );
    assert_ne!(parent.origin, explainer.origin);
    let mut browser = Browser::start(700, 800).await;
    browser.client.goto(&parent.url("")).await.unwrap();
    browser
        .wait_for(
            "pym's frame",
            "return !!document.querySelector('#explainer iframe')",
        )
        .await;
    let src = browser
        .text("return document.querySelector('#explainer iframe').src")
        .await;
    assert!(src.contains("childId=explainer"), "{src}");
    fits_an_article_column_and_a_phone(&mut browser, ParentKind::Pym).await;
    browser.finish().await;
}

#[tokio::test]
async fn a_sidechain_parent_on_another_origin_sizes_the_stage_at_700_and_375_px() {
    if support::skip() {
        return;
    }
    let explainer = StaticServer::start(dist_dir(), no_headers());
    // The address an older embed code has: the standalone page in its embed mode.
    let child = explainer.url("?embed=1&lang=de");
    let page = format!(
        r#"<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Artikel</title></head>
        <body style="margin: 0"><h1>Artikel</h1><script src="sidechain.js"></script>
        <side-chain src="{child}"></side-chain></body></html>"#
    );
    let parent = StaticServer::start(
        parent_site(
            "sidechain",
            &page,
            Some("@nprapps/sidechain/dist/sidechain.js"),
        ),
        no_headers(),
    );
    let mut browser = Browser::start(700, 800).await;
    browser.client.goto(&parent.url("")).await.unwrap();
    let frame = ParentKind::Sidechain.frame();
    browser
        .wait_for(
            "sidechain's frame",
            &format!("return !!({frame} && {frame}.src)"),
        )
        .await;
    fits_an_article_column_and_a_phone(&mut browser, ParentKind::Sidechain).await;
    browser.finish().await;
}

/// A host article on its own origin with one explainer placed by embed.js, under a strict
/// Content Security Policy that allows the explainer's origin and nothing else.
fn embed_js_host(name: &str, explainer: &StaticServer, view: &str) -> StaticServer {
    let placeholder = explainer.url(&format!("en/?{view}"));
    let script = explainer.url("embed.js");
    let page = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head>
        <body><h1>Host article</h1>
        <div data-explainer="{placeholder}" data-title="North Korea's soldiers in Russia"></div>
        <script src="{script}" async></script></body></html>"#
    );
    let origin = &explainer.origin;
    let policy = format!(
        "default-src 'none'; script-src {origin}; frame-src {origin}; img-src data:; style-src 'self'"
    );
    let headers = vec![("Content-Security-Policy".to_owned(), policy)];
    let host = StaticServer::start(parent_site(name, &page, None), headers);
    assert_ne!(host.origin, explainer.origin);
    host
}

#[tokio::test]
async fn embed_js_on_another_origin_sizes_the_stage_at_700_and_375_px() {
    if support::skip() {
        return;
    }
    let explainer = StaticServer::start(dist_dir(), no_headers());
    let host = embed_js_host("embed-js-size", &explainer, "lang=en&date=2024-10-23");
    let mut browser = Browser::start(700, 800).await;
    browser.goto(&host.url("")).await;
    let frame = ParentKind::EmbedJs.frame();
    browser
        .wait_for("embed.js's frame", &format!("return !!{frame}"))
        .await;
    let attributes = browser
        .text(&format!(
            "return [{frame}.title, {frame}.loading, {frame}.src].join(' | ')"
        ))
        .await;
    assert_eq!(
        attributes,
        format!(
            "North Korea's soldiers in Russia | lazy | {}",
            explainer.url("en/embed.html?lang=en&date=2024-10-23&embed=1")
        )
    );
    fits_an_article_column_and_a_phone(&mut browser, ParentKind::EmbedJs).await;
    browser.finish().await;
}

#[tokio::test]
async fn embed_js_keeps_the_view_in_the_host_address_and_restores_it() {
    if support::skip() {
        return;
    }
    let explainer = StaticServer::start(dist_dir(), no_headers());
    let host = embed_js_host("embed-js-view", &explainer, "lang=en&date=2024-10-23");
    let page = format!("{}#comments", host.url(""));
    let browser = Browser::start(1024, 900).await;
    browser.goto(&page).await;
    let frame = ParentKind::EmbedJs.frame();
    browser
        .wait_for("embed.js's frame", &format!("return !!{frame}"))
        .await;
    let entries = browser.eval("return history.length").await;
    // The reader picks a place and moves the date, inside the frame.
    ParentKind::EmbedJs.enter(&browser).await;
    browser.wait_ready().await;
    browser.click("[data-place=seoul]").await;
    browser.wait_for_query("place=seoul").await;
    browser.slider_key(Key::End).await;
    browser.wait_for_query("date=2024-11-05").await;
    browser.client.enter_parent_frame().await.unwrap();
    let view = "lang%3Den%26date%3D2024-11-05%26place%3Dseoul";
    browser
        .wait_for(
            "the host's address to hold the view",
            &format!("return location.hash === '#comments&explainer={view}'"),
        )
        .await;
    let address = browser.text("return location.href").await;
    assert_eq!(
        address,
        format!("{page}&explainer={view}"),
        "the host's own fragment stays"
    );
    assert_eq!(
        browser.eval("return history.length").await,
        entries,
        "no history entries"
    );
    browser.finish().await;

    // The copied address opens the same view inside the frame.
    let browser = Browser::start(1024, 900).await;
    browser.goto(&address).await;
    browser
        .wait_for("embed.js's frame", &format!("return !!{frame}"))
        .await;
    let src = browser.text(&format!("return {frame}.src")).await;
    assert_eq!(
        src,
        explainer.url("en/embed.html?lang=en&date=2024-11-05&place=seoul&embed=1")
    );
    ParentKind::EmbedJs.enter(&browser).await;
    browser.wait_ready().await;
    assert_eq!(browser.text_of(".place-panel__name").await, "Seoul");
    assert!(browser
        .text_of(".date-slider__words")
        .await
        .contains("5 November 2024"));
    browser.finish().await;
}

/// In frame `index` of two placed by embed.js: checks its colours (dark where `forced_dark`,
/// else as the system's), and in the second one picks a place, as a reader does there alone.
async fn check_theme_and_pick(browser: &Browser, index: u16, forced_dark: bool) {
    if index == 1 {
        // The reader scrolls to the second explainer: a frame out of view is not drawn, and
        // its stage would not come to rest.
        browser
            .eval("document.querySelectorAll('[data-explainer] iframe')[1].scrollIntoView(); return true")
            .await;
    }
    browser.client.enter_frame(index).await.unwrap();
    browser.wait_ready().await;
    let background = "return [getComputedStyle(document.body).backgroundColor, matchMedia('(prefers-color-scheme: dark)').matches]";
    let seen = browser.eval(background).await;
    let dark = forced_dark || seen[1] == true;
    let expected = if dark {
        "rgb(18, 20, 23)"
    } else {
        "rgb(255, 255, 255)"
    };
    assert_eq!(seen[0], expected, "frame {index}");
    if index == 1 {
        // The reader picks a place in the second explainer only, with the keyboard, once the
        // camera is on the linked moment (the first move after hydration redraws the markers).
        browser.settled_after(0).await;
        browser.press("[data-place=pyongyang]", Key::Enter).await;
        browser.wait_for_query("place=pyongyang").await;
    }
    browser.client.enter_parent_frame().await.unwrap();
}

#[tokio::test]
async fn two_explainers_on_one_page_keep_their_own_theme_and_view() {
    if support::skip() {
        return;
    }
    let explainer = StaticServer::start(dist_dir(), no_headers());
    let (first, second) = (
        explainer.url("en/?lang=en&date=2024-10-23"),
        explainer.url("?lang=de&date=2024-06-19"),
    );
    let script = explainer.url("embed.js");
    let page = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head>
        <body><h1>Host article</h1>
        <div data-explainer="{first}" data-theme="dark"></div>
        <p>Between the two.</p>
        <div data-explainer="{second}"></div>
        <script src="{script}" async></script></body></html>"#
    );
    let host = StaticServer::start(parent_site("embed-js-two", &page, None), no_headers());
    let browser = Browser::start(700, 800).await;
    browser.goto(&host.url("")).await;
    let frames = "document.querySelectorAll('[data-explainer] iframe')";
    browser
        .wait_for("two frames", &format!("return {frames}.length === 2"))
        .await;
    let sources = browser
        .text(&format!("return [...{frames}].map(f => f.src).join(' ')"))
        .await;
    assert_eq!(
        sources,
        format!(
            "{} {}",
            explainer.url("en/embed.html?lang=en&date=2024-10-23&theme=dark&embed=1"),
            explainer.url("embed.html?lang=de&date=2024-06-19&embed=1")
        )
    );
    for (index, forced_dark) in [(0, true), (1, false)] {
        check_theme_and_pick(&browser, index, forced_dark).await;
    }
    browser
        .wait_for(
            "the second frame's key",
            "return location.hash === '#explainer-2=lang%3Dde%26date%3D2024-06-19%26place%3Dpyongyang'",
        )
        .await;
    // Each frame sized to its own content.
    let heights = browser
        .eval(&format!(
            "return [...{frames}].map(f => f.getBoundingClientRect().height)"
        ))
        .await;
    for height in heights.as_array().unwrap() {
        assert!(height.as_f64().unwrap() > 300.0, "{heights}");
    }
    browser.finish().await;
}

#[tokio::test]
async fn a_standalone_page_framed_by_another_site_keeps_no_offline_copy() {
    if support::skip() {
        return;
    }
    // A newsroom that frames the standalone page itself (not its embed page): the page works,
    // and registers no worker and keeps nothing, as an embed page.
    let explainer = StaticServer::start(dist_dir(), no_headers());
    let page = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head>
        <body><h1>Host article</h1><iframe title="Explainer" src="{}" width="1000" height="900"></iframe></body></html>"#,
        explainer.url("en/")
    );
    let parent = StaticServer::start(parent_site("framed", &page, None), no_headers());
    let mut browser = Browser::start(1100, 1000).await;
    browser.client.goto(&parent.url("")).await.unwrap();
    browser.client.enter_frame(0).await.unwrap();
    browser.wait_ready().await;
    browser.settled_after(0).await;
    browser
        .eval_async("requestIdleCallback(() => setTimeout(() => done(true)))")
        .await;
    let kept = browser
        .eval_async("navigator.serviceWorker.getRegistrations().then(rs => caches.keys().then(ks => done([rs.length, ks.length])))")
        .await;
    assert_eq!(kept, serde_json::json!([0, 0]));
    browser.assert_console_clean().await;
    browser.finish().await;
}
