import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore, replaceStoredCookie } from './memory-store';
import { describeStoreContract } from './store-contract';

describeStoreContract('MemoryStore', {
  create: async () => new MemoryStore(),
  destroy: async (store) => store.close?.(),
});

function entry(n: number): string {
  return JSON.stringify({ cookie: { originalMaxAge: null, expires: null }, n });
}

describe('MemoryStore', () => {
  let store: MemoryStore;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(new Date('2025-01-01T00:00:00.000Z'));
  });
  afterEach(async () => {
    await store.close();
    vi.useRealTimers();
  });

  describe('maxEntries option', () => {
    it('should evict the entries closest to expiry when full', async () => {
      store = new MemoryStore({ maxEntries: 3 });
      const now = Date.now();
      await store.set('late', entry(1), now + 30_000);
      await store.set('soon', entry(2), now + 10_000);
      await store.set('middle', entry(3), now + 20_000);
      await store.set('newest', entry(4), now + 40_000);
      expect([...(await store.all()).keys()].sort()).toEqual(['late', 'middle', 'newest']);
    });

    it('should stay within the cap under a flood of new sessions', async () => {
      store = new MemoryStore({ maxEntries: 500 });
      for (let i = 0; i < 5_000; i++) await store.set(`flood-${i}`, entry(i), Date.now() + 60_000 + i);
      expect(await store.length()).toBeLessThanOrEqual(500);
      expect(await store.get('flood-4999')).not.toBeNull();
    });

    it('should prefer dropping expired entries over live ones', async () => {
      store = new MemoryStore({ maxEntries: 2 });
      await store.set('dying', entry(1), Date.now() + 1_000);
      await store.set('live', entry(2), Date.now() + 60_000);
      vi.advanceTimersByTime(2_000);
      await store.set('new', entry(3), Date.now() + 60_000);
      expect([...(await store.all()).keys()].sort()).toEqual(['live', 'new']);
    });

    it('should evict the lowest tier first, however close to expiry the higher tiers are', async () => {
      const tierOf = (json: string) => (json.includes('"user":') ? 2 : 0);
      store = new MemoryStore({ maxEntries: 10, evictionTier: tierOf });
      const loggedIn = JSON.stringify({ cookie: { originalMaxAge: null, expires: null }, user: { username: 'riya' } });
      await store.set('student', loggedIn, Date.now() + 1_000);
      for (let i = 0; i < 100; i++) await store.set(`flood-${i}`, entry(i), Date.now() + 60_000);
      expect(await store.get('student')).toBe(loggedIn);
      expect(await store.length()).toBeLessThanOrEqual(10);
      expect(await store.limits()).toEqual({ maxEntries: 10, evicted: 91 });
    });

    it('should evict within the top tier only when nothing else is left', async () => {
      store = new MemoryStore({ maxEntries: 2, evictionTier: () => 2 });
      await store.set('a', entry(1), Date.now() + 10_000);
      await store.set('b', entry(2), Date.now() + 20_000);
      await store.set('c', entry(3), Date.now() + 30_000);
      expect([...(await store.all()).keys()].sort()).toEqual(['b', 'c']);
    });

    it('should move an entry between tiers when it is written again', async () => {
      const tierOf = (json: string) => (json.includes('"user":') ? 2 : 0);
      store = new MemoryStore({ maxEntries: 2, evictionTier: tierOf });
      await store.set('a', entry(1), Date.now() + 10_000);
      await store.set('a', JSON.stringify({ cookie: { originalMaxAge: null, expires: null }, user: 'x' }), Date.now() + 10_000);
      await store.set('b', entry(2), Date.now() + 20_000);
      await store.set('c', entry(3), Date.now() + 30_000);
      expect([...(await store.all()).keys()].sort()).toEqual(['a', 'c']);
    });

    it('should refuse a cap below one', () => {
      store = new MemoryStore();
      expect(() => new MemoryStore({ maxEntries: 0 })).toThrow('session-engine: MemoryStore maxEntries must be a whole number ≥ 1, got 0.');
    });
  });

  describe('pruning', () => {
    it('should hide an expired entry from get without deleting it, so reading changes nothing', async () => {
      store = new MemoryStore();
      await store.set('a', entry(1), Date.now() + 1_000);
      vi.setSystemTime(Date.now() + 1_001);
      expect(await store.get('a')).toBeNull();
      expect(store.prune()).toBe(1);
    });

    it('should sweep expired entries on its timer', async () => {
      store = new MemoryStore({ pruneIntervalMs: 5_000 });
      await store.set('a', entry(1), Date.now() + 1_000);
      await store.set('b', entry(2), Date.now() + 60_000);
      vi.advanceTimersByTime(5_000);
      expect(store.prune()).toBe(0);
      expect(await store.length()).toBe(1);
    });
  });

  describe('expiry index', () => {
    it('should count only live sessions as expiries pass, whichever order they were written in', async () => {
      store = new MemoryStore();
      const now = Date.now();
      for (const [sid, after] of [['c', 30_000], ['a', 10_000], ['d', 40_000], ['b', 20_000]] as const) {
        await store.set(sid, entry(1), now + after);
      }
      expect(await store.length()).toBe(4);
      vi.setSystemTime(now + 15_000);
      expect(await store.length()).toBe(3);
      vi.setSystemTime(now + 35_000);
      expect(await store.length()).toBe(1);
      expect([...(await store.all()).keys()]).toEqual(['d']);
    });

    it('should follow an expiry moved by a touch or a write, not the one first filed', async () => {
      store = new MemoryStore();
      const now = Date.now();
      await store.set('touched', entry(1), now + 10_000);
      await store.set('rewritten', entry(2), now + 10_000);
      await store.set('shortened', entry(3), now + 60_000);
      await store.touch('touched', { originalMaxAge: null, expires: null }, now + 50_000);
      await store.set('rewritten', entry(4), now + 50_000);
      await store.set('shortened', entry(5), now + 5_000);
      vi.setSystemTime(now + 20_000);
      expect(await store.length()).toBe(2);
      expect(await store.get('touched')).not.toBeNull();
      expect(await store.get('rewritten')).toBe(entry(4));
      expect(await store.get('shortened')).toBeNull();
    });

    it('should not count a destroyed session, nor drop a new one written under its sid', async () => {
      store = new MemoryStore();
      const now = Date.now();
      await store.set('a', entry(1), now + 10_000);
      await store.destroy('a');
      expect(await store.length()).toBe(0);
      await store.set('a', entry(2), now + 30_000);
      vi.setSystemTime(now + 20_000);
      expect(await store.length()).toBe(1);
      expect(await store.get('a')).toBe(entry(2));
    });

    it('should keep counting right through many touches of the same sessions', async () => {
      store = new MemoryStore();
      const now = Date.now();
      for (let round = 1; round <= 200; round++) {
        for (let i = 0; i < 10; i++) await store.touch(`s${i}`, { originalMaxAge: null, expires: null }, now + round * 1_000);
        if (round === 1) for (let i = 0; i < 10; i++) await store.set(`s${i}`, entry(i), now + 1_000);
      }
      vi.setSystemTime(now + 199_500);
      expect(await store.length()).toBe(10);
      vi.setSystemTime(now + 200_000);
      expect(await store.length()).toBe(0);
    });
  });

  it('should store text, so a caller mutating what it read changes nothing', async () => {
    store = new MemoryStore();
    await store.set('a', entry(1), Date.now() + 60_000);
    const read = JSON.parse((await store.get('a')) ?? '{}');
    read.n = 2;
    expect(await store.get('a')).toBe(entry(1));
  });

  it('should not keep the process alive with its sweep timer', () => {
    vi.useRealTimers();
    const hasRef = vi.spyOn(globalThis, 'setInterval');
    store = new MemoryStore();
    const timer = hasRef.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    hasRef.mockRestore();
  });
});

