//! Pre-rendered pages: Trunk's `index.html` with the first view written in, per language.

use std::fmt;

use explainer::page::ids::ROOT_ID;

use explainer::map::area::border_id;
use explainer::map::geography::{AREAS, AREA_PATHS};
use explainer::model::embed_codes::{iframe_code, FIRST_HEIGHT};
use explainer::model::story::STORY;
use explainer::model::view::{page_path, Theme, EMBED_PAGE};
use explainer::page::markup::escape;
use shared::json::json_string;
use shared::lang::Lang;

/// The environment variable that gives the explainer's public address, for the canonical and
/// oEmbed links (for example `https://news.example/explainers/nk-soldiers/`).
pub const PUBLIC_URL_VAR: &str = "EXPLAINER_URL";

/// Where `trunk serve` shows the explainer: the public address when none is given.
pub const PREVIEW_URL: &str = "http://127.0.0.1:8080/";

/// Trunk's main build (`index.html`'s first rust link), which Trunk hashes and writes into the
/// page: the first language's standalone page loads it.
pub const MAIN_BUILD: &str = "explainer";

/// The build a language's standalone page (`embed` false) or embed page loads, as `index.html`'s
/// rust links name it: [`MAIN_BUILD`] for the first language's standalone page, else
/// `explainer-<code>` or `explainer-embed-<code>`. Each carries its language's texts alone. The
/// others are "workers" to Trunk, which leaves them unhashed and out of the page; the prerender
/// step names each by its hash, as Trunk names the main build (`explainer-en-<hash>_bg.wasm`).
pub fn build_of(lang: Lang, embed: bool) -> String {
    match (embed, lang == Lang::ALL[0]) {
        (false, true) => MAIN_BUILD.to_owned(),
        (false, false) => format!("{MAIN_BUILD}-{}", lang.code()),
        (true, _) => format!("{MAIN_BUILD}-embed-{}", lang.code()),
    }
}

/// Whether `file` is the hashed wasm (`<build>-<hash>_bg.wasm`) of `build` in `dist/`. Trunk
/// writes its 64-bit hash in hex without leading zeros: 1 to 16 digits.
pub fn is_wasm_of(file: &str, build: &str) -> bool {
    file.strip_prefix(build)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| rest.strip_suffix("_bg.wasm"))
        .is_some_and(|hash| {
            (1..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        })
}

/// The width an oEmbed consumer is told the explainer wants: an article column.
pub const OEMBED_WIDTH: u32 = 700;

/// Why a page could not be assembled.
#[derive(Debug, PartialEq, Eq)]
pub enum PrerenderError {
    /// The template has no `<html …>` tag.
    NoHtml,
    /// The template has no `<title>…</title>`.
    NoTitle,
    /// The template has no empty `<body></body>` to fill.
    NoBody,
    /// The public address is not an absolute http(s) URL without query or fragment.
    BadPublicUrl(String),
    /// The page's loader does not import this glue file ([`with_inline_glue`]).
    NoGlueImport(String),
    /// A glue file has no default export as its one, last `export { … }` statement.
    NoGlueExport(String),
    /// A glue file holds text that would end the page's `<script>` early.
    GlueEndsScript(String),
}

impl fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrerenderError::NoHtml => write!(f, "index.html has no <html> tag"),
            PrerenderError::NoTitle => write!(f, "index.html has no <title>"),
            PrerenderError::NoBody => write!(f, "index.html has no empty <body></body> to fill"),
            PrerenderError::BadPublicUrl(url) => write!(
                f,
                "{PUBLIC_URL_VAR}: `{url}` is not an absolute http(s) URL without query or fragment"
            ),
            PrerenderError::NoGlueImport(glue) => write!(
                f,
                "index.html: the loader has no `(await import(\"…{glue}\")).default` (Trunk.toml's pattern_script)"
            ),
            PrerenderError::NoGlueExport(glue) => write!(
                f,
                "{glue}: no default export as the glue's one, last `export {{ … }}`"
            ),
            PrerenderError::GlueEndsScript(glue) => write!(
                f,
                "{glue}: holds `</script` or `<!--`, which would end the page's loader early"
            ),
        }
    }
}

impl std::error::Error for PrerenderError {}

/// The explainer's public address as given, checked, with a final `/` (the German page; the
/// English one is `en/` below it).
pub fn public_url(given: &str) -> Result<String, PrerenderError> {
    let bad = || PrerenderError::BadPublicUrl(given.to_owned());
    let rest = given
        .strip_prefix("https://")
        .or_else(|| given.strip_prefix("http://"))
        .ok_or_else(bad)?;
    let host = rest.split('/').next().unwrap_or_default();
    let unsafe_char = |c: char| c.is_whitespace() || c.is_control() || "\"'<>\\`?#".contains(c);
    if host.is_empty() || given.chars().any(unsafe_char) {
        return Err(bad());
    }
    Ok(if given.ends_with('/') {
        given.to_owned()
    } else {
        format!("{given}/")
    })
}

/// The oEmbed file of a language's page for a theme: `oembed.json` for `auto`, else
/// `oembed-<theme>.json` (which `_redirects` serves for `oembed.json?theme=<theme>`).
pub fn oembed_file(theme: Theme) -> String {
    match theme {
        Theme::Auto => "oembed.json".to_owned(),
        _ => format!("oembed-{}.json", theme.code()),
    }
}

/// The oEmbed response (`type` `rich`) for a language's page: its title and a titled iframe of
/// its embed mode, in a theme.
pub fn oembed_json(public_url: &str, lang: Lang, theme: Theme) -> String {
    let page = page_path(public_url, lang);
    let title = STORY.title.get(lang);
    let flag = match theme {
        Theme::Auto => String::new(),
        _ => format!("theme={}&", theme.code()),
    };
    let html = iframe_code(&format!("{page}{EMBED_PAGE}?{flag}embed=1"), title);
    format!(
        "{{\"version\":\"1.0\",\"type\":\"rich\",\"title\":{},\"provider_url\":{},\"width\":{OEMBED_WIDTH},\"height\":{FIRST_HEIGHT},\"html\":{}}}\n",
        json_string(title),
        json_string(public_url),
        json_string(&html)
    )
}

