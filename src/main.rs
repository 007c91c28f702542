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
                // In a task of its own: the wasm's compilation ends and it starts in the
                // loader's task, and with the hydration in it too, that was one task of about
                // 220 ms on a slow phone, where the page cannot answer a tap.
                gloo_timers::callback::Timeout::new(0, move || {
                    yew::Renderer::<explainer::app::App>::with_root_and_props(
                        root,
                        explainer::app::AppProps { view },
                    )
                    .hydrate();
                })
                .forget();
            }
            None => explainer::browser::on_missing_root(),
        }
    }
}
