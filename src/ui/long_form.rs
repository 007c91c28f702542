//! The standalone page's long form: the whole story as a document, rendered on the host and never hydrated.

use yew::prelude::*;

use super::place_list::PlaceList;
use super::quote_section::QuoteSection;
use super::source_list::SourceList;
use super::timeline::Timeline;
use crate::model::story::{LONG_FORM_TEXT, STORY};
use shared::lang::Lang;

/// The id of the long form's `<main>`, which the embed's "whole story" link and the skip link
/// lead to, and inside which the stage's code handles links and copy buttons.
pub const LONG_FORM_ID: &str = "story";

/// Props of [`LongForm`].
#[derive(Properties, PartialEq)]
pub struct LongFormProps {
    /// The page's language.
    pub lang: Lang,
}

/// The intro, every event, the troop chart and figures, every quote, every place and every
/// source, then the credit. Its code stays out of the wasm: the stage's root handles its links
/// and copy buttons by delegation (`hooks::use_long_form`), and its speaker filter is CSS.
#[component]
pub fn LongForm(props: &LongFormProps) -> Html {
    let lang = props.lang;
    html! {
        <div class="long-form" lang={lang.code()}>
            <main id={LONG_FORM_ID} class="long-form__main" tabindex="-1">
                <p class="long-form__intro">{ LONG_FORM_TEXT.intro.get(lang) }</p>
                <Timeline {lang} />
                <QuoteSection {lang} />
                <PlaceList {lang} />
                <SourceList sources={STORY.sources} {lang} />
            </main>
            <footer class="long-form__footer">
                <p>{ LONG_FORM_TEXT.credit.get(lang) }</p>
            </footer>
        </div>
    }
}
