//! Mounts the German embed page's build (features `embed-page`, `lang-de`): the stage alone, in German, hydrating the page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::browser::mount::hydrate_page();
}
