//! What a test does with the page in a session: opening it, waiting for the stage's rest or any condition, reading it, clicking and typing.

use std::time::Instant;

use fantoccini::key::Key;
use serde_json::{json, Value};

use super::{Browser, PATIENCE};

/// A script expression for how often the stage has come to rest ([`Browser::settled`]).
const SETTLED: &str = "+(document.getElementById('stage')?.dataset.settled ?? 0)";

impl Browser {
    /// How often the stage has come to rest since the page loaded (`data-settled` on `#stage`,
    /// docs/architecture.md, The stage's rest): 0 until the first time. Read it before acting,
    /// then wait with [`Browser::settled_after`].
    pub async fn settled(&self) -> u64 {
        let count = self.eval(&format!("return {SETTLED}")).await;
        count.as_u64().expect("a count")
    }

    /// Waits until the stage has come to rest more often than `since`, a count
    /// [`Browser::settled`] read before the test acted: what the action set off has ended
    /// (the story has followed the slider, the camera has waited for the date and glided) and
    /// is painted.
    pub async fn settled_after(&self, since: u64) {
        let script = format!("return {SETTLED} > {since}");
        self.wait_for("the stage to come to rest", &script).await;
    }

    /// Opens a URL and waits until the stage has first come to rest: every root hydrated, the
    /// linked view shown, the camera on it and the map drawn for its width.
    pub async fn open_settled(&mut self, url: &str) {
        self.open(url).await;
        self.settled_after(0).await;
    }

