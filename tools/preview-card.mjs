// The link preview as a chat app shows it: reads each standalone page's head in a built dist/ (its
// Open Graph tags), renders them into a card page of the large kind (image above, site, title,
// description) and screenshots it, light and dark. Not a test (tools/site/tests/link_preview.rs
// checks the tags): for looking at what a pasted link shows.
// Usage: node tools/preview-card.mjs dist tools/node_modules OUT_DIR   (prints each page's tags as JSON)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const [dist, nm, out] = process.argv.slice(2);
if (!dist || !nm || !out) {
  console.error('usage: node tools/preview-card.mjs DIST NODE_MODULES OUT_DIR');
  process.exit(2);
}
const { chromium } = createRequire(path.resolve(nm) + '/')('playwright-core');
fs.mkdirSync(out, { recursive: true });

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
// The page's <meta property|name=… content=…> tags, as a crawler reads them (first one wins).
function tags(html) {
  const head = html.slice(0, html.indexOf('<body'));
  const found = {};
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/g)) {
    const attr = (name) => (tag.match(new RegExp(`\\s${name}="([^"]*)"`)) || tag.match(new RegExp(`\\s${name}=([^\\s>"]+)`)) || [])[1];
    const key = attr('property') || attr('name');
    const content = attr('content');
    if (key && content !== undefined && !(key in found)) found[key] = unescape(content);
  }
  return found;
}

// Every language's standalone page: the folder's and each subfolder's index.html.
const pages = [path.join(dist, 'index.html')];
for (const entry of fs.readdirSync(dist, { withFileTypes: true })) {
  const page = path.join(dist, entry.name, 'index.html');
  if (entry.isDirectory() && fs.existsSync(page)) pages.push(page);
}

const card = (t, image, scheme) => `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px; font: 15px/1.35 system-ui, sans-serif; background: ${scheme === 'dark' ? '#0b141a' : '#efeae2'}; }
  .bubble { width: 400px; padding: 4px; border-radius: 8px; background: ${scheme === 'dark' ? '#005c4b' : '#d9fdd3'}; color: ${scheme === 'dark' ? '#e9edef' : '#111b21'}; }
  .card { border-radius: 6px; overflow: hidden; background: ${scheme === 'dark' ? '#025144' : '#cfe9c7'}; }
  .card img { display: block; width: 100%; aspect-ratio: ${t['og:image:width']} / ${t['og:image:height']}; object-fit: cover; }
  .text { padding: 8px 10px 10px; }
  .title { font-weight: 600; margin: 0 0 2px; }
  .description { margin: 0; opacity: 0.8; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; font-size: 13.5px; }
  .site { margin: 4px 0 0; opacity: 0.6; font-size: 12.5px; }
  .link { padding: 6px 6px 2px; color: ${scheme === 'dark' ? '#53bdeb' : '#027eb5'}; word-break: break-all; }
</style></head><body><div class="bubble"><div class="card">
  <img src="${image}" alt="${escape(t['og:image:alt'] || '')}">
  <div class="text"><p class="title">${escape(t['og:title'] || '(no og:title)')}</p>
  <p class="description">${escape(t['og:description'] || '(no og:description)')}</p>
  <p class="site">${escape(new URL(t['og:url']).host)}</p></div></div>
  <div class="link">${escape(t['og:url'])}</div></div></body></html>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const summary = {};
for (const page of pages) {
  const t = tags(fs.readFileSync(page, 'utf8'));
  const missing = ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:width', 'og:image:height', 'og:image:alt', 'twitter:card'].filter((k) => !(k in t));
  if (missing.length) throw new Error(`${page}: no ${missing.join(', ')}`);
  // The image below the page's own address lies beside the page in dist/.
  if (!t['og:image'].startsWith(t['og:url'])) throw new Error(`${page}: og:image ${t['og:image']} is not below og:url ${t['og:url']}`);
  const file = path.join(path.dirname(page), t['og:image'].slice(t['og:url'].length));
  const image = 'data:image/png;base64,' + fs.readFileSync(file).toString('base64');
  const lang = path.relative(dist, path.dirname(page)) || fs.readFileSync(page, 'utf8').match(/<html lang="?([\w-]+)/)[1];
  summary[lang] = t;
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 480, height: 600 }, deviceScaleFactor: 2, colorScheme: scheme });
    const tab = await context.newPage();
    await tab.setContent(card(t, image, scheme), { waitUntil: 'load' });
    const shot = path.join(out, `card-${lang}-${scheme}.png`);
    await tab.locator('.bubble').screenshot({ path: shot });
    console.error(`wrote ${shot}`);
    await context.close();
  }
}
await browser.close();
console.log(JSON.stringify(summary, null, 2));
