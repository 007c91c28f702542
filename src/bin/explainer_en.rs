//! Mounts the English standalone page's build (feature `lang-en`): the explainer in English, hydrating the page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::browser::mount::hydrate_page();
}
