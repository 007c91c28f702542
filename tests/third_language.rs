//! A language is one column: a copy of the project gets French by the README's recipe, as the Ukrainian and Russian editions were made, and renders a tiny story in it.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//
// The copy lives in Cargo's test scratch folder and builds with its own cargo, so the
// project itself never has French. The recipe's steps are the edits below; when one
// of them stops being enough, this test fails where a person following the recipe would.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the copy needs to build the library and regenerate the map.
const COPIED: [&str; 14] = [
    "Cargo.toml",
    "Cargo.lock",
    "build.rs",
    "rust-toolchain.toml",
    "src",
    "crates/shared",
    "tools/site/Cargo.toml",
    "tools/site/src",
    "tools/site/fonts",
    "styles",
    "tools/content-compiler/Cargo.toml",
    "tools/content-compiler/src",
    "tools/mapgen/Cargo.toml",
    "tools/mapgen/src",
];

/// French columns where a pseudo-translation would not do: formats, names and marks.
const FRENCH: [(&str, &str); 8] = [
    ("Locale", "fr_FR"),
    ("QuoteOpen", "« "),
    ("QuoteClose", " »"),
    ("ThousandsSeparator", " "),
    ("DayFormat", "{day} {month} {year}"),
    ("DaysFormat", "{first}–{last} {month} {year}"),
    (
        "Months",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    ),
    (
        "ShortMonths",
        "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    ),
];

fn copy_tree(from: &Path, to: &Path) {
    if from.is_dir() {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            copy_tree(&entry.path(), &to.join(entry.file_name()));
        }
    } else {
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(from, to).unwrap();
    }
}

/// Replaces `old` (which must be there) with `new` in a file of the copy.
fn edit(path: &Path, old: &str, new: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(
        text.contains(old),
        "{}: the recipe expects `{old}` here",
        path.display()
    );
    fs::write(path, text.replacen(old, new, 1)).unwrap();
}

/// A catalog row's texts: the literals after ` => `, one per language, or none for a line that
/// is not a row.
fn row_texts(line: &str) -> Option<Vec<&str>> {
    let row = line.trim_start();
    let (key, texts) = row.split_once(" => \"")?;
    let texts = texts.strip_suffix("\";")?;
    key.chars()
        .all(|c| c.is_ascii_alphanumeric())
        .then(|| texts.split("\", \"").collect())
}

