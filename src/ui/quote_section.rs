//! Every voice of the story as a card, with a filter by speaker that works in CSS alone.

use yew::prelude::*;

use super::quote_card::{quote_card, QuoteCard};
use crate::i18n::{template, Text};
use crate::model::story::{Person, STORY};
use crate::model::view::View;
use shared::lang::Lang;

/// The id of the line that says what became of the last copy; the stage's root writes it.
pub const QUOTE_STATUS_ID: &str = "quote-section-status";

/// The people who are quoted, in the order of the people list.
fn speakers() -> impl Iterator<Item = &'static Person> {
    STORY
        .people
        .iter()
        .filter(|person| STORY.quotes.iter().any(|q| q.person == *person))
}

/// The id of a speaker filter's radio button; `all` for everyone.
fn filter_id(person: &str) -> String {
    format!("speaker-filter-{person}")
}

/// The rules that show only the checked speaker's cards. They follow the content, so the build
/// writes them into the pages' inline style; the filter then needs no script at all.
pub fn speaker_filter_css() -> String {
    speakers()
        .map(|person| {
            format!(
                ".quote-section:has(#{}:checked) .quote-card:not([data-person=\"{}\"]){{display:none}}\n",
                filter_id(person.id),
                person.id
            )
        })
        .collect()
}

/// Props of [`QuoteSection`].
#[derive(Properties, PartialEq)]
pub struct QuoteSectionProps {
    /// The page's language.
    pub lang: Lang,
}

/// The quotes section.
#[component]
pub fn QuoteSection(props: &QuoteSectionProps) -> Html {
    let lang = props.lang;
    let link = View {
        lang,
        ..View::default()
    };
    let choice = |id: &str, label: String, checked: bool| {
        let id = filter_id(id);
        html! {
            <>
                <input
                    type="radio"
                    class="quote-section__choice visually-hidden"
                    name="speaker-filter"
                    id={id.clone()}
                    {checked} />
                <label class="quote-section__speaker" for={id}>{ label }</label>
            </>
        }
    };
    html! {
        <section class="quote-section" id="quote-section" aria-labelledby="quote-section-heading">
            <h2
                id="quote-section-heading"
                class="quote-section__heading">{ Text::QuotesHeading.get(lang) }</h2>
            <fieldset class="quote-section__filter">
                <legend class="quote-section__legend">{ Text::FilterBySpeaker.get(lang) }</legend>
                { choice("all", Text::AllSpeakers.get(lang).to_owned(), true) }
                { for speakers().map(|person| {
                    let count = STORY.quotes.iter().filter(|q| q.person == person).count();
                    choice(
                        person.id,
                        template(
                            Text::NameAndCount,
                            lang,
                            &[("name", person.name.get(lang)), ("count", &count.to_string())],
                        ),
                        false,
                    )
                }) }
            </fieldset>
            <p id={QUOTE_STATUS_ID} class="quote-section__status" aria-live="polite"></p>
            <div class="quote-section__cards">
                { for STORY.quotes.iter().map(|quote| quote_card(&QuoteCard {
                    quote,
                    link,
                    selected: false,
                    on_follow: Callback::noop(),
                    on_select: Callback::noop(),
                    on_copy: Callback::noop(),
                    anchor: true,
                })) }
            </div>
        </section>
    }
}
