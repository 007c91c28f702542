//! The map as the host renders it: areas, borders and outlines, routes, counts, the place panel.

use super::group;
use super::host_render::{render_app, text};

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
    // outlines, is in the page beside the app: `site`'s `map_geometry::map_geometry`).
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
