//! Mounts the explainer in the browser, hydrating the page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        let view = explainer::view::page_view();
        yew::Renderer::<explainer::app::App>::with_props(explainer::app::AppProps { view })
            .hydrate();
    }
}
