//! The link preview's image and the icons: the map drawn from the pages' own geometry, with the title and the credit line, rasterised on the host by resvg in the font the repo carries.

use std::fmt;
use std::sync::Arc;

use explainer::i18n::{format_date, Text};
use explainer::map::geography::{EXTENTS, MARKERS};
use explainer::model::story::STORY;
use explainer::page::markup::escape;
use explainer::ui::map_areas::areas_markup;
use explainer::ui::map_routes::map_routes;
use explainer::ui::story_map::definitions_markup;
use resvg::{tiny_skia, usvg};
use shared::date::Precision;
use shared::lang::Lang;
use yew::prelude::*;

use crate::map_geometry::map_geometry;
use crate::tokens::{token, Scheme, TokenError};

/// The font the image's texts are set in: DejaVu Sans Bold, which covers Latin and Cyrillic
/// (`tools/site/fonts/`, with its licence). Only the host reads it; no page loads it.
const FONT: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// The font's family name, as the image's SVG asks for it.
const FONT_FAMILY: &str = "DejaVu Sans";

/// The preview image's file in each language's folder, beside its pages.
pub const PREVIEW_FILE: &str = "preview.png";

/// The preview image's width and height: the large card's 1.91:1 that chat apps and social
/// sites show.
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);

/// An icon: a square of the map around North Korea and the movements, in the site's root.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Icon {
    /// Its file.
    pub file: &'static str,
    /// Its width and height in pixels.
    pub size: u32,
}

/// The browser tab's icon.
pub const FAVICON: Icon = Icon {
    file: "icon-32.png",
    size: 32,
};

/// The icon an iPhone or iPad puts on its home screen.
pub const TOUCH_ICON: Icon = Icon {
    file: "apple-touch-icon.png",
    size: 180,
};

/// The manifest's icons: the two sizes an installed app needs (launcher and splash screen).
pub const APP_ICONS: [Icon; 2] = [
    Icon {
        file: "icon-192.png",
        size: 192,
    },
    Icon {
        file: "icon-512.png",
        size: 512,
    },
];

/// Every icon the build draws.
pub fn icons() -> impl Iterator<Item = Icon> {
    [FAVICON, TOUCH_ICON].into_iter().chain(APP_ICONS)
}

/// Why an image could not be drawn.
#[derive(Debug)]
pub enum PreviewError {
    /// A colour the drawing takes from the stylesheets is missing.
    Token(TokenError),
    /// The drawing's SVG could not be read (resvg's message).
    Svg(String),
    /// The image could not be made or written as PNG (its size, tiny-skia's message).
    Png((u32, u32), String),
}

impl fmt::Display for PreviewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PreviewError::Token(e) => e.fmt(f),
            PreviewError::Svg(e) => write!(f, "the preview image's SVG cannot be read: {e}"),
            PreviewError::Png((w, h), e) => write!(f, "a {w}×{h} PNG cannot be written: {e}"),
        }
    }
}

impl std::error::Error for PreviewError {}

impl From<TokenError> for PreviewError {
    fn from(e: TokenError) -> Self {
        PreviewError::Token(e)
    }
}

/// resvg's options: the carried font as the only one, so the image is the same on every
/// machine.
fn options() -> usvg::Options<'static> {
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(FONT.to_vec());
    usvg::Options {
        font_family: FONT_FAMILY.to_owned(),
        fontdb: Arc::new(fonts),
        ..usvg::Options::default()
    }
}