/// The stylesheets Trunk linked, in order: each whole `<link>` tag and its file name. (Trunk's
/// links carry `integrity`; the `<noscript>` one does not and stays.)
pub fn stylesheet_links(template: &str) -> Vec<(String, String)> {
    let mut links = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find("<link ") {
        let Some(end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let tag = &rest[start..end];
        // Release builds write `href=./a.css`, development builds `href="./a.css"`.
        let href = tag.split_whitespace().find_map(|part| {
            part.strip_prefix("href=")?
                .trim_end_matches(['>', '/'])
                .trim_matches(['"', '\''])
                .strip_prefix("./")
        });
        if let Some(file) = href.filter(|f| f.ends_with(".css") && tag.contains("integrity=")) {
            links.push((tag.to_owned(), file.to_owned()));
        }
        rest = &rest[end..];
    }
    links
}

/// The class names a stylesheet's selectors name (`.map-legend__entry`), in order, repeats
/// included. A dot inside a number (`0.8px`, `1.5rem`) starts none.
pub fn class_names(css: &str) -> Vec<&str> {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut names = Vec::new();
    let mut before = ' ';
    for (i, c) in css.char_indices() {
        if c == '.' && !is_name(before) {
            let rest = &css[i + 1..];
            let end = rest.find(|c: char| !is_name(c)).unwrap_or(rest.len());
            let name = &rest[..end];
            if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                names.push(name);
            }
        }
        before = c;
    }
    names
}

/// Whether a stylesheet can style anything of `shown`, the text of what a page can put on
/// screen (for the embed page, its wasm read as text: it writes every class its views use):
/// whether one of its class names occurs there. A stylesheet that names no class (the base
/// styles) always can. The check errs on the side of keeping: a name that only happens to
/// occur keeps its stylesheet.
pub fn styles_any_of(css: &str, shown: &str) -> bool {
    let names = class_names(css);
    names.is_empty() || names.iter().any(|name| shown.contains(name))
}

/// The template with its stylesheet links replaced by one `<style>` element holding `css`, at
/// the end of the head (after Trunk's preloads, which the browser then finds first; where the
/// first link stood in a head without `</head>`): the page paints without waiting for another
/// request (a round trip, 150 ms on a mobile network), at the cost of the styles not being
/// cached between the pages. The Content Security Policy allows it by its hash
/// ([`inline_styles`]).
pub fn with_inline_styles(template: &str, links: &[(String, String)], css: &str) -> String {
    let style = format!("<style>{css}</style>");
    let mut out = template.to_owned();
    let at_end = out.contains("</head>");
    for (i, (tag, _)) in links.iter().enumerate() {
        let replacement = if i == 0 && !at_end {
            style.as_str()
        } else {
            ""
        };
        out = out.replacen(tag.as_str(), replacement, 1);
    }
    if at_end {
        out = out.replacen("</head>", &format!("{style}</head>"), 1);
    }
    out
}

/// The inline scripts of a page (Trunk's loader), exactly as the browser hashes them.
pub fn inline_scripts(page: &str) -> Vec<&str> {
    inline_texts(page, "script")
}

/// The inline styles of a page, exactly as the browser hashes them.
pub fn inline_styles(page: &str) -> Vec<&str> {
    inline_texts(page, "style")
}

/// The texts of a page's `tag` elements that have no `src` and hold no data (a script's
/// `type="application/json"`, which the browser never runs: [`explainer::page::texts::element`]).
fn inline_texts<'a>(page: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut texts = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(&open) {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let element = &rest[start..open_end];
        // `<style>` or `<style …>`, not `<styles>`.
        if !matches!(element[open.len()..].chars().next(), Some('>' | ' ')) {
            rest = &rest[open_end..];
            continue;
        }
        let Some(end) = rest[open_end..].find(&close).map(|i| open_end + i) else {
            break;
        };
        if !element.contains("src=") && !element.contains("application/json") {
            texts.push(&rest[open_end..end]);
        }
        rest = &rest[end + close.len()..];
    }
    texts
}

/// The hashes (`sha256-…`) of the inline scripts and styles a policy allows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InlineHashes {
    /// The scripts'.
    pub scripts: Vec<String>,
    /// The styles'.
    pub styles: Vec<String>,
}

/// The strict Content Security Policy of a page's `<meta>`, allowing inline scripts and styles
/// only by their hashes.
pub fn content_security_policy(hashes: &InlineHashes) -> String {
    let quoted =
        |hashes: &[String]| -> String { hashes.iter().map(|h| format!(" '{h}'")).collect() };
    let (scripts, styles) = (quoted(&hashes.scripts), quoted(&hashes.styles));
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; style-src 'self'{styles}; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'"
    )
}

/// The policy a page's response carries beside its `<meta>` one, which browsers enforce both:
/// framing on any site, which a `<meta>` cannot say (browsers ignore it there), and which makes
/// them ignore an `X-Frame-Options` a host may add.
pub const FRAMING_POLICY: &str = "frame-ancestors *";

/// The `<link rel=modulepreload|preload>` tags in a page's head (Trunk's), each without its
/// `<link ` and `>`.
fn preload_tags(page: &str) -> impl Iterator<Item = &str> {
    let head = &page[..page.find("<body").unwrap_or(page.len())];
    head.split("<link ").skip(1).filter_map(|rest| {
        let tag = &rest[..rest.find('>')?];
        matches!(attribute(tag, "rel")?, "preload" | "modulepreload").then_some(tag)
    })
}

/// An attribute's value in a tag: release builds write `rel=preload`, development builds
/// `rel="preload"`.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    tag.split_whitespace().find_map(|part| {
        let (key, value) = part.trim_end_matches('/').split_once('=')?;
        (key == name).then(|| value.trim_matches(['"', '\'']))
    })
}

