//! Prints the story's events as TimelineJS 3 JSON, for the benchmark: `timelinejs <content dir> <de|en>`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(lang)) = (args.next(), args.next()) else {
        eprintln!("usage: timelinejs <content dir> <de|en>");
        return ExitCode::FAILURE;
    };
    match content_compiler::timelinejs_json(&PathBuf::from(dir), &lang) {
        Ok(json) => {
            // A closed pipe (`| head`) ends the output; it is no reason to panic.
            match writeln!(std::io::stdout(), "{json}") {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("timelinejs: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            ExitCode::FAILURE
        }
    }
}
