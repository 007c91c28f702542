//! Mounts the explainer in the browser, hydrating the page the host pre-rendered.
#![deny(clippy::unwrap_used, clippy::expect_used)]

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // Through Yew, which otherwise installs its own hook when rendering starts.
        yew::set_custom_panic_hook(Box::new(explainer::browser::on_panic));
        let view = explainer::view::page_view();
        yew::Renderer::<explainer::app::App>::with_props(explainer::app::AppProps { view })
            .hydrate();
    }
}