/// A page's preloads (Trunk's `<link rel=modulepreload|preload>`) as one `Link` header, so that
/// a host sends them with the page's response (and Cloudflare as 103 Early Hints): the browser
/// then requests the glue and the wasm before the page's first bytes are parsed. The wasm comes
/// first: a browser sends the requests in the header's order, and the glue's module preload,
/// the smaller file, cost the page's thread about 20 ms in a trace with the CPU slowed 4×
/// before the next request went out. `None` for a page without preloads.
pub fn preload_header(page: &str) -> Option<String> {
    let mut tags: Vec<&str> = preload_tags(page).collect();
    tags.sort_by_key(|tag| attribute(tag, "rel") != Some("preload"));
    let links: Vec<String> = tags
        .into_iter()
        .filter_map(|tag| {
            let mut link = format!(
                "<{}>; rel={}",
                attribute(tag, "href")?,
                attribute(tag, "rel")?
            );
            if let Some(kind) = attribute(tag, "as") {
                link.push_str(&format!("; as={kind}"));
            }
            if let Some(kind) = attribute(tag, "type") {
                link.push_str(&format!("; type=\"{kind}\""));
            }
            if tag
                .split_whitespace()
                .any(|part| part.starts_with("crossorigin"))
            {
                link.push_str("; crossorigin");
            }
            Some(link)
        })
        .collect();
    (!links.is_empty()).then(|| links.join(", "))
}

/// `page` with its build's glue (`glue`, the file `glue_file`: wasm-bindgen's, minified) in its
/// loader instead of imported, and without the glue's module preload. A reader's phone then
/// fetches one file less, and the wasm has the network to itself once the page has arrived: the
/// glue's 3.7 KB came in beside it, so that its last byte came 32 ms later (mobile profile).
/// The loader's `(await import("…glue.js")).default` becomes an expression that runs the glue
/// and gives its default export, `init`, inside the loader's `try`, so a failing glue still
/// shows the calm note.
pub fn with_inline_glue(page: &str, glue_file: &str, glue: &str) -> Result<String, PrerenderError> {
    let ends_script = |text: &str| {
        let lower = text.to_ascii_lowercase();
        lower.contains("</script") || lower.contains("<!--")
    };
    if ends_script(glue) {
        return Err(PrerenderError::GlueEndsScript(glue_file.to_owned()));
    }
    let no_export = || PrerenderError::NoGlueExport(glue_file.to_owned());
    let body = glue.trim_end().trim_end_matches(';');
    let export_at = body.rfind("export").ok_or_else(no_export)?;
    let (code, export) = body.split_at(export_at);
    let names = export["export".len()..]
        .trim()
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
        .ok_or_else(no_export)?;
    let init = names
        .split(',')
        .find_map(|name| name.trim().strip_suffix(" as default"))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .ok_or_else(no_export)?;
    // Any other `export` (not `exports`, not `.export`) would be a syntax error in the loader.
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || "_$.".contains(c));
    if code.match_indices("export").any(|(at, _)| {
        !word(code[..at].chars().next_back()) && !word(code[at + "export".len()..].chars().next())
    }) {
        return Err(no_export());
    }
    const IMPORT_END: &str = "\")).default";
    let (import_at, import_end) = page
        .match_indices("(await import(\"")
        .find_map(|(at, _)| {
            let end = at + page[at..].find(IMPORT_END)?;
            page[at..end]
                .ends_with(glue_file)
                .then_some((at, end + IMPORT_END.len()))
        })
        .ok_or_else(|| PrerenderError::NoGlueImport(glue_file.to_owned()))?;
    let mut inlined = String::with_capacity(page.len() + glue.len());
    inlined.push_str(&page[..import_at]);
    inlined.push_str(&format!("{GLUE_START}{code}{GLUE_END}{init}; }})()"));
    inlined.push_str(&page[import_end..]);
    let preload = preload_tags(&inlined).find(|tag| {
        attribute(tag, "rel") == Some("modulepreload")
            && attribute(tag, "href").is_some_and(|href| href.ends_with(glue_file))
    });
    if let Some(tag) = preload.map(str::to_owned) {
        inlined = inlined.replacen(&format!("<link {tag}>"), "", 1);
    }
    // The loader moves to the end of the body: a module script runs once the page is parsed
    // wherever it stands, and in the head its glue came before the page's first paint.
    let script_start = inlined[..import_at]
        .rfind("<script")
        .ok_or_else(|| PrerenderError::NoGlueImport(glue_file.to_owned()))?;
    let script_end = inlined[script_start..]
        .find("</script>")
        .map(|end| script_start + end + "</script>".len())
        .ok_or_else(|| PrerenderError::NoGlueImport(glue_file.to_owned()))?;
    // Chromium's explicit compile hint, the loader's first line: it compiles the loader's and the
    // glue's functions (one for each of the wasm's imports) with the script, while the page waits
    // for its wasm, instead of each at its first call, between the wasm's arrival and ready.
    let content_start = inlined[script_start..script_end]
        .find('>')
        .map(|end| script_start + end + 1)
        .ok_or_else(|| PrerenderError::NoGlueImport(glue_file.to_owned()))?;
    let loader = format!(
        "{}{COMPILE_HINT}{}",
        &inlined[script_start..content_start],
        &inlined[content_start..script_end]
    );
    let body_end = inlined.rfind("</body>").unwrap_or(inlined.len());
    if body_end > script_end {
        inlined.insert_str(body_end, &loader);
        inlined.replace_range(script_start..script_end, "");
    } else {
        inlined.replace_range(script_start..script_end, &loader);
    }
    Ok(inlined)
}

/// The comment that asks Chromium (136 and later) to compile every function of a script as the
/// script is compiled, rather than lazily: a line of its own, the script's first.
pub const COMPILE_HINT: &str = "//# allFunctionsCalledOnLoad\n";

/// The glue a page's loader holds ([`with_inline_glue`]), if it holds one.
pub fn inline_glue(page: &str) -> Option<&str> {
    let start = page.find(GLUE_START)? + GLUE_START.len();
    let end = start + page[start..].find(GLUE_END)?;
    Some(&page[start..end])
}

/// What [`with_inline_glue`] writes before the glue in a loader.
const GLUE_START: &str = "(() => { ";
/// What it writes after the glue, before the name of the glue's `init` (a line break first:
/// the glue may end in a line comment).
const GLUE_END: &str = "\n;return ";

/// The files a page preloads, as its `href`s give them (`./explainer-….js`).
pub fn preloaded_files(page: &str) -> Vec<&str> {
    preload_tags(page)
        .filter_map(|tag| attribute(tag, "href"))
        .collect()
}

/// What `_headers` tells a host about one page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageHeaders {
    /// Where the host serves it, from the site's root (`/en/`, `/embed.html`).
    pub path: String,
    /// Its [`preload_header`], if it has preloads.
    pub preloads: Option<String>,
}

