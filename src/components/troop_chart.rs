//! A step chart of the claimed troop numbers over October and November 2024, with a legend that names every claim.

use yew::prelude::*;

use super::figure_list::value_text;
use crate::content::{Figure, Unit, STORY};
use crate::date::{Date, Precision};
use crate::fixed::fixed;
use crate::locale::{format_date, format_number, Lang, Text};

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
const TOP_VALUE: f64 = 12_000.0;
const GRID: [f64; 5] = [0.0, 3_000.0, 6_000.0, 9_000.0, 12_000.0];

/// The chart's span: October and November 2024, so "by December" sits at the right edge.
fn span() -> (Date, Date) {
    (
        Date {
            year: 2024,
            month: 10,
            day: 1,
        },
        Date {
            year: 2024,
            month: 12,
            day: 1,
        },
    )
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

fn y(value: f64) -> f64 {
    TOP + (1.0 - value / TOP_VALUE) * (BOTTOM - TOP)
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
                format_date(v.date, Precision::Day, lang),
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
    let series = soldier_figures().enumerate().map(|(index, figure)| {
        // Steps: along at the old value to the new claim's date, then up to the new value.
        let mut segments = Vec::new();
        for pair in figure.values.windows(2) {
            let (from, to) = (&pair[0], &pair[1]);
            let (x1, y1, x2, y2) = (x(from.date), y(from.value as f64), x(to.date), y(to.value as f64));
            segments.push(line("troop-chart__line", (x1, y1), (x2, y1)));
            segments.push(line("troop-chart__line", (x2, y1), (x2, y2)));
        }
        if let Some(last) = figure.values.last() {
            let y_last = y(last.value as f64);
            segments.push(line("troop-chart__line", (x(last.date), y_last), (x(end), y_last)));
        }
        html! {
            <g class={format!("troop-chart__series troop-chart__series--{index}")}>
                { for segments }
                { for figure.values.iter().map(|value| html! {
                    <circle class="troop-chart__point" cx={percent(x(value.date))} cy={percent(y(value.value as f64))} r="4" />
                }) }
            </g>
        }
    });
    let months = [
        (10u8, Text::ChartOctober, "start"),
        (11, Text::ChartNovember, "middle"),
        (12, Text::ChartDecember, "end"),
    ];
    html! {
        <figure class="troop-chart" aria-labelledby="troop-chart-title">
            <h3 id="troop-chart-title" class="troop-chart__title">{ Text::ChartTitle.get(lang) }</h3>
            // The legend below says all of it in words.
            <svg class="troop-chart__svg" aria-hidden="true" focusable="false">
                { for GRID.iter().map(|&value| html! {
                    <g class="troop-chart__grid">
                        { line("troop-chart__rule", (LEFT, y(value)), (RIGHT, y(value))) }
                        <text x={percent(LEFT)} y={percent(y(value))} dy="-4">{ format_number(value as u64, lang) }</text>
                    </g>
                }) }
                { for months.into_iter().map(|(month, text, anchor)| {
                    let tick = x(Date { year: 2024, month, day: 1 });
                    html! {
                        <g class="troop-chart__axis">
                            { line("troop-chart__tick", (tick, BOTTOM), (tick, BOTTOM + 3.0)) }
                            <text x={percent(tick)} y="100%" dy="-4" text-anchor={anchor}>{ text.get(lang) }</text>
                        </g>
                    }
                }) }
                { for series }
            </svg>
            <ul class="troop-chart__legend">
                { for soldier_figures().enumerate().map(|(index, figure)| html! {
                    <li class={format!("troop-chart__key troop-chart__series--{index}")}>
                        <svg class="troop-chart__swatch" aria-hidden="true" focusable="false" width="28" height="12">
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
