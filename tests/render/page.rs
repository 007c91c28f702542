//! The page as the host renders it: the app in each language, the stage's roots, the long form after them, the embed page.

use explainer::model::story::{ClaimKind, LONG_FORM_TEXT, STORY};
use explainer::model::view::View;
use explainer::page::parts::Part;
use explainer::ui::app::{App, AppProps};
use explainer::ui::stage::StageMarkup;
use shared::lang::Lang;
use yew::ServerRenderer;

use super::host_render::{render_app, render_long_form, render_page, render_root, text};

#[tokio::test]
async fn the_app_renders_the_story_in_german_by_default() {
    let html = render_page("").await;
    for expected in [
        STORY.title.get(Lang::De),
        STORY.dek.get(Lang::De),
        LONG_FORM_TEXT.intro.get(Lang::De),
        LONG_FORM_TEXT.credit.get(Lang::De),
    ] {
        assert!(html.contains(expected), "missing: {expected}");
    }
    assert!(html.contains(r#"<main id="story""#));
    // Each language named in itself, linked to its page with the view, the current one marked.
    assert!(html.contains(r#"<nav aria-label="Sprache" class="language-switch"><ul class="language-switch__items"><li><a href="?lang=de&amp;date=2024-10-23" lang="de" hreflang="de" aria-current="true" class="language-switch__link">Deutsch</a></li><li><a href="en/?lang=en&amp;date=2024-10-23" lang="en" hreflang="en" class="language-switch__link">English</a></li><li><a href="uk/?lang=uk&amp;date=2024-10-23" lang="uk" hreflang="uk" class="language-switch__link">Українська</a></li><li><a href="ru/?lang=ru&amp;date=2024-10-23" lang="ru" hreflang="ru" class="language-switch__link">Русский</a></li></ul></nav>"#));
    // The embed dialog is empty until it opens.
    assert!(html.contains(r#"<dialog class="embed-dialog"></dialog>"#));
    assert!(html.contains(r#"id="timeline-date""#) && html.contains(r#"type="range""#));
    assert_eq!(
        html.matches(r#"class="source-list__item""#).count(),
        STORY.sources.len()
    );
    assert_eq!(
        html.matches(r#"<figure id="quote-"#).count(),
        STORY.quotes.len()
    );
    let words = text(&html);
    assert!(words.contains("23. Oktober 2024"));
    assert!(!words.to_lowercase().contains("lorem") && !words.contains("TODO"));
}

#[tokio::test]
async fn the_app_renders_the_english_view_a_link_asks_for() {
    let html = render_app("?lang=en&date=2024-10-18&place=vladivostok").await;
    assert!(html.contains(STORY.title.get(Lang::En)));
    assert!(html.contains(r#"<div lang="en" class="app">"#));
    let words = text(&html);
    assert!(words.contains("18 October 2024"));
    assert!(words.contains(STORY.place("vladivostok").unwrap().about.get(Lang::En)));
    // On 18 October, 1,500 were claimed to be in Russia; the 3,000 came later.
    let after = html.split(r#"class="moment__figures""#).nth(1).unwrap();
    let figures = text(after.split("</dl>").next().unwrap());
    assert!(figures.contains("about 1,500"));
    assert!(!figures.contains("about 3,000"));
    // Each language link keeps the rest of the view, on its language's own page.
    assert!(html.contains(r#"href="../?lang=de&amp;date=2024-10-18&amp;place=vladivostok""#));
    assert!(html.contains(r#"href="?lang=en&amp;date=2024-10-18&amp;place=vladivostok""#));
}

#[tokio::test]
async fn the_moment_holds_the_event_of_the_date() {
    let html = render_app("?date=2024-06-20").await;
    let moment = html.split(r#"class="moment__events""#).nth(1).unwrap();
    assert_eq!(
        moment.matches("event-card__title").count(),
        1,
        "exactly one event on 20 June 2024"
    );
    assert!(
        text(moment).contains("19. Juni 2024 Putin in Pjöngjang"),
        "{}",
        text(moment)
    );
}
#[tokio::test]
async fn each_part_of_the_stage_is_a_root_in_a_cell_the_app_keeps_as_rendered() {
    let root = "explainer::ui::stage_part::StagePart";
    let html = render_root(View::default(), true).await;
    let stage = html.split(r#"id="stage""#).nth(1).unwrap();
    let mut rest = stage;
    for part in Part::ALL {
        // The app's raw markup is the cell, and the part's root fills it exactly: the elements
        // `main` hydrates.
        let cell = format!(
            r#"<!--<#>--><div class="{}"><!--<[{root}]>-->"#,
            part.class()
        );
        let at = rest
            .find(&cell)
            .unwrap_or_else(|| panic!("{cell} in order"));
        rest = &rest[at + cell.len()..];
    }
    let end = format!("<!--</[{root}]>--></div><!--</#>-->");
    assert_eq!(stage.matches(&end).count(), 3);
    // In the browser the app renders no part: it keeps the page's cells.
    let in_browser = ServerRenderer::<App>::with_props(|| AppProps {
        view: View::default(),
        parts: StageMarkup::default(),
    })
    .render()
    .await;
    assert!(!in_browser.contains(root));
    assert_eq!(in_browser.matches("<!--<#>--><!--</#>-->").count(), 3);
}

#[tokio::test]
async fn the_prerendered_page_carries_the_story_the_map_and_the_quotes() {
    use explainer_site::page::page;
    let template = "<!doctype html><html lang=de><head><title>x</title></head><body></body></html>";
    for lang in [Lang::De, Lang::En] {
        let view = View {
            lang,
            ..View::default()
        };
        let body = render_root(view, true).await;
        let long_form = render_long_form(lang).await;
        let html = page(
            template,
            lang,
            &body,
            explainer_site::page::PageKind::Standalone {
                long_form: &long_form,
            },
            explainer_site::address::PREVIEW_URL,
        )
        .unwrap();
        // Islands: the hydrated root holds the header and the stage; the long form is static
        // HTML after it, without hydration markers.
        for long_form_part in [
            r#"id="story""#,
            "event-list",
            "quote-section",
            "source-list",
        ] {
            assert!(
                !body.contains(long_form_part),
                "the root carries {long_form_part}"
            );
        }
        // The map's shapes come between the root and the long form, so that the map is drawn
        // before the long form has arrived.
        assert!(html.contains(&format!("{body}</div><svg class=\"map-geometry\"")));
        // Then the story's texts, which the wasm reads from the page.
        let texts = explainer::page::texts::element(&explainer::model::story::STORY_TEXTS, lang);
        assert!(html.ends_with(&format!("</defs></svg>{long_form}{texts}</body></html>")));
        assert!(long_form.starts_with(&format!(
            r#"<div lang="{}" class="long-form">"#,
            lang.code()
        )));
        assert!(
            !long_form.contains("<!--<["),
            "the long form is not hydratable"
        );
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
        assert!(html.contains(&format!("<title>{}</title>", STORY.title.get(lang))));
        assert!(html.contains("<h1 class=\"story-header__title\">"));
        assert!(html.contains("class=\"story-map__svg\"") && html.contains("data-code=\"UA-43\""));
        assert_eq!(
            html.matches(r#"<figure id="quote-"#).count(),
            STORY.quotes.len()
        );
        assert!(html.contains(STORY.quotes[0].words.get(lang)));
        // The long form holds every event and every source, after the stage.
        let stage = html.find(r#"id="stage""#).unwrap();
        let story = html.find(r#"id="story""#).unwrap();
        assert!(stage < story, "the stage comes first");
        for event in STORY.events {
            assert!(
                html.contains(&format!(r#"id="event-{}""#, event.id)),
                "{}",
                event.id
            );
        }
        for source in STORY.sources {
            assert!(
                html.contains(&format!(r#"id="source-{}""#, source.id)),
                "{}",
                source.id
            );
        }
    }
}

#[tokio::test]
async fn the_embed_is_the_stage_with_a_credit_line_and_a_link_to_the_whole_story() {
    let html = render_app("?lang=en&date=2024-10-10&embed=1").await;
    assert!(html.contains(r#"id="stage""#));
    assert!(html.contains("class=\"story-map__svg\""));
    assert!(html.contains(r#"id="timeline-date""#));
    assert!(html.contains(r#"class="moment""#));
    for long_form in [
        r#"id="story""#,
        "story-header",
        "quote-section",
        "source-list",
        "event-list",
    ] {
        assert!(!html.contains(long_form), "the embed carries {long_form}");
    }
    let words = text(&html);
    assert!(
        words.contains("Based on a DW report of 23 October 2024"),
        "{words}"
    );
    assert!(
        html.contains(r#"href="./?lang=en&amp;date=2024-10-10" target="_blank""#),
        "{html}"
    );
    // The embed has no sources list: its source names link their addresses, or are text.
    assert!(!html.contains(r##"href="#source-"##));
    assert!(html.contains(
        r#"href="http://world.kbs.co.kr/service/news_view.htm?lang=e&amp;Seq_Code=188550""#
    ));
    assert!(
        html.contains(r#"<span title="Statements by John Kirby: at least 3,000 North Korean soldiers moved in early to mid October; the ships left from the Wonsan area">"#),
        "{html}"
    );
    let stage = render_app("?lang=en&date=2024-10-10").await;
    assert!(stage.contains(r##"href="#source-"##));
    assert!(words.contains("The whole story"));
}
#[tokio::test]
async fn the_page_says_neither_russia_nor_north_korea_confirmed_the_deployment() {
    for (query, words) in [
        (
            "",
            "Weder Russland noch Nordkorea hatten das bis zum 23. Oktober offiziell bestätigt; der Kreml nannte die Berichte zuerst eine Falschmeldung",
        ),
        (
            "?lang=en",
            "Neither Russia nor North Korea had officially confirmed this by 23 October; the Kremlin first called the reports fake news",
        ),
    ] {
        let html = render_page(query).await;
        assert!(text(&html).contains(words), "{query}");
    }
    // A US government statement is a claim, with its claimant.
    let containers = STORY
        .events
        .iter()
        .find(|e| e.id == "containers-najin-dunay")
        .unwrap();
    assert_eq!(containers.status.kind, ClaimKind::Claimed);
    assert_eq!(
        containers.status.by.map(|by| by.get(Lang::En)),
        Some("the US government")
    );
}
#[tokio::test]
async fn approximate_dates_sources_and_place_claims_are_shown_as_such() {
    let german = text(&render_long_form(Lang::De).await);
    assert!(
        german.contains(
            "ab etwa Juli 2024 Lange: Nordkoreanische Bautrupps in der besetzten Ukraine"
        ),
        "{german}"
    );
    let english = render_long_form(Lang::En).await;
    assert!(text(&english).contains("from about July 2024 Lange: North Korean construction units"));
    // The sources list links the addresses it has, and only those.
    let linked = STORY.sources.iter().filter(|s| s.url.is_some()).count();
    assert_eq!(
        english.matches(r#"class="source-list__title""#).count(),
        STORY.sources.len()
    );
    assert_eq!(
        english
            .matches(r#"rel="noopener noreferrer" target="_blank""#)
            .count(),
        linked
    );
    assert!(english.contains(r#"href="https://www.pravda.com.ua/eng/news/2024/10/20/7480572/""#));
    // A place's text carries its claimant and its sources.
    let panel = text(&render_app("?lang=en&place=vladivostok").await);
    let panel = panel.split("Close place").next().unwrap();
    assert!(
        panel.contains("claim according to South Korea's NIS Sources: KBS World"),
        "{panel}"
    );
    let html = render_app("?lang=en").await;
    assert!(text(&html).contains("from about July 2024: Lange: North Korean construction units"));
    assert!(panel.contains("Sources: KBS World"), "{panel}");
}

#[tokio::test]
async fn the_stage_says_the_deployment_was_not_confirmed_on_the_default_date() {
    for (query, words) in [
        (
            "?embed=1",
            "Weder Russland noch Nordkorea hatten die Entsendung bis dahin offiziell bestätigt.",
        ),
        (
            "?lang=en&embed=1",
            "Neither Russia nor North Korea had officially confirmed the deployment by then.",
        ),
    ] {
        // The embed shows no intro: the moment of the story's present says it.
        let html = render_app(query).await;
        let moment = html.split(r#"class="moment__events""#).nth(1).unwrap();
        assert!(text(moment).contains(words), "{query}");
    }
}

#[tokio::test]
async fn the_sources_link_the_data_from_each_page() {
    let english = render_long_form(Lang::En).await;
    assert!(english.contains("Download the data"));
    for path in explainer::model::data_files::FILES {
        assert!(english.contains(&format!("href=\"../{path}\"")), "{path}");
    }
    let german = render_long_form(Lang::De).await;
    assert!(german.contains("Daten herunterladen"));
    assert!(german.contains("href=\"data/quotes.csv\""));
}
