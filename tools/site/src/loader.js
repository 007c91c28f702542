// The page's loader, a module script (docs/release.md, The page's loader). Trunk.toml's
// pattern_script only marks where it goes and names the page's glue and wasm; the prerender hook
// (loader.rs) writes this file there, each `{glue}` and `{wasm}` filled in, as one line: comment
// lines are dropped, and the other lines are trimmed and joined with a space. So every statement
// ends in its own `;`, and no line of code holds a comment. A release page then gets its glue in
// place of the import below (glue.rs), and the Content Security Policy the final script's hash.
//
// A browser without WebAssembly gets a note instead of an error, and so does a wasm that fails to
// load or traps (the release wasm aborts on a panic, without a panic hook).
const html = document.documentElement;
if (typeof WebAssembly === "object") {
  // While the wasm hydrates, a write of the value an attribute or a text already has is dropped:
  // Yew's hydration writes every attribute and every text the host wrote once more, and each such
  // write (the markers' SVG attributes above all) makes the browser restyle and lay out the stage
  // again before the explainer is ready. The page's own `setAttribute` and `nodeValue` are back
  // once every root has hydrated (the wasm then sends `explainer:hydrated`), or the wasm has
  // failed.
  const set = Element.prototype.setAttribute;
  const text = Object.getOwnPropertyDescriptor(Node.prototype, "nodeValue");
  const own = () => {
    Element.prototype.setAttribute = set;
    Object.defineProperty(Node.prototype, "nodeValue", text);
  };
  Element.prototype.setAttribute = function (name, value) {
    if (this.getAttribute(name) !== String(value)) set.call(this, name, value);
  };
  Object.defineProperty(Node.prototype, "nodeValue", {
    ...text,
    set(value) {
      if (this.nodeValue !== value) text.set.call(this, value);
    }
  });
  document.addEventListener("explainer:hydrated", own, { once: true });
  // A trap in the wasm, in a task of its own or in a promise: the calm note.
  const failed = e => {
    if (e instanceof WebAssembly.RuntimeError) {
      html.classList.add("explainer-failed");
      own();
    }
  };
  addEventListener("error", e => failed(e.error));
  addEventListener("unhandledrejection", e => failed(e.reason));
  try {
    const init = (await import("{glue}")).default;
    await init({ module_or_path: "{wasm}" });
  } catch (e) {
    console.error(e);
    html.classList.add("explainer-failed");
    own();
  }
} else {
  html.classList.add("no-wasm");
}
