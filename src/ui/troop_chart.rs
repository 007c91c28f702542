//! A step chart of the claimed troop numbers up to the story's present, one line per claimant, with a legend that names every claim.

use yew::prelude::*;

use super::claim_badge::claimant_text;
use super::figure_list::value_text;
use crate::i18n::{format_as_of, format_dated, format_number, short_month, template, Text};
use crate::model::story::{Figure, FigureValue, Unit, STORY};
use crate::page::fixed::fixed;
use shared::date::Date;
use shared::lang::Lang;

/// Props of [`TroopChart`].
#[derive(Properties, PartialEq)]
pub struct TroopChartProps {
    /// The language.
    pub lang: Lang,
}

// The plot in percent of the drawing. The drawing has a fixed height in CSS and no viewBox,
// so its text keeps its pixel size at every width and nothing scales down on a phone. The
// right edge is the present: the room after it keeps a claim made that day visible.
const LEFT: f64 = 1.0;
const RIGHT: f64 = 97.0;
const TOP: f64 = 8.0;
const BOTTOM: f64 = 84.0;

// A month's name nearer than this to the right edge would run into the "as of" label there.
const LABEL_ROOM: f64 = 30.0;

const LINE: &str = "troop-chart__line";
const TICK: &str = "troop-chart__tick";

/// The chart's span: from its start in the content to the story's present, its right edge.
fn span() -> (Date, Date) {
    (STORY.chart_start, STORY.present)
}

/// The values of the grid's rules, from 0 to the top of the scale: four steps of a round size
/// (1, 2, 2.5 or 5 times a power of ten) that reach the largest number claimed.
pub fn grid(largest: u64) -> Vec<u64> {
    let quarter = largest.div_ceil(4).max(1);
    let mut power = 1;
    while power * 10 <= quarter {
        power *= 10;
    }
    let step = [
        power,
        2 * power,
        power * 5 / 2,
        3 * power,
        5 * power,
        10 * power,
    ]
    .into_iter()
    .find(|&step| step >= quarter && step > 0)
    .unwrap_or(10 * power);
    (0..=largest.div_ceil(step)).map(|i| i * step).collect()
}

/// The first day of every month within the chart's span: the axis's ticks.
fn month_starts() -> Vec<Date> {
    let (start, end) = span();
    let mut out = Vec::new();
    let (mut year, mut month) = (start.year, start.month);
    loop {
        let first = Date {
            year,
            month,
            day: 1,
        };
        if first > end {
            return out;
        }
        if first >= start {
            out.push(first);
        }
        (year, month) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
    }
}

/// A percentage, as SVG takes it.
fn percent(value: f64) -> String {
    format!("{}%", fixed(value, 2))
}

fn x(date: Date) -> f64 {
    let (start, end) = span();
    let t = f64::from(date.clamp(start, end).day_number() - start.day_number())
        / f64::from((end.day_number() - start.day_number()).max(1));
    LEFT + t * (RIGHT - LEFT)
}

fn y(value: f64, top_value: f64) -> f64 {
    TOP + (1.0 - value / top_value.max(1.0)) * (BOTTOM - TOP)
}

/// The soldier counts: the figures the chart draws.
fn soldier_figures() -> impl Iterator<Item = &'static Figure> {
    STORY
        .figures
        .iter()
        .filter(|f| f.unit == Unit::Soldiers && !f.values.is_empty())
}

/// A claim as the chart draws it: from the day it was stated until its claimant's next claim
/// of the figure or the story's present, whichever comes first.
#[derive(Clone, Copy, Debug)]
pub struct Held {
    /// The claim.
    pub value: &'static FigureValue,
    /// The last day it holds.
    pub until: Date,
}

/// One claimant's claims of one figure: a line of its own.
#[derive(Debug)]
pub struct Series {
    /// The figure.
    pub figure: &'static Figure,
    /// The figure's place among the soldier counts: its colour.
    pub figure_index: usize,
    /// The claimant's place among the figure's claimants, by first claim: its stroke and mark.
    pub claimant_index: usize,
    /// The claims made by the story's present, in date order.
    pub claims: Vec<Held>,
}

