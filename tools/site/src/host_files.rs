//! What the host is told beside the pages: `_headers` (framing, caching, preloads as `Link` headers) and `_redirects`.

use explainer::model::view::{page_path, Theme};
use shared::lang::Lang;

use crate::oembed::oembed_file;

/// The offline copy's worker (`offline` writes it), in the explainer's folder: its scope is that
/// folder, every language's pages below it. The host must not keep it (`Cache-Control: no-cache`).
pub const WORKER_FILE: &str = "sw.js";

/// The policy a page's response carries beside its `<meta>` one, which browsers enforce both:
/// framing on any site, which a `<meta>` cannot say (browsers ignore it there), and which makes
/// them ignore an `X-Frame-Options` a host may add.
pub const FRAMING_POLICY: &str = "frame-ancestors *";

/// The `<link rel=modulepreload|preload>` tags in a page's head (Trunk's), each without its
/// `<link ` and `>`.
pub(crate) fn preload_tags(page: &str) -> impl Iterator<Item = &str> {
    let head = &page[..page.find("<body").unwrap_or(page.len())];
    head.split("<link ").skip(1).filter_map(|rest| {
        let tag = &rest[..rest.find('>')?];
        matches!(attribute(tag, "rel")?, "preload" | "modulepreload").then_some(tag)
    })
}

/// An attribute's value in a tag: release builds write `rel=preload`, development builds
/// `rel="preload"`.
pub(crate) fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
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
/// file is `nosniff`, the `hashed` ones (paths from the site's root), whose names change
/// with their content, are kept a year ([`IMMUTABLE`]), and the offline copy's worker is asked
/// for again on every load. Each page may be framed anywhere
/// ([`FRAMING_POLICY`]), sends no referrer and announces its preloads, all only on the page's
/// response, where they mean something. The oEmbed files, in every theme, may be read by
/// scripts on any site.
pub fn headers_file(pages: &[PageHeaders], hashed: &[String]) -> String {
    let mut file = "/*\n  X-Content-Type-Options: nosniff\n".to_owned();
    for path in hashed {
        file.push_str(&format!("{path}\n  Cache-Control: {IMMUTABLE}\n"));
    }
    // The offline copy's worker: asked for again on every load, so that a new build's is seen.
    file.push_str(&format!("/{WORKER_FILE}\n  Cache-Control: no-cache\n"));
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

/// The files the pages preload, from the site's root (`/explainer-<hash>_bg.wasm`), each once
/// and sorted: each build's wasm, whose name carries its hash, lies in the site's root.
pub fn hashed_files<'a>(pages: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut hashed: Vec<String> = pages
        .into_iter()
        .flat_map(preloaded_files)
        .filter_map(|href| Some(format!("/{}", href.rsplit('/').next()?)))
        .collect();
    hashed.sort();
    hashed.dedup();
    hashed
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn each_page_may_be_framed_and_names_its_preloads_and_the_hashed_files_are_kept_a_year() {
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
        assert_eq!(headers_file(&[en, embed], &hashed), format!("/*\n  X-Content-Type-Options: nosniff\n/a-1.js\n  Cache-Control: public, max-age=31536000, immutable\n/sw.js\n  Cache-Control: no-cache\n/en/\n  Content-Security-Policy: frame-ancestors *\n  Referrer-Policy: no-referrer\n  Link: <../a.js>; rel=modulepreload\n/embed.html\n  Content-Security-Policy: frame-ancestors *\n  Referrer-Policy: no-referrer\n/oembed.json{cors}/oembed-light.json{cors}/oembed-dark.json{cors}/en/oembed.json{cors}/en/oembed-light.json{cors}/en/oembed-dark.json{cors}/uk/oembed.json{cors}/uk/oembed-light.json{cors}/uk/oembed-dark.json{cors}/ru/oembed.json{cors}/ru/oembed-light.json{cors}/ru/oembed-dark.json{cors}"));
    }

    #[test]
    fn the_hashed_files_are_what_the_pages_preload_from_the_sites_root() {
        let de = "<head><link as=fetch crossorigin href=./e-1_bg.wasm rel=preload type=application/wasm></head>";
        let en = "<head><link as=fetch crossorigin href=../e-2_bg.wasm rel=preload type=application/wasm><link href=../e-1_bg.wasm rel=preload></head>";
        assert_eq!(hashed_files([de, en]), ["/e-1_bg.wasm", "/e-2_bg.wasm"]);
    }

    #[test]
    fn a_theme_has_its_own_oembed_redirect() {
        assert_eq!(
            redirects_file(),
            "# oEmbed with a theme (oembed.json?theme=light|dark).\n/oembed.json theme=light /oembed-light.json 200\n/oembed.json theme=dark /oembed-dark.json 200\n/en/oembed.json theme=light /en/oembed-light.json 200\n/en/oembed.json theme=dark /en/oembed-dark.json 200\n/uk/oembed.json theme=light /uk/oembed-light.json 200\n/uk/oembed.json theme=dark /uk/oembed-dark.json 200\n/ru/oembed.json theme=light /ru/oembed-light.json 200\n/ru/oembed.json theme=dark /ru/oembed-dark.json 200\n"
        );
    }
}
