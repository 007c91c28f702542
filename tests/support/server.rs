//! A static file server on 127.0.0.1 for the browser tests: a folder under a sub-path, with the headers a host's `_headers` gives, and a slow or failed network on request.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use explainer_site::headers_reader::{headers_for, read_headers, HeaderRule, EVERY_PATH};

/// The sub-path the app is served under, to prove that relative asset URLs work.
pub const BASE_PATH: &str = "/news/explainer/";

/// How long a paused response waits before its rest, as a slow network would: long enough for
/// a frame to be drawn.
pub const PARSER_PAUSE: Duration = Duration::from_millis(300);

/// A file (relative to the root) and a byte count: responses with that file pause after so
/// many bytes.
type Pause = Arc<Mutex<Option<(String, usize)>>>;

/// A static file server on 127.0.0.1 with a free port, serving a folder under [`BASE_PATH`].
pub struct StaticServer {
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
    /// Every path requested, in order.
    pub requests: Arc<Mutex<Vec<String>>>,
    /// Every request refused since the network failed ([`StaticServer::go_offline`]), in order.
    pub refused: Arc<Mutex<Vec<String>>>,
    /// Every response with this file stops after so many bytes for [`PARSER_PAUSE`].
    pause: Pause,
    /// Whether the network has failed.
    offline: Arc<AtomicBool>,
}

/// Headers for a test server, by name.
pub fn no_headers() -> Vec<(String, String)> {
    Vec::new()
}

/// The rules of `root`'s `_headers` file, read as a host reads them.
pub fn host_headers(root: &Path) -> Vec<HeaderRule> {
    let text =
        std::fs::read_to_string(root.join("_headers")).expect("the release build writes _headers");
    read_headers(&text)
}

impl StaticServer {
    /// Serves `root`, adding `headers` to every response.
    pub fn start(root: PathBuf, headers: Vec<(String, String)>) -> StaticServer {
        let every = headers
            .into_iter()
            .map(|(name, value)| HeaderRule {
                path: EVERY_PATH.to_owned(),
                name,
                value,
            })
            .collect();
        StaticServer::start_with(root, every)
    }

    /// Serves `root` as Netlify or Cloudflare Pages would, with the headers its `_headers`
    /// file gives each path.
    pub fn start_as_host(root: PathBuf) -> StaticServer {
        let rules = host_headers(&root);
        StaticServer::start_with(root, rules)
    }

    /// Serves `root`, adding to each response the headers `rules` give its path below the base.
    fn start_with(root: PathBuf, rules: Vec<HeaderRule>) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port on 127.0.0.1");
        let origin = format!("http://{}", listener.local_addr().expect("bound address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let refused = Arc::new(Mutex::new(Vec::new()));
        let pause: Pause = Arc::new(Mutex::new(None));
        let offline = Arc::new(AtomicBool::new(false));
        let site = Arc::new(Site {
            root,
            rules,
            log: requests.clone(),
            refused: refused.clone(),
            pause: pause.clone(),
            offline: offline.clone(),
        });
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let site = site.clone();
                std::thread::spawn(move || site.serve(stream));
            }
        });
        StaticServer {
            origin,
            requests,
            refused,
            pause,
            offline,
        }
    }

    /// From now on, the network fails: every request gets its connection closed unanswered, as
    /// when a classroom's Wi-Fi is gone (the browser sees a network error, not a response).
    pub fn go_offline(&self) {
        self.offline.store(true, Ordering::SeqCst);
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

/// What a server serves and what it has seen.
struct Site {
    root: PathBuf,
    rules: Vec<HeaderRule>,
    log: Arc<Mutex<Vec<String>>>,
    refused: Arc<Mutex<Vec<String>>>,
    pause: Pause,
    offline: Arc<AtomicBool>,
}

/// A response: its status line's end, its headers and its body.
struct Response {
    status: &'static str,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Site {
    /// Answers every request on a connection until the browser closes it.
    fn serve(&self, stream: TcpStream) {
        let Ok(reading) = stream.try_clone() else {
            return;
        };
        let mut reader = BufReader::new(reading);
        let mut stream = stream;
        while let Some(target) = read_request(&mut reader) {
            if self.offline.load(Ordering::SeqCst) {
                self.refused.lock().unwrap().push(target);
                return;
            }
            self.log.lock().unwrap().push(target.clone());
            let path = target.split(['?', '#']).next().unwrap_or("/");
            // The file below the base, and the path as a host's `_headers` names it.
            let file = path.strip_prefix(BASE_PATH).map(|rest| {
                if rest.is_empty() || rest.ends_with('/') {
                    format!("{rest}index.html")
                } else {
                    rest.to_owned()
                }
            });
            let below = path.strip_prefix(BASE_PATH).map(|rest| format!("/{rest}"));
            let response = self.respond(file.as_deref(), below.as_deref());
            let split = match (&file, &*self.pause.lock().unwrap()) {
                (Some(file), Some((paused, bytes))) if file == paused => Some(*bytes),
                _ => None,
            };
            if send(&mut stream, &response, split).is_err() {
                return;
            }
        }
    }

    /// The response for `file` (relative to the root), with the headers the rules give the
    /// path `below` the base. Nothing is kept unless the rules say so.
    fn respond(&self, file: Option<&str>, below: Option<&str>) -> Response {
        let found = file
            .map(|file| self.root.join(file))
            .filter(|f| !f.components().any(|c| c.as_os_str() == "..") && f.is_file())
            .and_then(|f| std::fs::read(&f).ok().map(|bytes| (f, bytes)));
        let (status, kind, body) = match found {
            Some((file, bytes)) => ("200 OK", content_type(&file), bytes),
            None => (
                "404 Not Found",
                "text/plain; charset=utf-8",
                b"not found".to_vec(),
            ),
        };
        let given: Vec<&HeaderRule> = match below {
            Some(below) => headers_for(&self.rules, below),
            None => self.rules.iter().filter(|r| r.path == EVERY_PATH).collect(),
        };
        let mut headers = vec![("Content-Type".to_owned(), kind.to_owned())];
        if !given.iter().any(|rule| rule.name == "Cache-Control") {
            headers.push(("Cache-Control".to_owned(), "no-store".to_owned()));
        }
        headers.extend(given.iter().map(|r| (r.name.clone(), r.value.clone())));
        Response {
            status,
            headers,
            body,
        }
    }
}

/// Reads one request from a connection: its target (path and query), or `None` once the
/// browser has closed it.
fn read_request(reader: &mut BufReader<TcpStream>) -> Option<String> {
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
        return None;
    }
    let mut content_length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return None;
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
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    Some(target.to_owned())
}

/// Sends a response; with `split`, its body's first so many bytes, then after
/// [`PARSER_PAUSE`] the rest, as a slow network would.
fn send(stream: &mut TcpStream, response: &Response, split: Option<usize>) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {}\r\nContent-Length: {}\r\n",
        response.status,
        response.body.len()
    );
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let (first, last) = response
        .body
        .split_at(split.unwrap_or(0).min(response.body.len()));
    stream.write_all(head.as_bytes())?;
    stream.write_all(first)?;
    stream.flush()?;
    if split.is_some() {
        // The network's pause is what the test is about, not a wait for something.
        std::thread::sleep(PARSER_PAUSE);
    }
    stream.write_all(last)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}