/// Every claimant of every soldier count, each a series of the claims made by the story's
/// present; a claim after it is not drawn, and none is drawn beyond it.
pub fn series(lang: Lang) -> Vec<Series> {
    let (_, present) = span();
    let mut out: Vec<Series> = Vec::new();
    for (figure_index, figure) in soldier_figures().enumerate() {
        let first = out.len();
        for (index, value) in figure.values.iter().enumerate() {
            if value.date > present {
                continue;
            }
            let until = figure
                .next_claim(index, lang)
                .map_or(present, |next| next.date.min(present));
            let held = Held { value, until };
            let claimant = out[first..]
                .iter_mut()
                .find(|s| s.claims[0].value.same_claimant(value, lang));
            match claimant {
                Some(series) => series.claims.push(held),
                None => {
                    let claimant_index = out.len() - first;
                    out.push(Series {
                        figure,
                        figure_index,
                        claimant_index,
                        claims: vec![held],
                    });
                }
            }
        }
    }
    out
}

/// A series' claims in words: "about 1,500 (18 October 2024, according to …) → …".
pub fn claims_text(series: &Series, lang: Lang) -> String {
    series
        .claims
        .iter()
        .map(|held| {
            let v = held.value;
            let value = value_text(v.value, v.qualifier, series.figure.unit, lang);
            let date = format_dated(v.date, v.dating, lang);
            let mut values = vec![("value", value.as_str()), ("date", date.as_str())];
            let by = claimant_text(v.status, lang);
            if let Some(by) = &by {
                values.push(("by", by));
            }
            let text = if by.is_some() {
                Text::ClaimOnBy
            } else {
                Text::ClaimOn
            };
            template(text, lang, &values)
        })
        .collect::<Vec<_>>()
        .join(Text::ClaimThen.get(lang))
}

/// A straight stroke from one point to another, in percent of the drawing.
type Segment = ((f64, f64), (f64, f64));

/// A series' strokes: each claim along its level from its day to the day it holds until, and
/// up or down to the next claim's level on that claim's day. A claim that holds only the day
/// it was made (one made on the present) has no stroke: its mark alone shows it.
fn segments(series: &Series, top_value: f64) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut previous: Option<f64> = None;
    for held in &series.claims {
        let (from, to) = (x(held.value.date), x(held.until));
        let level = y(held.value.value as f64, top_value);
        if let Some(before) = previous.filter(|&before| before != level) {
            out.push(((from, before), (from, level)));
        }
        if to > from {
            out.push(((from, level), (to, level)));
        }
        previous = Some(level);
    }
    out
}

fn line(class: &'static str, ((x1, y1), (x2, y2)): Segment) -> Html {
    html! {
        <line {class} x1={percent(x1)} y1={percent(y1)} x2={percent(x2)} y2={percent(y2)} />
    }
}

/// A claim's mark on its day: a round dot for a figure's first claimant, a square around the
/// spot for any other, so that two claims of one day and one number both show.
fn mark(claimant: usize, (cx, cy): (f64, f64)) -> Html {
    if claimant == 0 {
        html! { <circle class="troop-chart__point" cx={percent(cx)} cy={percent(cy)} r="4" /> }
    } else {
        html! {
            <rect
                class="troop-chart__point troop-chart__point--square"
                x={percent(cx)}
                y={percent(cy)}
                width="14"
                height="14"
                transform="translate(-7 -7)" />
        }
    }
}

/// The classes of a series' drawing and legend entry: its figure's colour, its claimant's
/// stroke.
fn series_class(base: &str, series: &Series) -> String {
    format!(
        "{base} troop-chart__series--{} troop-chart__by--{}",
        series.figure_index, series.claimant_index
    )
}

