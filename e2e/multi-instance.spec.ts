import { createClient } from 'redis';
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
    // (a describe's timeout covers its tests, not its beforeAll), and each server may take up to 120 s.
    test.setTimeout(300_000);
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

  test("a change on one instance, and Redis expiring the session, reach the other instance's inspector stream", async () => {
    const browser = await clientFor(a.origin);
    expect((await browser.post(`${a.origin}/api/demo/cart`, { data: { productId: 'jalebi', qty: 1 } })).status()).toBe(200);
    const { cookies } = await browser.storageState();
    const sid = cookies.find((cookie) => cookie.name === 'pathshala.sid')!;
    // The stream on A, read as the page reads it.
    const controller = new AbortController();
    const stream = await fetch(`${a.origin}/api/inspect/stream`, {
      headers: { cookie: `pathshala.sid=${sid.value}` },
      signal: controller.signal,
    });
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (done: () => boolean) => {
      while (!done()) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`stream ended after: ${text}`);
        text += decoder.decode(chunk.value, { stream: true });
      }
    };
    const changes = () => (text.match(/^event: changed$/gm) ?? []).length;
    try {
      await readUntil(() => text.includes(': open'));
      // A request on B, a process that shares only Redis with A.
      expect((await browser.post(`${b.origin}/api/demo/cart`, { data: { productId: 'jalebi', qty: 1 } })).status()).toBe(200);
      await readUntil(() => changes() === 1);
      // Redis drops the key by itself: A hears the expiry through keyspace notifications.
      const raw = createClient({ url: redis.url });
      await raw.connect();
      const rawSid = decodeURIComponent(sid.value).slice(2).split('.')[0]!;
      await raw.pExpire(`sess:${rawSid}`, 1);
      raw.destroy();
      await readUntil(() => changes() === 2);
    } finally {
      controller.abort();
      await browser.dispose();
    }
  });
});
