//! A step chart of the claimed troop numbers over October and November 2024, with a legend that names every claim.

use yew::prelude::*;

use super::figure_list::value_text;
use crate::content::{Figure, Unit, STORY};
use crate::date::Date;
use crate::fixed::fixed;
use crate::locale::{format_dated, format_number, short_month, Lang, Text};

/// Props of [`TroopChart`].
#[derive(Properties, PartialEq)]
pub struct TroopChartProps {
    /// The language.
    pub lang: Lang,
}

// The plot in percent of the drawing. The drawing has a fixed height in CSS and no viewBox,
// so its text keeps its pixel size at every width and nothing scales down on a phone.
const LEFT: f64 = 1.0;
const RIGHT: f64 = 98.0;
const TOP: f64 = 8.0;
const BOTTOM: f64 = 84.0;

/// The chart's span, from the content.
fn span() -> (Date, Date) {
    (STORY.chart_start, STORY.chart_until)
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
        / f64::from(end.day_number() - start.day_number());
    LEFT + t * (RIGHT - LEFT)
}

fn y(value: f64, top_value: f64) -> f64 {
    TOP + (1.0 - value / top_value.max(1.0)) * (BOTTOM - TOP)
}

/// The soldier counts, each drawn as a line of steps from its first claim to the right edge.
fn soldier_figures() -> impl Iterator<Item = &'static Figure> {
    STORY
        .figures
        .iter()
        .filter(|f| f.unit == Unit::Soldiers && !f.values.is_empty())
}

/// A figure's claims in words: "about 1,500 (18 October 2024, according to …) → …".
pub fn claims_text(figure: &Figure, lang: Lang) -> String {
    figure
        .values
        .iter()
        .map(|v| {
            let by = v
                .status
                .by
                .map(|b| format!(", {} {}", Text::According.get(lang), b.get(lang)));
            format!(
                "{} ({}{})",
                value_text(v.value, v.qualifier, figure.unit, lang),
                format_dated(v.date, v.dating, lang),
                by.unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

fn line(class: &'static str, (x1, y1): (f64, f64), (x2, y2): (f64, f64)) -> Html {
    html! {
        <line {class} x1={percent(x1)} y1={percent(y1)} x2={percent(x2)} y2={percent(y2)} />
    }
}

/// The chart: the drawing for the eye, the legend (every claim with its date and claimant) for
/// everyone, screen readers included.
#[component]
pub fn TroopChart(props: &TroopChartProps) -> Html {
    let lang = props.lang;
    let (_, end) = span();
    let largest = soldier_figures()
        .flat_map(|f| f.values.iter().map(|v| v.value))
        .max()
        .unwrap_or(0);
    let rules = grid(largest);
    let top_value = rules.last().copied().unwrap_or(1) as f64;
    let y = |value: f64| y(value, top_value);
    let series = soldier_figures().enumerate().map(|(index, figure)| {
        // Steps: along at the old value to the new claim's date, then up to the new value.
        let mut segments = Vec::new();
        for pair in figure.values.windows(2) {
            let (from, to) = (&pair[0], &pair[1]);
            let (x1, y1, x2, y2) = (
                x(from.date),
                y(from.value as f64),
                x(to.date),
                y(to.value as f64),
            );
            segments.push(line("troop-chart__line", (x1, y1), (x2, y1)));
            segments.push(line("troop-chart__line", (x2, y1), (x2, y2)));
        }
        if let Some(last) = figure.values.last() {
            let y_last = y(last.value as f64);
            segments.push(line(
                "troop-chart__line",
                (x(last.date), y_last),
                (x(end), y_last),
            ));
        }
        html! {
            <g class={format!("troop-chart__series troop-chart__series--{index}")}>
                { for segments }
                { for figure.values.iter().map(|value| html! {
                    <circle
                        class="troop-chart__point"
                        cx={percent(x(value.date))}
                        cy={percent(y(value.value as f64))}
                        r="4" />
                }) }
            </g>
        }
    });
    let months = month_starts();
    let last_month = months.len().saturating_sub(1);
    html! {
        <figure class="troop-chart" aria-labelledby="troop-chart-title">
            <h3
                id="troop-chart-title"
                class="troop-chart__title">{ Text::ChartTitle.get(lang) }</h3>
            // The legend below says all of it in words.
            <svg class="troop-chart__svg" aria-hidden="true" focusable="false">
                { for rules.iter().map(|&value| html! {
                    <g class="troop-chart__grid">
                        { line("troop-chart__rule", (LEFT, y(value as f64)), (RIGHT, y(value as f64))) }
                        <text
                            x={percent(LEFT)}
                            y={percent(y(value as f64))}
                            dy="-4">{ format_number(value, lang) }</text>
                    </g>
                }) }
                { for months.iter().enumerate().map(|(i, first)| {
                    let tick = x(*first);
                    // The first tick names its year; the axis's ends keep their names inside.
                    let (text, anchor) = match i {
                        0 => (format!("{} {}", short_month(lang, first.month), first.year), "start"),
                        _ if i == last_month => (short_month(lang, first.month).to_owned(), "end"),
                        _ => (short_month(lang, first.month).to_owned(), "middle"),
                    };
                    html! {
                        <g class="troop-chart__axis">
                            { line("troop-chart__tick", (tick, BOTTOM), (tick, BOTTOM + 3.0)) }
                            <text
                                x={percent(tick)}
                                y="100%"
                                dy="-4"
                                text-anchor={anchor}>{ text }</text>
                        </g>
                    }
                }) }
                { for series }
            </svg>
            <ul class="troop-chart__legend">
                { for soldier_figures().enumerate().map(|(index, figure)| html! {
                    <li class={format!("troop-chart__key troop-chart__series--{index}")}>
                        <svg
                            class="troop-chart__swatch"
                            aria-hidden="true"
                            focusable="false"
                            width="28"
                            height="12">
                            <line class="troop-chart__line" x1="2" y1="6" x2="26" y2="6" />
                        </svg>
                        <span>
                            <strong class="troop-chart__label">{ figure.label.get(lang) }</strong>
                            { format!(": {}", claims_text(figure, lang)) }
                        </span>
                    </li>
                }) }
            </ul>
            <figcaption class="troop-chart__caption">{ Text::ChartCaption.get(lang) }</figcaption>
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
    fn the_axis_names_each_month_of_the_span() {
        let months: Vec<String> = month_starts().iter().map(|d| d.to_string()).collect();
        assert_eq!(months.first().map(String::as_str), Some("2024-10-01"));
        assert_eq!(months.last().map(String::as_str), Some("2024-12-01"));
    }
}
