//! End-to-end test support: the release `dist/` on a local server, and headless Chromium driven through chromedriver.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

/// The sub-path the app is served under, to prove that relative asset URLs work.
pub const BASE_PATH: &str = "/news/explainer/";

/// How long any condition may take before a test fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A script expression for how often the stage has come to rest ([`Browser::settled`]).
const SETTLED: &str = "+(document.getElementById('stage')?.dataset.settled ?? 0)";

/// The release build, which the README's test command makes before running the tests.
pub fn dist_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dist")
}

/// A path from the environment variable `var`, else today's default.
fn tool_path(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .filter(|p| !p.is_empty())
        .map_or_else(|| PathBuf::from(default), PathBuf::from)
}

/// Chromium: `EXPLAINER_CHROMIUM`, else `/usr/bin/chromium`.
pub fn chromium() -> PathBuf {
    tool_path("EXPLAINER_CHROMIUM", "/usr/bin/chromium")
}

/// chromedriver: `EXPLAINER_CHROMEDRIVER`, else `/usr/bin/chromedriver`.
pub fn chromedriver() -> PathBuf {
    tool_path("EXPLAINER_CHROMEDRIVER", "/usr/bin/chromedriver")
}

/// What the browser tests need and this machine lacks, if anything.
fn missing() -> Option<String> {
    let dist = dist_dir();
    let needs = [
        (dist.join("index.html"), "a release build in dist/"),
        (chromium(), "Chromium (EXPLAINER_CHROMIUM)"),
        (chromedriver(), "chromedriver (EXPLAINER_CHROMEDRIVER)"),
    ];
    let lacking: Vec<String> = needs
        .iter()
        .filter(|(path, _)| !path.is_file())
        .map(|(path, what)| format!("{what} at {}", path.display()))
        .collect();
    (!lacking.is_empty()).then(|| lacking.join(", "))
}

/// Whether this browser test must be skipped: where the release build or Chromium is missing,
/// a plain `cargo test` skips it and says so once, on the terminal. `tools/test` (and so CI)
/// sets `EXPLAINER_BROWSER_TESTS=required`, which makes a missing piece a failure instead:
/// browser tests are never silently green there.
pub fn skip() -> bool {
    static SAID: std::sync::Once = std::sync::Once::new();
    match missing() {
        None => false,
        Some(lacking) => skip_because("browser tests", &lacking, &SAID),
    }
}

/// Whether a test that needs files beyond the clone (`needs`: path and what it is) must be
/// skipped, as [`skip`] decides for the browser tests.
pub fn skip_without(what: &str, needs: &[(PathBuf, &str)]) -> bool {
    static SAID: std::sync::Once = std::sync::Once::new();
    let lacking: Vec<String> = needs
        .iter()
        .filter(|(path, _)| !path.exists())
        .map(|(path, why)| format!("{why} at {}", path.display()))
        .collect();
    !lacking.is_empty() && skip_because(what, &lacking.join(", "), &SAID)
}

fn skip_because(what: &str, lacking: &str, said: &std::sync::Once) -> bool {
    if std::env::var("EXPLAINER_BROWSER_TESTS").is_ok_and(|v| v == "required") {
        panic!("{what} cannot run: missing {lacking}");
    }
    said.call_once(|| {
        // Straight to the terminal: the test harness captures print macros, not this.
        let _ = writeln!(
            std::io::stderr(),
            "{what} skipped: missing {lacking}. Run tools/test, which installs what they need, to run them."
        );
    });
    true
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

/// A static file server on 127.0.0.1 with a free port, serving a folder under [`BASE_PATH`].
pub struct StaticServer {
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
    /// Every path requested, in order.
    pub requests: Arc<Mutex<Vec<String>>>,
    /// A file (relative to the root) and a byte count: every response with that file stops
    /// after so many bytes for [`PARSER_PAUSE`], as a slow network would.
    pause: Arc<Mutex<Option<(String, usize)>>>,
}

/// How long a paused response waits before its rest: long enough for a frame to be drawn.
pub const PARSER_PAUSE: Duration = Duration::from_millis(300);

impl StaticServer {
    /// Serves `root`, adding `headers` to every response.
    pub fn start(root: PathBuf, headers: Vec<(String, String)>) -> StaticServer {
        let every = headers
            .into_iter()
            .map(|(name, value)| (EVERY_PATH.to_owned(), name, value))
            .collect();
        StaticServer::start_with(root, every)
    }

    /// Serves `root` as Netlify or Cloudflare Pages would, with the headers its `_headers`
    /// file gives each path.
    pub fn start_as_host(root: PathBuf) -> StaticServer {
        let rules = host_headers(&root);
        StaticServer::start_with(root, rules)
    }

    /// Serves `root`, adding to each response the `rules` (path below the base, or
    /// [`EVERY_PATH`]; name; value) for its path.
    fn start_with(root: PathBuf, headers: Vec<(String, String, String)>) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
        let origin = format!("http://{}", listener.local_addr().expect("bound address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        let pause = Arc::new(Mutex::new(None));
        let paused = pause.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, headers, log, paused) =
                    (root.clone(), headers.clone(), log.clone(), paused.clone());
                std::thread::spawn(move || serve(stream, &root, &headers, &log, &paused));
            }
        });
        StaticServer {
            origin,
            requests,
            pause,
        }
    }

    /// From now on, sends `file` (relative to the root, as `en/index.html`) in two parts, the
    /// first `bytes` long, with [`PARSER_PAUSE`] between them.
    pub fn pause_after(&self, file: &str, bytes: usize) {
        *self.pause.lock().unwrap() = Some((file.to_owned(), bytes));
    }

    /// The app's address with a query string (`""` for none).
    pub fn url(&self, query: &str) -> String {
        format!("{}{BASE_PATH}{query}", self.origin)
    }
}

