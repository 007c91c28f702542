//! Markup built once per language that the browser keeps as it is.

use std::rc::Rc;

use yew::prelude::*;

use crate::locale::Lang;

/// `markup(lang)` as raw HTML, built again only when the language changes. Yew hydrates none of
/// its nodes and never diffs them (only compares the string), so static drawings with many
/// elements cost neither hydration nor work at every render. It holds no listeners: its owner
/// listens on an element around it.
#[hook]
pub fn use_kept_markup(lang: Lang, markup: fn(Lang) -> String) -> Rc<Html> {
    use_memo(lang, move |&lang| {
        Html::from_html_unchecked(AttrValue::from(markup(lang)))
    })
}