fn series_drawing(series: &Series, top_value: f64) -> Html {
    html! {
        <g class={series_class("troop-chart__series", series)}>
            { for segments(series, top_value).into_iter().map(|s| line(LINE, s)) }
            { for series.claims.iter().map(|held| mark(
                series.claimant_index,
                (x(held.value.date), y(held.value.value as f64, top_value)),
            )) }
        </g>
    }
}

/// The axis: a tick on each month's first day, and on the right edge the present the chart
/// is drawn up to, named "Stand: 23. Oktober 2024" / "As of 23 October 2024".
fn axis(lang: Lang) -> Html {
    let (_, present) = span();
    let end = x(present);
    let months = month_starts().into_iter().enumerate().map(|(i, first)| {
        let tick = x(first);
        // The first tick names its year; the axis's first end keeps its name inside.
        let text = match i {
            0 => format!("{} {}", short_month(lang, first.month), first.year),
            _ => short_month(lang, first.month).to_owned(),
        };
        let anchor = if i == 0 { "start" } else { "middle" };
        html! {
            <g class="troop-chart__axis">
                { line(TICK, ((tick, BOTTOM), (tick, BOTTOM + 3.0))) }
                if end - tick >= LABEL_ROOM {
                    <text x={percent(tick)} y="100%" dy="-4" text-anchor={anchor}>{ text }</text>
                }
            </g>
        }
    });
    html! {
        <>
            { for months }
            <g class="troop-chart__axis troop-chart__axis--present">
                { line(TICK, ((end, BOTTOM), (end, BOTTOM + 3.0))) }
                <text x={percent(end)} y="100%" dy="-4" text-anchor="end">
                    { format_as_of(present, lang) }
                </text>
            </g>
        </>
    }
}

/// The drawing for the eye; the legend says all of it in words.
fn drawing(series: &[Series], lang: Lang) -> Html {
    let largest = series
        .iter()
        .flat_map(|s| s.claims.iter().map(|held| held.value.value))
        .max()
        .unwrap_or(0);
    let rules = grid(largest);
    let top_value = rules.last().copied().unwrap_or(1) as f64;
    html! {
        <svg class="troop-chart__svg" aria-hidden="true" focusable="false">
            { for rules.iter().map(|&value| {
                let level = y(value as f64, top_value);
                html! {
                    <g class="troop-chart__grid">
                        { line("troop-chart__rule", ((LEFT, level), (RIGHT, level))) }
                        <text x={percent(LEFT)} y={percent(level)} dy="-4">
                            { format_number(value, lang) }
                        </text>
                    </g>
                }
            }) }
            { axis(lang) }
            { for series.iter().map(|s| series_drawing(s, top_value)) }
        </svg>
    }
}

/// A legend entry's sample of its series' stroke and mark.
fn swatch(claimant: usize) -> Html {
    html! {
        <svg class="troop-chart__swatch" aria-hidden="true" focusable="false" width="28" height="14">
            <line class={LINE} x1="2" y1="7" x2="26" y2="7" />
            if claimant == 0 {
                <circle class="troop-chart__point" cx="14" cy="7" r="4" />
            } else {
                <rect
                    class="troop-chart__point troop-chart__point--square"
                    x="8"
                    y="1"
                    width="12"
                    height="12" />
            }
        </svg>
    }
}

