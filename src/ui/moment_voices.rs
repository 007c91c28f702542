//! The moment's voices: one quote card at a time, with a control to step through them.

use yew::prelude::*;

use super::quote_card::{quote_card, QuoteCard};
use crate::hooks::use_copy_quote;
use crate::i18n::{template, Text};
use crate::model::story::Quote;
use crate::model::view::View;
use crate::page::markup::{markup, Markup};

/// Props of [`MomentVoices`].
#[derive(Properties, PartialEq)]
pub struct MomentVoicesProps {
    /// The quotes tied to the moment, in the story's order.
    pub voices: Vec<&'static Quote>,
    /// The view, for the language, the selected quote and the links.
    pub view: View,
    /// Called with the quote a reader steps to or selects.
    pub on_select: Callback<&'static Quote>,
    /// Called when a reader follows a quote to its event and place.
    pub on_follow: Callback<&'static Quote>,
}

/// One voice of the moment; the selected quote if it is one of them, else the first.
#[component]
pub fn MomentVoices(props: &MomentVoicesProps) -> Html {
    let view = props.view;
    let lang = view.lang;
    let voices = &props.voices;
    let (on_copy, copied) = use_copy_quote(lang);
    let Some(&first) = voices.first() else {
        return html! { <p class="moment-voices moment-voices--none">{ Text::NoVoices.get(lang) }</p> };
    };
    let index = view
        .quote
        .and_then(|q| voices.iter().position(|v| *v == q))
        .unwrap_or(0);
    let shown = voices.get(index).copied().unwrap_or(first);
    let step = |to: Option<usize>, text: Text, mark: &'static str, before: bool| {
        let target = to.and_then(|i| voices.get(i).copied());
        let onclick = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(quote) = target {
                    on_select.emit(quote);
                }
            })
        };
        html! {
            <button
                type="button"
                class="moment-voices__step"
                disabled={target.is_none()}
                aria-label={text.get(lang)}
                {onclick}>
                { markup(|out| {
                    let mark = |out: &mut Markup| {
                        out.tag("<span aria-hidden=\"true\">").tag(mark).tag("</span>");
                    };
                    if before {
                        mark(out);
                    }
                    out.tag("<span class=\"moment-voices__step-text visually-hidden\">")
                        .text(text.get(lang))
                        .tag("</span>");
                    if !before {
                        mark(out);
                    }
                }) }
            </button>
        }
    };
    html! {
        <section class="moment-voices" aria-labelledby="moment-voices-heading">
            <div class="moment-voices__bar">
                <h3 id="moment-voices-heading" class="moment-voices__heading">
                    { template(Text::VoiceOf, lang, &[
                        ("n", &(index + 1).to_string()),
                        ("total", &voices.len().to_string()),
                    ]) }
                </h3>
                if voices.len() > 1 {
                    <div class="moment-voices__steps">
                        { step(index.checked_sub(1), Text::PreviousVoice, "‹", true) }
                        { step(Some(index + 1), Text::NextVoice, "›", false) }
                    </div>
                }
            </div>
            { quote_card(&QuoteCard {
                quote: shown,
                link: view.link_base(),
                selected: view.quote == Some(shown),
                on_follow: props.on_follow.clone(),
                on_select: props.on_select.clone(),
                on_copy,
                anchor: false,
            }) }
            <p class="moment-voices__status" aria-live="polite">{ copied.unwrap_or_default() }</p>
        </section>
    }
}
