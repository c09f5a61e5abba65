import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { clientFor, startAppServer, startRedisServer, type AppServer, type RedisServer } from './support/servers';

const STORE_DOWN_HI = 'Session store abhi pahunch se bahar hai, isliye session load ya save nahi ho saka. Thodi der baad phir try kijiye.';
const STORE_DOWN_EN =
  'The session store cannot be reached right now, so your session could not be loaded or saved. Please try again shortly.';
/** How long a request may take while the store is down: Redis times out in about 1 s; the rest is headroom for a busy CI machine. */
const BOUNDED_MS = 5_000;

async function timed(run: () => Promise<APIResponse>): Promise<{ response: APIResponse; ms: number }> {
  const started = Date.now();
  const response = await run();
  return { response, ms: Date.now() - started };
}

async function expectStoreDown(response: APIResponse, message: string): Promise<void> {
  expect(response.status(), await response.text()).toBe(503);
  expect(response.headers()['content-type']).toContain('application/json');
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(response.headers()['retry-after']).toBe('5');
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(await response.json()).toEqual({ error: { code: 'store_unavailable', message } });
}

async function cartQty(client: APIRequestContext, origin: string, productId: string): Promise<number> {
  const response = await client.get(`${origin}/api/demo/cart`);
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { productId: string; qty: number }[] };
  return items.find((item) => item.productId === productId)?.qty ?? 0;
}

test.describe('when Redis stops in the middle of a session', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let redis: RedisServer;
  let app: AppServer;

  test.beforeAll(async () => {
    // Starting production servers is slow on a busy machine: more than the default 45 s a hook gets
    // (a describe's timeout covers its tests, not its beforeAll), and each server may take up to 120 s.
    test.setTimeout(300_000);
    redis = await startRedisServer();
    app = await startAppServer({ SESSION_STORE: 'redis', REDIS_URL: redis.url, SESSION_SECRET: 'faults-redis-secret' });
  });

  test.afterAll(async () => {
    await app?.stop();
    await redis?.stop();
  });

  test('the API answers 503 in the learner language within a bounded time, lessons render, and it recovers without a restart', async () => {
    const learner = await clientFor(app.origin, 'hi-latn');
    const login = await learner.post(`${app.origin}/api/demo/login`, { data: { username: 'riya', password: 'chai-1234' } });
    expect(login.status()).toBe(200);
    expect((await learner.post(`${app.origin}/api/demo/cart`, { data: { productId: 'chai', qty: 2 } })).status()).toBe(200);

    await redis.stop();

    await test.step('every session endpoint answers 503 store_unavailable, in Hinglish, never a hang', async () => {
      const calls: [string, () => Promise<APIResponse>][] = [
        ['add', () => learner.post(`${app.origin}/api/demo/cart`, { data: { productId: 'samosa', qty: 1 } })],
        ['cart', () => learner.get(`${app.origin}/api/demo/cart`)],
        ['me', () => learner.get(`${app.origin}/api/demo/me`)],
        ['activity', () => learner.get(`${app.origin}/api/demo/activity`)],
        ['logout', () => learner.post(`${app.origin}/api/demo/logout`)],
        ['race', () => learner.post(`${app.origin}/api/demo/race/locked/add`)],
      ];
      for (const [name, call] of calls) {
        const { response, ms } = await timed(call);
        expect(ms, `${name} took ${ms} ms`).toBeLessThan(BOUNDED_MS);
        await expectStoreDown(response, STORE_DOWN_HI);
      }
      const english = await clientFor(app.origin, 'en');
      await expectStoreDown(await english.post(`${app.origin}/api/demo/cart`, { data: { productId: 'chai', qty: 1 } }), STORE_DOWN_EN);
      await english.dispose();
    });

    await test.step('the inspector says the store is unavailable', async () => {
      const { response, ms } = await timed(() => learner.get(`${app.origin}/api/inspect`));
      expect(ms).toBeLessThan(BOUNDED_MS);
      await expectStoreDown(response, STORE_DOWN_HI);
    });

    await test.step('lesson pages keep rendering, with the session cookie sent', async () => {
      for (const path of ['/hi-latn/learn/what-is-a-session', '/en/learn/cookies-101', '/hi-latn']) {
        const { response, ms } = await timed(() => learner.get(`${app.origin}${path}`));
        expect(response.status(), path).toBe(200);
        expect(ms, path).toBeLessThan(BOUNDED_MS);
        expect(await response.text()).toContain('<h1');
      }
    });

    await redis.start();

    await test.step('once Redis is back the same server works again, without a restart', async () => {
      await expect
        .poll(async () => (await learner.post(`${app.origin}/api/demo/cart`, { data: { productId: 'jalebi', qty: 1 } })).status(), {
          timeout: 15_000,
        })
        .toBe(200);
      // The restarted redis-server kept nothing (no persistence), so this is a fresh session.
      expect(await cartQty(learner, app.origin, 'jalebi')).toBe(1);
      const inspector = await learner.get(`${app.origin}/api/inspect`);
      expect(inspector.status()).toBe(200);
      expect(((await inspector.json()) as { store: { kind: string } }).store.kind).toBe('redis');
    });
    await learner.dispose();
  });
});

test.describe('when the server restarts with the memory store', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let app: AppServer;

  test.beforeAll(async () => {
    // Starting production servers is slow on a busy machine: more than the default 45 s a hook gets
    // (a describe's timeout covers its tests, not its beforeAll), and each server may take up to 120 s.
    test.setTimeout(300_000);
    app = await startAppServer({ SESSION_STORE: 'memory', SESSION_SECRET: 'faults-memory-secret' });
  });

  test.afterAll(async () => {
    await app?.stop();
  });

  test('a learner with a cookie from before gets a fresh session and a notice, never an error page', async ({ browser }) => {
    const learner = await clientFor(app.origin, 'en');
    expect((await learner.post(`${app.origin}/api/demo/cart`, { data: { productId: 'chai', qty: 3 } })).status()).toBe(200);
    const { cookies } = await learner.storageState();
    const old = cookies.find((cookie) => cookie.name === 'pathshala.sid');
    expect(old).toBeDefined();

    await app.stop();
    await app.start();

    const inspector = await learner.get(`${app.origin}/api/inspect`);
    expect(inspector.status()).toBe(200);
    const view = (await inspector.json()) as { sessionCookie: { valid: boolean; reason: string }; entry: unknown };
    expect(view.sessionCookie).toMatchObject({ valid: false, reason: 'unknown-sid' });
    expect(view.entry).toBeNull();
    expect(await cartQty(learner, app.origin, 'chai')).toBe(0);

    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '198.19.77.1' } });
    await context.addCookies([{ ...old!, domain: '127.0.0.1' }]);
    const page = await context.newPage();
    for (const path of ['/en/lab/cart', '/en/lab/login', '/en/learn/what-is-a-session']) {
      const response = await page.goto(`${app.origin}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto(`${app.origin}/en/lab/cart`);
    await expect(page.getByText('the store does not know this session ID').first()).toBeVisible();
    await context.close();

    const add = await learner.post(`${app.origin}/api/demo/cart`, { data: { productId: 'lassi', qty: 1 } });
    expect(add.status()).toBe(200);
    expect(add.headers()['set-cookie']).toContain('pathshala.sid=');
    expect(await cartQty(learner, app.origin, 'lassi')).toBe(1);
    await learner.dispose();
  });
});
