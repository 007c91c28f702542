//! The page's language, title and description follow the view's language.

use yew::prelude::*;

use crate::model::story::STORY;
use shared::lang::Lang;

/// Sets `<html lang>`, the document's title and its description for `lang`, whenever it
/// changes: only then, for setting `lang` restyles the whole page.
#[hook]
pub fn use_page_language(lang: Lang) {
    use_effect_with(lang, move |&lang| {
        crate::browser::set_page_language(lang, STORY.title.get(lang));
    });
}
