//! Property tests of the URL: any string parses without panic to a view that round-trips exactly.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use explainer::model::story::STORY;
use explainer::model::view::{Theme, View, MAX_QUERY};
use proptest::prelude::*;
use shared::date::Date;
use shared::lang::Lang;

/// Pieces a mangled or hostile link is made of.
fn hostile_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("lang=en".to_owned()),
        Just("lang=de".to_owned()),
        Just("date=2024-06-19".to_owned()),
        Just("date=2024-02-30".to_owned()),
        Just("date=2024-13-01".to_owned()),
        Just("place=vladivostok".to_owned()),
        Just("place=v%6Cadivostok".to_owned()),
        Just("place=vlаdivostok".to_owned()), // a Cyrillic а
        Just("quote=lange-training".to_owned()),
        Just("embed=1".to_owned()),
        Just("theme=dark".to_owned()),
        Just("theme=Dark".to_owned()),
        Just("theme=auto".to_owned()),
        Just("%".to_owned()),
        Just("%E2%82".to_owned()),
        Just("%00".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"><img src=x onerror=alert(1)>".to_owned()),
        Just("&&==&".to_owned()),
        Just("+".to_owned()),
        Just("#frag".to_owned()),
        "[a-z]{1,8}=[^&]{0,12}",
        any::<String>(),
    ]
}

fn hostile_query() -> impl Strategy<Value = String> {
    (any::<bool>(), prop::collection::vec(hostile_piece(), 0..12)).prop_map(|(question, pieces)| {
        format!("{}{}", if question { "?" } else { "" }, pieces.join("&"))
    })
}

fn valid_view() -> impl Strategy<Value = View> {
    let days = STORY.end.day_number() - STORY.start.day_number();
    (
        0..Lang::ALL.len(),
        0..=days,
        prop::option::of(0..STORY.places.len()),
        prop::option::of(0..STORY.quotes.len()),
        any::<bool>(),
        0..Theme::ALL.len(),
        any::<bool>(),
    )
        .prop_map(|(lang, day, place, quote, embed, theme, present)| View {
            lang: Lang::ALL[lang],
            date: Date::from_day_number(STORY.start.day_number() + day).unwrap(),
            place: place.map(|i| &STORY.places[i]),
            quote: quote.map(|i| &STORY.quotes[i]),
            embed,
            theme: Theme::ALL[theme],
            // An embed never presents.
            present: present && !embed,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_gives_a_sane_view_whose_link_round_trips(query in any::<String>()) {
        let view = View::from_query(&query);
        prop_assert!((STORY.start..=STORY.end).contains(&view.date));
        prop_assert_eq!(View::from_query(&view.to_query()), view);
    }

    #[test]
    fn hostile_queries_give_a_sane_view_whose_link_round_trips(query in hostile_query()) {
        let view = View::from_query(&query);
        prop_assert!((STORY.start..=STORY.end).contains(&view.date));
        let link = view.to_query();
        prop_assert_eq!(View::from_query(&link), view);
        // What the app writes back never carries markup or escapes from the input.
        prop_assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"?&=-_".contains(&b)), "{}", link);
    }

    #[test]
    fn every_valid_view_round_trips_exactly(view in valid_view()) {
        let link = view.to_query();
        prop_assert_eq!(View::from_query(&link), view);
        prop_assert_eq!(View::from_query(&link).to_query(), link);
    }
}

#[test]
fn an_overlong_query_is_read_only_up_to_its_limit() {
    let padding = "x".repeat(MAX_QUERY);
    assert_eq!(
        View::from_query(&format!("lang=en&{padding}")).lang,
        Lang::En
    );
    assert_eq!(
        View::from_query(&format!("{padding}&lang=en")).lang,
        Lang::De
    );
    // A cut inside a multi-byte character is moved to the character's start.
    let query = format!("{}é&lang=en", "a".repeat(MAX_QUERY - 1));
    assert_eq!(View::from_query(&query), View::default());
}
