//! Whether `dist/` was built from the sources in the working tree: `tools/build` leaves the sources' hash in it, and `tools/sources-stamp` tells today's.

use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use super::dist_dir;

/// The file in `dist/` where `tools/build` writes the hash of the sources it built from.
pub const STAMP_FILE: &str = ".sources-stamp";

/// Why `dist/` cannot be tested, if it was built from other sources than the working tree's
/// (or not by `tools/build`); found once per test binary.
pub fn stale_dist() -> Option<&'static str> {
    static STALE: OnceLock<Option<String>> = OnceLock::new();
    STALE.get_or_init(find_stale).as_deref()
}

fn find_stale() -> Option<String> {
    let dist = dist_dir();
    let stamp = dist.join(STAMP_FILE);
    let rebuild = "rebuild it with tools/build, then run the browser tests again";
    let Ok(built) = std::fs::read_to_string(&stamp) else {
        return Some(format!(
            "{} was not made by tools/build (it has no {STAMP_FILE}): {rebuild}",
            dist.display()
        ));
    };
    let now = sources_stamp();
    (built.trim() != now).then(|| {
        format!(
            "{} was built from other sources than the working tree's ({} says {}, tools/sources-stamp says {now}): {rebuild}",
            dist.display(),
            stamp.display(),
            built.trim()
        )
    })
}

/// The hash of today's sources, as `tools/sources-stamp` computes it for `tools/build`.
fn sources_stamp() -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/sources-stamp");
    let output = Command::new(&script)
        .output()
        .unwrap_or_else(|e| panic!("{} cannot run: {e}", script.display()));
    assert!(
        output.status.success(),
        "{} failed: {}",
        script.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}
