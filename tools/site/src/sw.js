// The explainer's offline copy, a service worker (docs/release.md, The offline copy). The
// prerender hook (offline.rs) writes it into dist/ as sw.js, with this build's `BUILD`: its
// cache's name (a hash of the files it keeps), each standalone page with the files it loads, and
// the data files. Only the standalone pages register it (their loader, once the explainer is
// hydrated and the browser idle); an embed page never does, and its requests pass this worker
// untouched.
//
// It keeps, from the moment it is installed, the standalone pages open in this browser and those
// an earlier build kept, with their wasm, and the data files; later a standalone page loaded
// through it is kept too, with its wasm. A page comes from the network first, so a new build is
// seen on the next load, and from the copy when the network fails (or has not answered in
// PATIENCE ms); a file whose name carries its hash comes from the copy first. It answers only
// same-origin GET requests for those files, and writes nothing else.
const BUILD = {build};
// One cache a build, named for this worker's scope too: two explainers on one origin, or a
// newsroom's own caches, are never touched.
const PREFIX = "explainer " + registration.scope + " ";
const CACHE = PREFIX + BUILD.cache;
const PATIENCE = 4000;
const address = file => new URL(file, location).href;
const PAGES = new Map(Object.entries(BUILD.pages).map(([page, files]) => [address(page), files.map(address)]));
const HASHED = new Set([...PAGES.values()].flat());
const SHARED = new Set(BUILD.shared.map(address));
// The standalone page an address opens (its query and fragment aside), if it opens one.
const pageOf = href => {
  const url = new URL(href);
  const page = url.origin + url.pathname.replace(/index\.html$/, "");
  return PAGES.has(page) ? page : undefined;
};
// A response worth keeping: this origin's own, complete and not redirected.
const keepable = response => response.ok && response.type === "basic" && !response.redirected;
// Keeps a response met while answering, only while this worker is the active one: a worker
// being replaced must not bring back the cache its successor has deleted.
const current = () => !self.serviceWorker || registration.active === self.serviceWorker;
const keepMet = async (key, response) => {
  if (!current()) return;
  await (await caches.open(CACHE)).put(key, response);
  if (!current()) await caches.delete(CACHE);
};
const fetchOk = async (url, cache) => {
  const response = await fetch(url, { cache });
  if (!keepable(response)) throw new Error(url + ": " + response.status);
  return response;
};

addEventListener("install", event => event.waitUntil((async () => {
  const open = await clients.matchAll({ type: "window", includeUncontrolled: true });
  const openPages = new Set(open.map(client => pageOf(client.url)));
  // A worker with nothing to keep (`trunk serve`'s) opens no cache.
  const cache = PAGES.size + SHARED.size > 0 && await caches.open(CACHE);
  const keep = async (url, fresh) => {
    // A hashed file an earlier build kept is the same file: copied, not fetched again.
    const kept = !fresh && await caches.match(url);
    await cache.put(url, kept || await fetchOk(url, fresh ? "no-cache" : "default"));
  };
  // A page open now was just loaded: the browser's cache has it, unless it is an earlier
  // build's (a tab left open), which loads other wasm.
  const keepPage = async (page, assets) => {
    const loads = async response => {
      const text = await response.clone().text();
      return assets.every(url => text.includes(url.slice(url.lastIndexOf("/") + 1)));
    };
    let response = openPages.has(page) ? await fetchOk(page, "force-cache") : undefined;
    if (!response || !await loads(response)) response = await fetchOk(page, "no-cache");
    await cache.put(page, response);
  };
  const files = [...SHARED].map(url => keep(url, true));
  for (const [page, assets] of PAGES) {
    if (openPages.has(page) || await caches.match(page)) {
      files.push(keepPage(page, assets), ...assets.map(url => keep(url, false)));
    }
  }
  await Promise.all(files);
  // The new build takes over at once: its pages come from the network anyway.
  await skipWaiting();
})()));

addEventListener("activate", event => event.waitUntil((async () => {
  for (const name of await caches.keys()) {
    if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
  }
  await clients.claim();
})()));

addEventListener("fetch", event => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== location.origin) return;
  const page = request.mode === "navigate" ? pageOf(request.url) : undefined;
  if (page) event.respondWith(fromNetwork(event, page));
  else if (SHARED.has(request.url)) event.respondWith(fromNetwork(event, request.url));
  else if (HASHED.has(request.url)) event.respondWith(fromCopy(event));
});

// The network's answer, kept; the copy if the network fails or is slower than PATIENCE; the
// network's failure (the browser's own offline page) if there is no copy.
async function fromNetwork(event, key) {
  const network = fetch(event.request).then(response => {
    if (keepable(response)) event.waitUntil(keepMet(key, response.clone()));
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const slow = new Promise(resolve => setTimeout(resolve, PATIENCE, null));
  const first = await Promise.race([network.catch(() => null), slow]);
  if (first) return first;
  const kept = await (await caches.open(CACHE)).match(key);
  return kept || network;
}

// The copy of a file whose name carries its hash; else the network's, kept.
async function fromCopy(event) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(event.request.url);
  if (kept) return kept;
  const response = await fetch(event.request);
  if (keepable(response)) event.waitUntil(keepMet(event.request.url, response.clone()));
  return response;
}
