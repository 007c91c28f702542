// A/B of two release builds (two copies of dist/) on a phone: alternated cold loads with
// Lighthouse's mobile profile. Run by `tools/bench ab`. Prints the medians of each side and B - A.
// "After the wasm" is ready minus the wasm's last byte: the start-up's own share, which the
// network's swings move least. "Page parsed" is DOMContentLoaded, when the loader starts the
// wasm; "after wasm and page" is ready minus the later of the two: the hydration's own time.
import path from 'node:path';
import { listen, serve } from './static-host.mjs';
import { launch, measureMobile, median } from './phone.mjs';

const [a, b, runsArg, pageArg] = process.argv.slice(2);
const runs = Number(runsArg) || 11;
const page = pageArg ?? '';
const sides = [a, b].map(dir => serve(path.resolve(dir), {}));
const urls = [await listen(sides[0]), await listen(sides[1])];
const browser = await launch();
const loads = [[], []];
for (let i = 0; i < runs; i++) {
  // A, B, then B, A: a slow spell of the machine falls on both sides.
  for (const side of i % 2 ? [1, 0] : [0, 1]) loads[side].push(await measureMobile(browser, `${urls[side]}/${page}`));
}
await browser.close();
sides.forEach(side => side.close());

const ms = x => (Number.isNaN(x) || x === undefined ? '-' : `${x.toFixed(0)} ms`);
const kb = x => `${(x / 1024).toFixed(1)} KB`;
console.log(`A/B on /${page}: mobile profile (412x823, 150 ms RTT, 1.6 Mbit/s, CPU 4x), medians of ${runs} alternated loads each`);
console.log(`A ${path.resolve(a)}\nB ${path.resolve(b)}`);
console.log(`${'measure'.padEnd(26)} ${'A'.padStart(10)} ${'B'.padStart(10)} ${'B - A'.padStart(10)}`);
for (const [name, of, format] of [
  ['first contentful paint', r => r.fcp, ms], ['largest contentful paint', r => r.lcp, ms],
  ['total blocking time', r => r.tbt, ms], ['wasm last byte', r => r.wasm, ms], ['page parsed', r => r.parsed, ms],
  ['ready', r => r.ready, ms], ['after the wasm', r => r.ready - r.wasm, ms],
  ['after wasm and page', r => r.ready - Math.max(r.wasm, r.parsed), ms], ['bytes (brotli)', r => r.bytes, kb],
]) {
  const [x, y] = loads.map(side => median(side.map(of)));
  const delta = format === kb ? `${((y - x) / 1024).toFixed(1)} KB` : ms(y - x);
  console.log(`${name.padEnd(26)} ${format(x).padStart(10)} ${format(y).padStart(10)} ${delta.padStart(10)}`);
}
