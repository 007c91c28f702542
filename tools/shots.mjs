// Screenshots and first-viewport geometry of a built dist/: standalone at four sizes, light and dark,
// and embedded in a real pym.js parent on another origin at 700 and 375 px. Not a test: for looking.
// Usage: node tools/shots.mjs dist tools/node_modules OUT_DIR [FOLDER]   (prints the geometry as JSON)
// FOLDER is a language's pages' folder (`en/`, `uk/`, `ru/`); the German pages' by default.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
const [dist, nm, out, folder = ''] = process.argv.slice(2);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };
function serve(root, extra = {}) {
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (extra[url.pathname]) { res.writeHead(200, { 'content-type': types['.html'] }); return res.end(extra[url.pathname]); }
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
}
const listen = s => new Promise(r => s.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${s.address().port}`)));
const ours = await listen(serve(path.resolve(dist)));
const parentPage = (w) => `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head><body style="margin:0;font:16px Georgia;background:#fff">
<div style="max-width:${w}px;margin:0 auto"><h1>Article headline</h1><p>Article text before the embed.</p><div id="c"></div><p>Article text after.</p></div>
<script src="/pym.v1.min.js"></script><script>new pym.Parent('c', '${ours}/${folder}embed.html?embed=1', {title: 'Explainer'});</script></body></html>`;
const host = await listen(serve(path.join(nm, 'pym.js/dist'), { '/700': parentPage(700), '/375': parentPage(375) }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const measure = () => {
  const vis = (sel) => { const e = document.querySelector(sel); if (!e) return null; const r = e.getBoundingClientRect();
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)); return { w: Math.round(r.width), h: Math.round(r.height), top: Math.round(r.top), bottom: Math.round(r.bottom), visible: r.height ? +(h / r.height).toFixed(2) : 0 }; };
  return { map: vis('.story-map__svg'), slider: vis('.date-slider__input'), title: vis('.moment .event-card__title'), docH: document.documentElement.scrollHeight };
};
const sizes = [[375, 667, true], [412, 823, true], [1024, 768, false], [1280, 800, false]];
const results = {};
for (const scheme of ['light', 'dark']) {
  for (const [w, h, mobile] of sizes) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, isMobile: mobile, hasTouch: mobile, colorScheme: scheme });
    const page = await ctx.newPage();
    page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
    await page.goto(`${ours}/${folder}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('explainer:ready').length > 0, null, { timeout: 15000 });
    await page.waitForTimeout(400);
    results[`${scheme} ${w}x${h}`] = await page.evaluate(measure);
    await page.screenshot({ path: `${out}/${scheme}-${w}.png` });
    if (scheme === 'light') {
      await page.focus('.date-slider__input'); await page.keyboard.press('End'); await page.waitForTimeout(900);
      results[`${scheme} ${w}x${h} after End`] = await page.evaluate(measure);
      if (w === 1280 || w === 375) await page.screenshot({ path: `${out}/${scheme}-${w}-end.png` });
      if (w === 1280 || w === 375) { await page.screenshot({ path: `${out}/${scheme}-${w}-full.png`, fullPage: true }); }
    }
    await ctx.close();
  }
  for (const w of [700, 375]) {
    const ctx = await browser.newContext({ viewport: { width: w, height: 1000 }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(`${host}/${w}`);
    await page.waitForTimeout(3000);
    const frameH = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    results[`${scheme} embed ${w}`] = { frameH };
    await page.screenshot({ path: `${out}/${scheme}-embed-${w}.png`, fullPage: true });
    await ctx.close();
  }
}
console.log(JSON.stringify(results, null, 1));
await browser.close();
process.exit(0);
