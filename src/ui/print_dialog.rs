//! The print dialog: the one-page handout of this moment, or the whole story.

use yew::prelude::*;

use crate::browser::Handout;
use crate::hooks::use_modal;
use crate::i18n::Text;
use crate::page::markup::markup;
use shared::lang::Lang;

/// Props of [`PrintDialog`].
#[derive(Properties, PartialEq)]
pub struct PrintDialogProps {
    /// Whether the dialog is open.
    pub open: bool,
    /// The language.
    pub lang: Lang,
    /// Called with the reader's choice, once the dialog has closed (so it is not printed).
    pub on_choose: Callback<Handout>,
    /// Called when the dialog closes, chosen or not (its button, Escape).
    pub on_close: Callback<()>,
}

/// The choices, each a button described by the paragraph after it.
const CHOICES: [(Handout, Text, Text, &str); 2] = [
    (
        Handout::Moment,
        Text::PrintMoment,
        Text::PrintMomentAbout,
        "print-dialog-moment",
    ),
    (
        Handout::Story,
        Text::PrintStory,
        Text::PrintStoryAbout,
        "print-dialog-story",
    ),
];

/// The dialog: a native modal `<dialog>`, whose contents exist only while it is open.
#[component]
pub fn PrintDialog(props: &PrintDialogProps) -> Html {
    let lang = props.lang;
    let dialog = use_node_ref();
    use_modal(&dialog, props.open, Callback::noop());
    let on_close = props.on_close.reform(|_: Event| ());
    if !props.open {
        return html! { <dialog class="print-dialog" ref={dialog} onclose={on_close}></dialog> };
    }
    let choose = |handout: Handout| {
        let (dialog, on_choose) = (dialog.clone(), props.on_choose.clone());
        Callback::from(move |_: MouseEvent| {
            crate::browser::close_dialog(&dialog);
            on_choose.emit(handout);
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| crate::browser::close_dialog(&dialog))
    };
    html! {
        <dialog
            class="print-dialog"
            ref={dialog.clone()}
            aria-labelledby="print-dialog-heading"
            onclose={on_close}>
            { markup(|out| {
                out.tag("<h2 id=\"print-dialog-heading\" class=\"print-dialog__heading\">")
                    .text(Text::PrintHeading.get(lang))
                    .tag("</h2>");
            }) }
            { for CHOICES.into_iter().map(|(handout, name, about, id)| html! {
                <div class="print-dialog__choice">
                    <button
                        type="button"
                        class="print-dialog__button"
                        aria-describedby={id}
                        onclick={choose(handout)}>{ name.get(lang) }</button>
                    <p {id} class="print-dialog__about">{ about.get(lang) }</p>
                </div>
            }) }
            <button
                type="button"
                class="print-dialog__close"
                onclick={close}>{ Text::Close.get(lang) }</button>
        </dialog>
    }
}
