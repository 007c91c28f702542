//! Mounts the embed pages' build (feature `embed-page`): the stage alone, hydrating the embed page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::mount::hydrate_page();
}
