import { clientFor, startAppServer, type AppServer } from '../support/servers';
import { expect, test } from './fixtures';

/*
 * An anonymous flood against a small store (SESSION_MAX_ENTRIES=200), on a server of its own
 * that trusts one proxy hop, so each flooding client can have an address of its own.
 */
test.describe('an anonymous flood on the memory store', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let server: AppServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    server = await startAppServer({ SESSION_MAX_ENTRIES: '200', INSTRUCTOR_TOKEN: 'flood-test-instructor-token' });
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  let nextAddress = 0;

  /** A cookie-less cart add (no jar: every one makes a new session) from `address`. */
  function cookielessAdd(address: string): Promise<Response> {
    return fetch(`${server!.origin}/api/demo/cart`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address, 'x-pathshala-locale': 'en' },
      body: JSON.stringify({ productId: 'chai', qty: 1 }),
    });
  }

  /** `count` cookie-less cart adds from one new address, `parallel` at a time; returns the statuses. */
  async function flood(count: number, parallel = 10, address = `203.0.113.${++nextAddress}`): Promise<number[]> {
    const statuses: number[] = [];
    for (let start = 0; start < count; start += parallel) {
      const batch = await Promise.all(Array.from({ length: Math.min(parallel, count - start) }, () => cookielessAdd(address)));
      for (const response of batch) {
        statuses.push(response.status);
        await response.arrayBuffer();
      }
    }
    return statuses;
  }

  test('keeps an idle logged-in student’s session and cart, and says the store is full', async () => {
    const student = await clientFor(server!.origin);
    expect((await student.post('/api/demo/login', { data: { username: 'riya', password: 'chai-1234' } })).status()).toBe(200);
    expect((await student.post('/api/demo/cart', { data: { productId: 'lassi', qty: 2 } })).status()).toBe(200);

    // 500 new sessions (2.5 times the cap) from five addresses, each under its own creation limit.
    for (let address = 0; address < 5; address++) expect(new Set(await flood(100))).toEqual(new Set([200]));

    expect(await (await student.get('/api/demo/me')).json()).toMatchObject({ user: { username: 'riya' } });
    expect(await (await student.get('/api/demo/cart')).json()).toMatchObject({ items: [{ productId: 'lassi', qty: 2 }] });
    const view = await (await student.get('/api/inspect')).json();
    expect(view.store).toMatchObject({ maxEntries: 200, full: true });
    expect(view.store.size).toBeLessThanOrEqual(200);
    expect(view.store.evicted).toBeGreaterThanOrEqual(300);

    const instructor = await clientFor(server!.origin);
    expect((await instructor.post('/api/instructor/login', { data: { token: 'flood-test-instructor-token' } })).status()).toBe(204);
    const overview = await (await instructor.get('/api/instructor/overview')).json();
    expect(overview.storeLimits).toMatchObject({ maxEntries: 200, full: true });
    await Promise.all([student.dispose(), instructor.dispose()]);
  });

  test('slows one address that keeps dropping its cookie: the 121st new session in a minute is 429', async () => {
    const address = '198.51.100.77';
    const statuses = await flood(125, 5, address);
    expect(statuses.filter((status) => status === 200)).toHaveLength(120);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    const refused = await cookielessAdd(address);
    expect((await refused.json()).error.code).toBe('too_many_sessions');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await cookielessAdd('198.51.100.78')).status).toBe(200);
  });
});
