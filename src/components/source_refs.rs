//! The sources a fact rests on, linked to their entries in the sources list.

use yew::prelude::*;

use crate::content::Source;
use crate::locale::{Lang, Text};

/// "Quellen: DW, NIS" with each name linking to the source's entry. A plain function: a stateless
/// leaf, where a component costs wasm glue.
pub fn source_refs(sources: &'static [&'static Source], lang: Lang) -> Html {
    let count = sources.len();
    html! {
        <p class="source-refs">
            <span class="source-refs__label">{ Text::SourcesOf.get(lang) }</span>
            { " " }
            { for sources.iter().enumerate().map(|(i, source)| html! {
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
