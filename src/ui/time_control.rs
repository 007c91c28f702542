//! The stage's time: the date slider over the story's axis, previous and next event, and play.

use yew::prelude::*;

use super::date_slider::DateSlider;
use crate::hooks::{use_autoplay, use_reduced_motion};
use crate::i18n::{format_start, format_stretch, template, Text};
use crate::model::story::{Event, STORY};
use crate::model::timeline_scale::{fraction_of, stretch_ends, stretch_fractions};
use crate::page::fixed::fixed;
use crate::page::markup::{escape, kept_markup, markup, Markup};
use crate::state::{use_action, Action, StateHandle};
use shared::date::Direction;
use shared::lang::Lang;

fn percent(fraction: f64) -> String {
    format!("{}%", fixed(fraction * 100.0, 3))
}

/// Where an event's tick stands on the axis. The current events' ticks are drawn over the kept
/// axis's, so both take their place from here and their ends from the two constants below.
fn tick_at(event: &Event) -> String {
    percent(fraction_of(event.when.start))
}

/// A tick's top end, in pixels from the axis's top.
const TICK_TOP: &str = "0";
/// A tick's bottom end, in pixels from the axis's top.
const TICK_BOTTOM: &str = "12";

/// Where the first stretch's name sits on the axis, in pixels from its top.
const FIRST_NAME_Y: usize = 24;

/// How far apart the stretches' names are on a narrow control, one line each, in pixels.
const NAME_LINE: usize = 13;

/// The axis's rules that follow the content's stretches, for the page's style: as many lines as
/// stretches on a narrow control, and on a wide one (`@container`, 660 px: where the names fit
/// on one line) every name moved up to the first.
pub fn axis_css() -> String {
    let count = STORY.stretches.len().max(1);
    let narrow = FIRST_NAME_Y + NAME_LINE * (count - 1) + 2;
    let lifts: String = (1..count)
        .map(|i| {
            format!(
                ".time-control__stretch--{i} text{{transform:translateY(-{}px)}}",
                NAME_LINE * i
            )
        })
        .collect();
    format!(
        ".time-control__axis{{height:{narrow}px}}\n@container (min-width: 660px){{.time-control__axis{{height:28px}}{lifts}}}\n"
    )
}

/// The axis under the slider in a language, as the host writes it: its stretches, each named,
/// and a tick for each event, titled. Kept markup ([`kept_markup`]): the browser neither builds
/// nor hydrates it, and every step of the slider passes it by; the current events' ticks are
/// drawn over it.
pub fn axis_markup(lang: Lang) -> String {
    let starts = stretch_fractions();
    let ends = stretch_ends();
    let last = STORY.stretches.len().saturating_sub(1);
    let stretches = STORY.stretches.iter().enumerate().map(|(i, stretch)| {
        let (start, last_day) = (starts[i], ends[i]);
        let end = starts.get(i + 1).copied().unwrap_or(1.0);
        let squeezed = if stretch.per_day < 1.0 {
            " time-control__stretch--squeezed"
        } else {
            ""
        };
        // The first name starts at its stretch, the last ends at its own, and those between
        // are centred.
        let (x, anchor) = match i {
            0 => (start, "start"),
            _ if i == last => (end, "end"),
            _ => ((start + end) / 2.0, "middle"),
        };
        // One line per stretch on a phone, so that the names never collide (`axis_css`).
        format!(
            "<g class=\"time-control__stretch time-control__stretch--{i}{squeezed}\"><line x1=\"{}\" x2=\"{}\" y1=\"4\" y2=\"4\"></line><text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text></g>",
            percent(start),
            percent(end),
            percent(x),
            FIRST_NAME_Y + NAME_LINE * i,
            escape(&format_stretch(stretch.start, last_day, stretch.per_day, i == last, lang)),
        )
    });
    let ticks = STORY.events.iter().map(|event| {
        let at = tick_at(event);
        format!(
            "<line class=\"time-control__tick\" x1=\"{at}\" x2=\"{at}\" y1=\"{TICK_TOP}\" y2=\"{TICK_BOTTOM}\"><title>{}</title></line>",
            escape(&dated_title(event, lang)),
        )
    });
    stretches.chain(ticks).collect()
}

