//! The embed dialog: copyable code for the current view: our embed.js, a titled, lazy, responsive iframe, and the pym.js variant.

use yew::prelude::*;

use crate::hooks::use_modal;
use crate::i18n::{template, Text};
use crate::model::embed_codes::{embed_js_code, iframe_code, pym_code};
use crate::model::story::STORY;
use crate::model::view::{view_url, Theme, View};
use crate::page::markup::markup;
use shared::lang::Lang;

/// Props of [`EmbedDialog`].
#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    /// The explainer's folder address and the view to embed; the dialog is open while it is set.
    pub url: Option<(String, View)>,
    /// The title the iframe gets.
    pub title: &'static str,
    /// The language.
    pub lang: Lang,
    /// Called when the dialog closes (its button, Escape).
    pub on_close: Callback<()>,
}

fn theme_name(theme: Theme) -> Text {
    match theme {
        Theme::Auto => Text::ThemeAuto,
        Theme::Light => Text::ThemeLight,
        Theme::Dark => Text::ThemeDark,
    }
}

/// The themes' choice: the texts and options hold no listener (the select does), so they are
/// markup the browser takes whole.
fn theme_choice(theme: Theme, lang: Lang, on_theme: Callback<Event>) -> Html {
    html! {
        <div class="embed-dialog__theme">
            { markup(|out| {
                out.tag("<label for=\"embed-dialog-theme\">")
                    .text(Text::ThemeChoice.get(lang))
                    .tag("</label>");
            }) }
            <select id="embed-dialog-theme" class="embed-dialog__select" onchange={on_theme}>
                { markup(|out| {
                    for option in Theme::ALL {
                        let selected = if option == theme { "\" selected=\"selected\">" } else { "\">" };
                        out.tag("<option value=\"")
                            .tag(option.code())
                            .tag(selected)
                            .text(theme_name(option).get(lang))
                            .tag("</option>");
                    }
                }) }
            </select>
        </div>
    }
}

/// One code with its label and its copy button, which says in `copied` what became of a copy.
fn code_block(
    label: Text,
    code: String,
    lang: Lang,
    copied: &UseStateHandle<Option<(Text, bool)>>,
) -> Html {
    let id = match label {
        Text::EmbedScript => "embed-dialog-script",
        Text::EmbedPym => "embed-dialog-pym",
        _ => "embed-dialog-iframe",
    };
    let copy = {
        let (copied, code) = (copied.clone(), code.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, code) = (copied.clone(), code.clone());
            yew::platform::spawn_local(async move {
                let done = crate::browser::copy_text(code).await;
                copied.set(Some((label, done)));
            });
        })
    };
    html! {
        <div class="embed-dialog__code">
            <label for={id}>{ label.get(lang) }</label>
            <textarea {id} readonly=true rows="4" spellcheck="false" value={code} />
            <button
                type="button"
                class="embed-dialog__button"
                onclick={copy}>{ Text::CopyCode.get(lang) }</button>
        </div>
    }
}

/// What became of the last copy: which code was copied, or that the browser refused.
fn status_text(copied: Option<(Text, bool)>, lang: Lang) -> String {
    match copied {
        Some((label, true)) => template(Text::CodeCopied, lang, &[("code", label.get(lang))]),
        Some((_, false)) => Text::CopyFailed.get(lang).to_owned(),
        None => String::new(),
    }
}

/// The dialog. A native modal `<dialog>`: Escape closes it, and focus returns to the button
/// that opened it.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let lang = props.lang;
    let dialog = use_node_ref();
    // Which code was copied last, and whether the browser allowed it.
    let copied = use_state_eq(|| None::<(Text, bool)>);
    {
        let copied = copied.clone();
        use_modal(
            &dialog,
            props.url.is_some(),
            Callback::from(move |()| copied.set(None)),
        );
    }
    // The colours the newsroom chooses for its readers.
    let theme = use_state_eq(Theme::default);
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |event: Event| {
            let chosen = crate::browser::target_choice(&event);
            if let Some(chosen) = chosen.and_then(|i| Theme::ALL.get(i)) {
                theme.set(*chosen);
            }
        })
    };
    let on_close = props.on_close.reform(|_: Event| ());
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| crate::browser::close_dialog(&dialog))
    };
    // Its contents only while it is open: the page carries an empty dialog, which costs neither
    // bytes nor hydration, and a timeline step renders no code.
    let Some((folder, view)) = props.url.clone() else {
        return html! {
            <dialog class="embed-dialog" ref={dialog} onclose={on_close}></dialog>
        };
    };
    let view = View {
        theme: *theme,
        ..view
    };
    let url = view_url(&folder, &view);
    let codes = [
        (
            Text::EmbedScript,
            embed_js_code(&folder, &view, props.title),
        ),
        (Text::EmbedIframe, iframe_code(&url, props.title)),
        (Text::EmbedPym, pym_code(&url, props.title, STORY.embed_id)),
    ];
    html! {
        <dialog
            class="embed-dialog"
            ref={dialog}
            aria-labelledby="embed-dialog-heading"
            onclose={on_close}>
            // The texts hold no listener: markup the browser takes whole.
            { markup(|out| {
                out.tag("<h2 id=\"embed-dialog-heading\" class=\"embed-dialog__heading\">")
                    .text(Text::EmbedHeading.get(lang))
                    .tag("</h2><p class=\"embed-dialog__intro\">")
                    .text(Text::EmbedIntro.get(lang))
                    .tag("</p>");
            }) }
            { theme_choice(*theme, lang, on_theme) }
            { for codes.into_iter().map(|(label, code)| code_block(label, code, lang, &copied)) }
            <p class="embed-dialog__status" aria-live="polite">{ status_text(*copied, lang) }</p>
            <button
                type="button"
                class="embed-dialog__button embed-dialog__close"
                onclick={close}>{ Text::Close.get(lang) }</button>
        </dialog>
    }
}
