//! The committed map asset keeps the generator's promises: the district whole, Crimea in Ukraine, all in frame.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use explainer::map::geography::{AREAS, AREA_PATHS, HEIGHT, MARKERS, WIDTH};
use explainer::model::story::{PlaceKind, STORY};
use shared::map_area::{Layer, Occupation};

/// The rings of an SVG path made of `M x y l dx dy … z` commands, in map units.
fn rings(path: &str) -> Vec<Vec<(f64, f64)>> {
    let mut rings = Vec::new();
    let mut numbers = Vec::new();
    let mut command = ' ';
    let flush = |command: char, numbers: &mut Vec<f64>, rings: &mut Vec<Vec<(f64, f64)>>| {
        match command {
            'M' => rings.push(vec![(numbers[0], numbers[1])]),
            'l' => {
                let ring = rings.last_mut().expect("a ring starts with M");
                for pair in numbers.chunks(2) {
                    let &(x, y) = ring.last().unwrap();
                    ring.push((x + pair[0], y + pair[1]));
                }
            }
            _ => {}
        }
        numbers.clear();
    };
    let mut token = String::new();
    for c in path.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '-' && token.is_empty()) {
            token.push(c);
            continue;
        }
        if !token.is_empty() {
            numbers.push(token.parse().unwrap());
            token.clear();
        }
        if c == '-' {
            token.push(c);
        } else if c.is_ascii_alphabetic() {
            flush(command, &mut numbers, &mut rings);
            command = c;
        }
    }
    rings
}

/// Whether a point lies inside a path (even-odd rule).
fn contains(path: &str, (px, py): (f64, f64)) -> bool {
    let mut inside = false;
    for ring in rings(path) {
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            if (a.1 > py) != (b.1 > py) && px < a.0 + (py - a.1) * (b.0 - a.0) / (b.1 - a.1) {
                inside = !inside;
            }
        }
    }
    inside
}

/// An area's path data.
fn shape(code: &str) -> &'static str {
    let index = AREAS
        .iter()
        .position(|a| a.code == code)
        .unwrap_or_else(|| panic!("no area {code}"));
    AREA_PATHS[index]
}

fn area(code: &str) -> &'static explainer::map::area::MapArea {
    AREAS
        .iter()
        .find(|a| a.code == code)
        .unwrap_or_else(|| panic!("no area {code}"))
}

/// Whether a point lies inside one of the parts that make up a place (the district, Ukraine).
fn inside_parts_of(place: &str, point: (f64, f64)) -> bool {
    AREAS
        .iter()
        .zip(AREA_PATHS)
        .any(|(area, path)| area.part_of == Some(place) && contains(path, point))
}

#[test]
fn all_eleven_subjects_of_the_district_are_drawn() {
    let district = [
        "RU-AMU", "RU-BU", "RU-CHU", "RU-YEV", "RU-KAM", "RU-KHA", "RU-MAG", "RU-PRI", "RU-SA",
        "RU-SAK", "RU-ZAB",
    ];
    for code in district {
        let subject = area(code);
        assert_eq!(subject.layer, Layer::Subject, "{code}");
        assert!(!shape(code).is_empty(), "{code} has no shape");
        assert_eq!(subject.part_of, Some("eastern-military-district"), "{code}");
        let (x, y) = subject.label.unwrap();
        assert!(
            contains(shape(code), (f64::from(x), f64::from(y))),
            "{code}'s label point outside it"
        );
    }
    // The district is drawn from exactly these parts, and has no shape of its own.
    let parts: Vec<&str> = AREAS
        .iter()
        .filter(|a| a.part_of == Some("eastern-military-district"))
        .map(|a| a.code)
        .collect();
    assert_eq!(parts.len(), district.len());
    assert!(parts.iter().all(|code| district.contains(code)));
    assert!(!AREAS.iter().any(|a| a.code == "EMD" || a.code == "UA"));
    // Primorsky Krai is a place of its own; the other ten stand for the district.
    assert_eq!(
        AREAS
            .iter()
            .filter(|a| a.place == Some("eastern-military-district"))
            .count(),
        10
    );
    assert_eq!(area("RU-KRS").part_of, None, "Kursk is not in the district");
}

