//! Every page of the release `dist/` says what a chat app or a social site shows of its link, and a standalone page what an installed app is: each tag once, absolute, and every image it names there in the size it states.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use explainer::i18n::Text;
use explainer::model::story::STORY;
use explainer::model::view::page_path;
use explainer_site::link_preview::MANIFEST_FILE;
use explainer_site::preview::{APP_ICONS, FAVICON, TOUCH_ICON};
use resvg::tiny_skia::Pixmap;
use shared::lang::Lang;

fn dist() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist")
}

/// A tag of the head: its name and its attributes, their values unescaped.
#[derive(Debug)]
struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

impl Tag {
    fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

fn unescape(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The `<meta>` and `<link>` tags of a page's head, their attributes quoted or not, as the
/// HTML parser reads them.
fn head_tags(page: &str) -> Vec<Tag> {
    let head = &page[..page.find("<body").expect("a body")];
    let mut tags = Vec::new();
    for (at, _) in head.match_indices('<') {
        let rest = &head[at + 1..];
        let name: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
        if name != "meta" && name != "link" {
            continue;
        }
        let mut attributes = Vec::new();
        let mut rest = rest[name.len()..].trim_start();
        while !rest.starts_with('>') && !rest.is_empty() {
            let key_end = rest
                .find(|c: char| c == '=' || c == '>' || c.is_whitespace())
                .unwrap();
            let key = rest[..key_end].trim_end_matches('/').to_owned();
            rest = &rest[key_end..];
            let value = if let Some(after) = rest.strip_prefix('=') {
                let (value, after) = match after.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        let end = after[1..].find(quote).unwrap() + 1;
                        (&after[1..end], &after[end + 1..])
                    }
                    _ => {
                        let end = after.find(|c: char| c == '>' || c.is_whitespace()).unwrap();
                        (&after[..end], &after[end..])
                    }
                };
                rest = after;
                unescape(value)
            } else {
                String::new()
            };
            if !key.is_empty() {
                attributes.push((key, value));
            }
            rest = rest.trim_start();
        }
        tags.push(Tag { name, attributes });
    }
    tags
}

/// The contents of a page's `<meta property|name=…>` tags of that name, in order.
fn metas<'a>(tags: &'a [Tag], name: &str) -> Vec<&'a str> {
    tags.iter()
        .filter(|t| {
            t.name == "meta" && (t.get("property") == Some(name) || t.get("name") == Some(name))
        })
        .map(|t| t.get("content").unwrap_or_default())
        .collect()
}

/// The one `<meta>` of that name's content: a second would leave the reader to guess.
fn meta<'a>(tags: &'a [Tag], name: &str, page: &Path) -> &'a str {
    let found = metas(tags, name);
    assert_eq!(
        found.len(),
        1,
        "{}: {name} {} times",
        page.display(),
        found.len()
    );
    found[0]
}

/// The `href`s of a page's `<link rel=…>` tags.
fn links<'a>(tags: &'a [Tag], rel: &str) -> Vec<&'a Tag> {
    tags.iter()
        .filter(|t| t.name == "link" && t.get("rel") == Some(rel))
        .collect()
}

/// The width and height of a PNG in `dist/`.
fn png_size(file: &Path) -> (u32, u32) {
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let image = Pixmap::decode_png(&bytes).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    (image.width(), image.height())
}

/// The file in `dist/` a page's relative `href` names.
fn beside(page: &Path, href: &str) -> PathBuf {
    page.parent().unwrap().join(href)
}

/// The page's Open Graph and card tags in `lang`, at the address `here`, and its image, absolute
/// below `public` and in `dist` in its stated size.
fn check_preview_tags(
    tags: &[Tag],
    page: &Path,
    lang: Lang,
    (public, here): (&str, &str),
    dist: &Path,
) {
    let canonical = links(tags, "canonical");
    assert_eq!(canonical.len(), 1, "{}", page.display());
    assert_eq!(canonical[0].get("href"), Some(here));
    assert_eq!(meta(tags, "og:type", page), "website");
    assert_eq!(meta(tags, "og:title", page), STORY.title.get(lang));
    assert_eq!(
        meta(tags, "og:description", page),
        STORY.description.get(lang)
    );
    assert_eq!(meta(tags, "og:url", page), here);
    assert_eq!(meta(tags, "og:locale", page), Text::Locale.get(lang));
    let mut alternates = metas(tags, "og:locale:alternate");
    alternates.sort_unstable();
    let mut others: Vec<&str> = Lang::ALL
        .into_iter()
        .filter(|&other| other != lang)
        .map(|other| Text::Locale.get(other))
        .collect();
    others.sort_unstable();
    assert_eq!(alternates, others, "{}", page.display());
    assert_eq!(meta(tags, "twitter:card", page), "summary_large_image");
    assert_eq!(
        meta(tags, "og:image:alt", page),
        Text::PreviewImageAlt.get(lang)
    );
    let image = meta(tags, "og:image", page);
    let path = image
        .strip_prefix(public)
        .unwrap_or_else(|| panic!("{}: og:image {image} is not below {public}", page.display()));
    let width: u32 = meta(tags, "og:image:width", page).parse().unwrap();
    let height: u32 = meta(tags, "og:image:height", page).parse().unwrap();
    assert_eq!(png_size(&dist.join(path)), (width, height), "{image}");
    assert_eq!((width, height), (1200, 630));
}

