//! Trunk's post_build hook: renders the first view into the staged `index.html` (German) and `en/index.html` (English).

use std::path::PathBuf;
use std::process::ExitCode;

use explainer::app::{App, AppProps};
use explainer::locale::Lang;
use explainer::prerender::page;
use explainer::view::View;

fn main() -> ExitCode {
    let Some(staging) = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from) else {
        eprintln!("prerender: TRUNK_STAGING_DIR is not set; run me as Trunk's post_build hook");
        return ExitCode::FAILURE;
    };
    let index = staging.join("index.html");
    let template = match std::fs::read_to_string(&index) {
        Ok(template) => template,
        Err(error) => {
            eprintln!("prerender: {}: cannot be read: {error}", index.display());
            return ExitCode::FAILURE;
        }
    };
    for (lang, folder, depth) in [(Lang::De, "", 0), (Lang::En, "en", 1)] {
        let view = View {
            lang,
            ..View::default()
        };
        let renderer = yew::LocalServerRenderer::<App>::with_props(AppProps { view });
        let body = futures::executor::block_on(renderer.render());
        let out = staging.join(folder).join("index.html");
        let written = page(&template, lang, &body, depth)
            .map_err(|e| e.to_string())
            .and_then(|html| {
                std::fs::create_dir_all(staging.join(folder)).map_err(|e| e.to_string())?;
                std::fs::write(&out, html).map_err(|e| e.to_string())
            });
        if let Err(error) = written {
            eprintln!("prerender: {}: {error}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
