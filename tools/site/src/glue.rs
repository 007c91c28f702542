//! Each release page's glue in its loader instead of a file of its own, and Chromium's compile hint.

use std::fmt;

use crate::host_files::{attribute, preload_tags};

/// Why a glue could not be put in its page's loader.
#[derive(Debug, PartialEq, Eq)]
pub enum GlueError {
    /// The page's loader does not import this glue file ([`with_inline_glue`]).
    NoImport(String),
    /// A glue file has no default export as its one, last `export { … }` statement.
    NoExport(String),
    /// A glue file holds text that would end the page's `<script>` early.
    EndsScript(String),
}

impl fmt::Display for GlueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GlueError::NoImport(glue) => write!(
                f,
                "index.html: the loader has no `(await import(\"…{glue}\")).default` (tools/site/src/loader.js)"
            ),
            GlueError::NoExport(glue) => write!(
                f,
                "{glue}: no default export as the glue's one, last `export {{ … }}`"
            ),
            GlueError::EndsScript(glue) => write!(
                f,
                "{glue}: holds `</script` or `<!--`, which would end the page's loader early"
            ),
        }
    }
}

impl std::error::Error for GlueError {}

/// `page` with its build's glue (`glue`, the file `glue_file`: wasm-bindgen's, minified) in its
/// loader instead of imported, and without the glue's module preload. A reader's phone then
/// fetches one file less, and the wasm has the network to itself once the page has arrived: the
/// glue's 3.7 KB came in beside it, so that its last byte came 32 ms later (mobile profile).
/// The loader's `(await import("…glue.js")).default` becomes an expression that runs the glue
/// and gives its default export, `init`, inside the loader's `try`, so a failing glue still
/// shows the calm note.
pub fn with_inline_glue(page: &str, glue_file: &str, glue: &str) -> Result<String, GlueError> {
    let (code, init) = glue_parts(glue_file, glue)?;
    let (import_at, import_end) = glue_import(page, glue_file)?;
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
    with_loader_last(inlined, import_at).ok_or_else(|| GlueError::NoImport(glue_file.to_owned()))
}

/// A glue's code without its closing `export { … }`, and the name of its default export.
fn glue_parts<'a>(glue_file: &str, glue: &'a str) -> Result<(&'a str, &'a str), GlueError> {
    let ends_script = |text: &str| {
        let lower = text.to_ascii_lowercase();
        lower.contains("</script") || lower.contains("<!--")
    };
    if ends_script(glue) {
        return Err(GlueError::EndsScript(glue_file.to_owned()));
    }
    let no_export = || GlueError::NoExport(glue_file.to_owned());
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
    Ok((code, init))
}

/// Where the loader's `(await import("…glue_file")).default` starts and ends in `page`.
fn glue_import(page: &str, glue_file: &str) -> Result<(usize, usize), GlueError> {
    const IMPORT_END: &str = "\")).default";
    page.match_indices("(await import(\"")
        .find_map(|(at, _)| {
            let end = at + page[at..].find(IMPORT_END)?;
            page[at..end]
                .ends_with(glue_file)
                .then_some((at, end + IMPORT_END.len()))
        })
        .ok_or_else(|| GlueError::NoImport(glue_file.to_owned()))
}

/// `page` with the script that holds `at` moved to the end of the body, its first line
/// [`COMPILE_HINT`]; `None` where no script holds `at`. A module script runs once the page is
/// parsed wherever it stands, and in the head its glue came before the page's first paint.
fn with_loader_last(mut page: String, at: usize) -> Option<String> {
    let script_start = page[..at].rfind("<script")?;
    let script_end = page[script_start..]
        .find("</script>")
        .map(|end| script_start + end + "</script>".len())?;
    // Chromium's explicit compile hint, the loader's first line: it compiles the loader's and the
    // glue's functions (one for each of the wasm's imports) with the script, while the page waits
    // for its wasm, instead of each at its first call, between the wasm's arrival and ready.
    let content_start = page[script_start..script_end]
        .find('>')
        .map(|end| script_start + end + 1)?;
    let loader = format!(
        "{}{COMPILE_HINT}{}",
        &page[script_start..content_start],
        &page[content_start..script_end]
    );
    let body_end = page.rfind("</body>").unwrap_or(page.len());
    if body_end > script_end {
        page.insert_str(body_end, &loader);
        page.replace_range(script_start..script_end, "");
    } else {
        page.replace_range(script_start..script_end, &loader);
    }
    Some(page)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::host_files::preloaded_files;

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
            Err(GlueError::NoImport("e-2.js".to_owned()))
        );
        for broken in [
            "function R(){}",
            "function R(){}export{R as initSync};",
            "export function f(){}function R(){}export{R as default};",
        ] {
            assert_eq!(
                with_inline_glue(page, "e-1.js", broken),
                Err(GlueError::NoExport("e-1.js".to_owned())),
                "{broken}"
            );
        }
        assert_eq!(
            with_inline_glue(
                page,
                "e-1.js",
                "const s=\"</SCRIPT>\";function R(){}export{R as default};"
            ),
            Err(GlueError::EndsScript("e-1.js".to_owned()))
        );
        assert_eq!(
            GlueError::NoImport("e-2.js".to_owned()).to_string(),
            "index.html: the loader has no `(await import(\"…e-2.js\")).default` (tools/site/src/loader.js)"
        );
        assert_eq!(
            GlueError::NoExport("e-1.js".to_owned()).to_string(),
            "e-1.js: no default export as the glue's one, last `export { … }`"
        );
        assert_eq!(
            GlueError::EndsScript("e-1.js".to_owned()).to_string(),
            "e-1.js: holds `</script` or `<!--`, which would end the page's loader early"
        );
    }
}
