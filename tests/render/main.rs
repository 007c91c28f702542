//! Components rendered on the host with Yew's server renderer: what a reader gets before any wasm runs, one module a part of it.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../host_render/mod.rs"]
mod host_render;

mod map;
mod page;
mod quotes;
mod time;

/// The markup inside the first `<g>` of a class (which holds no `<g>` itself).
pub fn group<'a>(html: &'a str, class: &str) -> &'a str {
    html.split(&format!(r#"<g class="{class}">"#))
        .nth(1)
        .and_then(|rest| rest.split("</g>").next())
        .unwrap_or_else(|| panic!("no <g class=\"{class}\">"))
}
