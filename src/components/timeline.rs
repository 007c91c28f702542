//! The timeline: a date slider over the story, the events it stands on, the figures as of then, all events.

use yew::prelude::*;

use super::date_slider::DateSlider;
use super::event_card::EventCard;
use super::event_list::EventList;
use super::figure_list::FigureList;
use super::troop_chart::TroopChart;
use crate::content::STORY;
use crate::fixed::fixed;
use crate::locale::{format_date, Text};
use crate::state::{use_action, Action, StateHandle};
use crate::timeline_scale::{fraction_of, segment_fractions, SEGMENTS};

/// How long the play button stays on each event, in milliseconds.
pub const PLAY_PACE_MS: u32 = 3_500;

fn percent(fraction: f64) -> String {
    format!("{}%", fixed(fraction * 100.0, 3))
}

/// The timeline section; reads the state from context.
#[component]
pub fn Timeline() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    // Whether the reader prefers reduced motion, read after the first render.
    let reduced_motion = use_state_eq(|| false);
    {
        let reduced_motion = reduced_motion.clone();
        use_effect_with((), move |()| {
            reduced_motion.set(crate::browser::prefers_reduced_motion());
        });
    }
    // Playing walks from event to event and stops at the reader's first own input.
    {
        let state = state.clone();
        use_effect_with(state.playing, move |&playing| {
            let mut guards = Vec::new();
            if playing {
                let step = state.clone();
                guards.push(Box::new(gloo_timers::callback::Interval::new(
                    PLAY_PACE_MS,
                    move || {
                        step.dispatch(Action::StepEvent(true));
                    },
                )) as Box<dyn std::any::Any>);
                if let Some(window) = web_sys::window() {
                    for kind in ["pointerdown", "keydown", "wheel", "touchstart"] {
                        let stop = state.clone();
                        guards.push(Box::new(gloo_events::EventListener::new(
                            &window,
                            kind,
                            move |_| {
                                stop.dispatch(Action::SetPlaying(false));
                            },
                        )));
                    }
                }
            }
            move || drop(guards)
        });
    }
    let current = STORY.current_events(view.date);
    let announcement: Vec<String> = current
        .iter()
        .map(|e| {
            format!(
                "{}: {}",
                format_date(e.when.start, e.when.precision, lang),
                e.title.get(lang)
            )
        })
        .collect();
    let dispatch = |action: Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action.clone()))
    };
    let on_date = use_action(&state, Action::SetDate);
    let on_select = use_action(&state, Action::GoToEvent);
    let segments = segment_fractions();
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="timeline__heading">{ Text::TimelineHeading.get(lang) }</h2>
            <div class="timeline__control">
                <DateSlider date={view.date} {lang} on_change={on_date} />
                <svg class="timeline__axis" aria-hidden="true">
                    { for SEGMENTS.iter().zip(segments).enumerate().map(|(i, (segment, start))| {
                        let end = segments.get(i + 1).copied().unwrap_or(1.0);
                        html! {
                            <g class={classes!("timeline__stretch", format!("timeline__stretch--{i}"))}>
                                <line x1={percent(start)} x2={percent(end)} y1="4" y2="4" />
                                // One line per stretch, so that the names never collide on a phone.
                                <text x={match i { 0 => percent(start), 1 => percent((start + end) / 2.0), _ => percent(end) }}
                                      y={(36 + 15 * i).to_string()}
                                      text-anchor={match i { 0 => "start", 1 => "middle", _ => "end" }}>
                                    { segment.name.get(lang) }
                                </text>
                            </g>
                        }
                    }) }
                    { for STORY.events.iter().map(|event| {
                        let at = percent(fraction_of(event.when.start));
                        let current = current.contains(&event);
                        html! {
                            <line class={classes!("timeline__tick", current.then_some("timeline__tick--current"))}
                                  x1={at.clone()} x2={at} y1="0" y2="22">
                                <title>{ format!("{}: {}", format_date(event.when.start, event.when.precision, lang), event.title.get(lang)) }</title>
                            </line>
                        }
                    }) }
                </svg>
                <div class="timeline__buttons">
                    <button type="button" class="timeline__button" onclick={dispatch(Action::StepEvent(false))}
                            disabled={STORY.previous_event_date(view.date).is_none()}>
                        <span aria-hidden="true">{ "‹ " }</span>{ Text::PreviousEvent.get(lang) }
                    </button>
                    if !*reduced_motion {
                        <button type="button" class="timeline__button timeline__button--play"
                                aria-pressed={if state.playing { "true" } else { "false" }}
                                onclick={dispatch(Action::SetPlaying(!state.playing))}>
                            { if state.playing { Text::Pause.get(lang) } else { Text::Play.get(lang) } }
                        </button>
                    }
                    <button type="button" class="timeline__button" onclick={dispatch(Action::StepEvent(true))}
                            disabled={STORY.next_event_date(view.date).is_none()}>
                        { Text::NextEvent.get(lang) }<span aria-hidden="true">{ " ›" }</span>
                    </button>
                </div>
            </div>
            <p class="timeline__announcement" aria-live="polite">{ announcement.join(" · ") }</p>
            <div class="timeline__now">
                { for current.iter().map(|event| html! { <EventCard key={event.id} event={*event} {lang} /> }) }
            </div>
            <div class="timeline__figures">
                <TroopChart date={view.date} {lang} />
                <FigureList figures={STORY.figures} date={view.date} {lang} />
            </div>
            <EventList events={STORY.events} {current} view={view.link_base()} {on_select} />
        </section>
    }
}
