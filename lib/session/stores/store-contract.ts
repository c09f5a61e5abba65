import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionStore } from './store';

/** Makes a fresh, empty store for one test and cleans it up afterwards. */
export interface StoreFactory {
  create(): Promise<SessionStore>;
  destroy(store: SessionStore): Promise<void>;
}

const HOUR_MS = 3_600_000;

function entry(data: Record<string, unknown>, expiresAt = Date.now() + HOUR_MS): string {
  return JSON.stringify({
    cookie: { originalMaxAge: HOUR_MS, expires: new Date(expiresAt).toISOString(), httpOnly: true, path: '/' },
    ...data,
  });
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

/**
 * The behaviour every session store owes the engine. Each store's test file calls this
 * with its own factory, so the memory and Redis stores are held to the same contract.
 */
export function describeStoreContract(label: string, factory: StoreFactory): void {
  describe(`${label} store contract`, () => {
    let store: SessionStore;

    beforeEach(async () => {
      store = await factory.create();
    });
    afterEach(async () => {
      await factory.destroy(store);
    });

    describe('get', () => {
      it('should return null for an unknown sid', async () => {
        expect(await store.get('nobody')).toBeNull();
      });

      it('should return an entry until its store expiry, whatever its stored cookie.expires says', async () => {
        const json = entry({ n: 1 }, Date.now() - HOUR_MS);
        await store.set('a', json, Date.now() + HOUR_MS);
        expect(await store.get('a')).toBe(json);
      });

      it('should return exactly the JSON that was set', async () => {
        const json = entry({ user: 'riya', cart: [{ productId: 'chai', qty: 2 }] });
        await store.set('a', json, Date.now() + HOUR_MS);
        expect(await store.get('a')).toBe(json);
      });
    });

    describe('set', () => {
      it('should replace an existing entry', async () => {
        await store.set('a', entry({ n: 1 }), Date.now() + HOUR_MS);
        await store.set('a', entry({ n: 2 }), Date.now() + HOUR_MS);
        expect(JSON.parse((await store.get('a')) ?? 'null')).toMatchObject({ n: 2 });
        expect(await store.length()).toBe(1);
      });

      it('should delete the entry when the expiry is already past', async () => {
        await store.set('a', entry({ n: 1 }), Date.now() + HOUR_MS);
        await store.set('a', entry({ n: 2 }), Date.now() - 1);
        expect(await store.get('a')).toBeNull();
      });

      it('should let the entry vanish once its expiry passes', async () => {
        await store.set('short', entry({ n: 1 }), Date.now() + 1_000);
        expect(await store.get('short')).not.toBeNull();
        expect(await waitUntil(async () => (await store.get('short')) === null, 3_000)).toBe(true);
      });
    });

    describe('touch', () => {
      it('should keep the data and take the new cookie', async () => {
        await store.set('a', entry({ n: 1 }), Date.now() + HOUR_MS);
        const cookie = { originalMaxAge: HOUR_MS, expires: '2999-01-01T00:00:00.000Z', httpOnly: true, path: '/' };
        await store.touch('a', cookie, Date.now() + 2 * HOUR_MS);
        const stored = JSON.parse((await store.get('a')) ?? 'null');
        expect(stored.n).toBe(1);
      });

      it('should keep an entry alive past its old expiry', async () => {
        await store.set('a', entry({ n: 1 }), Date.now() + 1_000);
        await store.touch('a', { originalMaxAge: HOUR_MS, expires: null }, Date.now() + HOUR_MS);
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        expect(await store.get('a')).not.toBeNull();
      });

      it('should not create an entry for an unknown sid', async () => {
        await store.touch('ghost', { originalMaxAge: HOUR_MS }, Date.now() + HOUR_MS);
        expect(await store.get('ghost')).toBeNull();
        expect(await store.length()).toBe(0);
      });
    });

    describe('destroy', () => {
      it('should remove the entry', async () => {
        await store.set('a', entry({ n: 1 }), Date.now() + HOUR_MS);
        await store.destroy('a');
        expect(await store.get('a')).toBeNull();
      });

      it('should succeed for an unknown sid', async () => {
        await expect(store.destroy('ghost')).resolves.toBeUndefined();
      });
    });

    describe('all, length and clear', () => {
      it('should list every live session by sid, parsed', async () => {
        await store.set('a', entry({ n: 1 }), Date.now() + HOUR_MS);
        await store.set('b', entry({ n: 2 }), Date.now() + HOUR_MS);
        const all = await store.all();
        expect([...all.keys()].sort()).toEqual(['a', 'b']);
        expect(all.get('b')).toMatchObject({ n: 2, cookie: { path: '/' } });
        expect(await store.length()).toBe(2);
      });

      it('should hand out copies that cannot change the store', async () => {
        await store.set('a', entry({ n: 1 }), Date.now() + HOUR_MS);
        const first = (await store.all()).get('a');
        if (first) first.n = 99;
        expect((await store.all()).get('a')).toMatchObject({ n: 1 });
      });

      it('should empty the store on clear', async () => {
        await store.set('a', entry({ n: 1 }), Date.now() + HOUR_MS);
        await store.set('b', entry({ n: 2 }), Date.now() + HOUR_MS);
        await store.clear();
        expect(await store.length()).toBe(0);
        expect(await store.all()).toEqual(new Map());
      });
    });
  });
}