fn serve(
    stream: TcpStream,
    root: &Path,
    headers: &[(String, String, String)],
    log: &Mutex<Vec<String>>,
    pause: &Mutex<Option<(String, usize)>>,
) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut stream = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        let mut content_length = 0usize;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((name, value)) = line.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    content_length = value.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0; content_length];
        let _ = reader.read_exact(&mut body);
        let target = request_line
            .split_whitespace()
            .nth(1)
            .unwrap_or("/")
            .to_owned();
        log.lock().unwrap().push(target.clone());
        let path = target.split(['?', '#']).next().unwrap_or("/");
        let rest = path.strip_prefix(BASE_PATH).map(|rest| {
            if rest.is_empty() || rest.ends_with('/') {
                format!("{rest}index.html")
            } else {
                rest.to_owned()
            }
        });
        let split = match (&rest, &*pause.lock().unwrap()) {
            (Some(rest), Some((file, bytes))) if rest == file => Some(*bytes),
            _ => None,
        };
        let file = rest.map(|rest| root.join(rest));
        let found = file.filter(|f| !f.components().any(|c| c.as_os_str() == "..") && f.is_file());
        let (status, kind, bytes) = match found.and_then(|f| std::fs::read(&f).ok().map(|b| (f, b)))
        {
            Some((file, bytes)) => ("200 OK", content_type(&file), bytes),
            None => (
                "404 Not Found",
                "text/plain; charset=utf-8",
                b"not found".to_vec(),
            ),
        };
        let mut head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n",
            bytes.len()
        );
        // The path as a host's `_headers` names it: below the base, from a `/`.
        let below = path.strip_prefix(BASE_PATH).map(|rest| format!("/{rest}"));
        let given: Vec<_> = headers
            .iter()
            .filter(|(at, _, _)| at == EVERY_PATH || Some(at) == below.as_ref())
            .collect();
        // Nothing is kept unless the rules say so.
        if !given.iter().any(|(_, name, _)| name == "Cache-Control") {
            head.push_str("Cache-Control: no-store\r\n");
        }
        for (_, name, value) in given {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        let (first, last) = bytes.split_at(split.unwrap_or(0).min(bytes.len()));
        let sent = stream
            .write_all(head.as_bytes())
            .and_then(|()| stream.write_all(first))
            .and_then(|()| stream.flush())
            .and_then(|()| {
                if split.is_some() {
                    std::thread::sleep(PARSER_PAUSE);
                }
                stream.write_all(last)
            });
        if sent.is_err() {
            return;
        }
    }
}

/// A free TCP port on 127.0.0.1.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Waits until `ready` holds, failing the test with `what` after [`PATIENCE`].
pub fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < PATIENCE, "gave up waiting for {what}");
        std::thread::yield_now();
    }
}

/// chromedriver's log endpoint, which W3C WebDriver lacks: the browser console, including
/// the browser's own warnings (a preload not used, an integrity mismatch, a CSP violation).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

