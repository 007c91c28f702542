//! The languages, as links to each language's page that keep the current view.

use yew::prelude::*;

use crate::i18n::Text;
use crate::model::view::{href_from, View};
use crate::page::markup::markup;
use shared::lang::Lang;

/// The language switch for a view: each language named in itself, the current one marked. A
/// plain function, and markup: links the browser follows by itself hold no listener, and a new
/// view replaces them whole.
pub fn language_switch(view: View) -> Html {
    let current = view.lang;
    markup(|out| {
        out.tag("<nav aria-label=\"")
            .text(Text::LanguageSwitch.get(current))
            .tag("\" class=\"language-switch\"><ul class=\"language-switch__items\">");
        for lang in Lang::ALL {
            // Each language's link loads its own pre-rendered page: the long form below the
            // stage is static HTML in the page's language.
            let current_mark = if lang == current {
                " aria-current=\"true\""
            } else {
                ""
            };
            out.tag("<li><a href=\"")
                .text(&href_from(current, &View { lang, ..view }))
                .tag("\" lang=\"")
                .tag(lang.code())
                .tag("\" hreflang=\"")
                .tag(lang.code())
                .tag("\"")
                .tag(current_mark)
                .tag(" class=\"language-switch__link\">")
                .text(lang.own_name())
                .tag("</a></li>");
        }
        out.tag("</ul></nav>");
    })
}