/// A drawing (SVG of `width` × `height`) as PNG.
pub fn rasterise(svg: &str, (width, height): (u32, u32)) -> Result<Vec<u8>, PreviewError> {
    let tree =
        usvg::Tree::from_str(svg, &options()).map_err(|e| PreviewError::Svg(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| PreviewError::Png((width, height), "no such pixmap".to_owned()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| PreviewError::Png((width, height), e.to_string()))
}

/// How wide a line of text is set in the font at `size` pixels.
fn text_width(text: &str, size: f32, options: &usvg::Options) -> f32 {
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"400\"><text x=\"0\" y=\"200\" font-size=\"{size}\">{}</text></svg>",
        escape(text)
    );
    usvg::Tree::from_str(&svg, options)
        .map(|tree| tree.root().abs_bounding_box().width())
        .unwrap_or(f32::INFINITY)
}

/// `text` broken into lines at most `width` wide at `size` pixels, each word whole; `None`
/// when a word alone is wider.
fn wrap(text: &str, size: f32, width: f32, options: &usvg::Options) -> Option<Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    // At spaces alone: a no-break space holds a date together.
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        let longer = lines.last().map(|line| format!("{line} {word}"));
        match longer {
            Some(longer) if text_width(&longer, size, options) <= width => {
                if let Some(line) = lines.last_mut() {
                    *line = longer;
                }
            }
            _ if text_width(word, size, options) <= width => lines.push(word.to_owned()),
            _ => return None,
        }
    }
    Some(lines)
}

/// A block of lines as SVG `<text>`, its first baseline at `y`.
fn text_block(lines: &[String], x: f32, y: f32, size: f32, leading: f32, fill: &str) -> String {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            format!(
                "<text x=\"{x}\" y=\"{}\" font-size=\"{size}\" fill=\"{fill}\">{}</text>",
                y + i as f32 * size * leading,
                escape(line)
            )
        })
        .collect()
}

/// Props of [`Routes`].
#[derive(Properties, PartialEq)]
struct RoutesProps {
    lang: Lang,
}

/// The map's movements as the page draws them at the story's present.
#[component]
fn Routes(props: &RoutesProps) -> Html {
    map_routes(STORY.present, props.lang)
}

/// The map's movements in a language, as SVG markup.
fn routes_markup(lang: Lang) -> String {
    let routes =
        yew::LocalServerRenderer::<Routes>::with_props(RoutesProps { lang }).hydratable(false);
    futures::executor::block_on(routes.render())
}

/// The map's styles, the page's own rules with the stylesheets' light colours: the lines'
/// widths are in map units, `px` pixels of the image each.
fn map_styles(px: f32) -> Result<String, TokenError> {
    let colour = |name: &str| token(name, Scheme::Light);
    Ok(format!(
        ".story-map__area{{stroke:{border};stroke-width:{area};fill-rule:evenodd}}\
         .story-map__area--context{{fill:{context}}}.story-map__area--russia{{fill:{russia}}}\
         .story-map__area--subject{{fill:{subject}}}.story-map__area--north-korea{{fill:{korea}}}\
         .story-map__area--oblast{{fill:{ukraine}}}\
         .story-map__area--occupied{{fill:url(#story-map-occupied)}}\
         .story-map__area--partly-occupied{{fill:url(#story-map-partly)}}\
         .story-map__border{{fill:none;stroke-width:{line};stroke-linejoin:round}}\
         .story-map__border--eastern-military-district{{stroke:{district_line}}}\
         .story-map__border--ukraine{{stroke:{ukraine_line}}}\
         .story-map__hatch-ground{{fill:{hatch_ground}}}\
         .story-map__hatch-ground--partly{{fill:{partly_ground}}}\
         .story-map__hatch{{stroke:{hatch};stroke-width:2}}.story-map__hatch--partly{{stroke-width:1.2}}\
         .story-map__route path{{fill:none;stroke:{route};stroke-width:{route_width};stroke-dasharray:{dash} {gap}}}\
         .story-map__arrow{{fill:{route}}}",
        border = colour("--map-border")?,
        area = 0.8 / px,
        context = colour("--map-context")?,
        russia = colour("--map-russia")?,
        subject = colour("--map-subject")?,
        korea = colour("--map-north-korea")?,
        ukraine = colour("--map-ukraine")?,
        line = 4.8 / px,
        district_line = colour("--map-district-line")?,
        ukraine_line = colour("--map-ukraine-line")?,
        hatch_ground = colour("--map-hatch-ground")?,
        partly_ground = colour("--map-partly-ground")?,
        hatch = colour("--map-hatch")?,
        route = colour("--map-route")?,
        route_width = 2.5 / px,
        dash = 6.0 / px,
        gap = 4.0 / px,
    ))
}

