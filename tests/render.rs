//! Components rendered on the host with Yew's server renderer: what a reader gets before any wasm runs.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod host_render;

use explainer::model::story::{ClaimKind, ClaimStatus, Localized, LONG_FORM_TEXT, STORY};
use explainer::model::view::View;
use explainer::page::markup::Markup;
use explainer::page::parts::Part;
use explainer::ui::app::{App, AppProps};
use explainer::ui::claim_badge::claim_badge;
use explainer::ui::stage::StageMarkup;
use host_render::{render_app, render_long_form, render_page, render_quote, render_root, text};
use shared::lang::Lang;
use yew::{Callback, ServerRenderer};

/// The markup inside the first `<g>` of a class (which holds no `<g>` itself).
fn group<'a>(html: &'a str, class: &str) -> &'a str {
    html.split(&format!(r#"<g class="{class}">"#))
        .nth(1)
        .and_then(|rest| rest.split("</g>").next())
        .unwrap_or_else(|| panic!("no <g class=\"{class}\">"))
}

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

/// The provenance lines of a rendered card, in order: the shown text's, then the others'.
fn provenance_lines(html: &str) -> Vec<String> {
    html.split(r#"<p class="quote-card__provenance">"#)
        .skip(1)
        .map(|rest| text(rest.split("</p>").next().unwrap()))
        .collect()
}

#[tokio::test]
async fn a_german_speakers_english_is_labelled_our_translation() {
    let html = render_quote("lange-training", Lang::En).await;
    assert!(html.contains(r#"<blockquote lang="en" class="quote-card__words">"#));
    assert!(html.contains(r#"<blockquote lang="de">"#));
    assert!(html.contains(STORY.quote("lange-training").unwrap().words.get(Lang::De)));
    assert_eq!(
        provenance_lines(&html),
        ["Our translation from German", "The speaker's own words"]
    );
    let german = render_quote("lange-training", Lang::De).await;
    assert!(german.contains(r#"<blockquote lang="de" class="quote-card__words">"#));
    assert_eq!(provenance_lines(&german), ["Originalwortlaut"]);
    assert!(!german.contains("<details"));
}

#[tokio::test]
async fn zelenskys_cards_say_official_translation_and_dws_translation() {
    for id in ["zelensky-evil", "zelensky-clear-evidence"] {
        let english = render_quote(id, Lang::En).await;
        assert_eq!(
            provenance_lines(&english),
            [
                "Official translation from Ukrainian",
                "Translated in the DW article from Ukrainian"
            ],
            "{id}"
        );
        let german = render_quote(id, Lang::De).await;
        assert_eq!(
            provenance_lines(&german),
            [
                "Im DW-Artikel übersetzt aus dem Ukrainischen",
                "Offizielle Übersetzung aus dem Ukrainischen"
            ],
            "{id}"
        );
    }
    let english = render_quote("zelensky-evil", Lang::En).await;
    assert!(english.contains("We cannot let evil grow."));
    let german = render_quote("zelensky-evil", Lang::De).await;
    assert!(german.contains(r#"<blockquote lang="en">"#));
    let words = text(&german);
    assert!(words.contains("Wolodymyr Selenskyj"));
    assert!(words.contains("gesagt am 20. Oktober 2024"));
}

#[tokio::test]
async fn an_english_speakers_words_are_his_own_and_the_german_dws() {
    let english = render_quote("austin-what-exactly", Lang::En).await;
    assert_eq!(provenance_lines(&english), ["The speaker's own words"]);
    let german = render_quote("austin-what-exactly", Lang::De).await;
    assert_eq!(
        provenance_lines(&german),
        [
            "Im DW-Artikel übersetzt aus dem Englischen",
            "Originalwortlaut"
        ]
    );
}

#[test]
fn a_claim_names_its_claimant() {
    let status = ClaimStatus {
        kind: ClaimKind::Claimed,
        by: Some(Localized::whole([
            "Südkoreas Geheimdienst NIS",
            "South Korea's NIS",
            "південнокорейської розвідки NIS",
            "южнокорейской разведки NIS",
        ])),
    };
    let mut html = Markup::default();
    claim_badge(&mut html, status, Lang::En);
    assert_eq!(
        html.as_str(),
        "<span data-status=\"claimed\" class=\"claim-badge\"><span class=\"claim-badge__kind\">claim</span><span class=\"claim-badge__by\">according to South Korea's NIS</span></span>"
    );
    assert_eq!(text(html.as_str()), "claim according to South Korea's NIS");
}

#[tokio::test]
async fn the_map_renders_its_regions_places_and_legend() {
    let html = render_app("?lang=en&place=crimea").await;
    assert!(html.contains(r#"aria-describedby="story-map-description""#));
    for code in ["UA-43", "UA-40", "RU-PRI", "RU-CHU", "KP"] {
        assert!(
            html.contains(&format!(r#"data-code="{code}""#)),
            "no area {code}"
        );
    }
    // The markers are one Tab stop, the selected place's; arrow keys walk the rest.
    let stops = html.matches(r#"role="button" tabindex="0""#).count();
    let others = html.matches(r#"role="button" tabindex="-1""#).count();
    assert_eq!(
        (stops, others),
        (1, explainer::map::geography::MARKERS.len() - 1)
    );
    assert!(html.contains(
        r#"role="button" tabindex="0" aria-label="Crimea (region)" aria-pressed="true""#
    ));
    let words = text(&html);
    assert!(words.contains("the whole oblast is marked, not a front line"));
    assert!(words.contains("Ukrainian, occupied by Russia since 2014"));
    // Crimea and Sevastopol stand for the place: both outlined, over every area.
    let outlines = group(&html, "map-areas__outlines");
    assert_eq!(
        outlines,
        r##"<use href="#map-area-UA-40" class="story-map__outline"></use><use href="#map-area-UA-43" class="story-map__outline"></use>"##
    );
    assert!(html.contains(
        r##"<use class="story-map__area story-map__area--oblast story-map__area--occupied story-map__area--place" href="#map-area-UA-43" data-code="UA-43"><title>Crimea</title></use>"##
    ));
    let none = render_app("?lang=en").await;
    assert!(none.contains(r#"<g class="map-areas__outlines"></g>"#));
}

#[tokio::test]
async fn the_district_and_ukraine_are_drawn_and_outlined_from_their_parts() {
    let html = render_app("?lang=en&place=ukraine").await;
    let uses = |part: &str| part.matches("<use ").count();
    // Each border is drawn once, just before the first of its parts (its path, of the parts'
    // outlines, is in the page beside the app: `site`'s `page::map_geometry`).
    for (whole, first) in [
        ("eastern-military-district", "RU-AMU"),
        ("ukraine", "UA-05"),
    ] {
        let border = format!(
            r##"<use class="story-map__border story-map__border--{whole}" href="#map-border-{whole}"/>"##
        );
        assert_eq!(html.matches(&border).count(), 1, "{whole}");
        let part = html.find(&format!(r#"data-code="{first}""#)).unwrap();
        assert!(html.find(&border).unwrap() < part, "{whole}");
    }
    // Ukraine selected: every oblast outlined, the occupied ones and Crimea included.
    let outlines = group(&html, "map-areas__outlines");
    assert_eq!(uses(outlines), 27);
    assert!(outlines.contains(r##"href="#map-area-UA-43""##));
    assert!(outlines.contains(r##"href="#map-area-UA-14""##));
    // The district selected: all eleven subjects, Primorsky Krai (a place of its own) too.
    let html = render_app("?lang=en&place=eastern-military-district").await;
    let outlines = group(&html, "map-areas__outlines");
    assert_eq!(uses(outlines), 11);
    assert!(outlines.contains(r##"href="#map-area-RU-PRI""##));
}

#[tokio::test]
async fn the_map_shows_the_sea_transport_and_the_counts_from_their_dates() {
    let before = render_app("?lang=en&date=2024-10-07").await;
    assert!(
        !before.contains("story-map__route\""),
        "no ships before 8 October"
    );
    assert!(!text(&before).contains("North Korean soldiers in Russia about"));
    // The legend explains the dashed arrows once the map draws them, never before.
    assert!(!before.contains("data-swatch=\"route\""));
    assert!(!text(&before).contains("Movement of soldiers as reported"));
    let during = render_app("?lang=en&date=2024-10-08").await;
    // The sea transport's group, up to its end (it holds no group itself).
    let route = during
        .split(r#"<g class="story-map__route">"#)
        .nth(1)
        .expect("the sea transport is drawn")
        .split("</g>")
        .next()
        .unwrap();
    assert!(route.starts_with("<title>NIS: soldiers shipped to Vladivostok</title>"));
    assert!(during.contains("data-swatch=\"route\""));
    assert!(text(&during).contains("Movement of soldiers as reported – path schematic"));
    assert_eq!(
        route.matches("<path").count(),
        3,
        "from Chongjin, Hamhung, Musudan"
    );
    // Each curve runs north and bends east of its chord, out over the sea, not across the land.
    for d in route.split(r#" d=""#).skip(1) {
        let numbers: Vec<f64> = d
            .split('"')
            .next()
            .unwrap()
            .split(['M', 'Q', ' '])
            .filter(|n| !n.is_empty())
            .map(|n| n.parse().unwrap())
            .collect();
        let [x, y, cx, _, tx, ty] = numbers[..] else {
            panic!("not a quadratic curve: {d}");
        };
        assert!(ty < y, "{d}");
        assert!(
            cx > (x + tx) / 2.0,
            "the curve bends west, over the land: {d}"
        );
    }
    let later = text(&render_app("?lang=en&date=2024-10-23").await);
    assert!(later.contains("North Korean soldiers in Russia about 3,000 (23 October 2024) claim according to South Korea's NIS"));
    // The White House's figure of the same day stands beside the NIS's, with its claimant.
    assert!(
        later.contains("according to South Korea's NIS at least 3,000 (23 October 2024) claim according to the US government (John Kirby)"),
        "{later}"
    );
    assert!(later.contains("Soldiers North Korea intends to send up to 12,000 (18 October 2024)"));
    // Lankov's figures are known only from the article: their day is its publication's.
    assert!(
        later.contains("Pay of a Russian contract soldier 2,000 US dollars a month (published on 23 October 2024)"),
        "{later}"
    );
    let german = text(&render_app("?lang=de&date=2024-10-23").await);
    assert!(
        german.contains("(veröffentlicht am 23. Oktober 2024)"),
        "{german}"
    );
}

#[tokio::test]
async fn a_place_panel_lists_its_events_quotes_and_figures() {
    let words = text(&render_app("?lang=de&date=2024-10-18&place=russia").await);
    let panel = words.split("Ort schließen").next().unwrap();
    assert!(
        panel.contains("Nordkoreanische Soldaten in Russland rund 1.500"),
        "{panel}"
    );
    assert!(
        panel.contains("Bis Dezember 2024 erwartete Soldaten bis zu diesem Tag noch nicht genannt")
    );
    assert!(panel.contains("Stimmen hier"));
    // Each claim of the day with its claimant, two claimants the same day.
    let words = text(&render_app("?lang=de&date=2024-10-23&place=russia").await);
    let panel = words.split("Ort schließen").next().unwrap();
    assert!(
        panel.contains("Nordkoreanische Soldaten in Russland rund 3.000 (laut Südkoreas Geheimdienst NIS) · mindestens 3.000 (laut US-Regierung (John Kirby))"),
        "{panel}"
    );
}

/// The troop chart as the host renders it: its drawing, and the words of its legend.
async fn render_troop_chart(lang: Lang) -> (String, String) {
    use explainer::ui::troop_chart::{TroopChart, TroopChartProps};
    let html = ServerRenderer::<TroopChart>::with_props(move || TroopChartProps { lang })
        .hydratable(false)
        .render()
        .await;
    let (drawing, legend) = html.split_once(r#"class="troop-chart__legend""#).unwrap();
    (drawing.to_owned(), text(legend))
}

/// The numbers of every `name="…%"` attribute of some markup.
fn percents(html: &str, name: &str) -> Vec<f64> {
    let pattern = format!(" {name}=\"");
    html.match_indices(&pattern)
        .map(|(at, _)| {
            let value = &html[at + pattern.len()..];
            value[..value.find('"').unwrap()]
                .strip_suffix('%')
                .unwrap_or_else(|| panic!("{name} is not a percentage: {value}"))
                .parse()
                .unwrap()
        })
        .collect()
}

#[tokio::test]
async fn the_troop_chart_names_every_claim_with_its_date_and_claimant() {
    use explainer::i18n::Text;
    use explainer::model::story::Unit;
    let (drawing, legend) = render_troop_chart(Lang::En).await;
    assert!(
        legend.contains("North Korean soldiers in Russia : about 1,500 (18 October 2024, according to South Korea's NIS) → about 3,000 (23 October 2024, according to South Korea's NIS)"),
        "{legend}"
    );
    // The White House's figure of the same day is a second claim, with an entry of its own.
    assert!(
        legend.contains("North Korean soldiers in Russia : at least 3,000 (23 October 2024, according to the US government (John Kirby))"),
        "{legend}"
    );
    assert!(legend.contains("Soldiers North Korea intends to send : up to 12,000 (18 October 2024"));
    assert!(legend.contains("Soldiers expected by December 2024 : about 10,000 (23 October 2024, according to South Korea's NIS)"));
    let (_, german) = render_troop_chart(Lang::De).await;
    assert!(
        german.contains("Nordkoreanische Soldaten in Russland : mindestens 3.000 (23. Oktober 2024, laut US-Regierung (John Kirby))"),
        "{german}"
    );
    // Every claimant of every soldier count is named in its legend, in every language.
    let soldiers = || {
        STORY
            .figures
            .iter()
            .filter(|f| f.unit == Unit::Soldiers)
            .flat_map(|f| f.values)
    };
    for lang in Lang::ALL {
        let (_, legend) = render_troop_chart(lang).await;
        for value in soldiers() {
            let by = value.status.by.unwrap().get(lang);
            let named = explainer::i18n::template(Text::According, lang, &[("by", by)]);
            assert!(legend.contains(&named), "{named} in {legend}");
        }
    }
    // The drawing keeps its text at its pixel size: no viewBox to scale it down on a phone.
    assert!(!drawing.contains("viewBox"));
    // A mark for every claim made by the present, on its day.
    let claims = soldiers().filter(|v| v.date <= STORY.present).count();
    assert_eq!(
        drawing.matches(r#"class="troop-chart__point"#).count(),
        claims
    );
}

#[tokio::test]
async fn the_troop_chart_ends_at_the_storys_present() {
    use explainer::i18n::Text;
    for (lang, as_of) in [
        (Lang::De, "Stand: 23. Oktober 2024"),
        (Lang::En, "As of 23 October 2024"),
    ] {
        let (drawing, legend) = render_troop_chart(lang).await;
        // The axis's right end says the day the chart is drawn up to, and so does the caption.
        let label = drawing.find(&format!(">{as_of}<")).expect(as_of);
        let tag = &drawing[drawing[..label].rfind("<text").unwrap()..label];
        let present = percents(tag, "x")[0];
        assert!(legend.contains(as_of), "{legend}");
        assert!(legend.contains(Text::ChartCaption.get(lang)));
        // Nothing is drawn beyond the present: no line runs on into November or December.
        let xs: Vec<f64> = ["x", "x1", "x2", "cx"]
            .iter()
            .flat_map(|name| percents(&drawing, name))
            .collect();
        assert!(xs.iter().all(|&x| x <= present), "{present} {xs:?}");
        // The claims made on the present are marked there: the NIS's dot, the White House's square.
        assert!(percents(&drawing, "cx").contains(&present));
        let square = drawing.find("troop-chart__point--square").unwrap();
        let square = &drawing[drawing[..square].rfind("<rect").unwrap()..square];
        assert_eq!(percents(square, "x"), [present]);
        let months = text(&drawing);
        for month in [11, 12] {
            let name = explainer::i18n::short_month(lang, month);
            assert!(!months.contains(name), "{name} in {months}");
        }
    }
}

#[tokio::test]
async fn the_slider_and_its_axis_follow_the_scale() {
    use explainer::model::timeline_scale::{last_position, position_of};
    let html = render_app("?date=2024-10-18").await;
    let start = html.find("<input").unwrap();
    let slider = &html[start..start + html[start..].find('>').unwrap()];
    assert!(slider.contains(&format!(r#"max="{}""#, last_position())));
    assert!(slider.contains(&format!(
        r#"value="{}""#,
        position_of(shared::date::Date::parse("2024-10-18").unwrap())
    )));
    assert!(slider.contains(r#"aria-valuetext="18. Oktober 2024""#));
    assert_eq!(
        html.matches(r#"class="time-control__tick""#).count(),
        STORY.events.len()
    );
    // The day's events' ticks, drawn over the rest.
    let date = shared::date::Date::parse("2024-10-18").unwrap();
    let current = group(&html, "time-control__current");
    assert_eq!(
        current
            .matches(r#"class="time-control__tick time-control__tick--current""#)
            .count(),
        STORY.current_events(date).len()
    );
    assert!(!STORY.current_events(date).is_empty());
    assert!(text(&html).contains("Sept. 2022 – Mai 2024 (gestaucht)"));
    assert!(html.contains(r#"aria-live="polite""#));
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
async fn the_date_slider_names_its_date_in_words_for_screen_readers() {
    use explainer::model::timeline_scale::{last_position, position_of};
    use explainer::ui::date_slider::{DateSlider, DateSliderProps};
    use shared::date::Date;
    let date = Date::parse("2024-10-18").unwrap();
    let html = ServerRenderer::<DateSlider>::with_props(move || DateSliderProps {
        date,
        lang: Lang::En,
        on_change: Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(html.starts_with("<div class=\"date-slider\">"), "{html}");
    assert!(
        text(&html).starts_with("Date in the story 18 October 2024"),
        "{html}"
    );
    // The words, and the short form a narrow control shows instead, hidden from screen readers.
    assert!(
        html.contains(
            "<span class=\"date-slider__words\">18 October 2024</span>\
         <span aria-hidden=\"true\" class=\"date-slider__short\">18 Oct 2024</span></output>"
        ),
        "{html}"
    );
    for attribute in [
        "type=\"range\"".to_owned(),
        "min=\"0\"".to_owned(),
        format!("max=\"{}\"", last_position()),
        format!("value=\"{}\"", position_of(date)),
        "aria-valuetext=\"18 October 2024\"".to_owned(),
    ] {
        assert!(html.contains(&attribute), "{attribute} in {html}");
    }
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
async fn the_axis_has_a_line_for_each_stretchs_name_and_lifts_them_when_wide() {
    use explainer::ui::time_control::axis_css;
    let css = axis_css();
    assert_eq!(
        css,
        ".time-control__axis{height:52px}\n@container (min-width: 660px){.time-control__axis{height:28px}.time-control__stretch--1 text{transform:translateY(-13px)}.time-control__stretch--2 text{transform:translateY(-26px)}}\n"
    );
    // Each name's line lies inside the narrow axis, and each but the first is lifted to the
    // first line when wide.
    let html = render_app("?lang=en").await;
    let height: usize = css
        .strip_prefix(".time-control__axis{height:")
        .and_then(|rest| rest.split("px").next())
        .unwrap()
        .parse()
        .unwrap();
    for (i, part) in html
        .split(r#"class="time-control__stretch time-control__stretch--"#)
        .skip(1)
        .enumerate()
    {
        // The name's `y` (the line's are `y1` and `y2`).
        let y: usize = part
            .split(r#" y=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            y < height,
            "stretch {i}'s name at {y} px lies outside the {height} px axis"
        );
        assert_eq!(
            css.contains(&format!(
                ".time-control__stretch--{i} text{{transform:translateY(-{}px)}}",
                y - 24
            )),
            i > 0,
            "stretch {i}"
        );
    }
    assert_eq!(
        html.matches(r#"class="time-control__stretch time-control__stretch--"#)
            .count(),
        STORY.stretches.len()
    );
}

#[tokio::test]
async fn the_speaker_filter_is_radio_buttons_that_css_alone_applies() {
    use explainer::ui::quote_section::speaker_filter_css;
    let html = render_long_form(Lang::En).await;
    let css = speaker_filter_css();
    let speakers: Vec<_> = STORY
        .people
        .iter()
        .filter(|p| STORY.quotes.iter().any(|q| q.person == *p))
        .collect();
    assert_eq!(css.lines().count(), speakers.len());
    for person in speakers {
        assert!(html.contains(&format!(r#"id="speaker-filter-{}""#, person.id)));
        assert!(css.contains(&format!(
            ".quote-section:has(#speaker-filter-{0}:checked) .quote-card:not([data-person=\"{0}\"]){{display:none}}",
            person.id
        )));
    }
    assert_eq!(html.matches("data-person=").count(), STORY.quotes.len());
    assert_eq!(
        html.matches(r#"type="radio""#).count(),
        css.lines().count() + 1
    );
    let words = text(&html);
    assert!(
        words.contains("Filter voices by person Everyone "),
        "{words}"
    );
    assert!(words.contains(" Andrei Lankov (3) "), "{words}");
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
