import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionEngine } from '../engine';
import { parallelIncrements } from '../testing/concurrency';
import { cookieFor, exchange, TEST_SECRET } from '../testing/engine-setup';
import { startRedisServer, findFreePort, type RedisServer } from '../testing/redis-server';
import { RedisStore } from './redis-store';
import { describeStoreContract } from './store-contract';
import { SessionLockTimeoutError, StoreUnavailableError } from './store';

let server: RedisServer;
let raw: ReturnType<typeof createClient>;

beforeAll(async () => {
  server = await startRedisServer();
  raw = createClient({ url: server.url });
  await raw.connect();
});
afterAll(async () => {
  raw.destroy();
  await server.stop();
});

async function freshStore(options: Parameters<typeof RedisStore.fromUrl>[1] = {}): Promise<RedisStore> {
  await raw.flushAll();
  return RedisStore.fromUrl(server.url, options);
}

const HOUR_MS = 3_600_000;
const ENTRY = JSON.stringify({ cookie: { originalMaxAge: HOUR_MS, expires: null }, user: 'riya' });

describeStoreContract('RedisStore', {
  create: () => freshStore(),
  destroy: async (store) => store.close?.(),
});

describeStoreContract('RedisStore with a cap', {
  create: () => freshStore({ maxEntries: 1_000, evictionTier: (json) => (json.includes('"user":') ? 2 : 0) }),
  destroy: async (store) => store.close?.(),
});

describe('RedisStore maxEntries option', () => {
  let store: RedisStore;
  const tierOf = (json: string) => (json.includes('"user":') ? 2 : 0);
  const anonymous = (n: number) =>
    JSON.stringify({ cookie: { originalMaxAge: HOUR_MS, expires: null }, cart: [{ productId: 'chai', qty: n }] });
  afterEach(async () => {
    await store.close();
  });

  it('should keep a logged-in session through a flood of anonymous ones, and count the evictions', async () => {
    store = await freshStore({ maxEntries: 10, evictionTier: tierOf });
    await store.set('student', ENTRY, Date.now() + 60_000);
    for (let i = 0; i < 50; i++) await store.set(`flood-${i}`, anonymous(i), Date.now() + HOUR_MS);
    expect(await store.get('student')).toBe(ENTRY);
    expect(await store.length()).toBe(10);
    expect(await store.get('flood-49')).not.toBeNull();
    expect(await store.get('flood-0')).toBeNull();
    expect(await store.limits()).toEqual({ maxEntries: 10, evicted: 41 });
  });

  it('should index each sid in one tier only, scored by its expiry, and clean the index on destroy', async () => {
    store = await freshStore({ maxEntries: 10, evictionTier: tierOf });
    const expiresAt = Date.now() + 60_000;
    await store.set('a', anonymous(1), expiresAt);
    await store.set('a', ENTRY, expiresAt);
    expect(await raw.zRange('sess-index:0', 0, -1)).toEqual([]);
    expect(await raw.zScore('sess-index:2', 'a')).toBe(expiresAt);
    await store.touch('a', { originalMaxAge: HOUR_MS, expires: null }, expiresAt + 5_000);
    expect(await raw.zScore('sess-index:2', 'a')).toBe(expiresAt + 5_000);
    await store.destroy('a');
    expect(await raw.zCard('sess-index:2')).toBe(0);
    expect(await raw.exists('sess:a')).toBe(0);
  });

  it('should leave connect-redis sessions written around it alone and never count its index as a session', async () => {
    store = await freshStore({ maxEntries: 3, evictionTier: tierOf });
    await raw.set('sess:outside', ENTRY, { EX: 3600 });
    for (let i = 0; i < 5; i++) await store.set(`s${i}`, anonymous(i), Date.now() + HOUR_MS);
    expect(await raw.get('sess:outside')).toBe(ENTRY);
    expect(await store.get('outside')).toBe(ENTRY);
    // Listing reads the index, which only this store's writes fill.
    expect((await store.all()).has('outside')).toBe(false);
    expect([...(await store.all()).keys()].every((sid) => !sid.startsWith('index'))).toBe(true);
  });

  it('should count, list and clear from its index without one SCAN or KEYS, and drop expired sids as it reads', async () => {
    store = await freshStore({ maxEntries: 100, evictionTier: tierOf });
    await store.set('student', ENTRY, Date.now() + HOUR_MS);
    await store.set('guest', anonymous(1), Date.now() + HOUR_MS);
    await store.set('leaving', anonymous(2), Date.now() + 1_100);
    // A sid whose key Redis has already expired but whose index entry is still there.
    await raw.zAdd('sess-index:0', { score: Date.now() - 1, value: 'gone' });
    const monitor = raw.duplicate();
    await monitor.connect();
    const commands: string[] = [];
    await monitor.monitor((line) => commands.push(line));
    expect(await store.length()).toBe(3);
    expect([...(await store.all()).keys()].sort()).toEqual(['guest', 'leaving', 'student']);
    await sleep(1_200);
    expect(await store.length()).toBe(2);
    await store.clear();
    expect(await store.length()).toBe(0);
    expect(await raw.exists(['sess:student', 'sess:guest'])).toBe(0);
    await sleep(50);
    monitor.destroy();
    expect(commands.length).toBeGreaterThan(3);
    expect(commands.filter((line) => /"(scan|keys)"/i.test(line))).toEqual([]);
    expect(await raw.zScore('sess-index:0', 'gone')).toBeNull();
  });

  it('should inspect a browser in three commands (its entry, the indexed count, the evictions), none of them a scan', async () => {
    store = await freshStore({ maxEntries: 1_000, evictionTier: tierOf });
    for (let i = 0; i < 300; i++) await store.set(`other-${i}`, anonymous(i), Date.now() + HOUR_MS);
    await store.set('me', ENTRY, Date.now() + HOUR_MS);
    const engine = createSessionEngine({ secret: TEST_SECRET, store });
    const monitor = raw.duplicate();
    await monitor.connect();
    const commands: string[] = [];
    await monitor.monitor((line) => commands.push(line));
    const inspection = await engine.inspect(new Headers({ cookie: cookieFor('me') }));
    await sleep(50);
    monitor.destroy();
    expect(inspection.store.length).toBe(301);
    expect(inspection.entry).toMatchObject({ user: 'riya' });
    const name = (line: string) => /"(\w+)"/.exec(line)?.[1]?.toUpperCase();
    // What the store sent, then what its script ran inside Redis (MONITOR marks those "lua").
    expect(commands.filter((line) => !line.includes(' lua]')).map(name).sort()).toEqual(['EVAL', 'GET', 'GET']);
    expect(commands.filter((line) => line.includes(' lua]')).map(name).sort()).toEqual([
      ...Array<string>(3).fill('ZCARD'),
      ...Array<string>(3).fill('ZREMRANGEBYSCORE'),
    ]);
  });

  it('should refuse a negative cap and an index prefix inside the session prefix', async () => {
    store = await freshStore();
    expect(() => RedisStore.fromUrl(server.url, { maxEntries: -1 })).toThrow('maxEntries must be a whole number ≥ 0');
    expect(() => RedisStore.fromUrl(server.url, { maxEntries: 5, indexPrefix: 'sess:index:' })).toThrow(
      'indexPrefix must not start with prefix',
    );
  });
});