/// The page's icons, relative to it, in their stated sizes.
fn check_icons(tags: &[Tag], page: &Path) {
    let icons = links(tags, "icon");
    assert_eq!(icons.len(), 1, "{}", page.display());
    let icon = beside(page, icons[0].get("href").unwrap());
    let size = FAVICON.size;
    assert_eq!(
        icons[0].get("sizes"),
        Some(format!("{size}x{size}").as_str())
    );
    assert_eq!(png_size(&icon), (size, size), "{}", icon.display());
    let touch = links(tags, "apple-touch-icon");
    assert_eq!(touch.len(), 1, "{}", page.display());
    let touch = beside(page, touch[0].get("href").unwrap());
    assert_eq!(png_size(&touch), (TOUCH_ICON.size, TOUCH_ICON.size));
}

/// A standalone page's manifest, with its theme's colours and its icons in their sizes.
fn check_manifest(tags: &[Tag], page: &Path, lang: Lang) {
    let manifests = links(tags, "manifest");
    let colours = metas(tags, "theme-color");
    assert_eq!(colours.len(), 2, "{}", page.display());
    assert_eq!(manifests.len(), 1, "{}", page.display());
    let href = manifests[0].get("href").unwrap();
    assert_eq!(href, MANIFEST_FILE);
    let manifest_file = beside(page, href);
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest_file).unwrap()).unwrap();
    assert_eq!(manifest["name"], STORY.title.get(lang));
    assert_eq!(manifest["lang"], lang.code());
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["theme_color"], colours[0]);
    let icons = manifest["icons"].as_array().unwrap();
    assert_eq!(icons.len(), APP_ICONS.len());
    for (icon, app_icon) in icons.iter().zip(APP_ICONS) {
        let file = beside(&manifest_file, icon["src"].as_str().unwrap());
        let size = app_icon.size;
        assert_eq!(icon["sizes"], format!("{size}x{size}"));
        assert_eq!(png_size(&file), (size, size), "{}", file.display());
    }
}

#[test]
fn every_page_carries_its_link_preview_and_a_standalone_page_its_manifest() {
    let dist = dist();
    if !dist.join("index.html.br").exists() {
        let required = std::env::var("EXPLAINER_BROWSER_TESTS").is_ok_and(|v| v == "required");
        assert!(!required, "no release dist/: run tools/build");
        println!("link previews: skipped, no release dist/ (tools/build makes one)");
        return;
    }
    // The public address the build was given: the first language's page's canonical.
    let first = head_tags(&std::fs::read_to_string(dist.join("index.html")).unwrap());
    let public = links(&first, "canonical")[0]
        .get("href")
        .unwrap()
        .to_owned();
    assert!(
        public.starts_with("http://") || public.starts_with("https://"),
        "{public}"
    );
    for lang in Lang::ALL {
        let folder = dist.join(page_path("", lang));
        for file in ["index.html", "embed.html"] {
            let page = folder.join(file);
            let tags = head_tags(&std::fs::read_to_string(&page).unwrap());
            let here = page_path(&public, lang);
            check_preview_tags(&tags, &page, lang, (&public, &here), &dist);
            check_icons(&tags, &page);
            // A standalone page is an app to install, with its theme's colours; an embed is not.
            if file == "embed.html" {
                let none =
                    links(&tags, "manifest").is_empty() && metas(&tags, "theme-color").is_empty();
                assert!(none, "{}", page.display());
            } else {
                check_manifest(&tags, &page, lang);
            }
        }
    }
}

#[test]
fn the_head_reader_reads_quoted_and_bare_attributes() {
    let tags = head_tags("<head><meta property=\"og:title\" content=\"A &amp; B\"><link href=../i.png rel=icon sizes=32x32><meta charset=utf-8></head><body><meta name=x>");
    assert_eq!(tags.len(), 3);
    assert_eq!(metas(&tags, "og:title"), ["A & B"]);
    assert_eq!(links(&tags, "icon")[0].get("href"), Some("../i.png"));
    assert_eq!(tags[2].get("charset"), Some("utf-8"));
}
