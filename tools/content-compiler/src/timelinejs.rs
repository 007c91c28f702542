//! The story's events as a TimelineJS 3 timeline, for the benchmark's comparison page.

use std::path::Path;

use crate::record::Loc;
use crate::{read, read_files, ContentError};
use shared::date::Date;
use shared::json::json_string;
use shared::lang::Lang;

/// The story's events as a TimelineJS 3 timeline in one language (its code; an unknown one gives the default), so that the
/// benchmark compares the two with the same content.
pub fn timelinejs_json(dir: &Path, lang: &str) -> Result<String, Vec<ContentError>> {
    let content = read(&read_files(dir, &dir.display().to_string())?)?;
    let lang = Lang::from_code(lang).unwrap_or_default();
    let pick = |l: &Loc| l.get(lang).to_owned();
    let date = |d: Date| {
        format!(
            "{{\"year\": {}, \"month\": {}, \"day\": {}}}",
            d.year, d.month, d.day
        )
    };
    let events: Vec<String> = content
        .events
        .iter()
        .map(|e| {
            format!(
                "{{\"start_date\": {}, \"end_date\": {}, \"text\": {{\"headline\": {}, \"text\": {}}}}}",
                date(e.when.value.start),
                date(e.when.value.end),
                json_string(&pick(&e.title)),
                json_string(&pick(&e.summary))
            )
        })
        .collect();
    Ok(format!(
        "{{\"title\": {{\"text\": {{\"headline\": {}, \"text\": {}}}}}, \"events\": [{}]}}",
        json_string(&pick(&content.story.title)),
        json_string(&pick(&content.story.intro)),
        events.join(", ")
    ))
}
