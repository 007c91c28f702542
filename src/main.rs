//! Mounts the explainer in the browser, hydrating the page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        // Through Yew, which otherwise installs its own hook when rendering starts.
        yew::set_custom_panic_hook(Box::new(explainer::browser::on_panic));
        // The page as loaded tells where the explainer's folder is: read it before the
        // address changes.
        explainer::browser::folder();
        if explainer::browser::open_language_page() {
            return;
        }
        let view = explainer::browser::page_view();
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(explainer::prerender::ROOT_ID));
        match root {
            Some(root) => {
                yew::Renderer::<explainer::app::App>::with_root_and_props(
                    root,
                    explainer::app::AppProps { view },
                )
                .hydrate();
            }
            None => explainer::browser::on_missing_root(),
        }
    }
}
