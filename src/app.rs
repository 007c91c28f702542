//! The explainer's interactive root: owns the state, keeps it in step with the address, and lays out the header and the stage.

use yew::prelude::*;

use crate::components::embed_dialog::EmbedDialog;
use crate::components::stage::{stage, StageMarkup, STAGE_ID};
use crate::components::story_header::StoryHeader;
use crate::content::STORY;
use crate::date::Precision;
use crate::hooks::{use_address_sync, use_embed_height, use_long_form, use_shared_state};
use crate::locale::{format_date, Text};
use crate::view::View;

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
/// form after it as static HTML, [`crate::components::long_form::LongForm`]), or the stage and a
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
    // The explainer's own folder address, for the handout's link; known in the browser only,
    // and read once so that timeline steps do not render the app twice.
    let own_address = use_state_eq(String::new);
    {
        let own_address = own_address.clone();
        use_effect_with((), move |()| {
            if !embedded {
                own_address.set(crate::browser::folder_address());
            }
        });
    }
    // Only when the language changes: setting `<html lang>` restyles the whole page.
    use_effect_with(state.view.lang, move |&lang| {
        crate::browser::set_page_language(lang, STORY.title.get(lang));
    });
    // The head's script set the linked theme before the first paint; this follows later changes
    // (back and forward between links with different themes).
    use_effect_with(state.view.theme, move |&theme| {
        crate::browser::set_theme(theme)
    });
    // What became of the last share.
    let shared = use_state_eq(|| None::<Text>);
    let view = state.view;
    let lang = view.lang;
    // The explainer's address and the view to embed, while the embed dialog is open.
    let embed_url = use_state_eq(|| None::<(String, View)>);
    // The header and its dialog, on the standalone page only: the embed pages' build never
    // makes their callbacks, whose sharing and printing then leave its wasm.
    let header = if embedded {
        Html::default()
    } else {
        let on_share = {
            let (shared, view) = (shared.clone(), state.view);
            Callback::from(move |()| {
                let shared = shared.clone();
                // The standalone view: a link shared from inside an embed opens the explainer.
                let url = crate::browser::address_of(&View {
                    embed: false,
                    ..view
                });
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
        };
        let on_print = Callback::from(|()| crate::browser::print());
        let on_embed = {
            let (embed_url, view) = (embed_url.clone(), state.view);
            Callback::from(move |()| {
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
        html! {
            <>
                <StoryHeader {view} {on_share} {on_print} {on_embed} status={*shared} />
                <EmbedDialog
                    url={(*embed_url).clone()}
                    title={STORY.title.get(lang)}
                    {lang}
                    on_close={on_embed_close} />
            </>
        }
    };
    let standalone = View {
        embed: false,
        ..view
    };
    html! {
        <div class="app" lang={lang.code()}>
            <a
                class="app__skip-link"
                href={format!("#{STAGE_ID}")}>{ Text::SkipToStory.get(lang) }</a>
            // Hidden unless the page could not become interactive (styles/app.css).
            <p class="app__notice app__notice--script">{ Text::NeedsScript.get(lang) }</p>
            <p
                class="app__notice app__notice--wasm"
                role="status">{ Text::NeedsWasm.get(lang) }</p>
            <p
                class="app__notice app__notice--failed"
                role="alert">{ Text::InteractionFailed.get(lang) }</p>
            { header }
            if embedded {
                <main class="app__embed">
                    <h1 class="app__embed-title visually-hidden">{ STORY.title.get(lang) }</h1>
                    { stage(lang, view.date, &props.parts) }
                    <p class="app__credit">
                        { format!(
                            "{} {} · {} ",
                            Text::PublishedBy.get(lang),
                            format_date(STORY.published, Precision::Day, lang),
                            Text::SourcesOnEveryFact.get(lang),
                        ) }
                        <a
                            class="app__whole-story"
                            // Beside the embed page, whose own queries stay embedded.
                            href={format!("./{}", standalone.to_query())}
                            target="_blank"
                            rel="noopener">
                            { Text::WholeStory.get(lang) }
                            <span class="app__new-tab visually-hidden">
                                { format!(" ({})", Text::OpensInNewTab.get(lang)) }
                            </span>
                        </a>
                    </p>
                </main>
            } else {
                // On paper only, under the title.
                if !own_address.is_empty() {
                    <p class="app__print-link">
                        { format!(
                            "{} {}",
                            Text::HandoutLink.get(lang),
                            crate::view::view_url(&own_address, &standalone),
                        ) }
                    </p>
                }
                { stage(lang, view.date, &props.parts) }
            }
        </div>
    }
}
