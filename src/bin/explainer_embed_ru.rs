//! Mounts the Russian embed page's build (features `embed-page`, `lang-ru`): the stage alone, in Russian, hydrating the page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::browser::mount::hydrate_page();
}
