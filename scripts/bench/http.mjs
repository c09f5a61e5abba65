#!/usr/bin/env node
/**
 * `npm run bench:http`: autocannon against the production build (`next build` first; the
 * build in NEXT_DIST_DIR, else .next), these routes in one run:
 *
 * - bare:  `GET /api/health`, a route handler with the same guard and JSON reply as the demo
 *          API, but no session at all. (Until 2026-11-27 this was the catch-all JSON 404,
 *          which Next serves 10–40 % slower than a 200 route: too easy a baseline.)
 * - read:  `GET /api/demo/cart` with a session cookie: load, verify, read, touch (rolling);
 * - write: `POST /api/demo/cart` (add a samosa) then `DELETE /api/demo/cart` (empty it), in
 *          turn, with a session cookie: a session write on every request, under the session lock;
 * - bare, write shape: `POST` (the same JSON body) then `DELETE` to `/api/health`, which the shared
 *          guard answers 405 without reading the body or opening a session: what the write's
 *          request shape costs in Next.js before any session work;
 * - sealed read / sealed write: the same two shapes on the stateless lab's API
 *          (`/api/demo/stateless/cart`, iron-session 8, the whole session in the cookie), so
 *          one stateless request can be compared with one stateful request in the same run.
 *
 * Each connection has a session of its own (as each learner in a class does). The routes take
 * turns for ROUNDS rounds (7 × 3 s by default), each round starting at another route. The
 * ratios are paired: a session route's req/s over the bare route's in the same round, seconds
 * apart, and the median over rounds is reported with its range; a busy spell on this shared
 * machine then falls on both sides of a ratio. SESSION_STORE / REDIS_URL pass through.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startNextServer } from '../next-server.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const distDir = process.env.NEXT_DIST_DIR ?? '.next';

if (!existsSync(join(distDir, 'BUILD_ID'))) {
  console.error(`bench:http: no production build in ${distDir}; run \`npx next build\` first.`);
  process.exit(1);
}

const { origin, stop: stopServer } = await startNextServer({
  label: 'bench:http',
  probe: '/api/demo/me',
  env: { SESSION_SECRET: process.env.SESSION_SECRET ?? 'bench-http-secret' },
});

/** One session per connection, each from its own client address (the login limiter is per address). */
async function newSessionCookie(index) {
  const response = await fetch(`${origin}/api/demo/cart`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${index % 250}` },
    body: JSON.stringify({ productId: 'chai', qty: 1 }),
  });
  if (!response.ok) throw new Error(`bench:http: could not create a session (${response.status})`);
  const setCookie = response.headers.getSetCookie().find((header) => header.startsWith('pathshala.sid='));
  return setCookie.split(';')[0];
}
/** One sealed (iron-session) cookie per connection, for the stateless rows. */
async function newSealedCookie(index) {
  const response = await fetch(`${origin}/api/demo/stateless/cart`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${index % 250}` },
    body: JSON.stringify({ productId: 'chai', qty: 1 }),
  });
  if (!response.ok) throw new Error(`bench:http: could not create a sealed session (${response.status})`);
  const setCookie = response.headers.getSetCookie().find((header) => header.startsWith('pathshala.iron='));
  return setCookie.split(';')[0];
}
const cookies = await Promise.all(Array.from({ length: CONNECTIONS }, (_, index) => newSessionCookie(index)));
const sealedCookies = await Promise.all(Array.from({ length: CONNECTIONS }, (_, index) => newSealedCookie(index)));

const json = { 'content-type': 'application/json' };
const scenarios = [
  {
    name: 'bare route handler, no session (GET /api/health)',
    key: 'bare',
    requests: () => [{ method: 'GET', path: '/api/health' }],
  },
  {
    name: "bare, in the write's request shape (POST + DELETE /api/health, answered 405)",
    key: 'bare-write-shape',
    requests: () => [
      { method: 'POST', path: '/api/health', headers: json, body: JSON.stringify({ productId: 'samosa', qty: 1 }) },
      { method: 'DELETE', path: '/api/health' },
    ],
  },
  {
    name: 'read-only session route (GET /api/demo/cart, cookie)',
    key: 'read',
    requests: () => [{ method: 'GET', path: '/api/demo/cart' }],
  },
  {
    name: 'cart add / empty with a session cookie (POST + DELETE /api/demo/cart)',
    key: 'write',
    requests: () => [
      { method: 'POST', path: '/api/demo/cart', headers: json, body: JSON.stringify({ productId: 'samosa', qty: 1 }) },
      { method: 'DELETE', path: '/api/demo/cart' },
    ],
  },
  {
    name: 'sealed cookie, read (GET /api/demo/stateless/cart)',
    key: 'sealed-read',
    sealed: true,
    requests: () => [{ method: 'GET', path: '/api/demo/stateless/cart' }],
  },
  {
    name: 'sealed cookie, add / empty (POST + DELETE /api/demo/stateless/cart)',
    key: 'sealed-write',
    sealed: true,
    requests: () => [
      { method: 'POST', path: '/api/demo/stateless/cart', headers: json, body: JSON.stringify({ productId: 'samosa', qty: 1 }) },
      { method: 'DELETE', path: '/api/demo/stateless/cart' },
    ],
  },
];

