#!/usr/bin/env node
/**
 * `npm run bench:pages`: what a class's burst of page loads costs the server, before and after
 * the page cache (lib/http/page-cache.mjs), in one run. Two servers on the same production build
 * (`next build` first): one with PATHSHALA_PAGE_CACHE=0 (every answer from Next, gzipped afresh)
 * and one as `npm start` serves it. For each kind of load — a lesson's HTML, the same lesson as a
 * client navigation (its RSC payload), a revisit of the lesson (If-None-Match), the home page, the
 * cart lab (rendered per request, never kept) and the static files a lesson loads — the two
 * servers take turns, burst by burst (PAGES_LOADS loads over 20 kept-alive connections, the
 * Accept-Encoding a browser sends), and the script prints bytes per load on the wire, loads/s,
 * and the server's CPU time per load (from /proc), with after/before ratios.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { startNextServer } from '../next-server.mjs';

const LOADS = Number(process.env.PAGES_LOADS ?? 1000);
const CONNECTIONS = Number(process.env.PAGES_CONNECTIONS ?? 20);
const ROUNDS = Number(process.env.PAGES_ROUNDS ?? 3);
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const LESSON = '/en/learn/what-is-a-session';
const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd', 'accept-language': 'en' };

if (!existsSync(join(distDir, 'BUILD_ID'))) {
  console.error(`bench:pages: no production build in ${distDir}; run \`npx next build\` first.`);
  process.exit(1);
}

const env = { SESSION_SECRET: process.env.SESSION_SECRET ?? 'bench-pages-secret' };
const before = await startNextServer({ label: 'bench:pages (before)', probe: '/en', env: { ...env, PATHSHALA_PAGE_CACHE: '0' } });
const after = await startNextServer({ label: 'bench:pages (after)', probe: '/en', env });
const servers = { before, after };

/** User + system CPU time of a process so far, in ms (Linux /proc). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const lessonHtml = await (await fetch(`${after.origin}${LESSON}`)).text();
const etag = (await fetch(`${after.origin}${LESSON}`, { headers: BROWSER })).headers.get('etag');
const assets = [...new Set([...lessonHtml.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1]))];

const kinds = [
  { key: 'lesson', name: `lesson HTML (${LESSON})`, requests: [{ path: LESSON, headers: BROWSER }], expect: 200 },
  {
    key: 'lesson-rsc',
    name: 'the lesson by client navigation (RSC payload)',
    // The headers Chromium sent for a click from /en/learn to the lesson; Next checks `_rsc` against them.
    requests: [
      {
        path: `${LESSON}?_rsc=SO7qpawbHCsGPT3Y`,
        headers: {
          ...BROWSER,
          rsc: '1',
          'next-url': '/en/learn',
          'next-router-state-tree':
            '%5B%22%22%2C%7B%22children%22%3A%5B%5B%22locale%22%2C%22en%22%2C%22d%22%2Cnull%5D%2C%7B%22children%22%3A%5B%22learn%22%2C%7B%22children%22%3A%5B%22__PAGE__%22%2C%7B%7D%2Cnull%2Cnull%2C512%5D%7D%2Cnull%2Cnull%2C512%5D%7D%2Cnull%2Cnull%2C528%5D%7D%2Cnull%2Cnull%2C528%5D',
        },
      },
    ],
    expect: 200,
  },
  {
    key: 'revisit',
    name: 'a revisit of the lesson (If-None-Match)',
    requests: [{ path: LESSON, headers: { ...BROWSER, 'if-none-match': etag ?? '"none"' } }],
    expect: 304,
  },
  { key: 'home', name: 'home page HTML (/en)', requests: [{ path: '/en', headers: BROWSER }], expect: 200 },
  {
    key: 'lab',
    name: 'cart lab HTML (/en/lab/cart: prerendered, the session is read by the browser)',
    requests: [{ path: '/en/lab/cart', headers: BROWSER }],
    expect: 200,
  },
  {
    key: 'static',
    name: `the lesson's ${assets.length} static files (/_next/static), per page load`,
    requests: assets.map((path) => ({ path, headers: BROWSER })),
    expect: 200,
  },
];

/** One GET on a kept-alive connection: the status and the bytes of the answer (headers + body as sent). */
function get(agent, origin, { path, headers }) {
  return new Promise((resolve, reject) => {
    const request = http.get(`${origin}${path}`, { agent, headers }, (response) => {
      let bytes = response.rawHeaders.reduce((sum, part) => sum + part.length + 2, 0) + 17;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode, bytes }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** LOADS loads of `kind` over CONNECTIONS kept-alive connections; bytes and CPU per load. */
async function burst(server, kind, loads = LOADS) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const queue = Array.from({ length: loads * kind.requests.length }, (_, index) => kind.requests[index % kind.requests.length]);
  let bytes = 0;
  let wrong = 0;
  const cpuBefore = cpuMs(server.pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
        const answer = await get(agent, server.origin, next);
        bytes += answer.bytes;
        if (answer.status !== kind.expect) wrong++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuMs(server.pid) - cpuBefore;
  agent.destroy();
  if (wrong > 0) throw new Error(`bench:pages: ${kind.key} had ${wrong} answers other than ${kind.expect}`);
  return { bytes: bytes / loads, loadsPerS: loads / seconds, cpuMs: cpu / loads };
}

console.log(
  `bench:pages: ${LOADS} loads per burst, ${CONNECTIONS} connections, ${ROUNDS} rounds; load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
// Warm both: Next's own caches, and the page cache's first (uncompressed) answer per page.
for (const server of Object.values(servers)) {
  for (const kind of kinds) await burst(server, kind, 20);
}

/** @type {Record<string, Record<'before' | 'after', { bytes: number, loadsPerS: number, cpuMs: number }[]>>} */
const results = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of kinds) {
    results[kind.key] ??= { before: [], after: [] };
    const order = round % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const side of order) {
      const measured = await burst(servers[side], kind);
      results[kind.key][side].push(measured);
      console.log(
        `  round ${round + 1} ${kind.key.padEnd(10)} ${side.padEnd(6)} ${Math.round(measured.bytes).toLocaleString('en').padStart(9)} B/load ${measured.loadsPerS.toFixed(0).padStart(6)} loads/s ${measured.cpuMs.toFixed(2).padStart(6)} ms CPU/load`,
      );
    }
  }
}
before.stop();
after.stop();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const pick = (list, field) => median(list.map((entry) => entry[field]));
console.log(
  `\nMedians of ${ROUNDS} rounds (load average now ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}):\n`,
);
console.log('| load | bytes/load before → after | loads/s before → after (×) | server CPU ms/load before → after (×) |');
console.log('| --- | ---: | ---: | ---: |');
for (const kind of kinds) {
  const { before: b, after: a } = results[kind.key];
  const [bb, ab] = [pick(b, 'bytes'), pick(a, 'bytes')];
  const [bl, al] = [pick(b, 'loadsPerS'), pick(a, 'loadsPerS')];
  const [bc, ac] = [pick(b, 'cpuMs'), pick(a, 'cpuMs')];
  console.log(
    `| ${kind.name} | ${Math.round(bb).toLocaleString('en')} → ${Math.round(ab).toLocaleString('en')} | ${bl.toFixed(0)} → ${al.toFixed(0)} (${(al / bl).toFixed(2)}×) | ${bc.toFixed(2)} → ${ac.toFixed(2)} (${(ac / bc).toFixed(2)}×) |`,
  );
}
