//! Mounts the English embed page's build (features `embed-page`, `lang-en`): the stage alone, in English, hydrating the page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::browser::mount::hydrate_page();
}
