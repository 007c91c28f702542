// One load of a page as Lighthouse's mobile profile sees it, for tools/bench and its A/B mode:
// the benchmark's Chromium, waiting for `explainer:ready` without touching the page, the medians
// of several loads.
import { chromium } from 'playwright-core';

/** The benchmark's headless Chromium, without its background traffic. */
export const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

// Playwright's own waiting (`waitForFunction`) first evaluates its injected script in the page, a
// task of about 70 ms at CPU 4x that landed between the wasm's arrival and its hydration. An init
// script sets up a promise, and the DevTools protocol awaits it.
const READY_PROMISE = () => {
  window.__ready = new Promise(resolve => {
    new PerformanceObserver(list => { if (list.getEntries().some(e => e.name === 'explainer:ready')) resolve(); })
      .observe({ type: 'mark', buffered: true });
  });
};

/** Opens `url` in `page` and waits until it is ready (the mark `explainer:ready`). */
export async function open(page, cdp, url, timeout) {
  await page.addInitScript(READY_PROMISE);
  await page.goto(url, { waitUntil: 'commit' });
  let timer;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no explainer:ready on ${url} within ${timeout} ms`)), timeout); });
  try {
    await Promise.race([cdp.send('Runtime.evaluate', { expression: 'window.__ready', awaitPromise: true }), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One cold load of `url` with Lighthouse's mobile profile: a 412x823 phone, 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed 4x. First and largest contentful paint, total
 * blocking time (the part of every long task beyond 50 ms, from first paint until a second after
 * ready), ready, bytes, when the page's wasm (if any) had arrived, and when the page was parsed
 * (DOMContentLoaded, after which the loader starts the wasm).
 */
export async function measureMobile(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1638.4 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let bytes = 0;
  cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; });
  await page.addInitScript(() => {
    window.__long = []; window.__lcp = 0;
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await open(page, cdp, url, 120000);
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => {
    const ready = performance.getEntriesByName('explainer:ready')[0].startTime;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const tbt = window.__long.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
    const wasm = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'))?.responseEnd ?? NaN;
    const parsed = performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN;
    return { fcp, lcp: window.__lcp, tbt, ready, wasm, parsed };
  });
  await context.close();
  return { ...result, bytes };
}

/** The median of the numbers in `xs` (NaN left out). */
export const median = xs => { const s = xs.filter(x => !Number.isNaN(x)).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