/// The chart: the drawing for the eye, the legend (every claim with its date and claimant,
/// one entry per claimant of each figure) for everyone, screen readers included.
#[component]
pub fn TroopChart(props: &TroopChartProps) -> Html {
    let lang = props.lang;
    let series = series(lang);
    html! {
        <figure class="troop-chart" aria-labelledby="troop-chart-title">
            <h3
                id="troop-chart-title"
                class="troop-chart__title">{ Text::ChartTitle.get(lang) }</h3>
            { drawing(&series, lang) }
            <ul class="troop-chart__legend">
                { for series.iter().map(|s| html! {
                    <li class={series_class("troop-chart__key", s)}>
                        { swatch(s.claimant_index) }
                        <span>
                            <strong class="troop-chart__label">{ s.figure.label.get(lang) }</strong>
                            { format!(": {}", claims_text(s, lang)) }
                        </span>
                    </li>
                }) }
            </ul>
            <figcaption class="troop-chart__caption">
                <span class="troop-chart__as-of">{ format_as_of(span().1, lang) }</span>
                <span>{ Text::ChartCaption.get(lang) }</span>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_grid_reaches_the_largest_claim_in_round_steps() {
        assert_eq!(grid(12_000), [0, 3_000, 6_000, 9_000, 12_000]);
        assert_eq!(grid(10_000), [0, 2_500, 5_000, 7_500, 10_000]);
        assert_eq!(grid(1_500), [0, 500, 1_000, 1_500]);
        assert_eq!(grid(0), [0]);
    }

    #[test]
    fn the_axis_runs_from_the_charts_start_to_the_present() {
        let months: Vec<String> = month_starts().iter().map(|d| d.to_string()).collect();
        assert_eq!(months, ["2024-10-01"]);
        assert_eq!(span(), (STORY.chart_start, STORY.present));
        assert_eq!(x(STORY.present), RIGHT);
        // A day after the present is drawn at the present, never beyond it.
        assert_eq!(x(STORY.end), RIGHT);
    }

    /// The day the claimant of value `index` next claimed the figure, if they did.
    fn next_by_same_claimant(figure: &Figure, index: usize, lang: Lang) -> Option<Date> {
        let by = |v: &FigureValue| v.status.by.map(|b| b.get(lang));
        let claimant = by(&figure.values[index]);
        figure.values[index + 1..]
            .iter()
            .find(|later| by(later) == claimant)
            .map(|later| later.date)
    }

    #[test]
    fn every_claim_holds_until_its_claimants_next_claim_or_the_present() {
        let present = STORY.present;
        for lang in Lang::ALL {
            let series = series(lang);
            for figure in soldier_figures() {
                for (index, value) in figure.values.iter().enumerate() {
                    let held = series
                        .iter()
                        .flat_map(|s| &s.claims)
                        .find(|held| std::ptr::eq(held.value, value))
                        .unwrap();
                    let next = next_by_same_claimant(figure, index, lang);
                    let expected = next.unwrap_or(present).min(present);
                    assert_eq!(held.until, expected, "{} {}", figure.id, value.date);
                }
            }
            // Each series is one claimant's: none holds two claimants' claims.
            for s in &series {
                let first = s.claims[0].value;
                assert!(s.claims.iter().all(|c| c.value.same_claimant(first, lang)));
            }
        }
    }

    #[test]
    fn each_claimant_of_a_figure_is_a_line_of_its_own_that_ends_at_the_present() {
        let series = series(Lang::En);
        let of = |id: &str| -> Vec<Vec<(u64, String, String)>> {
            series
                .iter()
                .filter(|s| s.figure.id == id)
                .map(|s| {
                    s.claims
                        .iter()
                        .map(|h| (h.value.value, h.value.date.to_string(), h.until.to_string()))
                        .collect()
                })
                .collect()
        };
        let day = |d: &str| d.to_owned();
        assert_eq!(
            of("troops-in-russia"),
            [
                vec![
                    (1_500, day("2024-10-18"), day("2024-10-23")),
                    (3_000, day("2024-10-23"), day("2024-10-23")),
                ],
                vec![(3_000, day("2024-10-23"), day("2024-10-23"))],
            ]
        );
        // Stated on the present about December: a mark on its day, no line into the future.
        assert_eq!(
            of("troops-expected-december"),
            [vec![(10_000, day("2024-10-23"), day("2024-10-23"))]]
        );
        let december = series
            .iter()
            .find(|s| s.figure.id == "troops-expected-december")
            .unwrap();
        assert!(segments(december, 10_000.0).is_empty());
        for s in &series {
            for ((x1, _), (x2, _)) in segments(s, 12_000.0) {
                assert!(x1 <= RIGHT && x2 <= RIGHT, "{}", s.figure.id);
            }
        }
    }
}
