//! The link preview's image and the icons: their sizes, every language's image under 200 KB, and the first language's against a committed reference, pixel by pixel within a tolerance.
// A test's unwrap is its assertion: the workspace denies them only outside tests.
#![allow(clippy::unwrap_used, clippy::expect_used)]
//
// When a change to the drawing (the map, the styles' colours, the title, the font) is meant,
// write the new reference and commit it:
//
//     UPDATE_PREVIEW_REFERENCE=1 cargo test -p site --test preview_image
//
// and look at it first (tools/site/tests/fixtures/preview-de.png).

use std::path::{Path, PathBuf};

use explainer_site::preview::{icon_png, icons, preview_png, PREVIEW_SIZE};
use resvg::tiny_skia::Pixmap;
use shared::lang::Lang;

/// The most a preview image may weigh: chat apps and social sites drop larger ones, or shrink
/// them into mush.
const MAX_PREVIEW_BYTES: usize = 200 * 1024;

/// How far a channel of a pixel may stray from the reference's (0–255): antialiasing and
/// rounding that differ between builds of the rasteriser, not a change to the drawing.
const CHANNEL_TOLERANCE: u8 = 24;

/// The share of pixels that may stray further: a few edges, never a moved shape or a changed
/// word, which differ in thousands.
const PIXEL_TOLERANCE: f64 = 0.001;

fn fixture(lang: Lang) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/preview-{}.png", lang.code()))
}

/// Where a test leaves an image for a person to look at.
fn scratch(file: &str) -> PathBuf {
    let folder = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("preview-image");
    std::fs::create_dir_all(&folder).unwrap();
    folder.join(file)
}

/// How many pixels of two images of one size differ in a channel by more than
/// [`CHANNEL_TOLERANCE`].
fn strays(image: &Pixmap, reference: &Pixmap) -> usize {
    image
        .data()
        .chunks(4)
        .zip(reference.data().chunks(4))
        .filter(|(a, b)| {
            a.iter()
                .zip(*b)
                .any(|(a, b)| a.abs_diff(*b) > CHANNEL_TOLERANCE)
        })
        .count()
}

/// How many of an image's pixels may stray ([`PIXEL_TOLERANCE`]).
fn allowed(pixels: usize) -> usize {
    (pixels as f64 * PIXEL_TOLERANCE) as usize
}

#[test]
fn every_languages_preview_image_is_1200_by_630_and_under_200_kb() {
    for lang in Lang::ALL {
        let png = preview_png(lang).unwrap();
        std::fs::write(scratch(&format!("preview-{}.png", lang.code())), &png).unwrap();
        assert!(
            png.len() < MAX_PREVIEW_BYTES,
            "{}: the preview image is {} bytes, over {MAX_PREVIEW_BYTES}",
            lang.code(),
            png.len()
        );
        let image = Pixmap::decode_png(&png).unwrap();
        assert_eq!((image.width(), image.height()), PREVIEW_SIZE);
    }
}

#[test]
fn every_icon_is_the_square_it_says() {
    for icon in icons() {
        let png = icon_png(icon).unwrap();
        std::fs::write(scratch(icon.file), &png).unwrap();
        let image = Pixmap::decode_png(&png).unwrap();
        assert_eq!(
            (image.width(), image.height()),
            (icon.size, icon.size),
            "{}",
            icon.file
        );
    }
}

#[test]
fn the_first_languages_preview_image_matches_its_reference() {
    let lang = Lang::ALL[0];
    let png = preview_png(lang).unwrap();
    let reference_path = fixture(lang);
    if std::env::var_os("UPDATE_PREVIEW_REFERENCE").is_some() {
        std::fs::create_dir_all(reference_path.parent().unwrap()).unwrap();
        std::fs::write(&reference_path, &png).unwrap();
        println!("wrote {}", reference_path.display());
        return;
    }
    let rendered = scratch(&format!("preview-{}-rendered.png", lang.code()));
    std::fs::write(&rendered, &png).unwrap();
    let reference = Pixmap::decode_png(&std::fs::read(&reference_path).unwrap()).unwrap();
    let image = Pixmap::decode_png(&png).unwrap();
    assert_eq!(
        (image.width(), image.height()),
        (reference.width(), reference.height()),
        "the preview image's size differs from {}'s",
        reference_path.display()
    );
    let strays = strays(&image, &reference);
    let pixels = (image.width() * image.height()) as usize;
    assert!(
        strays <= allowed(pixels),
        "{strays} of {pixels} pixels of the preview image differ by more than {CHANNEL_TOLERANCE} \
         from the reference {} (at most {} may): look at {}, and if the change is meant, \
         write it as the reference with `UPDATE_PREVIEW_REFERENCE=1 cargo test -p site --test \
         preview_image` and commit it",
        reference_path.display(),
        allowed(pixels),
        rendered.display()
    );
}

#[test]
fn the_comparison_tells_another_title_apart() {
    // The second language's image differs from the first's in its title and credit alone:
    // the comparison must see that.
    let reference = Pixmap::decode_png(&preview_png(Lang::ALL[0]).unwrap()).unwrap();
    let other = Pixmap::decode_png(&preview_png(Lang::ALL[1]).unwrap()).unwrap();
    assert_eq!(strays(&reference, &reference), 0);
    let pixels = (reference.width() * reference.height()) as usize;
    assert!(strays(&other, &reference) > 10 * allowed(pixels));
}
