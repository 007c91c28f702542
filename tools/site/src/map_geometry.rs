//! The map's shapes and borders, written once into every page (and drawn into the link preview) so the wasm need not carry them.

use explainer::map::area::border_id;
use explainer::map::geography::{AREAS, AREA_PATHS};

/// The map's shapes and borders, once, for the map's `<use>` elements to draw: an invisible SVG
/// beside the app, outside what the wasm hydrates, so the wasm need not carry them.
pub fn map_geometry() -> String {
    let mut svg = String::from(
        "<svg class=\"map-geometry\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs>",
    );
    let shape = |id: &str, path: &str| {
        format!("<path id=\"{id}\" d=\"{path}\" vector-effect=\"non-scaling-stroke\"/>")
    };
    for (area, path) in AREAS.iter().zip(AREA_PATHS) {
        svg.push_str(&shape(&area.element_id(), path));
    }
    // Each place made of parts: its border, one path of their outlines in a row.
    let mut wholes: Vec<&str> = Vec::new();
    for whole in AREAS.iter().filter_map(|area| area.part_of) {
        if !wholes.contains(&whole) {
            wholes.push(whole);
        }
    }
    for whole in wholes {
        let outlines: String = AREAS
            .iter()
            .zip(AREA_PATHS)
            .filter(|(area, _)| area.part_of == Some(whole))
            .map(|(_, path)| path)
            .collect();
        svg.push_str(&shape(&border_id(whole), &outlines));
    }
    svg.push_str("</defs></svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_made_of_parts_has_one_border_of_their_outlines() {
        let svg = map_geometry();
        for (whole, parts) in [("eastern-military-district", 11), ("ukraine", 27)] {
            let outlines: Vec<&str> = AREAS
                .iter()
                .zip(AREA_PATHS)
                .filter(|(area, _)| area.part_of == Some(whole))
                .map(|(_, path)| path)
                .collect();
            assert_eq!(outlines.len(), parts, "{whole}");
            let border = format!(
                "<path id=\"map-border-{whole}\" d=\"{}\" vector-effect=\"non-scaling-stroke\"/>",
                outlines.concat()
            );
            assert_eq!(svg.matches(&border).count(), 1, "{whole}");
        }
        assert_eq!(svg.matches("id=\"map-border-").count(), 2);
    }
}
