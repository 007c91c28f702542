//! The kept markup's writers are the list the prerender reads (`ui::kept`), and every class of their markup keeps its styles in every page of the release `dist/` (its inline style, or the `<noscript>` stylesheet).
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod release;

use std::path::Path;

use explainer::model::view::{page_path, View};
use explainer::page::markup::kept_markup_written;
use explainer::ui::kept::{KeptWriter, KEPT_MARKUP_WRITERS};
use explainer_site::page::{render_body, render_long_form, PageKind};
use explainer_site::styles::class_names;
use release::{release_dist, repo};
use shared::lang::Lang;

/// The listed writer that writes `markup` in `lang`, if any.
fn writer_of(lang: Lang, markup: &str) -> Option<&'static KeptWriter> {
    KEPT_MARKUP_WRITERS
        .iter()
        .find(|writer| (writer.write)(lang) == markup)
}

#[test]
fn every_kept_markup_of_every_page_is_written_by_a_writer_in_the_list() {
    let mut written_on = Vec::new();
    for lang in Lang::ALL {
        for embed in [false, true] {
            let page = if embed { "embed" } else { "standalone" };
            let view = View {
                lang,
                embed,
                ..View::default()
            };
            // The page's body as the prerender renders it, and the standalone page's long form.
            let (_, written) = kept_markup_written(|| {
                let long_form = (!embed).then(|| render_long_form(lang));
                render_body(view) + long_form.as_deref().unwrap_or_default()
            });
            assert!(
                !written.is_empty(),
                "the {page} page in {lang:?}: no kept markup"
            );
            for (lang, markup) in written {
                let writer = writer_of(lang, &markup).unwrap_or_else(|| {
                    let start: String = markup.chars().take(160).collect();
                    panic!(
                        "the {page} page in {lang:?} holds kept markup that no writer of \
                         ui::kept::KEPT_MARKUP_WRITERS writes, so an embed page would lose its \
                         styles: list its writer there. It begins: {start}"
                    )
                });
                written_on.push((writer.name, embed));
            }
        }
    }
    for writer in &KEPT_MARKUP_WRITERS {
        assert!(
            written_on.contains(&(writer.name, writer.embed)),
            "{}: listed as {} the embed pages, but no {} page holds its markup",
            writer.name,
            if writer.embed { "on" } else { "off" },
            if writer.embed { "embed" } else { "standalone" },
        );
        assert!(
            writer.embed || !written_on.contains(&(writer.name, true)),
            "{}: an embed page holds its markup, but the list says the embed pages do not",
            writer.name
        );
    }
}

/// The classes of some markup's `class="…"` attributes, in order.
fn classes_of(markup: &str) -> Vec<&str> {
    markup
        .split("class=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .flat_map(str::split_whitespace)
        .collect()
}

/// A page's styles: its inline `<style>` elements, and the stylesheets it still links (the
/// `<noscript>` one), read from beside the page in `folder`.
fn page_styles(page: &str, folder: &Path) -> String {
    let inline = page
        .split("<style")
        .skip(1)
        .filter_map(|rest| rest.split_once('>')?.1.split("</style>").next());
    let linked = page.split("<link ").skip(1).filter_map(|rest| {
        let tag = rest.split('>').next()?;
        let href = tag
            .split_whitespace()
            .find_map(|part| part.strip_prefix("href="))?;
        let href = href.trim_matches(['"', '\'', '/']);
        let css = href.ends_with(".css").then(|| folder.join(href))?;
        Some(std::fs::read_to_string(&css).unwrap_or_else(|e| panic!("{}: {e}", css.display())))
    });
    inline.map(str::to_owned).chain(linked).collect()
}

/// The classes the stylesheets (`styles/*.css`) have a rule for.
fn styled_classes() -> Vec<String> {
    let mut styled = Vec::new();
    for entry in std::fs::read_dir(repo().join("styles")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "css") {
            let css = std::fs::read_to_string(&path).unwrap();
            styled.extend(class_names(&css).into_iter().map(str::to_owned));
        }
    }
    styled
}

#[test]
fn every_class_of_the_kept_markup_keeps_its_styles_in_every_page() {
    let Some(dist) = release_dist("kept markup's styles") else {
        return;
    };
    let styled = styled_classes();
    let mut checked = 0;
    for lang in Lang::ALL {
        for kind in [PageKind::Standalone { long_form: "" }, PageKind::Embed] {
            let file = page_path("", lang) + kind.file();
            let page = std::fs::read_to_string(dist.join(&file))
                .unwrap_or_else(|e| panic!("dist/{file}: {e}"));
            let folder = dist.join(page_path("", lang));
            let style = page_styles(&page, &folder);
            let kept = class_names(&style);
            let writers = KEPT_MARKUP_WRITERS
                .iter()
                .filter(|writer| writer.embed || kind != PageKind::Embed);
            for writer in writers {
                let markup = (writer.write)(lang);
                for class in classes_of(&markup) {
                    if styled.iter().any(|name| name == class) {
                        assert!(
                            kept.contains(&class),
                            "dist/{file}: the class {class} of {}'s kept markup has a rule in \
                             styles/, but not in the page's styles",
                            writer.name
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(
        checked > 0,
        "no class of the kept markup has a rule in styles/"
    );
}
