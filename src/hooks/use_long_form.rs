//! The long form is static HTML: the stage's root handles its view links and copy buttons by delegation.

use yew::prelude::*;

use super::use_copy_quote::{copy_quote, copy_status};
use crate::model::story::STORY;
use crate::model::view::View;
use crate::page::ids::STAGE_ID;
use crate::state::{Action, StateHandle};
use crate::ui::long_form::LONG_FORM_ID;
use crate::ui::quote_section::QUOTE_STATUS_ID;

/// A view link in the long form moves the stage to its view and brings the stage into view;
/// a copy button copies its quote and says so in the quotes' status line. Without wasm the
/// links still navigate.
#[hook]
pub fn use_long_form(state: &StateHandle) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |()| {
        // The long form is in the page's language, which is the view's on every page.
        let lang = crate::browser::page_lang();
        // The embed pages' build (feature `embed-page`) has no long form and leaves this out.
        let listening = !cfg!(feature = "embed-page");
        let listener = listening.then(|| {
            crate::browser::on_click_within(LONG_FORM_ID, move |click| match click {
                crate::browser::LongFormClick::View(query) => {
                    dispatcher.dispatch(Action::Restore(View::from_query_in(&query, lang)));
                    crate::browser::reveal(STAGE_ID);
                }
                crate::browser::LongFormClick::Copy(id) => {
                    let Some(quote) = STORY.quote(&id) else {
                        return;
                    };
                    yew::platform::spawn_local(async move {
                        let done = copy_quote(quote, lang).await;
                        crate::browser::set_text(QUOTE_STATUS_ID, &copy_status(quote, done, lang));
                    });
                }
            })
        });
        move || drop(listener)
    });
}
