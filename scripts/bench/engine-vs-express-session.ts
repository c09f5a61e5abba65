/**
 * Our session engine against express-session 1.19, both on their memory stores.
 *
 * Fairness: both run in-process, each on its native request objects (express-session on
 * Node's IncomingMessage/ServerResponse, the engine on Web Request/Response), with the same
 * secret, cookie options and save options (resave off, saveUninitialized off), a fresh
 * request object per request, and the same number of requests in flight. No sockets: HTTP
 * parsing would cost both the same and hide the difference being measured. The rounds
 * alternate between the two and the best of each is kept, to damp noise from other work.
 *
 * Run: npm run bench (about a minute).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cookiePairOf, engineDriver, expressSessionDriver, type Mutation, type SessionDriver } from './drivers';

const ROUND_MS = 500;
const ROUNDS = 8;
const IN_FLIGHT = 32;
const POOL_SIZE = 10_000;
const MEMORY_SESSIONS = 100_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const putUser: Mutation = (data) => {
  data.user = 'riya';
  data.visits = 1;
};
const increment: Mutation = (data) => {
  data.visits = ((data.visits as number | undefined) ?? 0) + 1;
};
const readOnly: Mutation = (data) => {
  if (data.user !== 'riya') throw new Error('bench: session not loaded');
};

interface Scenario {
  readonly label: string;
  readonly mutate: Mutation;
  readonly withCookie: boolean;
}

const SCENARIOS: readonly Scenario[] = [
  { label: 'new session created and saved', mutate: putUser, withCookie: false },
  { label: 'existing session loaded, modified, saved', mutate: increment, withCookie: true },
  { label: 'existing session loaded read-only', mutate: readOnly, withCookie: true },
];

async function createPool(driver: SessionDriver, size: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < size; i += IN_FLIGHT) {
    const batch = await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, size - i) }, () => driver.request(null, putUser)));
    for (const setCookie of batch) cookies.push(cookiePairOf(setCookie));
  }
  return cookies;
}

async function opsPerSecond(driver: SessionDriver, scenario: Scenario, pool: readonly string[], durationMs: number): Promise<number> {
  let next = 0;
  let done = 0;
  const started = performance.now();
  const endAt = started + durationMs;
  const worker = async () => {
    while (performance.now() < endAt) {
      const cookie = scenario.withCookie ? (pool[next++ % pool.length] ?? null) : null;
      await driver.request(cookie, scenario.mutate);
      done++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return done / ((performance.now() - started) / 1000);
}

async function bytesPerSession(makeDriver: () => SessionDriver): Promise<number> {
  const driver = makeDriver();
  await driver.request(null, putUser);
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < MEMORY_SESSIONS; i += IN_FLIGHT) {
    await Promise.all(Array.from({ length: IN_FLIGHT }, () => driver.request(null, putUser)));
  }
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  // Keep the driver (and its store) alive until measured.
  if (driver.label === '') console.log(driver);
  return (after - before) / MEMORY_SESSIONS;
}

const format = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  const drivers = [expressSessionDriver(), engineDriver()] as const;
  const pools = await Promise.all(drivers.map((driver) => createPool(driver, POOL_SIZE)));
  const rows: string[][] = [];
  for (const scenario of SCENARIOS) {
    const best = [0, 0];
    await opsPerSecond(drivers[0], scenario, pools[0]!, 300);
    await opsPerSecond(drivers[1], scenario, pools[1]!, 300);
    for (let round = 0; round < ROUNDS; round++) {
      for (const index of [0, 1] as const) {
        best[index] = Math.max(best[index]!, await opsPerSecond(drivers[index], scenario, pools[index]!, ROUND_MS));
      }
    }
    rows.push([scenario.label + ' (ops/s)', format(best[0]!), format(best[1]!), (best[1]! / best[0]!).toFixed(2) + '×']);
  }
  const expressBytes = await bytesPerSession(expressSessionDriver);
  const engineBytes = await bytesPerSession(engineDriver);
  rows.push([
    `memory per stored session at ${format(MEMORY_SESSIONS)} (bytes)`,
    format(expressBytes),
    format(engineBytes),
    (engineBytes / expressBytes).toFixed(2) + '×',
  ]);

  const header = ['', 'express-session', 'engine', 'engine / express'];
  console.log(
    `Session engine vs express-session — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${IN_FLIGHT} in flight`,
  );
  console.log('| ' + header.join(' | ') + ' |');
  console.log('|' + header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|') + '|');
  for (const row of rows) console.log('| ' + row.join(' | ') + ' |');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