#[test]
fn crimea_and_sevastopol_are_ukrainian_and_occupied() {
    for code in ["UA-43", "UA-40"] {
        let region = area(code);
        assert_eq!(region.layer, Layer::Oblast, "{code}");
        assert_eq!(region.occupation, Occupation::Since2014, "{code}");
        assert_eq!(region.place, Some("crimea"));
        let (x, y) = region.label.unwrap();
        let point = (f64::from(x), f64::from(y));
        assert_eq!(region.part_of, Some("ukraine"), "{code}");
        assert!(
            inside_parts_of("ukraine", point),
            "{code} outside Ukraine's parts"
        );
        assert!(
            !contains(shape("RU"), point),
            "{code} drawn as part of Russia"
        );
    }
    // Luhansk, Donetsk, Zaporizhzhia, Kherson, Kharkiv and Mykolaiv (the Kinburn spit).
    for code in ["UA-09", "UA-14", "UA-23", "UA-65", "UA-63", "UA-48"] {
        assert_eq!(area(code).occupation, Occupation::Partly2024, "{code}");
    }
    // English names Ukrainian-based, as Kyiv and Kharkiv.
    assert_eq!(area("UA-51").name.get(shared::lang::Lang::En), "Odesa");
    assert_eq!(area("UA-46").occupation, Occupation::None);
    assert_eq!(
        AREAS.iter().filter(|a| a.layer == Layer::Oblast).count(),
        27
    );
    // Every oblast, occupied or not, is a part of Ukraine, and nothing else is.
    for area in AREAS.iter() {
        assert_eq!(
            area.part_of == Some("ukraine"),
            area.layer == Layer::Oblast,
            "{}",
            area.code
        );
    }
}

#[test]
fn everything_lies_inside_the_frame() {
    for (area, path) in AREAS.iter().zip(AREA_PATHS) {
        for ring in rings(path) {
            for (x, y) in ring {
                assert!(
                    (-1.0..=f64::from(WIDTH) + 1.0).contains(&x),
                    "{}: x {x}",
                    area.code
                );
                assert!(
                    (-1.0..=f64::from(HEIGHT) + 1.0).contains(&y),
                    "{}: y {y}",
                    area.code
                );
            }
        }
    }
    for marker in MARKERS.iter() {
        assert!(
            (0..=WIDTH).contains(&marker.x) && (0..=HEIGHT).contains(&marker.y),
            "{}",
            marker.place
        );
    }
}

#[test]
fn the_story_places_of_the_frame_have_markers_where_they_belong() {
    for id in [
        "pyongyang",
        "vladivostok",
        "ussuriysk",
        "khabarovsk",
        "blagoveshchensk",
        "chongjin",
        "hamhung",
        "wonsan",
        "musudan",
        "kyiv",
        "moscow",
        "kazan",
        "kursk",
        "seoul",
        "crimea",
        "eastern-military-district",
    ] {
        assert!(MARKERS.iter().any(|m| m.place == id), "{id} has no marker");
    }
    for id in ["rome", "brussels", "washington", "usa"] {
        assert!(
            !MARKERS.iter().any(|m| m.place == id),
            "{id} is outside the frame"
        );
    }
    let at = |id: &str| {
        MARKERS
            .iter()
            .find(|m| m.place == id)
            .map(|m| (f64::from(m.x), f64::from(m.y)))
            .unwrap()
    };
    assert!(
        contains(shape("KP"), at("pyongyang")),
        "Pyongyang lies in North Korea"
    );
    assert!(
        contains(shape("RU-PRI"), at("ussuriysk")),
        "Ussuriysk lies in Primorsky Krai"
    );
    assert!(
        contains(shape("RU-KHA"), at("khabarovsk")),
        "Khabarovsk lies in Khabarovsk Krai"
    );
    assert!(
        inside_parts_of("ukraine", at("kyiv")),
        "Kyiv lies in Ukraine"
    );
    // Every marker names a place of the story.
    for marker in MARKERS.iter() {
        let place = STORY
            .place(marker.place)
            .unwrap_or_else(|| panic!("{} is no place", marker.place));
        assert!(matches!(
            place.kind,
            PlaceKind::Country
                | PlaceKind::Region
                | PlaceKind::City
                | PlaceKind::Port
                | PlaceKind::Base
        ));
    }
}
