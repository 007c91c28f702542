//! The page header: the story's origin, title and dek, the reader's actions (language, share, print, embed), the embed dialog and the handout's link.

use yew::prelude::*;

use super::embed_dialog::EmbedDialog;
use super::language_switch::language_switch;
use crate::hooks::use_folder_address;
use crate::i18n::{format_date, template, Text};
use crate::model::story::STORY;
use crate::model::view::View;
use crate::page::markup::{kept_markup, Markup};
use shared::date::Precision;
use shared::lang::Lang;

/// The header's origin, title and dek in a language: kept markup ([`kept_markup`]), which only
/// the host writes.
pub fn text_markup(lang: Lang) -> String {
    let mut out = Markup::default();
    out.tag("<p class=\"story-header__kicker\">")
        .text(Text::PublishedBy.get(lang))
        .tag(" <time datetime=\"")
        .text(&STORY.published.to_string())
        .tag("\">")
        .text(&format_date(STORY.published, Precision::Day, lang))
        .tag("</time></p><h1 class=\"story-header__title\">")
        .text(STORY.title.get(lang))
        .tag("</h1><p class=\"story-header__dek\">")
        .text(STORY.dek.get(lang))
        .tag("</p>");
    out.into_string()
}

/// Props of [`StoryHeader`].
#[derive(Properties, PartialEq)]
pub struct StoryHeaderProps {
    /// The view.
    pub view: View,
}

/// The header: the title with a one-line dek, and the actions (share, print, embed), folded into
/// one control on a phone; then the embed dialog, and the link that a printed handout shows
/// under the title. The standalone page's alone: the embed pages' build has none of its code.
#[component]
pub fn StoryHeader(props: &StoryHeaderProps) -> Html {
    let view = props.view;
    let lang = view.lang;
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // The standalone view: a link shared from inside an embed, or printed, opens the explainer.
    let standalone = View {
        embed: false,
        ..view
    };
    // What became of the last share, said in a polite live region.
    let shared = use_state_eq(|| None::<Text>);
    let on_share = {
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            let shared = shared.clone();
            let url = crate::browser::address_of(&standalone);
            let title = STORY.title.get(lang);
            yew::platform::spawn_local(async move {
                let text = match crate::browser::share_link(title, url).await {
                    crate::browser::Shared::Sheet => Text::LinkShared,
                    crate::browser::Shared::Copied => Text::LinkCopied,
                    crate::browser::Shared::Failed => Text::ShareFailed,
                };
                shared.set(Some(text));
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| crate::browser::print());
    // The explainer's address and the view to embed, while the embed dialog is open.
    let embed_url = use_state_eq(|| None::<(String, View)>);
    let on_embed = {
        let embed_url = embed_url.clone();
        Callback::from(move |_: MouseEvent| {
            let embedded = View {
                embed: true,
                ..view
            };
            embed_url.set(Some((crate::browser::folder_address(), embedded)));
        })
    };
    let on_embed_close = {
        let embed_url = embed_url.clone();
        Callback::from(move |()| embed_url.set(None))
    };
    // The explainer's own folder address, for the handout's link; known in the browser only,
    // and read once so that timeline steps do not render the header twice.
    let own_address = use_folder_address();
    html! {
        <>
            <header class="story-header">
                // The kicker, title and dek hold no listener: kept markup.
                <div class="story-header__text">{ kept_markup(lang, text_markup) }</div>
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
                    { language_switch(view) }
                    <button
                        type="button"
                        class="story-header__action"
                        onclick={on_share}>
                        { Text::ShareLink.get(lang) }
                    </button>
                    <button
                        type="button"
                        class="story-header__action"
                        onclick={on_print}>
                        { Text::PrintHandout.get(lang) }
                    </button>
                    <button
                        type="button"
                        class="story-header__action"
                        aria-haspopup="dialog"
                        onclick={on_embed}>
                        { Text::Embed.get(lang) }
                    </button>
                </div>
                <p
                    class="story-header__status"
                    aria-live="polite">{ shared.map(|s| s.get(lang)).unwrap_or_default() }</p>
            </header>
            <EmbedDialog
                url={(*embed_url).clone()}
                title={STORY.title.get(lang)}
                {lang}
                on_close={on_embed_close} />
            // On paper only, under the title.
            if !own_address.is_empty() {
                <p class="story-header__print-link">
                    { template(
                        Text::HandoutLink,
                        lang,
                        &[("url", &crate::model::view::view_url(&own_address, &standalone))],
                    ) }
                </p>
            }
        </>
    }
}
