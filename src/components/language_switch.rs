//! German or English, as links that keep the current view.

use yew::prelude::*;

use super::on_link;
use crate::locale::{Lang, Text};
use crate::view::{href_from, View};

/// Props of [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// The view, whose language is the current one.
    pub view: View,
    /// Called with the language a reader chooses.
    pub on_select: Callback<Lang>,
}

/// The language switch: each language named in itself, the current one marked.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let current = props.view.lang;
    html! {
        <nav class="language-switch" aria-label={Text::LanguageSwitch.get(current)}>
            <ul class="language-switch__items">
                { for Lang::ALL.into_iter().map(|lang| {
                    let name = match lang {
                        Lang::De => Text::GermanName,
                        Lang::En => Text::EnglishName,
                    };
                    // Each language's link leads to its own pre-rendered page.
                    let href = href_from(current, &View { lang, ..props.view });
                    html! {
                        <li>
                            <a class="language-switch__link"
                               href={href}
                               lang={lang.code()}
                               hreflang={lang.code()}
                               aria-current={(lang == current).then_some("true")}
                               onclick={on_link(&props.on_select, lang)}>
                                { name.get(lang) }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
