//! Copying a quote as a ready citation, and what became of the last copy.

use yew::prelude::*;

use crate::citation::citation;
use crate::content::Quote;
use crate::locale::{Lang, Text};
use crate::view::View;

/// A callback that puts a quote's citation (with the explainer's own link to it, also from
/// inside an embed) on the clipboard, and the outcome of the last copy in words.
#[hook]
pub fn use_copy_quote(lang: Lang) -> (Callback<&'static Quote>, Option<String>) {
    let copied = use_state_eq(|| None::<(&'static Quote, bool)>);
    let on_copy = {
        let copied = copied.clone();
        use_callback(lang, move |quote: &'static Quote, &lang| {
            let copied = copied.clone();
            let link = View {
                lang,
                quote: Some(quote),
                date: quote.date,
                ..View::default()
            };
            let text = citation(quote, lang, &crate::browser::address_of(&link));
            yew::platform::spawn_local(async move {
                let done = crate::browser::copy_text(text).await;
                copied.set(Some((quote, done)));
            });
        })
    };
    let status = copied.map(|(quote, done)| {
        let text = if done {
            Text::QuoteCopied
        } else {
            Text::CopyFailed
        };
        format!("{} ({})", text.get(lang), quote.person.name.get(lang))
    });
    (on_copy, status)
}
