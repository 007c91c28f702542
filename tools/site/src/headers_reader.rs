//! Reads a `_headers` file as Netlify and Cloudflare Pages do: the headers it gives each path (the browser tests serve `dist/` by it).

/// The path line of the block whose headers every path gets.
pub const EVERY_PATH: &str = "/*";

/// One header that a `_headers` file gives the paths of a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderRule {
    /// The block's path, from the site's root (`/en/`, `/embed.html`), or [`EVERY_PATH`].
    pub path: String,
    /// The header's name.
    pub name: String,
    /// Its value.
    pub value: String,
}

/// The rules of a `_headers` file, in its order: a block is a path's line, then its headers
/// indented below it (`  Name: value`). Blank lines and `#` comments say nothing.
pub fn read_headers(text: &str) -> Vec<HeaderRule> {
    let mut path = None;
    let mut rules = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            path = Some(trimmed.to_owned());
        } else if let (Some(path), Some((name, value))) = (&path, trimmed.split_once(": ")) {
            rules.push(HeaderRule {
                path: path.clone(),
                name: name.to_owned(),
                value: value.to_owned(),
            });
        }
    }
    rules
}

/// The rules that apply to a response for `path` (from the site's root, as `/en/`), in the
/// file's order: those of every path and the path's own.
pub fn headers_for<'r>(rules: &'r [HeaderRule], path: &str) -> Vec<&'r HeaderRule> {
    rules
        .iter()
        .filter(|rule| rule.path == EVERY_PATH || rule.path == path)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host_files::{headers_file, PageHeaders, IMMUTABLE};

    #[test]
    fn the_reader_reads_what_the_writer_writes() {
        let pages = [PageHeaders {
            path: "/en/".to_owned(),
            preloads: Some("<./a.wasm>; rel=preload".to_owned()),
        }];
        let rules = read_headers(&headers_file(&pages, &["/a.wasm".to_owned()]));
        let of = |path: &str| -> Vec<(&str, &str)> {
            headers_for(&rules, path)
                .into_iter()
                .map(|rule| (rule.name.as_str(), rule.value.as_str()))
                .collect()
        };
        assert_eq!(
            of("/a.wasm"),
            [
                ("X-Content-Type-Options", "nosniff"),
                ("Cache-Control", IMMUTABLE)
            ]
        );
        let page = of("/en/");
        assert_eq!(page[0], ("X-Content-Type-Options", "nosniff"));
        assert!(
            page.contains(&("Referrer-Policy", "no-referrer")),
            "{page:?}"
        );
        assert!(
            page.contains(&("Link", "<./a.wasm>; rel=preload")),
            "{page:?}"
        );
        assert_eq!(
            of("/elsewhere.css"),
            [("X-Content-Type-Options", "nosniff")]
        );
    }

    #[test]
    fn comments_blank_lines_and_colons_in_values_are_read_as_hosts_read_them() {
        let rules = read_headers(
            "# a comment\n\n/*\n  Link: <a:b>; rel=x\n\t# not a header\n/x\n  A: b: c\n",
        );
        assert_eq!(
            rules,
            [
                HeaderRule {
                    path: "/*".to_owned(),
                    name: "Link".to_owned(),
                    value: "<a:b>; rel=x".to_owned()
                },
                HeaderRule {
                    path: "/x".to_owned(),
                    name: "A".to_owned(),
                    value: "b: c".to_owned()
                },
            ]
        );
    }
}