/// chromedriver's door to the DevTools protocol, for what WebDriver cannot do (permissions).
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()),
        )
    }
}

/// A headless Chromium session, with chromedriver started for it and stopped with it.
pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
    /// Every console message seen so far, as `LEVEL message`.
    pub console: Vec<String>,
}

impl Browser {
    /// Starts chromedriver and Chromium with a window of the given width.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, &[]).await
    }

    /// Starts with extra Chromium arguments.
    pub async fn start_with(width: u32, height: u32, extra_args: &[&str]) -> Browser {
        // A port found free can be taken by another process (a parallel test's Chromium) before
        // chromedriver binds it; then the session is refused, and a new port is tried.
        let mut attempts = 0;
        loop {
            attempts += 1;
            match Browser::try_start(width, height, extra_args).await {
                Ok(browser) => return browser,
                Err(why) if attempts < 3 => {
                    let _ = writeln!(std::io::stderr(), "chromedriver refused ({why}); retrying");
                }
                Err(why) => panic!("a Chromium session: {why}"),
            }
        }
    }

    async fn try_start(width: u32, height: u32, extra_args: &[&str]) -> Result<Browser, String> {
        let port = free_port();
        let mut driver = Command::new(chromedriver())
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (tools/setup installs it; EXPLAINER_CHROMEDRIVER names another)");
        wait_until("chromedriver to listen", || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        // A profile of its own: a reused one may still be locked by a browser killed earlier.
        static SESSIONS: AtomicUsize = AtomicUsize::new(0);
        let session = SESSIONS.fetch_add(1, Ordering::Relaxed);
        let profile = std::env::temp_dir().join(format!(
            "explainer-chromium-{}-{session}",
            std::process::id()
        ));
        let mut args: Vec<String> = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            "--disable-features=Translate,OptimizationHints,MediaRouter",
        ]
        .map(String::from)
        .to_vec();
        args.push(format!("--window-size={width},{height}"));
        args.push(format!("--user-data-dir={}", profile.display()));
        args.extend(extra_args.iter().map(|a| a.to_string()));
        let mut caps = Capabilities::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": chromium(), "args": args }),
        );
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = match ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => client,
            Err(error) => {
                let _ = driver.kill();
                let _ = driver.wait();
                return Err(error.to_string());
            }
        };
        Ok(Browser {
            client,
            driver,
            profile,
            console: Vec::new(),
        })
    }

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

    /// Sends a DevTools protocol command.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        let cmd = Cdp {
            cmd: cmd.to_owned(),
            params,
        };
        self.client
            .issue_cmd(cmd)
            .await
            .expect("a DevTools command through chromedriver")
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

    /// Collects the console messages logged since the last call.
    pub async fn read_console(&mut self) {
        let entries = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("chromedriver's browser log");
        for entry in entries.as_array().into_iter().flatten() {
            let level = entry["level"].as_str().unwrap_or("?");
            let message = entry["message"].as_str().unwrap_or("?");
            self.console.push(format!("{level} {message}"));
        }
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

    /// Ends the session and chromedriver.
    pub async fn finish(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // A failed test still stops its chromedriver and its Chromium, which a killed
        // chromedriver leaves running (found by the profile folder in its command line).
        let _ = self.driver.kill();
        // `--`: the pattern starts with dashes, which pkill would take for an option.
        let _ = Command::new("pkill")
            .args(["-f", "--"])
            .arg(format!("--user-data-dir={}( |$)", self.profile.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// Headers for a test server, by name.
pub fn no_headers() -> Vec<(String, String)> {
    Vec::new()
}

/// The path of `_headers`' block for every path.
pub const EVERY_PATH: &str = "/*";

/// The rules of `root`'s `_headers` file (path, name, value): a path's line, then its headers
/// indented below it.
pub fn host_headers(root: &Path) -> Vec<(String, String, String)> {
    let text =
        std::fs::read_to_string(root.join("_headers")).expect("the release build writes _headers");
    let mut path = String::new();
    let mut rules = Vec::new();
    for line in text.lines() {
        if !line.starts_with(' ') {
            path = line.trim().to_owned();
        } else if let Some((name, value)) = line.trim().split_once(": ") {
            rules.push((path.clone(), name.to_owned(), value.to_owned()));
        }
    }
    rules
}

/// The shipped content's strings, for assertions that follow the content files.
pub fn story() -> &'static explainer::model::story::Story {
    &explainer::model::story::STORY
}
