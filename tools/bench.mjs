// The benchmark: our release build against a self-hosted TimelineJS3 with the same events.
// Run by tools/bench. Prints medians of several runs and the ratio ours / TimelineJS.
import fs from 'node:fs';
import path from 'node:path';
import { controlPage, listen, serve, timelinePage as timelineOf } from './static-host.mjs';
import { launch, measureMobile, median, open } from './phone.mjs';

const [dist, timelinejs, eventsFile, runsArg] = process.argv.slice(2);
const runs = Number(runsArg) || 7;
const events = fs.readFileSync(eventsFile, 'utf8');
const timelinePage = timelineOf(events);

// Three ways of scrubbing by keyboard: an arrow key held down (one keydown per auto-repeat, 30
// per second, and one keyup at the end), quick taps (down and up, 8 per second), and a burst of
// taps as fast as the driver sends them.
const PATTERNS = [
  { name: 'held', label: 'held key, 30 per second', gap: 33, held: true },
  { name: 'taps', label: 'taps, 8 per second', gap: 125, held: false },
  { name: 'burst', label: 'burst of taps', gap: 0, held: false },
];
const KEYS = 60;

const ours = serve(path.resolve(dist), {});
const theirs = serve(path.resolve(timelinejs), { '/': timelinePage, '/index.html': timelinePage, '/control.html': controlPage });
const [oursUrl, theirsUrl] = [await listen(ours), await listen(theirs)];

const browser = await launch();

async function measure(url, scrub) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; });
  await page.addInitScript(() => {
    window.__events = [];
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__events.push(e.duration); })
      .observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  await open(page, cdp, url, 60000);
  await page.waitForTimeout(500);
  const timing = await page.evaluate(() => {
    const ready = performance.getEntriesByName('explainer:ready')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { ready: ready.startTime, fcp: fcp ? fcp.startTime : NaN, wasm: Number(ready.detail) || 0 };
  });
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
  let scrubbing = null;
  if (scrub) {
    await page.focus('#timeline-date');
    scrubbing = {};
    for (const { name, gap, held } of PATTERNS) {
      await page.waitForTimeout(300);
      await page.evaluate(() => { window.__events = []; });
      for (let i = 0; i < KEYS; i++) {
        // A second keydown of a key that is down is an auto-repeat (`repeat: true`).
        if (held) await page.keyboard.down('ArrowLeft');
        else await page.keyboard.press('ArrowLeft');
        if (gap) await page.waitForTimeout(gap);
      }
      if (held) await page.keyboard.up('ArrowLeft');
      await page.waitForTimeout(300);
      const durations = await page.evaluate(() => window.__events);
      scrubbing[name] = { worst: durations.length ? Math.max(...durations) : 0, slow: durations.length };
    }
  }
  await context.close();
  return { bytes, fcp: timing.fcp, ready: timing.ready, memory: metrics.JSHeapUsedSize + timing.wasm, scrubbing };
}

const results = { ours: [], timelinejs: [], control: [] };
const mobile = { standalone: [], embed: [], timelinejs: [] };
for (let i = 0; i < runs; i++) {
  // Alternating, so that a slow spell of the machine falls on both sides.
  mobile.standalone.push(await measureMobile(browser, `${oursUrl}/`));
  mobile.timelinejs.push(await measureMobile(browser, `${theirsUrl}/`));
  mobile.embed.push(await measureMobile(browser, `${oursUrl}/embed.html?embed=1`));
  mobile.timelinejs.push(await measureMobile(browser, `${theirsUrl}/`));
}
for (let i = 0; i < runs; i++) {
  results.ours.push(await measure(`${oursUrl}/`, true));
  results.timelinejs.push(await measure(`${theirsUrl}/`, false));
  results.control.push(await measure(`${theirsUrl}/control.html`, true));
}
await browser.close();
ours.close(); theirs.close();

const row = (name, key, unit, format) => {
  const a = median(results.ours.map(r => r[key]));
  const b = median(results.timelinejs.map(r => r[key]));
  console.log(`${name.padEnd(28)} ${format(a).padStart(12)} ${format(b).padStart(12)} ${(a / b).toFixed(2).padStart(8)}  ${unit}`);
};
const kb = x => (x / 1024).toFixed(1) + ' KB';
const ms = x => x.toFixed(0) + ' ms';
const mb = x => (x / 1048576).toFixed(1) + ' MB';
console.log(`Mobile profile (412x823, 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x), brotli, cold cache, medians of ${runs} runs each`);
console.log(`${'measure'.padEnd(26)} ${'standalone'.padStart(11)} ${'embed'.padStart(11)} ${'TimelineJS'.padStart(11)} ${'ratio s'.padStart(8)} ${'ratio e'.padStart(8)}  target`);
for (const [name, key, format, target] of [
  ['first contentful paint', 'fcp', ms, ''], ['largest contentful paint', 'lcp', ms, '<= 0.5'],
  ['total blocking time', 'tbt', ms, '<= 0.5'], ['ready', 'ready', ms, '<= 0.8'], ['bytes (brotli)', 'bytes', kb, 'embed <= 1.5'],
]) {
  const [s, e, t] = [mobile.standalone, mobile.embed, mobile.timelinejs].map(rs => median(rs.map(r => r[key])));
  const ratio = (a, b) => (b ? (a / b).toFixed(2) : '-').padStart(8);
  console.log(`${name.padEnd(26)} ${format(s).padStart(11)} ${format(e).padStart(11)} ${format(t).padStart(11)} ${ratio(s, t)} ${ratio(e, t)}  ${target}`);
}
console.log('');
console.log(`Desktop: medians of ${runs} runs, headless Chromium 1280x900, brotli, 127.0.0.1, cold cache`);
console.log(`${'measure'.padEnd(28)} ${'ours'.padStart(12)} ${'TimelineJS'.padStart(12)} ${'ratio'.padStart(8)}`);
row('transferred (brotli)', 'bytes', 'target ratio <= 1.0', kb);
row('first contentful paint', 'fcp', 'target ratio <= 0.3', ms);
row('ready', 'ready', 'target ratio <= 0.5', ms);
row('JS heap + wasm memory', 'memory', 'target ours <= 10 MB', mb);
console.log(`\nEvent Timing while scrubbing by keyboard, ${KEYS} keys x ${runs} runs (entries >= 16 ms; target: none)`);
console.log(`${'keys'.padEnd(28)} ${'ours'.padStart(12)} ${'bare slider'.padStart(12)}`);
for (const { name, label } of PATTERNS) {
  const cell = key => {
    const all = results[key].map(r => r.scrubbing[name]);
    const worst = Math.max(...all.map(s => s.worst));
    const slow = all.reduce((n, s) => n + s.slow, 0);
    return (worst ? `${worst} ms (${slow}x)` : 'none');
  };
  console.log(`${('worst, ' + label).padEnd(28)} ${cell('ours').padStart(12)} ${cell('control').padStart(12)}`);
}
console.log('\ndist/ files (bytes: raw, gzip -9, brotli 11):');
const walk = dir => fs.readdirSync(dir, { withFileTypes: true }).flatMap(d => d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]);
for (const file of walk(path.resolve(dist)).filter(f => !/\.(br|gz)$/.test(f)).sort()) {
  const raw = fs.readFileSync(file);
  const size = suffix => fs.existsSync(`${file}.${suffix}`) ? String(fs.statSync(`${file}.${suffix}`).size) : '-';
  console.log(`${String(raw.length).padStart(9)} ${size('gz').padStart(9)} ${size('br').padStart(9)}  ${path.relative(dist, file)}`);
}
