//! The story's record, `story.toml`, with its stretches of the timeline, its chart and its cameras.

use super::{all_read, Ref};
use crate::error::Problem;
use crate::record::{At, FileReader, Loc, Record};
use shared::date::Date;

/// The story itself: its texts, its span, and how the timeline and the map show it.
pub(crate) struct StoryRec {
    pub(crate) title: Loc,
    pub(crate) dek: Loc,
    pub(crate) description: Loc,
    pub(crate) intro: Loc,
    pub(crate) published: At<Date>,
    pub(crate) present: At<Date>,
    pub(crate) start: Date,
    pub(crate) end: Date,
    pub(crate) article: Ref,
    pub(crate) credit: Loc,
    pub(crate) embed_id: String,
    pub(crate) stretches: Vec<StretchRec>,
    /// The troop chart's first day; it ends on `present`.
    pub(crate) chart_start: At<Date>,
    pub(crate) cameras: Vec<CameraRec>,
}

/// A stretch of the timeline's scale.
pub(crate) struct StretchRec {
    pub(crate) start: At<Date>,
    pub(crate) per_day: f64,
}

/// A part of the map a reader can hold.
pub(crate) struct CameraRec {
    pub(crate) id: At<String>,
    pub(crate) name: Loc,
    pub(crate) places: Vec<Ref>,
}

/// The fields a story record may have.
pub(crate) const STORY_FIELDS: &[&str] = &[
    "title",
    "dek",
    "description",
    "intro",
    "published",
    "present",
    "start",
    "end",
    "article",
    "credit",
    "embed_id",
    "stretch",
    "chart",
    "camera",
];

/// The fields of a stretch of the timeline.
pub(crate) const STRETCH_FIELDS: &[&str] = &["start", "per_day"];

/// The fields of the troop chart's span: its start alone, for it ends on the story's present.
pub(crate) const CHART_FIELDS: &[&str] = &["start"];

/// The fields of a camera.
pub(crate) const CAMERA_FIELDS: &[&str] = &["id", "name", "places"];

fn read_stretch(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<StretchRec> {
    let start = record.day(file, "start");
    let per_day = record.number(file, "per_day", 0.01..100.0);
    Some(StretchRec {
        start: start?,
        per_day: per_day?,
    })
}

fn read_camera(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<CameraRec> {
    let id = record.id(file, "id");
    let name = record.localized(file, "name");
    let places = record.ids(file, "places", true);
    Some(CameraRec {
        id: id?,
        name: name?,
        places: places?
            .into_iter()
            .map(|p| Ref::from(p, "places"))
            .collect(),
    })
}

/// The troop chart's first day: it runs from there to the story's present, never beyond
/// anything claimed by then.
fn read_chart(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<At<Date>> {
    record
        .table(file, "chart", CHART_FIELDS)?
        .day(file, "start")
}

pub(crate) fn read_story(file: &mut FileReader<'_>, record: &Record<'_>) -> Option<StoryRec> {
    let title = record.localized(file, "title");
    let dek = record.localized(file, "dek");
    let description = record.localized(file, "description");
    let intro = record.localized(file, "intro");
    let published = record.day(file, "published");
    let present = record.day(file, "present");
    let start = record.day(file, "start");
    let end = record.day(file, "end");
    let article = record.id(file, "article");
    let credit = record.localized(file, "credit");
    let embed_id = record.id(file, "embed_id");
    let stretches = record
        .records(file, "stretch", STRETCH_FIELDS)
        .map(|records| all_read(records.iter().map(|r| read_stretch(file, r)).collect()));
    let chart = read_chart(file, record);
    let cameras = record
        .records(file, "camera", CAMERA_FIELDS)
        .map(|records| all_read(records.iter().map(|r| read_camera(file, r)).collect()));
    let (start, end) = (start?, end?);
    if end.value < start.value {
        file.report_at(
            end.line,
            "end",
            Problem::EndBeforeStart {
                start: start.value.to_string(),
            },
        );
        return None;
    }
    Some(StoryRec {
        title: title?,
        dek: dek?,
        description: description?,
        intro: intro?,
        published: published?,
        present: present?,
        start: start.value,
        end: end.value,
        article: Ref::from(article?, "article"),
        credit: credit?,
        embed_id: embed_id?.value,
        stretches: stretches??,
        chart_start: chart?,
        cameras: cameras??,
    })
}
