//! Mounts the explainer in the browser.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<explainer::app::App>::new().render();
}