    /// Opens a URL without waiting for the explainer (a page without script or WebAssembly).
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigation");
    }

    /// Opens a URL and waits for `performance.mark("explainer:ready")`.
    pub async fn open(&mut self, url: &str) {
        self.client.goto(url).await.expect("navigation");
        self.wait_ready().await;
    }

    /// Waits for `performance.mark("explainer:ready")` in the current page or frame.
    pub async fn wait_ready(&self) {
        self.wait_for(
            "the explainer:ready mark",
            "return performance.getEntriesByName('explainer:ready').length > 0",
        )
        .await;
    }

    /// Waits until the offline copy's service worker controls the page: a standalone page
    /// registers it once hydrated and idle, and it takes the page over once it has kept what it
    /// keeps (docs/release.md, The offline copy).
    pub async fn wait_offline_copy(&self) {
        self.wait_for(
            "the offline copy's worker to control the page",
            "return !!navigator.serviceWorker.controller",
        )
        .await;
    }

    /// Clicks the element a CSS selector finds, as a pointer user does.
    pub async fn click(&self, css: &str) {
        self.click_found(fantoccini::Locator::Css(css), css).await;
    }

    /// Clicks the element an XPath finds.
    pub async fn click_xpath(&self, xpath: &str) {
        self.click_found(fantoccini::Locator::XPath(xpath), xpath)
            .await;
    }

    async fn click_found(&self, locator: fantoccini::Locator<'_>, what: &str) {
        let element = self
            .client
            .find(locator)
            .await
            .unwrap_or_else(|e| panic!("no {what}: {e}"));
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("{what}: {e}"));
    }

    /// Fails on any console warning or error.
    pub async fn assert_console_clean(&mut self) {
        self.read_console().await;
        let problems: Vec<_> = self
            .console
            .iter()
            .filter(|line| line.starts_with("SEVERE") || line.starts_with("WARNING"))
            .collect();
        assert!(
            problems.is_empty(),
            "console warnings or errors: {problems:#?}"
        );
    }

    /// Runs a script and returns its value.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
    }

    /// Runs an asynchronous script; it calls `done(value)` with its result.
    pub async fn eval_async(&self, script: &str) -> Value {
        let wrapped = format!("const done = arguments[arguments.length - 1]; {script}");
        self.client
            .execute_async(&wrapped, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
    }

    /// Runs a script returning a string.
    pub async fn text(&self, script: &str) -> String {
        match self.eval(script).await {
            Value::String(s) => s,
            other => panic!("{script} gave {other}, not a string"),
        }
    }

    /// Lets the page at `origin` write to and read the clipboard, as a reader's click would.
    pub async fn grant_clipboard(&self, origin: &str) {
        self.cdp(
            "Browser.grantPermissions",
            serde_json::json!({
                "origin": origin,
                "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"],
            }),
        )
        .await;
    }

    /// Clicks the button labelled `label` and waits until the dialog `css` finds is open.
    pub async fn open_dialog(&self, label: &str, css: &str) {
        self.click_xpath(&format!("//button[normalize-space(.)='{label}']"))
            .await;
        self.wait_for(
            &format!("{css} to open"),
            &format!("return document.querySelector('{css}').open"),
        )
        .await;
    }

    /// Waits until a script returns true.
    pub async fn wait_for(&self, what: &str, script: &str) {
        let start = Instant::now();
        loop {
            if self.eval(script).await == Value::Bool(true) {
                return;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "gave up waiting for {what} ({script})"
            );
        }
    }

    /// The text of the first element a CSS selector finds.
    pub async fn text_of(&self, css: &str) -> String {
        self.text(&format!(
            "return document.querySelector({}).textContent",
            json!(css)
        ))
        .await
    }

    /// An attribute of the first element a CSS selector finds; empty where it is not set.
    pub async fn attribute(&self, css: &str, name: &str) -> String {
        self.text(&format!(
            "return document.querySelector({}).getAttribute({}) || ''",
            json!(css),
            json!(name)
        ))
        .await
    }

    /// A property of the first element a CSS selector finds (`value`, `open`, `lang`).
    pub async fn property(&self, css: &str, name: &str) -> Value {
        self.eval(&format!(
            "return document.querySelector({})[{}]",
            json!(css),
            json!(name)
        ))
        .await
    }

    /// The `value` of the form field a CSS selector finds.
    pub async fn value(&self, css: &str) -> String {
        match self.property(css, "value").await {
            Value::String(s) => s,
            other => panic!("{css} has the value {other}, not a string"),
        }
    }

    /// How many elements a CSS selector finds.
    pub async fn count(&self, css: &str) -> u64 {
        let script = format!("return document.querySelectorAll({}).length", json!(css));
        self.eval(&script).await.as_u64().expect("a count")
    }

    /// Whether the first element a CSS selector finds has a class.
    pub async fn has_class(&self, css: &str, class: &str) -> bool {
        self.eval(&format!(
            "return document.querySelector({}).classList.contains({})",
            json!(css),
            json!(class)
        ))
        .await
            == Value::Bool(true)
    }

    /// A property of the focused element (`id`, `className`).
    pub async fn focused(&self, name: &str) -> Value {
        let script = format!("return document.activeElement[{}]", json!(name));
        self.eval(&script).await
    }

    /// The page's `lang` attribute.
    pub async fn page_lang(&self) -> String {
        self.text("return document.documentElement.lang").await
    }

    /// The page's title.
    pub async fn title(&self) -> String {
        self.text("return document.title").await
    }

    /// Presses a key on the timeline's slider `times` times in one burst, as a keyboard user does.
    pub async fn slider_keys(&self, key: Key, times: usize) {
        let slider = self
            .client
            .find(fantoccini::Locator::Id("timeline-date"))
            .await
            .expect("the slider");
        slider
            .send_keys(&key.to_string().repeat(times))
            .await
            .expect("a key on the slider");
    }

    /// Types a key into the element a CSS selector finds, as a keyboard user does.
    pub async fn press(&self, css: &str, key: Key) {
        let element = self
            .client
            .find(fantoccini::Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css}: {e}"));
        element
            .send_keys(&key.to_string())
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
    }

    /// Presses a key on the timeline's slider.
    pub async fn slider_key(&self, key: Key) {
        self.slider_keys(key, 1).await;
    }

    /// The map camera's transform as the page has it now.
    pub async fn camera_transform(&self) -> String {
        self.attribute(".story-map__view", "transform").await
    }

    /// Waits until the page's query string contains `part`.
    pub async fn wait_for_query(&self, part: &str) {
        self.wait_for(
            &format!("the address to hold {part}"),
            &format!("return location.search.includes({})", json!(part)),
        )
        .await;
    }

    /// The page's query string.
    pub async fn query(&self) -> String {
        self.text("return location.search").await
    }

    /// Fails on any console warning or error, and on any request that left `origin`.
    pub async fn assert_clean(&mut self, origin: &str) {
        self.assert_console_clean().await;
        let urls = self.eval("return performance.getEntriesByType('resource').map(e => e.name).concat([location.href])").await;
        let foreign: Vec<_> = urls
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|u| !u.starts_with(&format!("{origin}/")))
            .collect();
        assert!(foreign.is_empty(), "requests to other hosts: {foreign:?}");
        let kept = self
            .eval("return document.cookie + localStorage.length + sessionStorage.length")
            .await;
        assert_eq!(kept, "00", "the explainer keeps no cookies and no storage");
    }
}