/// The map in a language, as the page draws it (its shapes, the district's and Ukraine's
/// borders, the occupied areas' hatching, the movements), showing the box `left`, `top`,
/// `width` (map units) at `(x, y)` in the image, `scale` pixels a map unit.
fn map_drawing(lang: Lang, (left, top): (f32, f32), (x, y): (f32, f32), scale: f32) -> String {
    format!(
        "{}{}<g transform=\"translate({x} {y}) scale({scale}) translate({} {})\">{}{}</g>",
        map_geometry(),
        definitions_markup(lang),
        -left,
        -top,
        areas_markup(lang),
        routes_markup(lang),
    )
}

/// The box (left, top, right, bottom, in map units) of the story's places that the map draws.
fn extent_of(places: &[&str]) -> (f32, f32, f32, f32) {
    EXTENTS.iter().filter(|e| places.contains(&e.place)).fold(
        (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
        |(l, t, r, b), e| {
            (
                l.min(e.left as f32),
                t.min(e.top as f32),
                r.max(e.right as f32),
                b.max(e.bottom as f32),
            )
        },
    )
}

/// The credit line under the title: the report the explainer follows, and its date, which
/// no-break spaces keep on one line.
pub fn credit_line(lang: Lang) -> String {
    format!(
        "{} {}",
        Text::PublishedBy.get(lang),
        format_date(STORY.published, Precision::Day, lang).replace(' ', "\u{a0}")
    )
}

/// The preview image of a language's pages as SVG: the title and the credit line in a column
/// on the page's background, the map beside them on its sea, from Ukraine to the Pacific.
pub fn preview_svg(lang: Lang) -> Result<String, PreviewError> {
    let (width, height) = PREVIEW_SIZE;
    let (width, height) = (width as f32, height as f32);
    let options = options();
    // The text column; the title as large as fits, in at most five lines.
    let (column_left, column_width, panel) = (56.0, 440.0, 520.0);
    let title = STORY.title.get(lang);
    let (size, lines) = [60.0, 56.0, 52.0, 48.0, 44.0, 40.0, 36.0, 32.0]
        .into_iter()
        .find_map(|size| {
            let lines = wrap(title, size, column_width, &options)?;
            (lines.len() <= 5).then_some((size, lines))
        })
        .unwrap_or_else(|| (32.0, vec![title.to_owned()]));
    let credit_size = 28.0;
    let credit = credit_line(lang);
    let credit = wrap(&credit, credit_size, column_width, &options).unwrap_or_else(|| vec![credit]);
    let leading = 1.2;
    let block =
        lines.len() as f32 * size * leading + 28.0 + credit.len() as f32 * credit_size * leading;
    let title_top = (height - block) / 2.0 + size;
    let credit_top =
        title_top + (lines.len() as f32 - 1.0) * size * leading + 28.0 + credit_size * leading;
    // The map: the district, Ukraine and North Korea whole, as large as the panel allows.
    let (left, top, right, bottom) =
        extent_of(&["eastern-military-district", "ukraine", "north-korea"]);
    let margin = 20.0;
    let scale = ((width - panel - 2.0 * margin) / (right - left))
        .min((height - 2.0 * margin) / (bottom - top));
    let x = panel + (width - panel - (right - left) * scale) / 2.0;
    let y = (height - (bottom - top) * scale) / 2.0;
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{FONT_FAMILY}\" font-weight=\"bold\">\
         <style>{styles}</style>\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{sea}\"/>{map}\
         <rect width=\"{panel}\" height=\"{height}\" fill=\"{bg}\"/>\
         <rect x=\"{column_left}\" y=\"{bar_top}\" width=\"64\" height=\"8\" fill=\"{accent}\"/>\
         {title}{credit}</svg>",
        styles = map_styles(scale)?,
        sea = token("--map-sea", Scheme::Light)?,
        map = map_drawing(lang, (left, top), (x, y), scale),
        bg = token("--bg", Scheme::Light)?,
        accent = token("--map-north-korea", Scheme::Light)?,
        bar_top = title_top - size - 24.0,
        title = text_block(&lines, column_left, title_top, size, leading, token("--text", Scheme::Light)?),
        credit = text_block(&credit, column_left, credit_top, credit_size, leading, token("--muted", Scheme::Light)?),
    ))
}

