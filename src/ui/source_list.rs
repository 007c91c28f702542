//! Every source the explainer rests on, each an anchor that facts link to, and the story's data for download.

use yew::prelude::*;

use crate::i18n::{format_span, template, Text};
use crate::model::data_files::FILES;
use crate::model::story::Source;
use crate::model::view::page_path;
use shared::lang::Lang;

/// Props of [`SourceList`].
#[derive(Properties, PartialEq)]
pub struct SourceListProps {
    /// The sources.
    pub sources: &'static [Source],
    /// The language.
    pub lang: Lang,
}

/// The sources section.
#[component]
pub fn SourceList(props: &SourceListProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="source-list" aria-labelledby="source-list-heading">
            <h2
                id="source-list-heading"
                class="source-list__heading">{ Text::SourcesHeading.get(lang) }</h2>
            <ol class="source-list__items">
                { for props.sources.iter().map(|source| {
                    let date = source.date;
                    html! {
                        <li
                            class="source-list__item"
                            id={format!("source-{}", source.id)}
                            tabindex="-1">
                            <span class="source-list__publisher">
                                { source.publisher.get(lang) }
                            </span>
                            { ": " }
                            if let Some(url) = source.url {
                                <a
                                    class="source-list__title"
                                    href={url}
                                    rel="noopener noreferrer"
                                    target="_blank">
                                    { source.title.get(lang) }
                                    <span class="visually-hidden">
                                        { " " }{ Text::OpensInNewTab.get(lang) }
                                    </span>
                                </a>
                            } else {
                                <span class="source-list__title">{ source.title.get(lang) }</span>
                            }
                            { ", " }
                            <time datetime={date.start.to_string()}>
                                { format_span(date.start, date.end, date.precision, lang) }
                            </time>
                        </li>
                    }
                }) }
            </ol>
            { data_downloads(lang) }
        </section>
    }
}

/// The story's data for download, linked from the page of `lang` (the files lie in the
/// explainer's folder, above the other languages' pages).
fn data_downloads(lang: Lang) -> Html {
    let up = "../".repeat(page_path("", lang).matches('/').count());
    let names = [
        Text::DataEvents,
        Text::DataFigures,
        Text::DataQuotes,
        Text::DataSources,
        Text::DataStory,
    ];
    html! {
        <div class="source-list__data">
            <h3 class="source-list__data-heading">{ Text::DataHeading.get(lang) }</h3>
            <p>{ Text::DataAbout.get(lang) }</p>
            <ul class="source-list__files">
                { for FILES.iter().zip(names).map(|(path, name)| html! {
                    <li>
                        <a href={format!("{up}{path}")} download="">{ name.get(lang) }</a>
                        { " " }
                        { template(Text::Parenthetical, lang, &[("text", path.rsplit('/').next().unwrap_or(path))]) }
                    </li>
                }) }
            </ul>
        </div>
    }
}
