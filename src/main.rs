//! Mounts the explainer in the browser, hydrating the page the host pre-rendered.

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::mount::hydrate_page();
}
