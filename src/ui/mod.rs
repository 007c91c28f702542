//! The explainer's components: the app, the stage and the long form's sections, which read the state, and presentational leaves.

pub mod app;
pub mod claim_badge;
pub mod date_slider;
pub mod embed_dialog;
pub mod event_card;
pub mod event_list;
pub mod figure_list;
pub mod kept;
pub mod language_switch;
pub mod long_form;
pub mod map_areas;
pub mod map_legend;
pub mod map_marker;
pub mod map_routes;
pub mod map_section;
pub mod moment;
pub mod moment_voices;
pub mod place_list;
pub mod place_panel;
pub mod print_dialog;
pub mod quote_card;
pub mod quote_section;
pub mod source_list;
pub mod source_refs;
pub mod stage;
pub mod stage_part;
pub mod story_header;
pub mod story_map;
pub mod time_control;
pub mod timeline;
pub mod troop_chart;

use yew::MouseEvent;

/// Whether a click on an in-app link is a plain one the app should handle itself; clicks
/// with a modifier or another button keep the browser's meaning (open in a new tab…).
pub fn is_plain_click(event: &MouseEvent) -> bool {
    event.button() == 0
        && !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key())
}

/// A callback for an in-app link: a plain click is handled by `then`, others by the browser.
pub fn on_link<T: Clone + 'static>(
    callback: &yew::Callback<T>,
    value: T,
) -> yew::Callback<MouseEvent> {
    let callback = callback.clone();
    yew::Callback::from(move |event: MouseEvent| {
        if is_plain_click(&event) {
            event.prevent_default();
            callback.emit(value.clone());
        }
    })
}
