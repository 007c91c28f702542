//! Mounts the explainer in the browser, hydrating the page the host pre-rendered: Trunk's main build, the German standalone page's (`index.html` gives it `lang-de`).

fn main() {
    #[cfg(target_arch = "wasm32")]
    explainer::browser::mount::hydrate_page();
}
