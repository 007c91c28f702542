//! The readers' unit tests: a record read alone, its problems exactly as the compiler reports them.

use crate::record::{document, FileReader};
use crate::records::{each, read_figure, FIGURE_FIELDS};

/// A figure with one value of `qualifier`, read alone: the qualifiers read, and every message.
fn read_qualifier(qualifier: &str) -> (Vec<&'static str>, Vec<String>) {
    let text = format!(
        r#"[[figure]]
id = "troops"
label = {{ de = "Soldaten", en = "Soldiers", uk = "Солдати", ru = "Солдаты" }}
unit = "soldiers"

[[figure.value]]
date = "2024-10-23"
value = 3_000
qualifier = "{qualifier}"
status = "claimed"
by = {{ de = "US-Regierung", en = "the US government", uk = "уряду США", ru = "правительства США" }}
sources = ["statement"]
"#
    );
    let mut file = FileReader::new("figures.toml", &text);
    let doc = document(&mut file, &text).unwrap();
    let figures = each(&mut file, &doc, "figure", FIGURE_FIELDS, read_figure);
    let qualifiers = figures
        .read
        .iter()
        .flat_map(|f| f.values.iter().map(|v| v.qualifier))
        .collect();
    (
        qualifiers,
        file.errors.iter().map(ToString::to_string).collect(),
    )
}

#[test]
fn every_qualifier_is_read_at_least_included() {
    for qualifier in ["exact", "about", "up-to", "at-least"] {
        assert_eq!(
            read_qualifier(qualifier),
            (vec![qualifier], Vec::<String>::new())
        );
    }
}

#[test]
fn an_unknown_qualifier_is_named_with_every_known_one() {
    let (read, errors) = read_qualifier("more-than");
    assert!(read.is_empty());
    assert_eq!(
        errors,
        ["figures.toml:9: field `value.qualifier`: `more-than` is not one of: exact, about, up-to, at-least"]
    );
}