function run(scenario) {
  let next = 0;
  return autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: scenario.requests(),
    setupClient(client) {
      const jar = scenario.sealed ? sealedCookies : cookies;
      const cookie = jar[next++ % jar.length];
      client.setRequests(scenario.requests().map((request) => ({ ...request, headers: { ...request.headers, cookie } })));
    },
  });
}

const expectedStatus = { bare: 200, 'bare-write-shape': 405, read: 200, write: 200, 'sealed-read': 200, 'sealed-write': 200 };
const best = new Map();
/** Each round's req/s per route: the ratios are taken within a round, seconds apart. */
const rounds = [];
console.log(
  `bench:http: ${CONNECTIONS} connections, ${ROUNDS} rounds × ${DURATION_S} s per route, store ${process.env.SESSION_STORE ?? 'memory'}`,
);
await run(scenarios[1]); // warm-up: JIT and route compilation
for (let round = 1; round <= ROUNDS; round++) {
  // Each round starts at another route, so no route always runs first or last.
  const order = scenarios.map((_, index) => scenarios[(index + round - 1) % scenarios.length]);
  const rps = {};
  for (const scenario of order) {
    const result = await run(scenario);
    const expected = expectedStatus[scenario.key];
    const answered = Object.entries(result.statusCodeStats ?? {}).reduce(
      (sum, [code, { count }]) => sum + (Number(code) === expected ? 0 : count),
      0,
    );
    const unexpected = result.errors + result.timeouts + answered;
    if (unexpected > 0) throw new Error(`bench:http: ${scenario.key} had ${unexpected} unexpected answers (errors, timeouts or statuses)`);
    rps[scenario.key] = result.requests.average;
    console.log(
      `  round ${round} ${scenario.key.padEnd(16)} ${rps[scenario.key].toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms`,
    );
    if (!best.has(scenario.key) || best.get(scenario.key).rps < rps[scenario.key]) {
      best.set(scenario.key, { rps: rps[scenario.key], p50: result.latency.p50, p99: result.latency.p99 });
    }
  }
  rounds.push(rps);
}
stopServer();

/** The median and range of a list of same-round ratios. */
function summarize(ratios) {
  const sorted = [...ratios].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, low: sorted[0], high: sorted.at(-1) };
}
/** `key`'s req/s over `base`'s, round by round: how much of base's throughput key keeps. */
const pairedRatio = (key, base) => summarize(rounds.map((rps) => rps[key] / rps[base]));
const show = ({ median, low, high }) => `${median.toFixed(2)} (${low.toFixed(2)}–${high.toFixed(2)})`;

console.log('\n| route | best req/s | p50 (ms) | p99 (ms) | vs bare, same round: median (range) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const scenario of scenarios) {
  const row = best.get(scenario.key);
  const ratio = scenario.key === 'bare' ? '1.00' : show(pairedRatio(scenario.key, 'bare'));
  console.log(`| ${scenario.name} | ${Math.round(row.rps).toLocaleString('en')} | ${row.p50} | ${row.p99} | ${ratio} |`);
}
console.log(
  `\nOne stateless request against one stateful request of the same shape, same round: read ${show(pairedRatio('sealed-read', 'read'))}×, write ${show(pairedRatio('sealed-write', 'write'))}×.`,
);
console.log(
  `The write against a bare request of its own shape (POST + DELETE, no session, no body read), same round: ${show(pairedRatio('write', 'bare-write-shape'))}; that shape against the bare GET: ${show(pairedRatio('bare-write-shape', 'bare'))}.`,
);
const worst = Math.min(pairedRatio('read', 'bare').median, pairedRatio('write', 'bare').median);
console.log(
  `\nGoal: each session route keeps ≥ 85% of the bare route's throughput (median of ${ROUNDS} same-round ratios) — ${worst >= 0.85 ? 'met' : 'NOT met'} (lowest ${(worst * 100).toFixed(0)}%).`,
);
