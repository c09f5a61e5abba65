import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredCookie } from '../cookie';
import type { SessionData } from '../session';
import { buildStoredJson, readStoredJson, serializeData } from '../stored-format';
import { startRedisServer, type RedisServer } from '../testing/redis-server';
import { MemoryStore } from './memory-store';
import { RedisStore } from './redis-store';
import type { SessionStore } from './store';

const HOUR_MS = 3_600_000;

/** Session data as JSON can carry it: no `undefined`, no -0, keys other than the reserved ones. */
const sessionData: fc.Arbitrary<SessionData> = fc
  .dictionary(
    fc.string({ maxLength: 12 }).filter((key) => key !== 'cookie' && key !== '__meta' && key !== '__proto__'),
    fc.jsonValue({ maxDepth: 3 }),
    { maxKeys: 6 },
  )
  .map((data) => JSON.parse(JSON.stringify(data)) as SessionData);

const storedCookie: fc.Arbitrary<StoredCookie> = fc.record({
  originalMaxAge: fc.option(fc.integer({ min: 1, max: HOUR_MS }), { nil: null }),
  expires: fc.option(
    fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    { nil: null },
  ),
  httpOnly: fc.boolean(),
  path: fc.constant('/'),
  sameSite: fc.constantFrom<StoredCookie['sameSite']>('lax', 'strict', 'none', true, false),
});

describe('stored JSON (property)', () => {
  it('should read back exactly the cookie, data and createdAt it was built from', () => {
    fc.assert(
      fc.property(storedCookie, sessionData, fc.nat(), (cookie, data, createdAt) => {
        const loaded = readStoredJson(buildStoredJson(cookie, serializeData(data), { createdAt }));
        expect(loaded).toEqual({ cookie, data, createdAt });
      }),
      { numRuns: 1_000 },
    );
  });

  it('should treat any text that is not a stored session as absent, never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const loaded = readStoredJson(text);
        expect(loaded === null || typeof loaded.cookie === 'object').toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});

function describeStoreRoundTrip(name: string, open: () => Promise<SessionStore>, close: () => Promise<void>, numRuns: number) {
  describe(`${name} round trip (property)`, () => {
    let store: SessionStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store.close?.();
      await close();
    });

    it('should give back byte for byte the JSON it was given', async () => {
      await fc.assert(
        fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{8,32}$/), storedCookie, sessionData, async (sid, cookie, data) => {
          const json = buildStoredJson(cookie, serializeData(data), { createdAt: Date.now() });
          await store.set(sid, json, Date.now() + HOUR_MS);
          const back = await store.get(sid);
          expect(back).toBe(json);
          expect(readStoredJson(back as string)?.data).toEqual(data);
        }),
        { numRuns },
      );
    });
  });
}

describeStoreRoundTrip(
  'MemoryStore',
  async () => new MemoryStore(),
  async () => {},
  500,
);

let redis: RedisServer | null = null;
describeStoreRoundTrip(
  'RedisStore',
  async () => {
    redis = await startRedisServer();
    return RedisStore.fromUrl(redis.url);
  },
  async () => {
    await redis?.stop();
  },
  150,
);
