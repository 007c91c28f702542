//! The explainer: owns the state, mirrors it in the URL, and lays out the sections.

use yew::prelude::*;

use crate::components::embed_dialog::EmbedDialog;
use crate::components::map_section::MapSection;
use crate::components::quote_section::QuoteSection;
use crate::components::source_list::SourceList;
use crate::components::story_header::StoryHeader;
use crate::components::timeline::Timeline;
use crate::content::STORY;
use crate::locale::Text;
use crate::state::{use_action, Action, State, StateHandle};
use crate::view::View;

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The view of the first render. In the browser the address is read after it, so that
    /// the first render matches the pre-rendered page.
    #[prop_or_default]
    pub view: View,
}

/// The whole explainer.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer_eq(|| State::new(props.view));
    // The explainer's own folder address, for the handout's link; known in the browser only,
    // and read once so that timeline steps do not render the app twice.
    let own_address = use_state_eq(String::new);
    {
        let (state, own_address) = (state.clone(), own_address.clone());
        use_effect_with((), move |()| {
            #[cfg(target_arch = "wasm32")]
            {
                own_address.set(crate::view::folder_address());
                let linked = crate::view::read_location();
                state.dispatch(Action::Restore(linked));
                // A link to a quote opens with its card in view.
                if let Some(quote) = linked.quote {
                    crate::browser::reveal(&format!("quote-{}", quote.id));
                }
                crate::browser::mark_ready();
                // Back and forward restore what the reader chose.
                let restore = state.dispatcher();
                let listener = web_sys::window().map(|window| {
                    gloo_events::EventListener::new(&window, "popstate", move |_| {
                        restore.dispatch(Action::Restore(crate::view::read_location()));
                    })
                });
                // Framed, the explainer tells its parent its height whenever it changes.
                let height = crate::embed::watch_height(crate::view::read_pym_child_id());
                move || drop((listener, height))
            }
            #[cfg(not(target_arch = "wasm32"))]
            {
                let _ = (state, own_address);
                || ()
            }
        });
    }
    // What became of the last share.
    let shared = use_state_eq(|| None::<Text>);
    // The view shown last, to tell a reader's choice (a history entry) from a timeline step.
    let shown = use_mut_ref(|| None::<crate::view::View>);
    use_effect_with(state.view, move |view| {
        #[cfg(target_arch = "wasm32")]
        {
            let previous = shown.borrow_mut().replace(*view);
            let push = previous.is_some_and(|before| crate::view::is_choice(&before, view));
            crate::view::write_location(view, push);
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (view, shown);
    });
    // Only when the language changes: setting `<html lang>` restyles the whole page.
    use_effect_with(state.view.lang, move |&lang| {
        #[cfg(target_arch = "wasm32")]
        crate::browser::set_page_language(lang, STORY.title.get(lang));
        #[cfg(not(target_arch = "wasm32"))]
        let _ = lang;
    });
    let view = state.view;
    let lang = view.lang;
    let on_lang = use_action(&state, Action::SetLang);
    let on_share = {
        let (shared, view) = (shared.clone(), state.view);
        Callback::from(move |()| {
            let shared = shared.clone();
            // The standalone view: a link shared from inside an embed opens the explainer.
            let url = crate::view::address_of(&View {
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
    // The embed address of the view while the embed dialog is open.
    let embed_url = use_state_eq(|| None::<String>);
    let on_embed = {
        let (embed_url, view) = (embed_url.clone(), state.view);
        Callback::from(move |()| {
            let embedded = View {
                embed: true,
                ..view
            };
            embed_url.set(Some(crate::view::address_of(&embedded)));
        })
    };
    let on_embed_close = {
        let embed_url = embed_url.clone();
        Callback::from(move |()| embed_url.set(None))
    };
    html! {
        <ContextProvider<StateHandle> context={state.clone()}>
            <div class={classes!("app", view.embed.then_some("app--embed"))} lang={lang.code()}>
                                <a class="app__skip-link" href="#story">{ Text::SkipToStory.get(lang) }</a>
                // Hidden unless the page could not become interactive (styles/app.css).
                                <p class="app__notice app__notice--script">{ Text::NeedsScript.get(lang) }</p>
                <p class="app__notice app__notice--wasm" role="status">{ Text::NeedsWasm.get(lang) }</p>
                <p class="app__notice app__notice--failed" role="alert">{ Text::InteractionFailed.get(lang) }</p>
                                <StoryHeader {view} {on_lang} {on_share} {on_print} {on_embed} status={*shared} />
                <EmbedDialog url={(*embed_url).clone()} title={STORY.title.get(lang)} {lang} on_close={on_embed_close} />
                <main id="story" class="app__main" tabindex="-1">
                    <p class="app__intro">{ STORY.intro.get(lang) }</p>
                    <MapSection />
                    <Timeline />
                    <QuoteSection />
                    <SourceList sources={STORY.sources} {lang} />
                </main>
                                <footer class="app__footer">
                    <p>{ STORY.credit.get(lang) }</p>
                    if !own_address.is_empty() {
                        <p class="app__print-link">{ format!("{} {}", Text::HandoutLink.get(lang), crate::view::view_url(&own_address, &View { embed: false, ..view })) }</p>
                    }
                </footer>
            </div>
        </ContextProvider<StateHandle>>
    }
}
