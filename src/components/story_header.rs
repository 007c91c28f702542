//! The page header: the story's origin, title and dek, and the reader's actions (language, share, print, embed).

use yew::prelude::*;

use super::language_switch::language_switch;
use crate::content::STORY;
use crate::date::Precision;
use crate::locale::{format_date, Text};
use crate::view::View;

/// Props of [`StoryHeader`].
#[derive(Properties, PartialEq)]
pub struct StoryHeaderProps {
    /// The view.
    pub view: View,
    /// Called when a reader asks to share the link of the current view.
    pub on_share: Callback<()>,
    /// Called when a reader asks for the printable handout.
    pub on_print: Callback<()>,
    /// Called when a reader asks for the embed code.
    pub on_embed: Callback<()>,
    /// What became of the last share, said in a polite live region.
    #[prop_or_default]
    pub status: Option<Text>,
}

/// The header: the title with a one-line dek, and the actions, folded into one control on a phone.
#[component]
pub fn StoryHeader(props: &StoryHeaderProps) -> Html {
    let lang = props.view.lang;
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <header class="story-header">
            <div class="story-header__text">
                <p class="story-header__kicker">
                    // One text, as the host writes it: two would make hydration split the node.
                    { format!("{} ", Text::PublishedBy.get(lang)) }
                    <time datetime={STORY.published.to_string()}>
                        { format_date(STORY.published, Precision::Day, lang) }
                    </time>
                </p>
                <h1 class="story-header__title">{ STORY.title.get(lang) }</h1>
                <p class="story-header__dek">{ STORY.dek.get(lang) }</p>
            </div>
            <button
                type="button"
                class="story-header__menu"
                aria-expanded={if *open { "true" } else { "false" }}
                aria-controls="story-header-actions"
                onclick={toggle}>
                { Text::Actions.get(lang) }
            </button>
            <div
                id="story-header-actions"
                class="story-header__actions"
                data-open={open.then_some("")}>
                { language_switch(props.view) }
                <button
                    type="button"
                    class="story-header__action"
                    onclick={props.on_share.reform(|_: MouseEvent| ())}>
                    { Text::ShareLink.get(lang) }
                </button>
                <button
                    type="button"
                    class="story-header__action"
                    onclick={props.on_print.reform(|_: MouseEvent| ())}>
                    { Text::PrintHandout.get(lang) }
                </button>
                <button
                    type="button"
                    class="story-header__action"
                    aria-haspopup="dialog"
                    onclick={props.on_embed.reform(|_: MouseEvent| ())}>
                    { Text::Embed.get(lang) }
                </button>
            </div>
            <p
                class="story-header__status"
                aria-live="polite">{ props.status.map(|s| s.get(lang)).unwrap_or_default() }</p>
        </header>
    }
}
