//! Which tests this machine can run: the browser tests need a release `dist/` built from the working tree's sources, Chromium and chromedriver.

use std::io::Write;
use std::path::PathBuf;

use super::stamp::stale_dist;
use super::{chromedriver, chromium, dist_dir};

/// What the browser tests need and this machine lacks, if anything.
fn missing() -> Option<String> {
    let dist = dist_dir();
    let needs = [
        (dist.join("index.html"), "a release build in dist/"),
        (chromium(), "Chromium (EXPLAINER_CHROMIUM)"),
        (chromedriver(), "chromedriver (EXPLAINER_CHROMEDRIVER)"),
    ];
    let lacking: Vec<String> = needs
        .iter()
        .filter(|(path, _)| !path.is_file())
        .map(|(path, what)| format!("{what} at {}", path.display()))
        .collect();
    (!lacking.is_empty()).then(|| lacking.join(", "))
}

/// Whether this browser test must be skipped: where the release build or Chromium is missing,
/// a plain `cargo test` skips it and says so once, on the terminal. `tools/test` (and so CI)
/// sets `EXPLAINER_BROWSER_TESTS=required`, which makes a missing piece a failure instead:
/// browser tests are never silently green there.
///
/// A `dist/` built from other sources than the working tree's fails them always, saying how to
/// rebuild it: they would test what the sources no longer say.
pub fn skip() -> bool {
    static SAID: std::sync::Once = std::sync::Once::new();
    match missing() {
        None => {
            if let Some(why) = stale_dist() {
                panic!("browser tests cannot run: {why}");
            }
            false
        }
        Some(lacking) => skip_because("browser tests", &lacking, &SAID),
    }
}

/// Whether a test that needs files beyond the clone (`needs`: path and what it is) must be
/// skipped, as [`skip`] decides for the browser tests.
pub fn skip_without(what: &str, needs: &[(PathBuf, &str)]) -> bool {
    static SAID: std::sync::Once = std::sync::Once::new();
    let lacking: Vec<String> = needs
        .iter()
        .filter(|(path, _)| !path.exists())
        .map(|(path, why)| format!("{why} at {}", path.display()))
        .collect();
    !lacking.is_empty() && skip_because(what, &lacking.join(", "), &SAID)
}

fn skip_because(what: &str, lacking: &str, said: &std::sync::Once) -> bool {
    if std::env::var("EXPLAINER_BROWSER_TESTS").is_ok_and(|v| v == "required") {
        panic!("{what} cannot run: missing {lacking}");
    }
    said.call_once(|| {
        // Straight to the terminal: the test harness captures print macros, not this.
        let _ = writeln!(
            std::io::stderr(),
            "{what} skipped: missing {lacking}. Run tools/test, which installs what they need, to run them."
        );
    });
    true
}
