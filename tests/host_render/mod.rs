//! Rendering on the host for tests: the page's parts, the long form and one quote card, as Yew's server renderer writes them.
// Each test crate uses some of these helpers, not all.
#![allow(dead_code, clippy::unwrap_used)]

use explainer::model::story::STORY;
use explainer::model::view::View;
use explainer::page::parts::Part;
use explainer::ui::app::{App, AppProps};
use explainer::ui::long_form::{LongForm, LongFormProps};
use explainer::ui::quote_card::{quote_card, QuoteCard};
use explainer::ui::stage::StageMarkup;
use explainer::ui::stage_part::{StagePart, StagePartProps};
use shared::lang::Lang;
use yew::{Callback, ServerRenderer};

/// The hydrated root of the view a query asks for, as the host renders it.
pub async fn render_app(query: &str) -> String {
    render_root(View::from_query(query), false).await
}

/// The hydrated root of `view` as the host renders it: the stage's parts, each a root of its
/// own, then the app holding them.
pub async fn render_root(view: View, hydratable: bool) -> String {
    let mut parts = Vec::new();
    for part in Part::ALL {
        let props = StagePartProps { part, view };
        let renderer = ServerRenderer::<StagePart>::with_props(move || props);
        parts.push(renderer.hydratable(hydratable).render().await);
    }
    let parts: [String; 3] = parts.try_into().unwrap();
    ServerRenderer::<App>::with_props(move || AppProps {
        view,
        parts: StageMarkup::new(parts),
    })
    .hydratable(hydratable)
    .render()
    .await
}

/// The long form, as the host renders it after the root: static, never hydrated.
pub async fn render_long_form(lang: Lang) -> String {
    ServerRenderer::<LongForm>::with_props(move || LongFormProps { lang })
        .hydratable(false)
        .render()
        .await
}

/// The whole standalone page's body: the hydrated root, then the long form.
pub async fn render_page(query: &str) -> String {
    let lang = View::from_query(query).lang;
    render_app(query).await + &render_long_form(lang).await
}

/// Props of [`OneQuote`].
#[derive(yew::Properties, PartialEq)]
pub struct OneQuoteProps {
    id: &'static str,
    lang: Lang,
}

/// One quote card as the long form draws it.
#[yew::component]
pub fn OneQuote(props: &OneQuoteProps) -> yew::Html {
    let view = View {
        lang: props.lang,
        ..View::default()
    };
    quote_card(&QuoteCard {
        quote: STORY.quote(props.id).unwrap(),
        link: view.link_base(),
        selected: false,
        on_follow: Callback::noop(),
        on_select: Callback::noop(),
        on_copy: Callback::noop(),
        anchor: true,
    })
}

/// One quote card in a language, as the long form draws it.
pub async fn render_quote(id: &'static str, lang: Lang) -> String {
    ServerRenderer::<OneQuote>::with_props(move || OneQuoteProps { id, lang })
        .hydratable(false)
        .render()
        .await
}

/// The text of an HTML fragment, tags removed, entities read and whitespace folded.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
