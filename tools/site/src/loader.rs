//! The page's loader: `loader.js`, written as one line where Trunk.toml's `pattern_script` marks its place.

use std::fmt;

use crate::host_files::attribute;

/// The loader (`loader.js`): readable, commented, with `{glue}` and `{wasm}` where the page's
/// glue and wasm go.
pub const LOADER: &str = include_str!("loader.js");

/// The attribute that marks Trunk's `pattern_script` as the loader's place. The mark also names
/// the page's glue (`data-glue`) and wasm (`data-wasm`), which Trunk fills in.
pub const LOADER_MARK: &str = "data-explainer-loader";

/// Why the loader could not be written into the template.
#[derive(Debug, PartialEq, Eq)]
pub enum LoaderError {
    /// The template has no `<script data-explainer-loader …></script>` with its glue and wasm.
    NoMark,
}

impl fmt::Display for LoaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoaderError::NoMark => write!(
                f,
                "index.html: no `<script {LOADER_MARK} data-glue=… data-wasm=…></script>` (Trunk.toml's pattern_script)"
            ),
        }
    }
}

impl std::error::Error for LoaderError {}

/// `loader` as one line: its comment lines dropped, the others trimmed and joined with a space.
pub fn one_line(loader: &str) -> String {
    let code: Vec<&str> = loader
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect();
    code.join(" ")
}

/// `template` with Trunk's mark (its `pattern_script`) replaced by a module script holding
/// `loader` ([`one_line`]), its `{glue}` and `{wasm}` the URLs the mark names.
pub fn with_loader(template: &str, loader: &str) -> Result<String, LoaderError> {
    let start = template
        .match_indices("<script ")
        .map(|(at, _)| at)
        .find(|&at| {
            template[at..]
                .split_once('>')
                .is_some_and(|(tag, _)| tag.contains(LOADER_MARK))
        })
        .ok_or(LoaderError::NoMark)?;
    let tag_end = start + template[start..].find('>').ok_or(LoaderError::NoMark)?;
    let tag = &template[start + "<script ".len()..tag_end];
    let end = template[tag_end..]
        .strip_prefix("></script>")
        .map(|_| tag_end + "></script>".len())
        .ok_or(LoaderError::NoMark)?;
    let glue = attribute(tag, "data-glue").ok_or(LoaderError::NoMark)?;
    let wasm = attribute(tag, "data-wasm").ok_or(LoaderError::NoMark)?;
    let script = one_line(loader)
        .replace("{glue}", glue)
        .replace("{wasm}", wasm);
    Ok(format!(
        "{}<script type=module>{script}</script>{}",
        &template[..start],
        &template[end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glue::with_inline_glue;

    #[test]
    fn the_loader_is_one_line_of_code_without_comments() {
        let line = one_line(LOADER);
        assert!(!line.contains('\n'));
        // A comment left in the one line would swallow the rest of the script.
        assert!(!line.contains("//") && !line.contains("/*"), "{line}");
        assert!(line.starts_with("const html = document.documentElement; if ("));
        assert!(line.ends_with("} else { html.classList.add(\"no-wasm\"); }"));
        for code in LOADER.lines().filter(|l| !l.trim_start().starts_with("//")) {
            assert!(!code.contains("//"), "a comment after code: {code}");
        }
        assert_eq!(one_line("  a;\n  // b\n\n  c;\n"), "a; c;");
    }

    #[test]
    fn the_mark_becomes_the_loader_with_the_pages_glue_and_wasm() {
        // As Trunk's release build minifies it, and as a development build leaves it.
        for mark in [
            "<script data-explainer-loader data-glue=./e-1.js data-wasm=./e-1_bg.wasm type=module></script>",
            "<script type=\"module\" data-explainer-loader data-glue=\"./e-1.js\" data-wasm=\"./e-1_bg.wasm\"></script>",
        ] {
            let template = format!("<head><title>t</title>{mark}</head><body></body>");
            let loader = "// Starts.\nconst init = (await import(\"{glue}\")).default;\nawait init({ module_or_path: \"{wasm}\" });\n";
            assert_eq!(
                with_loader(&template, loader).unwrap(),
                "<head><title>t</title><script type=module>const init = (await import(\"./e-1.js\")).default; await init({ module_or_path: \"./e-1_bg.wasm\" });</script></head><body></body>"
            );
        }
    }

    #[test]
    fn the_glue_finds_its_import_in_the_loader() {
        let template = "<html><head><script type=module data-explainer-loader data-glue=./e-1.js data-wasm=./e-1_bg.wasm></script></head><body></body></html>";
        let page = with_loader(template, LOADER).unwrap();
        assert!(page.contains("await init({ module_or_path: \"./e-1_bg.wasm\" });"));
        let glue = "function R(){}export{R as default};";
        let inlined = with_inline_glue(&page, "e-1.js", glue).unwrap();
        assert!(inlined.contains("const init = (() => { function R(){}\n;return R; })();"));
    }

    #[test]
    fn a_template_without_the_mark_is_named() {
        for template in [
            "<head><script type=module>import('./e-1.js')</script></head>",
            "<script data-explainer-loader data-glue=./e-1.js></script>",
            "<script data-explainer-loader data-glue=./e-1.js data-wasm=./e-1_bg.wasm>x</script>",
        ] {
            assert_eq!(with_loader(template, LOADER), Err(LoaderError::NoMark));
        }
        assert_eq!(
            LoaderError::NoMark.to_string(),
            "index.html: no `<script data-explainer-loader data-glue=… data-wasm=…></script>` (Trunk.toml's pattern_script)"
        );
    }
}
