// The offline copy's registration, at the end of a standalone page's loader in a release build
// (offline.rs; docs/release.md, The offline copy): written as one line like the loader, with
// `{worker}`, the worker's address relative to the page. Never in a frame (an embed's privacy:
// nothing kept in a newsroom's page) or on a page asked for an embed, which opens the embed page.
// It waits until the explainer has hydrated and the browser is idle, so it costs the first load
// nothing.
if ("serviceWorker" in navigator && self === top && !/[?&]embed=1(&|$)/.test(location.search)) {
  document.addEventListener("explainer:hydrated", () => (self.requestIdleCallback || setTimeout)(() => navigator.serviceWorker.register("{worker}").catch(e => console.warn("explainer: no offline copy:", e))), { once: true });
}
