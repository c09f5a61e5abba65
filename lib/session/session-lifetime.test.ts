import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSessionEngine, type SessionEngine } from './engine';
import type { SessionEngineOptions } from './options';
import type { SessionData } from './session';
import { MemoryStore } from './stores/memory-store';
import { RedisStore } from './stores/redis-store';
import type { SessionStore } from './stores/store';
import { cookieFor, exchange, TEST_SECRET } from './testing/engine-setup';
import { startRedisServer, type RedisServer } from './testing/redis-server';

/*
 * How long a session lives, in real time, through the engine and each store. The store is
 * the authority on expiry: a read-only request moves only the store's expiry (Redis gets a
 * bare EXPIRE, as from connect-redis), so the `cookie.expires` saved in the JSON lags behind
 * and must not end a session that is still in use. Redis TTLs are whole seconds, rounded up,
 * so "gone" is checked a little after the second that follows the expiry.
 */

const LIFETIME_MS = 1_500;
const READ_EVERY_MS = 400;
/** Past LIFETIME_MS for both stores: Redis keeps a 1.5 s TTL as `EX 2`. */
const GONE_AFTER_MS = 2_300;

let redis: RedisServer;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis.stop();
});

const stores: ReadonlyArray<[string, () => Promise<SessionStore>]> = [
  ['MemoryStore', async () => new MemoryStore()],
  [
    'RedisStore',
    async () => {
      const store = RedisStore.fromUrl(redis.url);
      await store.clear();
      return store;
    },
  ],
];

describe.each(stores)('session lifetime in the %s', (_label, createStore) => {
  let store: SessionStore;
  let engine: SessionEngine;

  function startEngine(options: Partial<SessionEngineOptions>): SessionEngine {
    let count = 0;
    engine = createSessionEngine({
      secret: TEST_SECRET,
      genid: () => `sid-${++count}`,
      store,
      resave: false,
      saveUninitialized: false,
      ...options,
    });
    return engine;
  }

  /** One request with `sid`'s cookie that only reads; returns the sid and data it saw. */
  async function read(sid: string): Promise<{ sid: string | null; data: SessionData }> {
    let data: SessionData = {};
    const result = await exchange(engine, { cookie: cookieFor(sid) }, (session) => {
      data = { ...session.data };
    });
    return { sid: result.sid, data };
  }

  async function login(): Promise<string> {
    const { sid } = await exchange(engine, {}, (session) => {
      session.data.n = 1;
    });
    return sid!;
  }

  /** Sleeps until `offsetMs` after `start`, so slow requests do not stretch the schedule. */
  async function at(start: number, offsetMs: number): Promise<void> {
    await sleep(Math.max(0, start + offsetMs - Date.now()));
  }

  beforeEach(async () => {
    store = await createStore();
  });
  afterEach(async () => {
    await engine.close();
  });

  describe('rolling with resave off', () => {
    it('should keep a session that is only read, long past maxAge from its last write', async () => {
      startEngine({ rolling: true, cookie: { maxAge: LIFETIME_MS } });
      const start = Date.now();
      const sid = await login();
      for (let offset = READ_EVERY_MS; offset <= 3_000; offset += READ_EVERY_MS) {
        await at(start, offset);
        expect(await read(sid)).toEqual({ sid, data: { n: 1 } });
      }
      const view = await engine.inspect(new Headers({ cookie: cookieFor(sid) }));
      expect(view.sessionCookie).toMatchObject({ sid, valid: true, reason: null });
      expect(view.entry).toMatchObject({ n: 1 });
    });

    it('should end a session that is not used for longer than maxAge', async () => {
      startEngine({ rolling: true, cookie: { maxAge: LIFETIME_MS } });
      const sid = await login();
      await sleep(GONE_AFTER_MS);
      const view = await engine.inspect(new Headers({ cookie: cookieFor(sid) }));
      expect(view.sessionCookie).toMatchObject({ sid, valid: false, reason: 'unknown-sid' });
      expect(view.entry).toBeNull();
      expect(await read(sid)).toEqual({ sid: 'sid-2', data: {} });
    });
  });

  describe('idleTimeoutMs option', () => {
    it('should keep a session read within the timeout and end it once left idle longer', async () => {
      startEngine({ rolling: true, idleTimeoutMs: LIFETIME_MS, cookie: { maxAge: 60_000 } });
      const start = Date.now();
      const sid = await login();
      for (let offset = READ_EVERY_MS; offset <= 2_400; offset += READ_EVERY_MS) {
        await at(start, offset);
        expect(await read(sid)).toEqual({ sid, data: { n: 1 } });
      }
      await sleep(GONE_AFTER_MS);
      expect((await engine.inspect(new Headers({ cookie: cookieFor(sid) }))).sessionCookie.reason).toBe('unknown-sid');
      expect(await read(sid)).toEqual({ sid: 'sid-2', data: {} });
    });
  });

  describe('absoluteTimeoutMs option', () => {
    it('should end a session at the absolute timeout however often it is read', async () => {
      startEngine({ rolling: true, absoluteTimeoutMs: 2_000, cookie: { maxAge: 60_000 } });
      const start = Date.now();
      const sid = await login();
      for (let offset = READ_EVERY_MS; offset <= 1_600; offset += READ_EVERY_MS) {
        await at(start, offset);
        expect(await read(sid)).toEqual({ sid, data: { n: 1 } });
      }
      await at(start, 2_100);
      // Memory drops the entry on time; Redis may keep it for the rest of its whole second,
      // and then the engine judges it from the stored creation time.
      const view = await engine.inspect(new Headers({ cookie: cookieFor(sid) }));
      expect(view.sessionCookie.valid).toBe(false);
      expect(['expired', 'unknown-sid']).toContain(view.sessionCookie.reason);
      expect(await read(sid)).toEqual({ sid: 'sid-2', data: {} });
      expect(await store.get(sid)).toBeNull();
    });
  });
});
