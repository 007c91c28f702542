//! The long form's timeline: the claimed troop numbers over time, the figures as of the stage's date, every event.

use yew::prelude::*;

use super::event_list::EventList;
use super::figure_list::FigureList;
use super::stage::STAGE_ID;
use super::troop_chart::TroopChart;
use crate::browser;
use crate::content::{Event, STORY};
use crate::locale::Text;
use crate::state::{Action, StateHandle};

/// The timeline section; reads the state from context.
#[component]
pub fn Timeline() -> Html {
    let Some(state) = use_context::<StateHandle>() else {
        return Html::default();
    };
    let view = state.view;
    let lang = view.lang;
    let current = STORY.current_events(view.date);
    let on_select = use_callback(state.dispatcher(), |event: &'static Event, dispatcher| {
        dispatcher.dispatch(Action::GoToEvent(event));
        browser::reveal(STAGE_ID);
    });
    html! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="timeline__heading">{ Text::TimelineHeading.get(lang) }</h2>
            <div class="timeline__figures">
                <TroopChart date={view.date} {lang} />
                <FigureList figures={STORY.figures} date={view.date} {lang} />
            </div>
            <EventList events={STORY.events} {current} view={view.link_base()} {on_select} />
        </section>
    }
}
