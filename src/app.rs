//! The explainer: owns the state, mirrors it in the URL, and lays out the sections.

use yew::prelude::*;

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
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            #[cfg(target_arch = "wasm32")]
            {
                let linked = crate::view::read_location();
                state.dispatch(Action::Restore(linked));
                // A link to a quote opens with its card in view.
                if let Some(quote) = linked.quote {
                    crate::browser::reveal(&format!("quote-{}", quote.id));
                }
                crate::browser::mark_ready();
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = state;
        });
    }
    use_effect_with(state.view, |view| {
        #[cfg(target_arch = "wasm32")]
        {
            crate::view::write_location(view);
            crate::browser::set_page_language(view.lang, STORY.title.get(view.lang));
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = view;
    });
    let view = state.view;
    let lang = view.lang;
    let on_lang = use_action(&state, Action::SetLang);
    html! {
        <ContextProvider<StateHandle> context={state.clone()}>
            <div class={classes!("app", view.embed.then_some("app--embed"))} lang={lang.code()}>
                <a class="app__skip-link" href="#story">{ Text::SkipToStory.get(lang) }</a>
                <StoryHeader {view} {on_lang} />
                <main id="story" class="app__main" tabindex="-1">
                    <p class="app__intro">{ STORY.intro.get(lang) }</p>
                    <MapSection />
                    <Timeline />
                    <QuoteSection />
                    <SourceList sources={STORY.sources} {lang} />
                </main>
                <footer class="app__footer">
                    <p>{ STORY.credit.get(lang) }</p>
                </footer>
            </div>
        </ContextProvider<StateHandle>>
    }
}
