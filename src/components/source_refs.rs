//! The sources a fact rests on, linked to their entries in the sources list, or in an embed (which has no list) to their addresses.

use yew::prelude::*;

use crate::content::Source;
use crate::locale::{Lang, Text};

/// "Quellen: DW, NIS" with each name linking to the source's entry in the sources list. An embed
/// shows no list: there a name links to the source's address where it has one (in a new tab),
/// and is plain text where it has none. A plain function: a stateless leaf, where a component
/// costs wasm glue.
pub fn source_refs(sources: &'static [&'static Source], lang: Lang, embedded: bool) -> Html {
    let count = sources.len();
    let name = |source: &'static Source| {
        let title = source.title.get(lang);
        let publisher = source.publisher.get(lang);
        match (embedded, source.url) {
            (false, _) => html! {
                <a href={format!("#source-{}", source.id)} {title}>{ publisher }</a>
            },
            (true, Some(url)) => html! {
                <a href={url} {title} target="_blank" rel="noopener noreferrer">
                    { publisher }
                    <span class="visually-hidden">
                        { format!(" ({})", Text::OpensInNewTab.get(lang)) }
                    </span>
                </a>
            },
            (true, None) => html! { <span {title}>{ publisher }</span> },
        }
    };
    html! {
        <p class="source-refs">
            // The space is the label's: a space of its own, between the bold label and the first
            // name, moves by 2 px when the parser pauses after it (a layout shift Chromium counts).
            <span class="source-refs__label">{ format!("{} ", Text::SourcesOf.get(lang)) }</span>
            { for sources.iter().enumerate().map(|(i, source)| html! {
                <>
                    { name(source) }
                    if i + 1 < count { { ", " } }
                </>
            }) }
        </p>
    }
}
