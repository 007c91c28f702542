//! The languages, as links to each language's page that keep the current view.

use yew::prelude::*;

use crate::locale::{Lang, Text};
use crate::view::{href_from, View};

/// The language switch for a view: each language named in itself, the current one marked. A
/// plain function: a stateless leaf, where a component costs wasm glue.
pub fn language_switch(view: View) -> Html {
    let current = view.lang;
    html! {
        <nav class="language-switch" aria-label={Text::LanguageSwitch.get(current)}>
            <ul class="language-switch__items">
                { for Lang::ALL.into_iter().map(|lang| {
                    // Each language's link loads its own pre-rendered page: the long form
                    // below the stage is static HTML in the page's language.
                    let href = href_from(current, &View { lang, ..view });
                    html! {
                        <li>
                            <a
                                class="language-switch__link"
                                href={href}
                                lang={lang.code()}
                                hreflang={lang.code()}
                                aria-current={(lang == current).then_some("true")}>
                                { lang.own_name() }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
