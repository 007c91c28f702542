//! Copying a quote as a ready citation, and what became of the last copy.

use yew::prelude::*;

use crate::i18n::Text;
use crate::model::citation::citation;
use crate::model::story::Quote;
use crate::model::view::View;
use shared::lang::Lang;

/// Puts a quote's citation on the clipboard, with the explainer's own link to it (also from
/// inside an embed); true if it is there.
pub(crate) async fn copy_quote(quote: &'static Quote, lang: Lang) -> bool {
    let link = View {
        lang,
        quote: Some(quote),
        date: quote.date,
        ..View::default()
    };
    let text = citation(quote, lang, &crate::browser::address_of(&link));
    crate::browser::copy_text(text).await
}

/// What became of a copy, in words.
pub(crate) fn copy_status(quote: &Quote, done: bool, lang: Lang) -> String {
    let text = if done {
        Text::QuoteCopied
    } else {
        Text::CopyFailed
    };
    format!("{} ({})", text.get(lang), quote.person.name.get(lang))
}

/// A callback that copies a quote ([`copy_quote`]), and the outcome of the last copy in words.
#[hook]
pub fn use_copy_quote(lang: Lang) -> (Callback<&'static Quote>, Option<String>) {
    let copied = use_state_eq(|| None::<(&'static Quote, bool)>);
    let on_copy = {
        let copied = copied.clone();
        use_callback(lang, move |quote: &'static Quote, &lang| {
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                let done = copy_quote(quote, lang).await;
                copied.set(Some((quote, done)));
            });
        })
    };
    let status = copied.map(|(quote, done)| copy_status(quote, done, lang));
    (on_copy, status)
}