/// Step 2 of the recipe: a French column on every catalog row (a pseudo-translation, `[fr]`
/// and the English text, except for [`FRENCH`]), and the rows that name French itself.
fn add_catalog_column(locale: &Path) {
    let text = fs::read_to_string(locale).unwrap();
    let mut out = String::new();
    let mut rows = 0;
    for line in text.lines() {
        match row_texts(line) {
            Some(texts) => {
                assert_eq!(
                    texts.len(),
                    4,
                    "a catalog row with a column per language: {line}"
                );
                let key = line.trim_start().split(" => ").next().unwrap_or_default();
                let french = FRENCH
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map_or_else(|| format!("[fr] {}", texts[1]), |(_, f)| (*f).to_owned());
                out.push_str(&format!("{}, \"{french}\";\n", &line[..line.len() - 1]));
                rows += 1;
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    assert!(
        rows > 50,
        "only {rows} catalog rows found in {}",
        locale.display()
    );
    fs::write(locale, out).unwrap();
    edit(
        locale,
        "    /// Reveals the English wording of a quote.\n    ShowEnglish => ",
        "    /// Translated from French.\n    FromFrench => \"aus dem Französischen\", \"from French\", \"з французької\", \"с французского\", \"du français\";\n    /// Label of a quote's French wording.\n    ShowFrench => \"Französischer Wortlaut\", \"French wording\", \"Французький текст\", \"Французский текст\", \"Texte français\";\n    /// Reveals the English wording of a quote.\n    ShowEnglish => ",
    );
    edit(
        locale,
        "    Text::FromRussian,\n];",
        "    Text::FromRussian,\n    Text::FromFrench,\n];",
    );
    edit(
        locale,
        "    Text::ShowRussian,\n];",
        "    Text::ShowRussian,\n    Text::ShowFrench,\n];",
    );
}

/// The tiny story's texts in French, by their English: step 3's column.
const FRENCH_CONTENT: [(&str, &str); 29] = [
    ("A small story", "Une petite histoire"),
    ("For testing.", "Pour tester."),
    ("A test story.", "Une histoire de test."),
    ("None of this happened.", "Rien de tout cela n'est arrivé."),
    ("Test data.", "Données de test."),
    ("East", "Est"),
    ("First event", "Premier événement"),
    ("Something begins.", "Quelque chose commence."),
    ("Second event", "Deuxième événement"),
    ("Something is claimed.", "Quelque chose est affirmé."),
    ("the test office", "le bureau de test"),
    ("Things counted", "Choses comptées"),
    ("Erika Muster", "Erika Muster"),
    ("Speaker", "Porte-parole"),
    ("Test office", "Bureau de test"),
    ("Russia", "Russie"),
    (
        "A place of the test story.",
        "Un lieu de l'histoire de test.",
    ),
    ("Ukraine", "Ukraine"),
    ("North Korea", "Corée du Nord"),
    ("South Korea", "Corée du Sud"),
    ("Eastern Military District", "District militaire de l'Est"),
    ("Primorsky Krai", "Kraï du Primorié"),
    ("Kursk region", "Oblast de Koursk"),
    ("Crimea", "Crimée"),
    ("Occupied areas", "Territoires occupés"),
    ("to the press", "devant la presse"),
    ("This is a test.", "Ceci est un test."),
    ("Test publisher", "Éditeur de test"),
    ("Test report", "Rapport de test"),
];

/// Adds `, fr = "…"` to every inline table of `path` that has an English text, its French
/// from `french` (the English text itself if none; a quote's English `own` is `ours` in French).
fn add_french_column(path: &Path, french: impl Fn(&str) -> String) {
    let text = fs::read_to_string(path).unwrap();
    let mut out = String::new();
    for line in text.lines() {
        let english = line
            .split_once(" en = \"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map(|(english, _)| english);
        match (english, line.strip_suffix(" }")) {
            (Some(english), Some(table)) => {
                out.push_str(&format!("{table}, fr = \"{}\" }}\n", french(english)));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    fs::write(path, out).unwrap();
}

/// Step 4: French names in the map plan (a pseudo-translation of the English).
fn add_map_names(plan: &Path) {
    add_french_column(plan, |english| format!("[fr] {english}"));
}

/// The test the copy runs: the tiny story, rendered in French on the host.
const FRENCH_TEST: &str = r##"
use explainer::ui::app::{App, AppProps};
use explainer::ui::long_form::{LongForm, LongFormProps};
use explainer::ui::stage::StageMarkup;
use explainer::page::parts::Part;
use explainer::ui::stage_part::{StagePart, StagePartProps};
use shared::lang::Lang;
use explainer_site::host_files::headers_file;
use explainer_site::page::{page, PageKind};
use explainer::model::view::{href_from, page_path, View};
use yew::ServerRenderer;

#[test]
fn the_tiny_story_renders_in_french() {
    let view = View::from_query("lang=fr");
    assert_eq!(view.lang, Lang::Fr);
    assert_eq!(Lang::ALL.len(), 5);
    let parts = Part::ALL.map(|part| futures::executor::block_on(
        ServerRenderer::<StagePart>::with_props(move || StagePartProps { part, view }).hydratable(false).render(),
    ));
    let app = futures::executor::block_on(
        ServerRenderer::<App>::with_props(move || AppProps { view, parts: StageMarkup::new(parts) }).hydratable(false).render(),
    );
    for text in ["Une petite histoire", "Deuxième événement", "20 janvier 2030", "le bureau de test", ">Français<", "hreflang=\"fr\"", "[fr] claim"] {
        assert!(app.contains(text), "the French stage lacks {text}: {app}");
    }
    let long_form = futures::executor::block_on(
        ServerRenderer::<LongForm>::with_props(|| LongFormProps { lang: Lang::Fr }).hydratable(false).render(),
    );
    for text in ["Ceci est un test.", "lang=\"fr\"", "Rien de tout cela", "[fr] Our translation [fr] from English"] {
        assert!(long_form.contains(text), "the French long form lacks {text}: {long_form}");
    }
    let template = "<!doctype html><html lang=de><head><title>x</title></head><body></body></html>";
    let french = page(template, Lang::Fr, "", PageKind::Standalone { long_form: "" }, "https://x.test/s/").unwrap();
    assert!(french.contains("<html lang=\"fr\">"));
    let embed = page(template, Lang::Fr, "", PageKind::Embed, "https://x.test/s/").unwrap();
    assert!(embed.contains("<html lang=\"fr\" class=\"embedded\">"));
    // Its link preview: its locale, the others as alternates, and its own image.
    assert!(french.contains("<meta property=\"og:locale\" content=\"fr_FR\"><meta property=\"og:locale:alternate\" content=\"de_DE\"><meta property=\"og:locale:alternate\" content=\"en_GB\"><meta property=\"og:locale:alternate\" content=\"uk_UA\"><meta property=\"og:locale:alternate\" content=\"ru_RU\"><meta property=\"og:image\" content=\"https://x.test/s/fr/preview.png\">"));
    assert!(explainer_site::preview::preview_png(Lang::Fr).unwrap().len() < 200 * 1024);
    let embedded = View { embed: true, ..view };
    assert_eq!(explainer::model::view::view_url("https://x.test/s/", &embedded), "https://x.test/s/fr/embed.html?lang=fr&date=2030-01-20&embed=1");
    assert!(french.contains("<link rel=\"canonical\" href=\"https://x.test/s/fr/\">"));
    assert!(french.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://x.test/s/fr/\">"));
    assert_eq!(page_path("/s/", Lang::Fr), "/s/fr/");
    let german = View { lang: Lang::De, ..View::default() };
    assert!(href_from(Lang::Fr, &german).starts_with("../?lang=de"));
    assert!(href_from(Lang::En, &View { lang: Lang::Fr, ..german }).starts_with("../fr/?lang=fr"));
    assert!(headers_file(&[], &[]).contains("/fr/oembed.json\n  Access-Control-Allow-Origin: *\n"));
}
"##;

fn cargo(copy: &Path, target: &Path, args: &[&str]) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(copy)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "`cargo {}` failed in the copy with French:\n{}\n{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_third_language_is_one_column() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let node_modules = repo.join("tools/node_modules");
    let inputs = [(
        node_modules.join("world-atlas/countries-50m.json"),
        "the map's inputs in tools/node_modules (tools/setup installs them)",
    )];
    if support::skip_without("the third-language test", &inputs) {
        return;
    }
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let copy = scratch.join("third-language");
    let _ = fs::remove_dir_all(&copy);
    for path in COPIED {
        copy_tree(&repo.join(path), &copy.join(path));
    }
    std::os::unix::fs::symlink(&node_modules, copy.join("tools/node_modules")).unwrap();
    // The tiny story, and the shipped map plan.
    let content = copy.join("src/content");
    fs::remove_dir_all(&content).unwrap();
    copy_tree(&repo.join("tests/fixtures/tiny-story"), &content);
    fs::remove_file(content.join("README.md")).unwrap();
    fs::copy(repo.join("src/content/map.toml"), content.join("map.toml")).unwrap();

    // Step 1: a row in crates/shared/src/lang.rs.
    let lang = copy.join("crates/shared/src/lang.rs");
    edit(&lang, "    Ru,\n}", "    Ru,\n    /// French.\n    Fr,\n}");
    edit(&lang, "\"uk\", \"ru\"]", "\"uk\", \"ru\", \"fr\"]");
    edit(&lang, "\"Русский\"]", "\"Русский\", \"Français\"]");
    edit(
        &lang,
        "[Lang; 4] = [Lang::De, Lang::En, Lang::Uk, Lang::Ru]",
        "[Lang; 5] = [Lang::De, Lang::En, Lang::Uk, Lang::Ru, Lang::Fr]",
    );
    // Step 2: a column in the catalog.
    add_catalog_column(&copy.join("src/i18n/catalog.rs"));
    // Step 3: the content's column, in the story and in the tiny story the tests compile
    // (here they are the same).
    for file in fs::read_dir(&content).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") && !path.ends_with("map.toml") {
            add_french_column(&path, |english| {
                let french = FRENCH_CONTENT.iter().find(|(en, _)| *en == english);
                match (english, french) {
                    ("own" | "ours", _) => "ours".to_owned(),
                    (_, Some((_, french))) => (*french).to_owned(),
                    (_, None) => panic!("no French for {english:?} in FRENCH_CONTENT"),
                }
            });
        }
    }
    // Step 4: the map's names.
    add_map_names(&content.join("map.toml"));
    // Step 5, the builds: a feature and its arm (the wasm builds themselves are the release's).
    edit(
        &copy.join("Cargo.toml"),
        "lang-ru = []\n",
        "lang-ru = []\nlang-fr = []\n",
    );
    let localized = copy.join("src/model/story/localized.rs");
    edit(
        &localized,
        "const LANG_FEATURES: usize = ",
        "const LANG_FEATURES: usize = cfg!(feature = \"lang-fr\") as usize\n    + ",
    );
    edit(
        &localized,
        "} else {\n    None\n};",
        "} else if cfg!(feature = \"lang-fr\") {\n    Some(Lang::Fr)\n} else {\n    None\n};",
    );
    let target = scratch.join("third-language-target");
    cargo(&copy, &target, &["run", "--quiet", "-p", "mapgen"]);
    // The copy renders its story in French.
    fs::create_dir_all(copy.join("tests")).unwrap();
    fs::write(copy.join("tests/french.rs"), FRENCH_TEST).unwrap();
    edit(
        &copy.join("Cargo.toml"),
        "[dev-dependencies]\n",
        "[dev-dependencies]\nfutures = { version = \"0.3\", default-features = false, features = [\"executor\"] }\n",
    );
    cargo(
        &copy,
        &target,
        &["test", "--quiet", "--offline", "--test", "french"],
    );
}
