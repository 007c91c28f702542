// Lighthouse (mobile preset, its simulated slow 4G and 4x CPU) on our standalone page, our embed
// and the self-hosted TimelineJS page with the same events, each served as a static host would.
// Run by `tools/bench lighthouse`. Prints each page's four scores, LCP and TBT (medians of runs,
// with their ranges).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { listen, serve, timelinePage } from './static-host.mjs';

const [dist, timelinejs, eventsFile, modules, runsArg] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
const require = createRequire(path.join(path.resolve(modules), 'package.json'));
const { default: lighthouse } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));

const ours = serve(path.resolve(dist));
const theirs = serve(path.resolve(timelinejs), { '/': timelinePage(fs.readFileSync(eventsFile, 'utf8')) });
const [oursUrl, theirsUrl] = [await listen(ours), await listen(theirs)];
const pages = [
  ['standalone', `${oursUrl}/`],
  ['embed', `${oursUrl}/embed.html?embed=1`],
  ['TimelineJS', `${theirsUrl}/`],
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = Object.fromEntries(pages.map(([name]) => [name, []]));
// Alternating, one fresh Chromium per audit, so that no run warms the next.
for (let run = 0; run < runs; run++) {
  for (const [name, url] of pages) {
    const userDataDir = fs.mkdtempSync('/tmp/lighthouse-profile-');
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', `--user-data-dir=${userDataDir}`],
    });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const failed = Object.values(lhr.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map(a => a.id);
      results[name].push({
        scores: CATEGORIES.map(c => Math.round(lhr.categories[c].score * 100)),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        failed,
      });
    } finally {
      await chrome.kill();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  }
}
ours.close();
theirs.close();

console.log(`\nLighthouse ${(await import(require.resolve('lighthouse/package.json'), { with: { type: 'json' } })).default.version}, mobile preset, median of ${runs} runs\n`);
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT |');
console.log('|---|---|---|---|---|---|---|');
// Each figure with its runs' range: one run differs from the next by several points here.
const spread = (xs, show) => {
  const [lo, hi] = [show(Math.min(...xs)), show(Math.max(...xs))];
  return lo === hi ? lo : `${show(median(xs))} (${lo}–${hi})`;
};
for (const [name] of pages) {
  const r = results[name];
  const scores = CATEGORIES.map((_, i) => spread(r.map(x => x.scores[i]), String));
  const lcp = spread(r.map(x => x.lcp), v => `${(v / 1000).toFixed(1)} s`);
  const tbt = spread(r.map(x => x.tbt), v => `${v.toFixed(0)} ms`);
  console.log(`| ${name} | ${scores.join(' | ')} | ${lcp} | ${tbt} |`);
}
console.log('\nAudits that failed in any run:');
for (const [name] of pages) {
  const failed = [...new Set(results[name].flatMap(x => x.failed))];
  console.log(`- ${name}: ${failed.length ? failed.join(', ') : 'none'}`);
}
