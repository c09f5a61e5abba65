import { expect, test } from '@playwright/test';
import { clientFor, startAppServer, startRedisServer, type AppServer, type RedisServer } from './support/servers';

interface Cart {
  items: { productId: string; qty: number }[];
}

const qtyOf = (cart: Cart, productId: string) => cart.items.find((item) => item.productId === productId)?.qty ?? 0;

test.describe('two production instances sharing one redis-server', () => {
  test.describe.configure({ mode: 'serial', timeout: 150_000 });
  let redis: RedisServer;
  let a: AppServer;
  let b: AppServer;

  test.beforeAll(async () => {
    // Starting production servers is slow on a busy machine: more than the default 45 s a hook gets
    // (a describe's timeout covers its tests, not its beforeAll), and each server may take up to 60 s.
    test.setTimeout(150_000);
    redis = await startRedisServer();
    const env = { SESSION_STORE: 'redis', REDIS_URL: redis.url, SESSION_SECRET: 'multi-instance-secret' };
    // One at a time: two cold starts at once on a small machine only slow each other down.
    a = await startAppServer(env);
    b = await startAppServer(env);
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  test('log in on one, add to the cart on the other, inspect on the first: one session', async () => {
    const browser = await clientFor(a.origin);
    const login = await browser.post(`${a.origin}/api/demo/login`, { data: { username: 'riya', password: 'chai-1234' } });
    expect(login.status()).toBe(200);

    const add = await browser.post(`${b.origin}/api/demo/cart`, { data: { productId: 'chai', qty: 2 } });
    expect(add.status()).toBe(200);
    expect(await (await browser.get(`${b.origin}/api/demo/me`)).json()).toEqual({ user: expect.objectContaining({ username: 'riya' }) });

    const inspector = await browser.get(`${a.origin}/api/inspect`);
    expect(inspector.status()).toBe(200);
    const view = (await inspector.json()) as {
      sessionCookie: { valid: boolean; sid: string };
      entry: Record<string, unknown> | null;
      store: { kind: string };
    };
    expect(view.store.kind).toBe('redis');
    expect(view.sessionCookie.valid).toBe(true);
    expect(view.entry).not.toBeNull();
    expect(JSON.stringify(view.entry)).toContain('riya');
    expect(qtyOf((await (await browser.get(`${a.origin}/api/demo/cart`)).json()) as Cart, 'chai')).toBe(2);
    await browser.dispose();
  });

  test('40 parallel adds spread over both instances lose nothing', async () => {
    const browser = await clientFor(a.origin);
    expect((await browser.post(`${a.origin}/api/demo/cart`, { data: { productId: 'samosa', qty: 1 } })).status()).toBe(200);

    const statuses = await Promise.all(
      Array.from({ length: 40 }, async (_, index) => {
        const origin = index % 2 === 0 ? a.origin : b.origin;
        return (await browser.post(`${origin}/api/demo/cart`, { data: { productId: 'samosa', qty: 1 } })).status();
      }),
    );
    expect(statuses).toEqual(Array(40).fill(200));

    for (const origin of [a.origin, b.origin]) {
      expect(qtyOf((await (await browser.get(`${origin}/api/demo/cart`)).json()) as Cart, 'samosa'), origin).toBe(41);
    }
    await browser.dispose();
  });
});
