//! The long form's timeline: the claimed troop numbers over time, the figures as of the story's end, every event.

use yew::prelude::*;

use super::event_list::EventList;
use super::figure_list::FigureList;
use super::troop_chart::TroopChart;
use crate::i18n::Text;
use crate::model::story::STORY;
use shared::lang::Lang;

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The page's language.
    pub lang: Lang,
}

/// The timeline section, its figures as of the story's present: a document, not a view of one
/// moment, that claims nothing past what was sourced by then.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2
                id="timeline-heading"
                class="timeline__heading">{ Text::TimelineHeading.get(lang) }</h2>
            <div class="timeline__figures">
                <TroopChart {lang} />
                <FigureList figures={STORY.figures} date={STORY.present} {lang} />
            </div>
            <EventList events={STORY.events} {lang} />
        </section>
    }
}