/// How long a browser may keep a file whose name changes with its content: a year, without
/// asking again.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The `_headers` file (Netlify and Cloudflare Pages read it; other hosts can copy it). Every
/// file is `nosniff`, and the `hashed` ones (paths from the site's root), whose names change
/// with their content, are kept a year ([`IMMUTABLE`]). Each page may be framed anywhere
/// ([`FRAMING_POLICY`]), sends no referrer and announces its preloads, all only on the page's
/// response, where they mean something. The oEmbed files, in every theme, may be read by
/// scripts on any site.
pub fn headers_file(pages: &[PageHeaders], hashed: &[String]) -> String {
    let mut file = "/*\n  X-Content-Type-Options: nosniff\n".to_owned();
    for path in hashed {
        file.push_str(&format!("{path}\n  Cache-Control: {IMMUTABLE}\n"));
    }
    for page in pages {
        file.push_str(&format!(
            "{}\n  Content-Security-Policy: {FRAMING_POLICY}\n  Referrer-Policy: no-referrer\n",
            page.path
        ));
        if let Some(link) = &page.preloads {
            file.push_str(&format!("  Link: {link}\n"));
        }
    }
    for lang in Lang::ALL {
        let page = page_path("/", lang);
        for theme in Theme::ALL {
            let oembed = oembed_file(theme);
            file.push_str(&format!(
                "{page}{oembed}\n  Access-Control-Allow-Origin: *\n"
            ));
        }
    }
    file
}

/// The stylesheet with the themes a newsroom can force (`<html data-theme="light|dark">`):
/// every `@media (prefers-color-scheme: dark)` block then applies only where no light theme is
/// forced, and once more, outside the media query, where the dark theme is; both on screens
/// only, so that print keeps its own colours. The stylesheets keep one dark block each; the
/// page's inline style carries the second copy.
pub fn themed_css(css: &str) -> String {
    let mut out = String::new();
    let mut forced = String::new();
    let mut rest = css;
    // Minified or not: `@media (prefers-color-scheme: dark) {` or `@media (prefers-color-scheme:dark){`.
    let dark_block = |text: &str| -> Option<(usize, usize)> {
        let mut from = 0;
        while let Some(at) = text[from..].find("@media").map(|i| from + i) {
            let open = at + text[at..].find('{')?;
            let query: String = text[at..open].split_whitespace().collect();
            if query == "@media(prefers-color-scheme:dark)" {
                return Some((at, open + 1));
            }
            from = at + "@media".len();
        }
        None
    };
    while let Some((at, body_start)) = dark_block(rest) {
        out.push_str(&rest[..at]);
        let mut depth = 1;
        let mut end = body_start;
        for (i, c) in rest[body_start..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                end = body_start + i;
                break;
            }
        }
        let body = &rest[body_start..end];
        out.push_str("@media screen and (prefers-color-scheme: dark) {");
        out.push_str(&scoped(body, ":root:not([data-theme=\"light\"])"));
        out.push('}');
        forced.push_str(&scoped(body, ":root[data-theme=\"dark\"]"));
        rest = &rest[(end + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out.push_str("\n/* Forced themes (theme=light|dark), generated by the build. */\n");
    out.push_str(":root[data-theme=\"light\"] { color-scheme: light; }\n");
    out.push_str(":root[data-theme=\"dark\"] { color-scheme: dark; }\n");
    out.push_str("@media screen {");
    out.push_str(&forced);
    out.push_str("}\n");
    out
}

/// The rules of a block with every selector scoped to `root`: `:root` becomes `root`, and
/// any other selector is put below it.
fn scoped(block: &str, root: &str) -> String {
    let mut out = String::new();
    let mut rest = block;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            break;
        };
        let selectors: Vec<String> = rest[..open]
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| match s.strip_prefix(":root") {
                Some(after) => format!("{root}{after}"),
                None => format!("{root} {s}"),
            })
            .collect();
        out.push_str(&format!(
            "\n  {} {}",
            selectors.join(", "),
            &rest[open..=close]
        ));
        rest = &rest[close + 1..];
    }
    out.push('\n');
    out
}

/// The `_redirects` file (Netlify's; its query matching makes `oembed.json?theme=dark` work on
/// a static host): every page's oEmbed file for each forced theme.
pub fn redirects_file() -> String {
    let mut file = String::from("# oEmbed with a theme (oembed.json?theme=light|dark).\n");
    for lang in Lang::ALL {
        let page = page_path("/", lang);
        for theme in [Theme::Light, Theme::Dark] {
            file.push_str(&format!(
                "{page}oembed.json theme={} {page}{} 200\n",
                theme.code(),
                oembed_file(theme)
            ));
        }
    }
    file
}

/// Where a page's `<html …>` tag starts and ends (just past its `>`).
fn html_tag(page: &str) -> Result<(usize, usize), PrerenderError> {
    let start = page.find("<html").ok_or(PrerenderError::NoHtml)?;
    let end = start + page[start..].find('>').ok_or(PrerenderError::NoHtml)? + 1;
    Ok((start, end))
}

/// A page with its policy as the first element of its head, so it covers every script.
pub fn with_policy(page: &str, policy: &str) -> Result<String, PrerenderError> {
    let (_, html_end) = html_tag(page)?;
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        escape(policy)
    );
    let mut out = page.to_owned();
    out.insert_str(html_end, &meta);
    Ok(out)
}

/// The map's shapes and borders, once, for the map's `<use>` elements to draw: an invisible SVG
/// beside the app, outside what the wasm hydrates, so the wasm need not carry them.
pub fn map_geometry() -> String {
    let mut svg = String::from(
        "<svg class=\"map-geometry\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs>",
    );
    let shape = |id: &str, path: &str| {
        format!("<path id=\"{id}\" d=\"{path}\" vector-effect=\"non-scaling-stroke\"/>")
    };
    for (area, path) in AREAS.iter().zip(AREA_PATHS) {
        svg.push_str(&shape(&area.element_id(), path));
    }
    // Each place made of parts: its border, one path of their outlines in a row.
    let mut wholes: Vec<&str> = Vec::new();
    for whole in AREAS.iter().filter_map(|area| area.part_of) {
        if !wholes.contains(&whole) {
            wholes.push(whole);
        }
    }
    for whole in wholes {
        let outlines: String = AREAS
            .iter()
            .zip(AREA_PATHS)
            .filter(|(area, _)| area.part_of == Some(whole))
            .map(|(_, path)| path)
            .collect();
        svg.push_str(&shape(&border_id(whole), &outlines));
    }
    svg.push_str("</defs></svg>");
    svg
}

