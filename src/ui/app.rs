//! The explainer's interactive root: owns the state, keeps it in step with the address, and lays out the header and the stage.

use yew::prelude::*;

use crate::hooks::{
    use_address_sync, use_embed_height, use_long_form, use_presenting, use_shared_state, use_theme,
};
use crate::i18n::{format_date, Text};
use crate::model::story::STORY;
use crate::model::view::View;
use crate::page::ids::STAGE_ID;
use crate::page::markup::{kept_markup, markup, Markup};
use crate::state::{use_action, Action};
use crate::ui::stage::{stage, StageMarkup};
use crate::ui::story_header::StoryHeader;
use shared::date::Precision;
use shared::lang::Lang;

/// The skip link and the notices of a page that could not become interactive: kept markup
/// ([`kept_markup`]), which only the host writes.
pub fn notices_markup(lang: Lang) -> String {
    let mut out = Markup::default();
    out.tag("<a href=\"#")
        .tag(STAGE_ID)
        .tag("\" class=\"app__skip-link\">")
        .text(Text::SkipToStory.get(lang))
        .tag("</a><p class=\"app__notice app__notice--script\">")
        .text(Text::NeedsScript.get(lang))
        .tag("</p><p role=\"status\" class=\"app__notice app__notice--wasm\">")
        .text(Text::NeedsWasm.get(lang))
        .tag("</p><p role=\"alert\" class=\"app__notice app__notice--failed\">")
        .text(Text::InteractionFailed.get(lang))
        .tag("</p>");
    out.into_string()
}

/// An embed page's heading, for screen readers: kept markup ([`kept_markup`]).
pub fn embed_title_markup(lang: Lang) -> String {
    let mut out = Markup::default();
    out.tag("<h1 class=\"app__embed-title visually-hidden\">")
        .text(STORY.title.get(lang))
        .tag("</h1>");
    out.into_string()
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The view of the first render. In the browser the address is read after it, so that
    /// the first render matches the pre-rendered page.
    #[prop_or_default]
    pub view: View,
    /// The stage's parts as the host rendered them; empty in the browser, where they are roots
    /// of their own.
    #[prop_or_default]
    pub parts: StageMarkup,
}

/// The hydrated part of the page: the header and the stage (standalone; the host renders the long
/// form after it as static HTML, [`crate::ui::long_form::LongForm`]), or the stage and a
/// credit line (embedded).
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_shared_state(props.view);
    // Before the address sync, which rewrites the address: the height watch reads pym's child
    // id from it first.
    use_embed_height();
    use_address_sync(&state);
    use_long_form(&state);
    // The page's kind, not the view's: the stage's parts are roots of their own in the page's
    // cells, which the app holds but never moves (a standalone page asked for an embed becomes
    // the embed page before it loads, see `index.html`). The embed pages' build (feature
    // `embed-page`) knows its page is one, and leaves the standalone page's parts out.
    let embedded = cfg!(feature = "embed-page") || props.view.embed;
    use_theme(state.view.theme);
    use_presenting(&state);
    let on_present = use_action(&state, Action::SetPresent);
    let view = state.view;
    let lang = view.lang;
    let standalone = View {
        embed: false,
        ..view
    };
    html! {
        <div class="app" lang={lang.code()}>
            // No listener in the skip link and the notices: kept markup. The notices are hidden
            // unless the page could not become interactive (styles/app.css).
            { kept_markup(lang, notices_markup) }
            if !embedded {
                <StoryHeader {view} {on_present} />
            }
            if embedded {
                <main class="app__embed">
                    { kept_markup(lang, embed_title_markup) }
                    { stage(lang, view.date, &props.parts) }
                    // No listener in the credit: markup the browser takes whole.
                    { markup(|out| {
                        out.tag("<p class=\"app__credit\">")
                            .text(Text::PublishedBy.get(lang))
                            .tag(" ")
                            .text(&format_date(STORY.published, Precision::Day, lang))
                            .text(Text::Separator.get(lang))
                            .text(Text::SourcesOnEveryFact.get(lang))
                            // Beside the embed page, whose own queries stay embedded.
                            .tag(" <a href=\"./")
                            .text(&standalone.to_query())
                            .tag("\" target=\"_blank\" rel=\"noopener\" class=\"app__whole-story\">")
                            .text(Text::WholeStory.get(lang))
                            .tag("<span class=\"app__new-tab visually-hidden\"> ")
                            .text(Text::OpensInNewTab.get(lang))
                            .tag("</span></a></p>");
                    }) }
                </main>
            } else {
                { stage(lang, view.date, &props.parts) }
            }
        </div>
    }
}
