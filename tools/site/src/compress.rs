//! Every text file and wasm of the release written precompressed beside it (`.br`, `.gz`), for hosts that serve such files.

use std::io::Write;
use std::path::Path;

use crate::files::{self, beside, FileError};

/// The files worth compressing: text and wasm.
pub const COMPRESSED: [&str; 8] = [
    "html",
    "js",
    "css",
    "wasm",
    "json",
    "svg",
    "csv",
    "webmanifest",
];

/// Writes `file.gz` (gzip -9) and `file.br` (brotli, quality 11, [`smallest_brotli`]) beside
/// every such file in `folder` and below it.
pub fn precompress(folder: &Path) -> Result<(), FileError> {
    for path in files::list(folder)? {
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let wanted = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSED.contains(&e));
        if !wanted {
            continue;
        }
        let raw = files::read(&path)?;
        let (gz_path, br_path) = (beside(&path, "gz"), beside(&path, "br"));
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw)
            .map_err(|e| FileError::Write(gz_path.clone(), e))?;
        let gz = gz
            .finish()
            .map_err(|e| FileError::Write(gz_path.clone(), e))?;
        // Small input blocks (16) take the pages 1.2 % below the encoder's choice; for the wasm
        // they gain almost nothing (under 0.1 %) and would double the build's longest step.
        let wasm = path.extension().is_some_and(|e| e == "wasm");
        let blocks: &[i32] = if wasm { &[0] } else { &[0, 16] };
        let br = smallest_brotli(&raw, blocks).map_err(|e| FileError::Write(br_path.clone(), e))?;
        files::write(&gz_path, gz)?;
        files::write(&br_path, br)?;
    }
    Ok(())
}

/// `raw` as brotli at quality 11, with the input block size (`lgblock`) among `blocks` that
/// compresses it best (0: the encoder's own choice). Any block size decodes as any brotli does.
pub fn smallest_brotli(raw: &[u8], blocks: &[i32]) -> std::io::Result<Vec<u8>> {
    let mut smallest: Option<Vec<u8>> = None;
    for &lgblock in blocks {
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 22,
            lgblock,
            ..Default::default()
        };
        let mut br = Vec::new();
        brotli::BrotliCompress(&mut &raw[..], &mut br, &params)?;
        if smallest.as_ref().is_none_or(|s| br.len() < s.len()) {
            smallest = Some(br);
        }
    }
    Ok(smallest.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn unbrotli(br: &[u8]) -> Vec<u8> {
        let mut raw = Vec::new();
        brotli::Decompressor::new(br, 4096)
            .read_to_end(&mut raw)
            .unwrap();
        raw
    }

    #[test]
    fn the_smallest_brotli_decodes_to_its_input_and_is_no_larger_than_the_encoders_choice() {
        let raw = "<p class=\"moment__date\">23. Oktober 2024</p>".repeat(200);
        let own = smallest_brotli(raw.as_bytes(), &[0]).unwrap();
        let smallest = smallest_brotli(raw.as_bytes(), &[0, 16]).unwrap();
        assert!(smallest.len() <= own.len());
        assert_eq!(unbrotli(&smallest), raw.as_bytes());
    }

    #[test]
    fn text_and_wasm_get_copies_beside_them_in_every_folder_and_nothing_else_does() {
        let folder = std::env::temp_dir().join(format!("site-compress-{}", std::process::id()));
        let page = folder.join("en/index.html");
        files::write(&page, "<p>Hallo</p>".repeat(50)).unwrap();
        files::write(&folder.join("icon.png"), [0u8, 1, 2]).unwrap();
        precompress(&folder).unwrap();
        let raw = files::read(&page).unwrap();
        assert_eq!(unbrotli(&files::read(&beside(&page, "br")).unwrap()), raw);
        let mut unzipped = Vec::new();
        flate2::read::GzDecoder::new(files::read(&beside(&page, "gz")).unwrap().as_slice())
            .read_to_end(&mut unzipped)
            .unwrap();
        assert_eq!(unzipped, raw);
        assert!(!beside(&folder.join("icon.png"), "br").exists());
        assert!(!beside(&folder.join("icon.png"), "gz").exists());
        std::fs::remove_dir_all(&folder).unwrap();
    }
}
