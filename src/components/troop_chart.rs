//! A step chart of the claimed troop numbers over October and November 2024, the timeline's date marked.

use yew::prelude::*;

use super::figure_list::value_text;
use crate::content::{Figure, Unit, STORY};
use crate::date::{Date, Precision};
use crate::fixed::fixed;
use crate::locale::{format_date, format_number, Lang, Text};

/// Props of [`TroopChart`].
#[derive(Properties, PartialEq)]
pub struct TroopChartProps {
    /// The timeline's date.
    pub date: Date,
    /// The language.
    pub lang: Lang,
}

const W: f64 = 640.0;
const H: f64 = 240.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 18.0;
const BOTTOM: f64 = 30.0;
const TOP_VALUE: f64 = 12_000.0;

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

fn x(date: Date) -> f64 {
    let (start, end) = span();
    let t = f64::from(date.clamp(start, end).day_number() - start.day_number())
        / f64::from(end.day_number() - start.day_number());
    LEFT + t * (W - LEFT - RIGHT)
}

fn y(value: f64) -> f64 {
    TOP + (1.0 - value / TOP_VALUE) * (H - TOP - BOTTOM)
}

/// The soldier counts, each drawn as a line of steps from its first claim to the right edge.
fn soldier_figures() -> impl Iterator<Item = &'static Figure> {
    STORY
        .figures
        .iter()
        .filter(|f| f.unit == Unit::Soldiers && !f.values.is_empty())
}

/// The chart in words, for screen readers.
pub fn description(lang: Lang) -> String {
    soldier_figures()
        .map(|figure| {
            let values: Vec<String> = figure
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
                .collect();
            format!("{}: {}.", figure.label.get(lang), values.join("; "))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The chart.
#[component]
pub fn TroopChart(props: &TroopChartProps) -> Html {
    let (date, lang) = (props.date, props.lang);
    let (_, end) = span();
    let grid = [0.0, 3_000.0, 6_000.0, 9_000.0, 12_000.0];
    let lines = soldier_figures().enumerate().map(|(index, figure)| {
        // A step: along at the old value to the new claim's date, then up to the new value.
        let mut d = String::new();
        for (i, value) in figure.values.iter().enumerate() {
            let (vx, vy) = (x(value.date), y(value.value as f64));
            let step = if i == 0 { format!("M{} {}", fixed(vx, 1), fixed(vy, 1)) } else { format!("H{}V{}", fixed(vx, 1), fixed(vy, 1)) };
            d.push_str(&step);
        }
        d.push_str(&format!("H{}", fixed(x(end), 1)));
        let claimed = figure.values[0].date <= date;
        // The label gives the value claimed by the date, or the first one, set back, before it.
        let shown = figure.value_at(date).unwrap_or(&figure.values[0]);
        let by = shown.status.by.map(|b| format!(" – {} {}", Text::According.get(lang), b.get(lang)));
        let label = format!(
            "{}: {}{}",
            figure.label.get(lang),
            value_text(shown.value, shown.qualifier, figure.unit, lang),
            by.unwrap_or_default()
        );
        let label_y = y(shown.value as f64) - 6.0;
        html! {
            <g class={classes!(
                    "troop-chart__series",
                    format!("troop-chart__series--{index}"),
                    (!claimed).then_some("troop-chart__series--later"),
                )}>
                <path class="troop-chart__line" {d} />
                { for figure.values.iter().map(|value| html! {
                    <circle class={classes!("troop-chart__point", (value.date > date).then_some("troop-chart__point--later"))}
                            cx={fixed(x(value.date), 1).to_string()} cy={fixed(y(value.value as f64), 1).to_string()} r="4" />
                }) }
                <text class="troop-chart__label" x={fixed(W - RIGHT, 1).to_string()} y={fixed(label_y, 1).to_string()} text-anchor="end">{ label }</text>
            </g>
        }
    });
    let (start, _) = span();
    let marker_x = x(date);
    let before = date < start;
    html! {
        <figure class="troop-chart">
            <svg class="troop-chart__svg" viewBox={format!("0 0 {} {}", fixed(W, 0), fixed(H, 0))} role="img" aria-labelledby="troop-chart-title troop-chart-desc">
                <title id="troop-chart-title">{ Text::ChartTitle.get(lang) }</title>
                <desc id="troop-chart-desc">{ description(lang) }</desc>
                { for grid.iter().map(|&value| html! {
                    <g class="troop-chart__grid">
                        <line x1={fixed(LEFT, 1).to_string()} x2={fixed(W - RIGHT, 1).to_string()} y1={fixed(y(value), 1).to_string()} y2={fixed(y(value), 1).to_string()} />
                        <text x={fixed(LEFT - 6.0, 1).to_string()} y={fixed(y(value) + 4.0, 1).to_string()} text-anchor="end">
                            { format_number(value as u64, lang) }
                        </text>
                    </g>
                }) }
                { for [(10u8, Text::ChartOctober), (11, Text::ChartNovember), (12, Text::ChartDecember)].into_iter().map(|(month, text)| {
                    let tick = x(Date { year: 2024, month, day: 1 });
                    html! {
                        <g class="troop-chart__axis">
                            <line x1={fixed(tick, 1).to_string()} x2={fixed(tick, 1).to_string()} y1={fixed(H - BOTTOM, 1).to_string()} y2={fixed(H - BOTTOM + 5.0, 1).to_string()} />
                            <text x={fixed(tick, 1).to_string()} y={fixed(H - 8.0, 1).to_string()} text-anchor={if month == 12 { "end" } else { "start" }}>{ text.get(lang) }</text>
                        </g>
                    }
                }) }
                { for lines }
                <g class={classes!("troop-chart__now", before.then_some("troop-chart__now--before"))}>
                    <line x1={fixed(marker_x, 1).to_string()} x2={fixed(marker_x, 1).to_string()} y1={fixed(TOP, 1).to_string()} y2={fixed(H - BOTTOM, 1).to_string()} />
                    <text x={fixed(marker_x + 4.0, 1).to_string()} y={fixed(TOP + 10.0, 1).to_string()}>
                        { if before { format!("← {}", format_date(date, Precision::Day, lang)) } else { format_date(date, Precision::Day, lang) } }
                    </text>
                </g>
            </svg>
            <figcaption class="troop-chart__caption">{ Text::ChartCaption.get(lang) }</figcaption>
        </figure>
    }
}