/// Which of a language's pages: the standalone page, with the long form (static HTML that is
/// never hydrated) after the stage, or the embed page ([`explainer::model::view::EMBED_PAGE`]), the stage
/// alone and marked embedded from the first paint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind<'a> {
    /// The standalone page and its long form.
    Standalone {
        /// The long form's HTML.
        long_form: &'a str,
    },
    /// The embed page.
    Embed,
}

impl PageKind<'_> {
    /// The page's file in its language's folder.
    pub fn file(self) -> &'static str {
        match self {
            PageKind::Standalone { .. } => "index.html",
            PageKind::Embed => EMBED_PAGE,
        }
    }
}

/// `body`, the app as Yew renders it on the host, with its components' hydration markers
/// unnamed: `<!--<[explainer::ui::app::App]>-->` becomes `<!--<[]>-->`. Hydration matches a
/// component's markers by their brackets alone, and the names, about twenty of them, would only
/// make the page longer.
pub fn unnamed_markers(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("<!--<") {
        let after = &rest[at + "<!--<".len()..];
        let opening = after.strip_prefix('/').unwrap_or(after);
        let end = opening
            .strip_prefix('[')
            .and_then(|name| name.find("]>-->"))
            .filter(|&end| !opening[1..1 + end].contains("--"));
        match end {
            Some(end) => {
                let slash = if after.starts_with('/') { "/" } else { "" };
                out.push_str(&rest[..at]);
                out.push_str("<!--<");
                out.push_str(slash);
                out.push_str("[]>-->");
                rest = &opening[1 + end + "]>-->".len()..];
            }
            None => {
                out.push_str(&rest[..at + "<!--<".len()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Trunk's page with `body` (the app rendered on the host) in its root, then the map's shapes
/// (which the map draws as soon as they are parsed, before the long form has arrived) and the
/// long form of a standalone page, its language, title and description set,
/// and its canonical (the standalone page), language and oEmbed links below `public_url`. The
/// page lies in its language's folder ([`page_path`]: `en/` for English), and the template's
/// relative asset URLs are adjusted for it.
pub fn page(
    template: &str,
    lang: Lang,
    body: &str,
    kind: PageKind,
    public_url: &str,
) -> Result<String, PrerenderError> {
    let mut page = template.to_owned();
    let depth = page_path("", lang).matches('/').count();
    if depth > 0 {
        let up = "../".repeat(depth);
        for (from, to) in [
            ("=./", format!("={up}")),
            ("\"./", format!("\"{up}")),
            ("'./", format!("'{up}")),
        ] {
            page = page.replace(from, &to);
        }
    }
    let (html_start, html_end) = html_tag(&page)?;
    page.replace_range(
        html_start..html_end,
        &match kind {
            PageKind::Standalone { .. } => format!("<html lang=\"{}\">", lang.code()),
            PageKind::Embed => format!("<html lang=\"{}\" class=\"embedded\">", lang.code()),
        },
    );
    let title_start = page.find("<title>").ok_or(PrerenderError::NoTitle)?;
    let title_end = title_start
        + page[title_start..]
            .find("</title>")
            .ok_or(PrerenderError::NoTitle)?;
    let title = escape(STORY.title.get(lang));
    let here = escape(&page_path(public_url, lang));
    let mut head = format!(
        "<title>{title}</title><meta name=\"description\" content=\"{}\"><link rel=\"canonical\" href=\"{here}\">",
        escape(STORY.description.get(lang))
    );
    for other in Lang::ALL {
        head.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.code(),
            escape(&page_path(public_url, other))
        ));
    }
    head.push_str(&format!(
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{here}oembed.json\" title=\"{title}\">"
    ));
    page.replace_range(title_start..title_end + "</title>".len(), &head);
    let long_form = match kind {
        PageKind::Standalone { long_form } => long_form,
        PageKind::Embed => "",
    };
    let body_at = page.find("<body></body>").ok_or(PrerenderError::NoBody)?;
    page.replace_range(
        body_at..body_at + "<body></body>".len(),
        &format!(
            "<body><div id=\"{ROOT_ID}\">{body}</div>{}{long_form}{}</body>",
            map_geometry(),
            explainer::page::texts::element(&explainer::model::story::STORY_TEXTS, lang)
        ),
    );
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://x.test/nk/";

    const TEMPLATE: &str = "<!doctype html><html lang=de><head><title>x</title><link href=./app-1.css rel=stylesheet><script type=module>import init from './explainer-1.js';init({ module_or_path: './explainer-1_bg.wasm' });</script></head><body></body></html>";

    #[test]
    fn each_page_has_a_build_of_its_own_named_by_its_hash_in_dist() {
        assert_eq!(build_of(Lang::De, false), "explainer");
        assert_eq!(build_of(Lang::En, false), "explainer-en");
        assert_eq!(build_of(Lang::De, true), "explainer-embed-de");
        assert_eq!(build_of(Lang::En, true), "explainer-embed-en");
        assert!(is_wasm_of(
            "explainer-b8edd744c9546038_bg.wasm",
            "explainer"
        ));
        assert!(is_wasm_of(
            "explainer-en-0123456789abcdef_bg.wasm",
            "explainer-en"
        ));
        // Trunk drops a hash's leading zeros: one of sixteen builds has fifteen digits or fewer.
        assert!(is_wasm_of("explainer-6febfceb29f6129_bg.wasm", "explainer"));
        for (file, build) in [
            ("explainer-en-0123456789abcdef_bg.wasm", "explainer"),
            ("explainer-en_bg.wasm", "explainer-en"),
            ("explainer-b8edd744c9546038.js", "explainer"),
            ("explainer-b8edd744c9546038a_bg.wasm", "explainer"),
            ("explainer-_bg.wasm", "explainer"),
        ] {
            assert!(!is_wasm_of(file, build), "{file}");
        }
    }

    #[test]
    fn components_hydration_markers_lose_their_names_and_nothing_else_changes() {
        let body = "<!--<[explainer::ui::app::App]>--><div><!--<#>--><p>a <!--<b>--></p><!--</#>-->\
                    <!--<[explainer::ui::stage_part::StagePart]>--><!--</[explainer::ui::stage_part::StagePart]>-->\
                    <!--<?>-->raw<!--</?>--></div><!--</[explainer::ui::app::App]>--><!--<[open";
        assert_eq!(
            unnamed_markers(body),
            "<!--<[]>--><div><!--<#>--><p>a <!--<b>--></p><!--</#>-->\
             <!--<[]>--><!--</[]>-->\
             <!--<?>-->raw<!--</?>--></div><!--</[]>--><!--<[open"
        );
    }

    #[test]
    fn a_page_gets_its_language_title_description_and_body() {
        let page = page(
            TEMPLATE,
            Lang::En,
            "<div class=\"app\">stage</div>",
            PageKind::Standalone {
                long_form: "<div class=\"long-form\">story</div>",
            },
            URL,
        )
        .unwrap();
        assert!(page.contains("<html lang=\"en\">"));
        assert!(page.contains("<title>Is North Korea sending soldiers to Russia's war?</title><meta name=\"description\" content=\"Interactive explainer:"));
        // The root holds the app alone: hydration starts at its first node. The map's shapes
        // follow it, then the long form, which is never hydrated, and last the story's texts
        // for the wasm.
        assert!(page.contains(
            "<body><div id=\"explainer\"><div class=\"app\">stage</div></div><svg class=\"map-geometry\""
        ));
        let texts =
            explainer::page::texts::element(&explainer::model::story::STORY_TEXTS, Lang::En);
        assert!(page.ends_with(&format!(
            "</defs></svg><div class=\"long-form\">story</div>{texts}</body></html>"
        )));
        assert!(page.contains("<path id=\"map-area-UA-43\" d=\"M"));
        // The German page lies in the folder itself and keeps the template's asset URLs.
        assert!(page_of(TEMPLATE, Lang::De).contains("href=./app-1.css"));
        assert!(page.contains("<link rel=\"canonical\" href=\"https://x.test/nk/en/\"><link rel=\"alternate\" hreflang=\"de\" href=\"https://x.test/nk/\"><link rel=\"alternate\" hreflang=\"en\" href=\"https://x.test/nk/en/\"><link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://x.test/nk/en/oembed.json\" title=\"Is North Korea sending soldiers to Russia's war?\">"));
    }

    #[test]
    fn an_embed_page_is_marked_embedded_and_has_no_long_form() {
        let page = page(
            TEMPLATE,
            Lang::En,
            "<div class=\"app\">stage</div>",
            PageKind::Embed,
            URL,
        )
        .unwrap();
        assert!(page.contains("<html lang=\"en\" class=\"embedded\">"));
        assert_eq!(PageKind::Embed.file(), "embed.html");
        assert_eq!(PageKind::Standalone { long_form: "" }.file(), "index.html");
        assert!(page.contains(
            "<body><div id=\"explainer\"><div class=\"app\">stage</div></div><svg class=\"map-geometry\""
        ));
        let texts =
            explainer::page::texts::element(&explainer::model::story::STORY_TEXTS, Lang::En);
        assert!(page.ends_with(&format!("</defs></svg>{texts}</body></html>")));
        // Search engines are pointed at the standalone page.
        assert!(page.contains("<link rel=\"canonical\" href=\"https://x.test/nk/en/\">"));
        assert!(page.contains("href=../app-1.css"));
    }

    #[test]
    fn the_public_address_must_be_absolute_http_without_query() {
        assert_eq!(
            public_url("https://x.test/nk").unwrap(),
            "https://x.test/nk/"
        );
        assert_eq!(public_url("http://127.0.0.1:8080/").unwrap(), PREVIEW_URL);
        for bad in [
            "x.test/nk/",
            "https:///nk/",
            "https://x.test/?a=1",
            "https://x.test/#top",
            "https://x.test/\"><script>",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(
                public_url(bad),
                Err(PrerenderError::BadPublicUrl(bad.to_owned()))
            );
        }
        assert_eq!(
            PrerenderError::BadPublicUrl("x.test".to_owned()).to_string(),
            "EXPLAINER_URL: `x.test` is not an absolute http(s) URL without query or fragment"
        );
    }

    #[test]
    fn dark_blocks_apply_unless_light_is_forced_and_again_where_dark_is() {
        let minified =
            themed_css("@media print{a{b:c}}@media (prefers-color-scheme:dark){:root{--bg:#000}}");
        assert!(minified.starts_with("@media print{a{b:c}}@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme=\"light\"]) {--bg:#000}\n}"), "{minified}");
        let css = "a { color: red; }\n@media (prefers-color-scheme: dark) {\n  :root { --bg: #000; }\n  .map, :root .x { fill: #111; }\n}\nb { color: blue; }\n";
        let themed = themed_css(css);
        assert!(themed.starts_with("a { color: red; }\n@media screen and (prefers-color-scheme: dark) {\n  :root:not([data-theme=\"light\"]) { --bg: #000; }\n  :root:not([data-theme=\"light\"]) .map, :root:not([data-theme=\"light\"]) .x { fill: #111; }\n}\nb { color: blue; }\n"), "{themed}");
        assert!(themed.contains(":root[data-theme=\"dark\"] { color-scheme: dark; }"));
        assert!(themed.ends_with("@media screen {\n  :root[data-theme=\"dark\"] { --bg: #000; }\n  :root[data-theme=\"dark\"] .map, :root[data-theme=\"dark\"] .x { fill: #111; }\n}\n"), "{themed}");
    }

    #[test]
    fn oembed_is_rich_with_integer_size_and_a_titled_iframe() {
        assert_eq!(
            oembed_json(URL, Lang::En, Theme::Auto),
            "{\"version\":\"1.0\",\"type\":\"rich\",\"title\":\"Is North Korea sending soldiers to Russia's war?\",\"provider_url\":\"https://x.test/nk/\",\"width\":700,\"height\":680,\"html\":\"<iframe src=\\\"https://x.test/nk/en/embed.html?embed=1\\\" title=\\\"Is North Korea sending soldiers to Russia's war?\\\" loading=\\\"lazy\\\" allow=\\\"clipboard-write\\\" style=\\\"width: 100%; height: 680px; border: 0;\\\"></iframe>\"}\n"
        );
    }

    #[test]
    fn a_theme_has_its_own_oembed_file_and_redirect() {
        assert!(oembed_json(URL, Lang::De, Theme::Dark)
            .contains("<iframe src=\\\"https://x.test/nk/embed.html?theme=dark&amp;embed=1\\\""));
        assert_eq!(oembed_file(Theme::Light), "oembed-light.json");
        assert_eq!(
            redirects_file(),
            "# oEmbed with a theme (oembed.json?theme=light|dark).\n/oembed.json theme=light /oembed-light.json 200\n/oembed.json theme=dark /oembed-dark.json 200\n/en/oembed.json theme=light /en/oembed-light.json 200\n/en/oembed.json theme=dark /en/oembed-dark.json 200\n"
        );
    }

    fn page_of(template: &str, lang: Lang) -> String {
        page(
            template,
            lang,
            "",
            PageKind::Standalone { long_form: "" },
            URL,
        )
        .unwrap()
    }

    #[test]
    fn a_page_one_folder_down_reaches_its_assets() {
        let page = page_of(TEMPLATE, Lang::En);
        assert!(page.contains("href=../app-1.css"));
        assert!(page.contains("from '../explainer-1.js'"));
        assert!(page.contains("module_or_path: '../explainer-1_bg.wasm'"));
        assert!(!page.contains("'./"));
        let loader = "<html><title>t</title><script>import(\"./explainer-1.js\")</script><body></body></html>";
        assert!(page_of(loader, Lang::En).contains("import(\"../explainer-1.js\")"));
    }

    #[test]
    fn the_policy_allows_exactly_the_hashed_inline_scripts_and_styles() {
        let scripts = inline_scripts(TEMPLATE);
        assert_eq!(scripts, ["import init from './explainer-1.js';init({ module_or_path: './explainer-1_bg.wasm' });"]);
        assert!(inline_scripts("<script src=a.js></script>").is_empty());
        assert!(inline_scripts(&explainer::page::texts::element(
            &explainer::model::story::STORY_TEXTS,
            Lang::En
        ))
        .is_empty());
        assert_eq!(
            inline_styles("<style>a{b:c}</style><styles>x</styles><style media=print>d</style>"),
            ["a{b:c}", "d"]
        );
        let hashes = InlineHashes {
            scripts: vec!["sha256-abc=".to_owned()],
            styles: vec!["sha256-def=".to_owned()],
        };
        assert_eq!(
            content_security_policy(&hashes),
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self' 'sha256-def='; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'"
        );
        let page = with_policy(
            "<!doctype html><html lang=\"de\"><meta charset=utf-8>",
            "default-src 'self'",
        )
        .unwrap();
        assert_eq!(page, "<!doctype html><html lang=\"de\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><meta charset=utf-8>");
        let cors = "\n  Access-Control-Allow-Origin: *\n";
        let en = PageHeaders {
            path: "/en/".to_owned(),
            preloads: Some("<../a.js>; rel=modulepreload".to_owned()),
        };
        let embed = PageHeaders {
            path: "/embed.html".to_owned(),
            ..PageHeaders::default()
        };
        let hashed = ["/a-1.js".to_owned()];
        assert_eq!(headers_file(&[en, embed], &hashed), format!("/*\n  X-Content-Type-Options: nosniff\n/a-1.js\n  Cache-Control: public, max-age=31536000, immutable\n/en/\n  Content-Security-Policy: frame-ancestors *\n  Referrer-Policy: no-referrer\n  Link: <../a.js>; rel=modulepreload\n/embed.html\n  Content-Security-Policy: frame-ancestors *\n  Referrer-Policy: no-referrer\n/oembed.json{cors}/oembed-light.json{cors}/oembed-dark.json{cors}/en/oembed.json{cors}/en/oembed-light.json{cors}/en/oembed-dark.json{cors}"));
    }

    #[test]
    fn a_pages_preloads_become_one_link_header_with_the_wasm_first() {
        let release = "<head><link crossorigin href=../e-1.js rel=modulepreload><link as=fetch crossorigin href=../e-1_bg.wasm rel=preload type=application/wasm><link href=data:, rel=icon><style>a{}</style></head><body><link href=x.css rel=preload as=style></body>";
        assert_eq!(
            preload_header(release).as_deref(),
            Some("<../e-1_bg.wasm>; rel=preload; as=fetch; type=\"application/wasm\"; crossorigin, <../e-1.js>; rel=modulepreload; crossorigin")
        );
        let development =
            "<head><link rel=\"modulepreload\" href=\"./e.js\" crossorigin=\"anonymous\"/></head>";
        assert_eq!(
            preload_header(development).as_deref(),
            Some("<./e.js>; rel=modulepreload; crossorigin")
        );
        assert_eq!(preloaded_files(release), ["../e-1.js", "../e-1_bg.wasm"]);
        assert_eq!(preload_header("<link href=data:, rel=icon><body>"), None);
    }

    #[test]
    fn a_release_page_runs_its_glue_in_its_loader_instead_of_importing_it() {
        let page = "<head><link crossorigin href=../e-1.js rel=modulepreload><link as=fetch crossorigin href=../e-1_bg.wasm rel=preload type=application/wasm><script type=module>try { const init = (await import(\"../e-1.js\")).default; await init({ module_or_path: \"../e-1_bg.wasm\" }); } catch (e) {}</script></head><body></body>";
        let glue = "let wasm;function R(t){return WebAssembly.instantiate(t)}const x=wasm.exports;export{K as initSync,R as default};\n";
        let inlined = with_inline_glue(page, "e-1.js", glue).unwrap();
        assert_eq!(
            inlined,
            "<head><link as=fetch crossorigin href=../e-1_bg.wasm rel=preload type=application/wasm></head><body><script type=module>//# allFunctionsCalledOnLoad\ntry { const init = (() => { let wasm;function R(t){return WebAssembly.instantiate(t)}const x=wasm.exports;\n;return R; })(); await init({ module_or_path: \"../e-1_bg.wasm\" }); } catch (e) {}</script></body>"
        );
        assert_eq!(
            inline_glue(&inlined),
            Some("let wasm;function R(t){return WebAssembly.instantiate(t)}const x=wasm.exports;")
        );
        assert_eq!(inline_glue(page), None);
        assert_eq!(preloaded_files(&inlined), ["../e-1_bg.wasm"]);
        // wasm-bindgen's own, unminified.
        let unminified =
            "async function __wbg_init(m) {}\nexport { initSync, __wbg_init as default };\n";
        assert!(with_inline_glue(page, "e-1.js", unminified)
            .unwrap()
            .contains("(() => { async function __wbg_init(m) {}\n\n;return __wbg_init; })()"));
    }

    #[test]
    fn a_glue_that_cannot_run_in_the_loader_is_named() {
        let page =
            "<script type=module>const init = (await import(\"./e-1.js\")).default;</script>";
        let glue = "function R(){}export{R as default};";
        assert_eq!(
            with_inline_glue(page, "e-2.js", glue),
            Err(PrerenderError::NoGlueImport("e-2.js".to_owned()))
        );
        for broken in [
            "function R(){}",
            "function R(){}export{R as initSync};",
            "export function f(){}function R(){}export{R as default};",
        ] {
            assert_eq!(
                with_inline_glue(page, "e-1.js", broken),
                Err(PrerenderError::NoGlueExport("e-1.js".to_owned())),
                "{broken}"
            );
        }
        assert_eq!(
            with_inline_glue(
                page,
                "e-1.js",
                "const s=\"</SCRIPT>\";function R(){}export{R as default};"
            ),
            Err(PrerenderError::GlueEndsScript("e-1.js".to_owned()))
        );
        assert_eq!(
            PrerenderError::NoGlueImport("e-2.js".to_owned()).to_string(),
            "index.html: the loader has no `(await import(\"…e-2.js\")).default` (Trunk.toml's pattern_script)"
        );
        assert_eq!(
            PrerenderError::NoGlueExport("e-1.js".to_owned()).to_string(),
            "e-1.js: no default export as the glue's one, last `export { … }`"
        );
        assert_eq!(
            PrerenderError::GlueEndsScript("e-1.js".to_owned()).to_string(),
            "e-1.js: holds `</script` or `<!--`, which would end the page's loader early"
        );
    }

    #[test]
    fn development_builds_quote_their_stylesheet_links() {
        let template = "<link rel=\"stylesheet\" href=\"./noscript.css\">\n<link rel=\"stylesheet\" href=\"./base-1.css\" integrity=\"sha384-x\"/>\n<link rel=\"stylesheet\" integrity=\"sha384-y\" href=\"./app-2.css\"/>";
        let files: Vec<String> = stylesheet_links(template)
            .into_iter()
            .map(|(_, file)| file)
            .collect();
        assert_eq!(files, ["base-1.css", "app-2.css"]);
    }

    #[test]
    fn stylesheets_become_one_inline_style_after_the_preloads() {
        let template = "<html><noscript><link href=./noscript.css rel=stylesheet></noscript><link href=./a-1.css integrity=sha384-x rel=stylesheet><link href=./b-2.css integrity=sha384-y rel=stylesheet><title>t</title>";
        let links = stylesheet_links(template);
        let files: Vec<&str> = links.iter().map(|(_, f)| f.as_str()).collect();
        assert_eq!(files, ["a-1.css", "b-2.css"]);
        assert_eq!(
            with_inline_styles(template, &links, "a{b:c}"),
            "<html><noscript><link href=./noscript.css rel=stylesheet></noscript><style>a{b:c}</style><title>t</title>"
        );
        let head = format!("{template}<link rel=modulepreload href=./x.js></head>");
        assert_eq!(
            with_inline_styles(&head, &links, "a{b:c}"),
            "<html><noscript><link href=./noscript.css rel=stylesheet></noscript><title>t</title><link rel=modulepreload href=./x.js><style>a{b:c}</style></head>"
        );
    }

    #[test]
    fn class_names_are_the_selectors_classes_and_no_number() {
        let css =
            ".a-b__c,.d--e:hover>.f{margin:0.8px 1.5rem}@media print{.g{x:.5em}}[href$=\".pdf\"]{}";
        assert_eq!(class_names(css), ["a-b__c", "d--e", "f", "g", "pdf"]);
        assert!(class_names("body{margin:0}:root{--gap:1.5rem}").is_empty());
    }

    #[test]
    fn a_stylesheet_stays_when_one_of_its_classes_can_be_shown() {
        let shown = "\0\0moment__date story-map__areatime-control\0";
        assert!(styles_any_of(".moment{a:b}.moment__gone{c:d}", shown));
        assert!(styles_any_of(".story-map__area{a:b}", shown));
        assert!(!styles_any_of(
            ".troop-chart{a:b}.troop-chart__bar{c:d}",
            shown
        ));
        // Only its element selectors and custom properties: the base styles.
        assert!(styles_any_of("body{margin:0}:root{--gap:1.5rem}", shown));
    }

    #[test]
    fn a_place_made_of_parts_has_one_border_of_their_outlines() {
        let svg = map_geometry();
        for (whole, parts) in [("eastern-military-district", 11), ("ukraine", 27)] {
            let outlines: Vec<&str> = AREAS
                .iter()
                .zip(AREA_PATHS)
                .filter(|(area, _)| area.part_of == Some(whole))
                .map(|(_, path)| path)
                .collect();
            assert_eq!(outlines.len(), parts, "{whole}");
            let border = format!(
                "<path id=\"map-border-{whole}\" d=\"{}\" vector-effect=\"non-scaling-stroke\"/>",
                outlines.concat()
            );
            assert_eq!(svg.matches(&border).count(), 1, "{whole}");
        }
        assert_eq!(svg.matches("id=\"map-border-").count(), 2);
    }

    #[test]
    fn a_broken_template_is_named() {
        assert_eq!(
            page(
                "<html><title>t</title><body>x</body>",
                Lang::De,
                "",
                PageKind::Embed,
                URL
            ),
            Err(PrerenderError::NoBody)
        );
        assert_eq!(
            PrerenderError::NoBody.to_string(),
            "index.html has no empty <body></body> to fill"
        );
        assert_eq!(
            page("<p>", Lang::De, "", PageKind::Embed, URL),
            Err(PrerenderError::NoHtml)
        );
    }
}
