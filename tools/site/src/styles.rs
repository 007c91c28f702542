//! The page's styles: Trunk's stylesheet links joined into one inline `<style>`, the forced themes, and the embed pages' choice of stylesheets.

use std::path::Path;

use explainer::ui::kept::KEPT_MARKUP_WRITERS;
use explainer::ui::quote_section::speaker_filter_css;
use explainer::ui::time_control::axis_css;
use shared::lang::Lang;

use crate::files::{self, FileError};

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

/// Joins the component stylesheets, with the rules that follow the content (the speaker
/// filter's, the time axis's) and the forced themes, into one `<style>` in the page's head,
/// and removes the parts. Returns the standalone page's template, with every stylesheet, and the
/// embed pages', with those that can style what the embed pages' wasm (`embed_wasm`) shows: the
/// long form's, the header's and the embed dialog's stay out of it.
pub fn inline_styles_of(
    staging: &Path,
    template: &str,
    embed_wasm: &Path,
) -> Result<(String, String), FileError> {
    let links = stylesheet_links(template);
    if links.is_empty() {
        return Ok((template.to_owned(), template.to_owned()));
    }
    let shown =
        String::from_utf8_lossy(&files::read(embed_wasm)?).into_owned() + &embed_kept_markup();
    let (mut all, mut embed) = (String::new(), String::new());
    for (_, file) in &links {
        let css = files::read_text(&staging.join(file))?;
        if styles_any_of(&css, &shown) {
            embed.push_str(&css);
            embed.push('\n');
        }
        all.push_str(&css);
        all.push('\n');
    }
    // The speaker filter is the long form's, which an embed page does not have.
    let template_with = |css: String| with_inline_styles(template, &links, &themed_css(&css));
    let templates = (
        template_with(all + &speaker_filter_css() + &axis_css()),
        template_with(embed + &axis_css()),
    );
    for (_, file) in &links {
        files::remove(&staging.join(file))?;
    }
    Ok(templates)
}

/// The kept markup of an embed page's stage and app in every language: that of each writer in
/// `ui::kept`'s list that the embed pages hold (the header's is the standalone pages' alone).
/// Every class the wasm can write stands in its data as text; the kept markup's, which only the
/// host writes (`markup::kept_markup`), stand in this markup.
fn embed_kept_markup() -> String {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            KEPT_MARKUP_WRITERS
                .iter()
                .filter(|writer| writer.embed)
                .map(move |writer| (writer.write)(lang))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
