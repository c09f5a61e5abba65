#!/usr/bin/env node
/**
 * `npm run bench:lcp`: cold page loads in Chromium on a throttled phone (412 × 823, 4× CPU
 * slowdown, 150 ms round trip, 1.6 Mbit/s down: Lighthouse's mobile figures, applied for real
 * rather than simulated), for two builds side by side, taking turns load by load, so a busy
 * spell on this shared machine falls on both. For each page it prints the median LCP and FCP
 * of LCP_RUNS loads (default 3) per side, the LCP element, and the after/before ratio.
 *
 *   LCP_BEFORE_DIR=.next-before LCP_AFTER_DIR=.next npm run bench:lcp
 *
 * LCP_BEFORE_ENV / LCP_AFTER_ENV add environment (e.g. `PATHSHALA_PAGE_CACHE=0`). Each server
 * answers every page and its files once before the loads, as a class's first student would.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { startNextServer } from '../next-server.mjs';

const PAGES = ['/en', '/en/learn/what-is-a-session', '/en/lab/cart'];
const RUNS = Number(process.env.LCP_RUNS ?? 3);
const sides = [
  { name: 'before', dir: process.env.LCP_BEFORE_DIR ?? '.next', env: process.env.LCP_BEFORE_ENV ?? '' },
  { name: 'after', dir: process.env.LCP_AFTER_DIR ?? '.next', env: process.env.LCP_AFTER_ENV ?? '' },
];
for (const side of sides) {
  if (!existsSync(join(side.dir, 'BUILD_ID'))) {
    console.error(`bench:lcp: no production build in ${side.dir}`);
    process.exit(1);
  }
}
const envOf = (text) =>
  Object.fromEntries(
    text
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => pair.split('=')),
  );
for (const side of sides) {
  side.server = await startNextServer({
    label: `bench:lcp (${side.name})`,
    probe: '/en',
    host: 'localhost',
    env: { NEXT_DIST_DIR: side.dir, SESSION_SECRET: 'bench-lcp-secret', ...envOf(side.env) },
  });
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/** One cold load (a fresh context: no cache, no service worker) of `url`: LCP, FCP and the LCP element. */
async function load(url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6e6 / 8) * 0.9,
    uploadThroughput: (750e3 / 8) * 0.9,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const seen = [];
    Object.defineProperty(window, '__lcpEntries', { value: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const element = entry.element;
        seen.push({
          time: entry.startTime,
          element: element ? `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”` : 'image',
        });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  // LCP is final at the first input; until then wait for the page to settle.
  await page.waitForLoadState('networkidle');
  const result = await page.evaluate(() => {
    const entries = window.__lcpEntries;
    const last = entries.at(-1);
    return {
      lcp: last?.time ?? Number.NaN,
      element: last?.element ?? 'none',
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    };
  });
  await context.close();
  return result;
}

for (const side of sides) for (const path of PAGES) await load(`${side.server.origin}${path}`); // warm the servers

console.log(
  `bench:lcp: ${RUNS} cold loads per page and side, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
};
console.log('\n| page | LCP before (ms) | LCP after (ms) | after / before | FCP before → after (ms) | LCP element (after) |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const path of PAGES) {
  const runs = { before: [], after: [] };
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) runs[side.name].push(await load(`${side.server.origin}${path}`));
  }
  const [lb, la] = [median(runs.before.map((r) => r.lcp)), median(runs.after.map((r) => r.lcp))];
  const [fb, fa] = [median(runs.before.map((r) => r.fcp)), median(runs.after.map((r) => r.fcp))];
  console.log(
    `| ${path} | ${Math.round(lb)} (${runs.before.map((r) => Math.round(r.lcp)).join(', ')}) | ${Math.round(la)} (${runs.after.map((r) => Math.round(r.lcp)).join(', ')}) | ${(la / lb).toFixed(2)} | ${Math.round(fb)} → ${Math.round(fa)} | ${runs.after.at(-1).element} |`,
  );
}
console.log(
  `\nload average at the end ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
await browser.close();
for (const side of sides) side.server.stop();
