//! Mounts the Ukrainian embed page's build (features `embed-page`, `lang-uk`): the stage alone, in Ukrainian, hydrating the page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::browser::mount::hydrate_page();
}