describe('RedisStore format (connect-redis)', () => {
  let store: RedisStore;
  beforeEach(async () => {
    store = await freshStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('should keep a session under sess:<sid> as its JSON', async () => {
    await store.set('abc', ENTRY, Date.now() + HOUR_MS);
    expect(await raw.get('sess:abc')).toBe(ENTRY);
  });

  it('should give the key a TTL of the seconds left, rounded up', async () => {
    await store.set('abc', ENTRY, Date.now() + 90_500);
    expect(await raw.ttl('sess:abc')).toBe(91);
  });

  it('should move the TTL with EXPIRE on touch, leaving the value alone', async () => {
    await store.set('abc', ENTRY, Date.now() + 60_000);
    await store.touch('abc', { originalMaxAge: HOUR_MS, expires: '2999-01-01T00:00:00.000Z' }, Date.now() + 300_000);
    expect(await raw.ttl('sess:abc')).toBe(300);
    expect(await raw.get('sess:abc')).toBe(ENTRY);
  });

  it('should delete the key when the TTL would be zero or less', async () => {
    await store.set('abc', ENTRY, Date.now() + 60_000);
    await store.set('abc', ENTRY, Date.now());
    expect(await raw.exists('sess:abc')).toBe(0);
  });

  it('should list only session keys, not locks or other keys', async () => {
    await store.set('abc', ENTRY, Date.now() + HOUR_MS);
    await raw.set('sess-lock:abc', 'token');
    await raw.set('unrelated', 'x');
    expect([...(await store.all()).keys()]).toEqual(['abc']);
    expect(await store.length()).toBe(1);
    await store.clear();
    expect(await raw.get('unrelated')).toBe('x');
  });

  it('should use a custom prefix', async () => {
    const custom = RedisStore.fromUrl(server.url, { prefix: 'pathshala:' });
    await custom.set('abc', ENTRY, Date.now() + HOUR_MS);
    expect(await raw.get('pathshala:abc')).toBe(ENTRY);
    await custom.close();
  });

  it('should refuse a lock prefix equal to the session prefix', () => {
    expect(() => RedisStore.fromUrl(server.url, { prefix: 'x:', lockPrefix: 'x:' })).toThrow(
      'session-engine: RedisStore prefix and lockPrefix must differ',
    );
  });
});

describe('RedisStore lock', () => {
  let store: RedisStore;
  beforeEach(async () => {
    store = await freshStore({ lockLeaseMs: 200 });
  });
  afterEach(async () => {
    await store.close();
  });

  it('should hold sess-lock:<sid> with a random token and a lease', async () => {
    const release = await store.lock('abc', 100);
    expect(await raw.get('sess-lock:abc')).toMatch(/^[0-9a-f]{32}$/);
    expect(await raw.pTTL('sess-lock:abc')).toBeGreaterThan(100);
    await release();
    expect(await raw.exists('sess-lock:abc')).toBe(0);
  });

  it('should make a second holder wait until the first releases', async () => {
    const releaseFirst = await store.lock('abc', 100);
    const order: string[] = [];
    const second = store.lock('abc', 1_000).then((release) => {
      order.push('second in');
      return release;
    });
    await sleep(30);
    order.push('first out');
    await releaseFirst();
    await (
      await second
    )();
    expect(order).toEqual(['first out', 'second in']);
  });

  it('should give up with SessionLockTimeoutError after the wait bound', async () => {
    const release = await store.lock('abc', 100);
    await expect(store.lock('abc', 50)).rejects.toBeInstanceOf(SessionLockTimeoutError);
    await release();
  });

  it('should not release a lock that another holder took after the lease ran out', async () => {
    const releaseStale = await store.lock('abc', 100);
    await sleep(250);
    const releaseFresh = await store.lock('abc', 100);
    await releaseStale();
    expect(await raw.exists('sess-lock:abc')).toBe(1);
    await releaseFresh();
  });
});

describe('no lost updates with Redis', () => {
  it('should end 50 parallel increments at 50 on one engine', async () => {
    const store = await freshStore();
    const engine = createSessionEngine({ secret: TEST_SECRET, store, genid: () => 'shared' });
    await exchange(engine, {}, (session) => {
      session.data.n = 0;
    });
    await parallelIncrements([engine], cookieFor('shared'), 50);
    expect(JSON.parse((await raw.get('sess:shared')) ?? '{}').n).toBe(50);
    await store.close();
  });

  it('should end 50 parallel increments at 50 across two engine instances sharing one Redis', async () => {
    const storeA = await freshStore();
    const storeB = RedisStore.fromUrl(server.url);
    const engineA = createSessionEngine({ secret: TEST_SECRET, store: storeA, genid: () => 'shared' });
    const engineB = createSessionEngine({ secret: TEST_SECRET, store: storeB });
    await exchange(engineA, {}, (session) => {
      session.data.n = 0;
    });
    await parallelIncrements([engineA, engineB], cookieFor('shared'), 50);
    expect(JSON.parse((await raw.get('sess:shared')) ?? '{}').n).toBe(50);
    expect(await raw.keys('sess-lock:*')).toEqual([]);
    await Promise.all([storeA.close(), storeB.close()]);
  });

  it('should lose updates across two instances when locking is off', async () => {
    const storeA = await freshStore();
    const storeB = RedisStore.fromUrl(server.url);
    const engineA = createSessionEngine({ secret: TEST_SECRET, store: storeA, genid: () => 'shared', locking: false });
    const engineB = createSessionEngine({ secret: TEST_SECRET, store: storeB, locking: false });
    await exchange(engineA, {}, (session) => {
      session.data.n = 0;
    });
    await parallelIncrements([engineA, engineB], cookieFor('shared'), 50);
    expect(JSON.parse((await raw.get('sess:shared')) ?? '{}').n).toBeLessThan(50);
    await Promise.all([storeA.close(), storeB.close()]);
  });
});

describe('when Redis cannot be reached', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    warn.mockRestore();
  });

  it('should fail fast with StoreUnavailableError when nothing listens', async () => {
    const store = RedisStore.fromUrl(`redis://127.0.0.1:${await findFreePort()}`);
    const started = Date.now();
    await expect(store.get('abc')).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(Date.now() - started).toBeLessThan(2_500);
    await store.close();
  });

  it('should make withSession reject with StoreUnavailableError instead of hanging', async () => {
    const store = RedisStore.fromUrl(`redis://127.0.0.1:${await findFreePort()}`);
    const engine = createSessionEngine({ secret: TEST_SECRET, store });
    await expect(
      exchange(engine, {}, (session) => {
        session.data.n = 1;
      }),
    ).rejects.toThrow(/^session-engine: the redis session store is unavailable/);
    await store.close();
  });

  it('should report an outage within the bound and recover when Redis returns, without a restart', async () => {
    const flaky = await startRedisServer();
    const store = RedisStore.fromUrl(flaky.url, { commandTimeoutMs: 1_000 });
    try {
      await store.set('abc', ENTRY, Date.now() + HOUR_MS);
      await flaky.stop();
      const started = Date.now();
      await expect(store.get('abc')).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(warn).toHaveBeenCalledTimes(1);

      await flaky.start();
      const deadline = Date.now() + 5_000;
      let recovered = false;
      while (!recovered && Date.now() < deadline) {
        recovered = await store.get('abc').then(
          () => true,
          () => false,
        );
        if (!recovered) await sleep(50);
      }
      expect(recovered).toBe(true);
      // The restarted server kept nothing (persistence is off), but it answers again.
      expect(await store.get('abc')).toBeNull();
    } finally {
      await store.close();
      await flaky.stop();
    }
  });
});
