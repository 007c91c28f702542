//! Mounts the Ukrainian standalone page's build (feature `lang-uk`): the same mount as the German page's, built with its page's language.

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::browser::mount::hydrate_page();
}