/// An event's date and title: "23 October 2024: NATO confirms the evidence".
fn dated_title(event: &Event, lang: Lang) -> String {
    let date = format_start(&event.when, lang);
    template(
        Text::DatedTitle,
        lang,
        &[("date", &date), ("title", event.title.get(lang))],
    )
}

/// A button's face: its mark (before or after its text, hidden from screen readers) and text.
/// They hold no listener: markup the browser takes whole, inside the button.
fn button_face(before: Option<&str>, text: Text, after: Option<&str>, lang: Lang) -> Html {
    markup(|out| {
        let mark = |out: &mut Markup, mark: Option<&str>| {
            if let Some(mark) = mark {
                out.tag("<span aria-hidden=\"true\">")
                    .tag(mark)
                    .tag("</span>");
            }
        };
        mark(out, before);
        out.tag("<span class=\"time-control__button-text\">")
            .text(text.get(lang))
            .tag("</span>");
        mark(out, after);
    })
}

/// Previous event, play or pause (unless the reader asks for reduced motion), next event.
fn step_buttons(state: &StateHandle, reduced_motion: bool) -> Html {
    let (view, lang) = (state.view, state.view.lang);
    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action.clone()))
    };
    let button_face = |before, text, after| button_face(before, text, after, lang);
    html! {
        <div class="time-control__buttons">
            <button
                type="button"
                class="time-control__button"
                onclick={dispatch(Action::StepEvent(Direction::Back))}
                disabled={STORY.event_from(view.date, Direction::Back).is_none()}>
                { button_face(Some("‹"), Text::PreviousEvent, None) }
            </button>
            if !reduced_motion {
                <button
                    type="button"
                    class="time-control__button time-control__button--play"
                    aria-pressed={if state.playing { "true" } else { "false" }}
                    onclick={dispatch(Action::SetPlaying(!state.playing))}>
                    { if state.playing {
                        button_face(Some("❚❚"), Text::Pause, None)
                    } else {
                        button_face(Some("▶"), Text::Play, None)
                    } }
                </button>
            }
            <button
                type="button"
                class="time-control__button"
                onclick={dispatch(Action::StepEvent(Direction::Forward))}
                disabled={STORY.event_from(view.date, Direction::Forward).is_none()}>
                { button_face(None, Text::NextEvent, Some("›")) }
            </button>
        </div>
    }
}

/// Props of [`TimeControl`].
#[derive(Properties, PartialEq, Clone)]
pub struct TimeControlProps {
    /// The page's state, as the part's root shows it.
    pub state: StateHandle,
}

/// The time control.
#[component]
pub fn TimeControl(props: &TimeControlProps) -> Html {
    let state = &props.state;
    let view = state.view;
    let lang = view.lang;
    let reduced_motion = use_reduced_motion();
    use_autoplay(state);
    let current = STORY.current_events(view.date);
    let announcement: Vec<String> = current.iter().map(|e| dated_title(e, lang)).collect();
    let on_date = use_action(state, Action::SetDate);
    html! {
        <div class="time-control">
            <DateSlider date={view.date} {lang} on_change={on_date} />
            <svg class="time-control__axis" aria-hidden="true">
                { kept_markup(lang, axis_markup) }
                // Over the ticks, without their titles: a hover still finds the tick's.
                <g class="time-control__current">{ markup(|out| {
                    for event in current {
                        let at = tick_at(event);
                        out.tag("<line x1=\"")
                            .tag(&at)
                            .tag("\" x2=\"")
                            .tag(&at)
                            .tag("\" y1=\"")
                            .tag(TICK_TOP)
                            .tag("\" y2=\"")
                            .tag(TICK_BOTTOM)
                            .tag("\" class=\"time-control__tick time-control__tick--current\"></line>");
                    }
                }) }</g>
            </svg>
            { step_buttons(state, reduced_motion) }
            <p
                class="time-control__announcement visually-hidden"
                aria-live="polite">{ announcement.join(Text::Separator.get(lang)) }</p>
        </div>
    }
}