describe('replaceStoredCookie', () => {
  const cookie = { originalMaxAge: 1_000, expires: '2025-01-01T00:00:01.000Z', httpOnly: true, path: '/' };

  it('should splice the new cookie in front of the untouched data', () => {
    const json = '{"cookie":{"originalMaxAge":1000,"expires":null,"path":"/"},"cart":[{"productId":"chai"}],"__meta":{"createdAt":1}}';
    expect(replaceStoredCookie(json, cookie)).toBe(
      `{"cookie":${JSON.stringify(cookie)},"cart":[{"productId":"chai"}],"__meta":{"createdAt":1}}`,
    );
  });

  it('should not be fooled by braces and escaped quotes inside cookie strings', () => {
    const json = JSON.stringify({ cookie: { originalMaxAge: null, domain: 'a}"b{', path: '/}' }, n: 1 });
    expect(JSON.parse(replaceStoredCookie(json, cookie) ?? 'null')).toEqual({ cookie, n: 1 });
  });

  it('should fall back to parsing when the cookie is not first', () => {
    const json = JSON.stringify({ n: 1, cookie: { originalMaxAge: null } });
    expect(JSON.parse(replaceStoredCookie(json, cookie) ?? 'null')).toEqual({ n: 1, cookie });
  });

  it('should give null for text that is not a stored session', () => {
    expect(replaceStoredCookie('not json', cookie)).toBeNull();
  });
});
