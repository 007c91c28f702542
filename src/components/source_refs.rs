//! The sources a fact rests on, linked to their entries in the sources list.

use yew::prelude::*;

use crate::content::Source;
use crate::locale::{Lang, Text};

/// Props of [`SourceRefs`].
#[derive(Properties, PartialEq)]
pub struct SourceRefsProps {
    /// The sources.
    pub sources: &'static [&'static Source],
    /// The language.
    pub lang: Lang,
}

/// "Quellen: DW, NIS" with each name linking to the source's entry.
#[component]
pub fn SourceRefs(props: &SourceRefsProps) -> Html {
    let lang = props.lang;
    let count = props.sources.len();
    html! {
        <p class="source-refs">
            <span class="source-refs__label">{ Text::SourcesOf.get(lang) }</span>
            { " " }
            { for props.sources.iter().enumerate().map(|(i, source)| html! {
                <>
                    <a href={format!("#source-{}", source.id)} title={source.title.get(lang)}>
                        { source.publisher.get(lang) }
                    </a>
                    if i + 1 < count { { ", " } }
                </>
            }) }
        </p>
    }
}
