//! The page header: the story's origin, title and dek, the reader's actions (language, share, print, embed, present), the print and embed dialogs and the handout's link.

use yew::prelude::*;

use super::embed_dialog::EmbedDialog;
use super::language_switch::language_switch;
use super::print_dialog::PrintDialog;
use crate::hooks::use_folder_address;
use crate::i18n::{format_date, template, Text};
use crate::model::story::STORY;
use crate::model::view::View;
use crate::page::ids::PRESENT_BUTTON_ID;
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
    /// Starts (`true`) or ends presenting.
    pub on_present: Callback<bool>,
}

/// A header action: a button with its text, and `dialog` where it opens one.
fn action(
    id: Option<&'static str>,
    text: &str,
    dialog: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button
            {id}
            type="button"
            class="story-header__action"
            aria-haspopup={dialog.then_some("dialog")}
            {onclick}>
            { text }
        </button>
    }
}

/// The share action's callback: the system's share sheet, else the clipboard; what became of
/// it is set in `shared`.
fn share(view: View, shared: UseStateHandle<Option<Text>>) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let shared = shared.clone();
        let url = crate::browser::address_of(&view.standalone());
        let title = STORY.title.get(view.lang);
        yew::platform::spawn_local(async move {
            let text = match crate::browser::share_link(title, url).await {
                crate::browser::Shared::Sheet => Text::LinkShared,
                crate::browser::Shared::Copied => Text::LinkCopied,
                crate::browser::Shared::Failed => Text::ShareFailed,
            };
            shared.set(Some(text));
        });
    })
}

/// The link a printed handout shows under the title, as text and (drawn only when printing) as
/// a QR code; on paper only. `own_address` is the explainer's folder, known in the browser only.
fn print_link(own_address: &str, view: View) -> Html {
    if own_address.is_empty() {
        return html! {};
    }
    let url = crate::model::view::view_url(own_address, &view.standalone());
    html! {
        <div class="story-header__print-link">
            <div class="story-header__qr" data-qr={url.clone()}></div>
            <p class="story-header__print-url">
                { template(Text::HandoutLink, view.lang, &[("url", &url)]) }
            </p>
        </div>
    }
}

/// A callback that sets `state` to what `make` makes of its argument.
fn setting<T: 'static, E: 'static>(
    state: &UseStateHandle<T>,
    make: impl Fn(E) -> T + 'static,
) -> Callback<E> {
    let state = state.clone();
    Callback::from(move |value| state.set(make(value)))
}

/// The Present action's callback, which also asks for the full screen, and the end's.
fn presenting(on_present: &Callback<bool>) -> (Callback<MouseEvent>, Callback<MouseEvent>) {
    let start = on_present.reform(|_: MouseEvent| {
        crate::browser::enter_full_screen();
        true
    });
    let end = on_present.reform(|_: MouseEvent| {
        // Also where the page was marked by an address the view reads otherwise.
        crate::browser::set_presenting(false);
        false
    });
    (start, end)
}

/// The header: the title with a one-line dek, and the actions (language, share, print, embed,
/// present), folded into one control on a phone; then the print and embed dialogs, and the
/// link that a printed handout shows under the title. While presenting, the title and a button
/// that ends it alone. The standalone page's alone: the embed pages' build has none of its code.
#[component]
pub fn StoryHeader(props: &StoryHeaderProps) -> Html {
    let view = props.view;
    let lang = view.lang;
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    // What became of the last share, said in a polite live region.
    let shared = use_state_eq(|| None::<Text>);
    let printing = use_state_eq(|| false);
    // The explainer's address and the view to embed, while the embed dialog is open.
    let embed_url = use_state_eq(|| None::<(String, View)>);
    // The explainer's own folder address, for the handout's link; known in the browser only,
    // and read once so that timeline steps do not render the header twice.
    let own_address = use_folder_address();
    let (open_print, close_print) = (
        setting(&printing, |_: MouseEvent| true),
        setting(&printing, |()| false),
    );
    let embedded = View {
        embed: true,
        present: false,
        ..view
    };
    let on_embed = setting(&embed_url, move |_: MouseEvent| {
        Some((crate::browser::folder_address(), embedded))
    });
    let on_embed_close = setting(&embed_url, |()| None);
    let on_choose = {
        let folder = own_address.clone();
        Callback::from(move |handout| crate::browser::print_handout(handout, &folder))
    };
    let (on_present, on_end) = presenting(&props.on_present);
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
                    { action(None, Text::ShareLink.get(lang), false, share(view, shared.clone())) }
                    { action(None, Text::PrintHandout.get(lang), true, open_print) }
                    { action(None, Text::Embed.get(lang), true, on_embed) }
                    { action(Some(PRESENT_BUTTON_ID), Text::Present.get(lang), false, on_present) }
                </div>
                <button
                    type="button"
                    class="story-header__end"
                    onclick={on_end}>{ Text::EndPresentation.get(lang) }</button>
                <p
                    class="story-header__status"
                    aria-live="polite">{ shared.map(|s| s.get(lang)).unwrap_or_default() }</p>
            </header>
            <PrintDialog open={*printing} {lang} {on_choose} on_close={close_print} />
            <EmbedDialog
                url={(*embed_url).clone()}
                title={STORY.title.get(lang)}
                {lang}
                on_close={on_embed_close} />
            { print_link(&own_address, view) }
        </>
    }
}