/// A language's preview image as PNG ([`PREVIEW_SIZE`]).
pub fn preview_png(lang: Lang) -> Result<Vec<u8>, PreviewError> {
    rasterise(&preview_svg(lang)?, PREVIEW_SIZE)
}

/// An icon as SVG: a square of the map around North Korea and the movements to Vladivostok,
/// full-bleed, the same in every language.
pub fn icon_svg(size: u32) -> Result<String, PreviewError> {
    let lang = Lang::ALL[0];
    let centre = |place: &str| {
        MARKERS
            .iter()
            .find(|m| m.place == place)
            .map(|m| (m.x as f32, m.y as f32))
    };
    let (korea, vladivostok) = (centre("north-korea"), centre("vladivostok"));
    let (cx, cy) = match (korea, vladivostok) {
        (Some((kx, ky)), Some((vx, vy))) => ((kx + vx) / 2.0, (ky + vy) / 2.0),
        _ => (1330.0, 870.0),
    };
    let side = 230.0;
    let scale = size as f32 / side;
    // The page's lines at 180 px, wider in a larger icon and thinner in a smaller one, but
    // less so than the icon: at 32 px the movements still show.
    let px = scale / (size as f32 / 180.0).sqrt();
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\">\
         <style>{styles}</style><rect width=\"{size}\" height=\"{size}\" fill=\"{sea}\"/>{map}</svg>",
        styles = map_styles(px)?,
        sea = token("--map-sea", Scheme::Light)?,
        map = map_drawing(lang, (cx - side / 2.0, cy - side / 2.0), (0.0, 0.0), scale),
    ))
}

/// An icon as PNG.
pub fn icon_png(icon: Icon) -> Result<Vec<u8>, PreviewError> {
    rasterise(&icon_svg(icon.size)?, (icon.size, icon.size))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_credit_line_names_the_report_and_its_date() {
        assert_eq!(
            credit_line(Lang::De),
            "Nach einem Bericht der DW vom 23.\u{a0}Oktober\u{a0}2024"
        );
        assert_eq!(
            credit_line(Lang::En),
            "Based on a DW report of 23\u{a0}October\u{a0}2024"
        );
    }

    #[test]
    fn a_long_title_wraps_at_words_and_a_word_too_wide_is_refused() {
        let options = options();
        let lines = wrap(
            "Is North Korea sending soldiers to Russia's war?",
            48.0,
            440.0,
            &options,
        )
        .unwrap();
        assert!(lines.len() >= 2, "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "Is North Korea sending soldiers to Russia's war?"
        );
        for line in &lines {
            assert!(text_width(line, 48.0, &options) <= 440.0, "{line}");
        }
        assert_eq!(
            wrap("Donaudampfschifffahrtsgesellschaft", 60.0, 200.0, &options),
            None
        );
        // Cyrillic is in the font: its letters have their own widths, not one missing glyph's.
        assert!(text_width("Ш", 48.0, &options) > 2.0 * text_width("і", 48.0, &options));
    }

    #[test]
    fn a_broken_drawing_is_named() {
        let error = rasterise("<svg", (10, 10)).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("the preview image's SVG cannot be read: "),
            "{error}"
        );
        assert_eq!(
            PreviewError::Png((0, 0), "no such pixmap".to_owned()).to_string(),
            "a 0×0 PNG cannot be written: no such pixmap"
        );
    }
}
