// Serving as a static host would, for tools/bench.mjs and tools/lighthouse.mjs: our release
// build and a self-hosted TimelineJS3 page fed the same events.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The TimelineJS page: its own script, styles and icon font, the given events, German. */
export const timelinePage = events => `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>TimelineJS</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="css/timeline.css"></head>
<body><div id="timeline" style="width:100%;height:650px"></div><script src="js/timeline.js"></script>
<script>const tl = new TL.Timeline("timeline", ${events}, { language: "de", script_path: "./js/", font: null });
tl.on("loaded", () => performance.mark("explainer:ready"));</script></body></html>`;

// The control: a bare range input that writes its value into an <output>. What it scores in
// Event Timing is this browser's floor, the time to the next frame of a page that does nothing.
export const controlPage = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>control</title>
<link rel="icon" href="data:,"></head><body><input type="range" id="timeline-date" min="0" max="1000" value="900">
<output id="value"></output><script>document.getElementById("timeline-date").addEventListener("input",
e => { document.getElementById("value").textContent = e.target.value; }); performance.mark("explainer:ready");</script></body></html>`;

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject' };
// As a static host serves: its `_headers`, brotli where the browser accepts it, else gzip. A
// file's own precompressed copy (.br, .gz, which our release build writes) is used where there is
// one; the rest is compressed once at the same levels (brotli 11, gzip 9), for both sides alike.
// Every load in the bench and in Lighthouse starts with an empty cache of its own; `no-cache`
// (not `no-store`, which keeps a page out of the back/forward cache that Lighthouse audits) where
// `_headers` says nothing.
const compressed = new Map();
function encoded(file, body, encoding) {
  const key = `${file}\0${encoding}`;
  if (!compressed.has(key)) {
    const copy = file && `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    compressed.set(key, copy && fs.existsSync(copy) ? fs.readFileSync(copy)
      : encoding === 'br' ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      : zlib.gzipSync(body, { level: 9 }));
  }
  return compressed.get(key);
}
// The headers a root's `_headers` file gives a path, as Netlify and Cloudflare Pages read it: a
// path line (`/*` for every path), then its headers indented. TimelineJS's folder has none.
function hostHeaders(root) {
  const file = path.join(root, '_headers');
  const rules = [];
  if (fs.existsSync(file)) for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else if (line.includes(': ') && rules.length) {
      const [name, ...value] = line.trim().split(': ');
      rules.at(-1).headers[name.toLowerCase()] = value.join(': ');
    }
  }
  return pathname => Object.assign({}, ...rules.filter(r => r.path === '/*' || r.path === pathname).map(r => r.headers));
}
export function serve(root, extra = {}) {
  const headersOf = hostHeaders(root);
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const encoding = /\bbr\b/.test(req.headers['accept-encoding'] || '') ? 'br' : 'gzip';
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (extra[url.pathname]) {
      res.writeHead(200, { 'content-type': types['.html'], 'content-encoding': encoding, 'cache-control': 'no-cache' });
      return res.end(encoded(`extra:${url.pathname}`, extra[url.pathname], encoding));
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !fs.existsSync(file)) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'cache-control': 'no-cache', ...headersOf(url.pathname), 'content-type': types[path.extname(file)] || 'application/octet-stream', 'content-encoding': encoding });
    res.end(encoded(file, fs.readFileSync(file), encoding));
  });
}
export const listen = server => new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));
