//! Headless Chromium driven through chromedriver: starting a session, DevTools commands and the console, and ending only the processes the session started.

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

use super::PATIENCE;

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

/// chromedriver, the Chromium it starts and Chromium's profile: dropping it ends the processes,
/// by their ids, and removes the profile. A failed test's session ends so too.
struct Driver {
    child: Child,
    profile: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // A killed chromedriver leaves its Chromium running: its processes go first.
        let family = descendants(self.child.id());
        if !family.is_empty() {
            let _ = Command::new("kill")
                .arg("-KILL")
                .args(family.iter().map(u32::to_string))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// The processes below `root` (its children, theirs, …) that still run, as `/proc` has them.
fn descendants(root: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let pid = entry.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // `pid (name) state ppid …`: the name may hold spaces and parentheses.
            let mut fields = stat.rsplit_once(')')?.1.split_whitespace();
            let running = fields.next()? != "Z";
            let parent = fields.next()?.parse().ok()?;
            running.then_some((pid, parent))
        })
        .collect();
    let mut found = vec![root];
    let mut next = 0;
    while let Some(&parent) = found.get(next) {
        found.extend(
            parents
                .iter()
                .filter(|&&(_, of)| of == parent)
                .map(|&(pid, _)| pid),
        );
        next += 1;
    }
    found.split_off(1)
}

/// Chromium's arguments: headless, quiet, a window `width` × `height`, the profile, and `extra`.
fn chromium_args(
    width: u32,
    height: u32,
    profile: &std::path::Path,
    extra: &[&str],
) -> Vec<String> {
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
    args.extend(extra.iter().map(|a| a.to_string()));
    args
}

/// A headless Chromium session, with chromedriver started for it and stopped with it.
pub struct Browser {
    pub client: Client,
    /// Ends chromedriver and Chromium when the session is dropped.
    _driver: Driver,
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
        // A profile of its own: a reused one may still be locked by a browser killed earlier.
        static SESSIONS: AtomicUsize = AtomicUsize::new(0);
        let session = SESSIONS.fetch_add(1, Ordering::Relaxed);
        let profile = std::env::temp_dir().join(format!(
            "explainer-chromium-{}-{session}",
            std::process::id()
        ));
        let child = Command::new(chromedriver())
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver (tools/setup installs it; EXPLAINER_CHROMEDRIVER names another)");
        let driver = Driver {
            child,
            profile: profile.clone(),
        };
        wait_until("chromedriver to listen", || {
            TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        let mut caps = Capabilities::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": chromium(), "args": chromium_args(width, height, &profile, extra_args) }),
        );
        caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .map_err(|error| error.to_string())?;
        Ok(Browser {
            client,
            _driver: driver,
            console: Vec::new(),
        })
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

    /// Ends the session, then chromedriver and whatever of Chromium is left.
    pub async fn finish(self) {
        let _ = self.client.clone().close().await;
    }
}
