/* The explainer's embed script for news pages: docs/embedding.md, "Embed codes".
 * <div data-explainer="https://…/?date=…"></div> <script src="https://…/embed.js" async></script>
 * Each placeholder becomes a titled, lazy, responsive iframe of the explainer's embed page, sized
 * from the explainer's height messages. The view a reader chooses is kept in the host page's
 * address, as #explainer=<view query> (#explainer-2=… for a second explainer), so that a copied
 * address opens the same view. Messages are taken only from the explainer's origin and only
 * from the frame they concern. data-theme="light" or "dark" forces the colours; "auto", the
 * default, follows the reader's system. No dependencies, nothing sent anywhere. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var frames = [];

  // The host's fragment as its parts; ours are `explainer…=<encoded query>`, the host's stay.
  function parts() {
    return location.hash.replace(/^#/, "").split("&").filter(Boolean);
  }
  function read(key) {
    var found = parts().filter(function (p) { return p.indexOf(key + "=") === 0; })[0];
    if (!found) return null;
    try { return decodeURIComponent(found.slice(key.length + 1)); } catch (e) { return null; }
  }
  function write(key, query) {
    var kept = parts().filter(function (p) { return p.indexOf(key + "=") !== 0; });
    kept.push(key + "=" + encodeURIComponent(query));
    history.replaceState(history.state, "", "#" + kept.join("&"));
  }

  var placeholders = document.querySelectorAll("[data-explainer]");
  for (var i = 0; i < placeholders.length; i++) {
    var holder = placeholders[i];
    var src;
    try { src = new URL(holder.getAttribute("data-explainer"), script.src); } catch (e) { continue; }
    if (src.origin !== origin) continue;
    var key = i === 0 ? "explainer" : "explainer-" + (i + 1);
    var restored = read(key);
    if (restored !== null) src.search = "?" + restored.replace(/^\?/, "");
    var theme = holder.getAttribute("data-theme");
    src.searchParams.delete("theme");
    if (theme === "light" || theme === "dark") src.searchParams.set("theme", theme);
    src.searchParams.set("embed", "1");
    // The page's embed page: the stage alone, lighter than the page with the whole story.
    src.pathname = src.pathname.replace(/\/(index\.html)?$/, "/embed.html");
    src.hash = "";
    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = holder.getAttribute("data-title") || "Explainer";
    frame.loading = "lazy";
    frame.allow = "clipboard-write";
    frame.style.cssText = "display:block;width:100%;height:680px;border:0";
    holder.textContent = "";
    holder.appendChild(frame);
    frames.push({ frame: frame, key: key });
  }

  addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object") return;
    for (var j = 0; j < frames.length; j++) {
      if (frames[j].frame.contentWindow !== event.source) continue;
      if (data.sentinel === "amp" && data.type === "embed-size" && data.height > 0) {
        frames[j].frame.style.height = Math.ceil(data.height) + "px";
      } else if (data.sentinel === "explainer" && data.type === "view" && typeof data.query === "string") {
        write(frames[j].key, data.query);
      }
    }
  });
})();
