import { createServer } from 'node:net';
import { startAppServer, type AppServer } from '../support/servers';
import { expect, test } from './fixtures';

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test.describe('when the session store is down', () => {
  // One worker for the whole group: it owns the second server.
  test.describe.configure({ mode: 'serial', timeout: 90_000 });
  let server: AppServer | undefined;
  let origin = '';

  test.beforeAll(async () => {
    server = await startAppServer({
      SESSION_STORE: 'redis',
      REDIS_URL: `redis://127.0.0.1:${await closedPort()}`,
      SESSION_SECRET: 'outage-test-secret',
    });
    origin = server.origin;
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('the API answers 503 store_unavailable quickly, in the learner language, never a hang or a 500', async () => {
    const cookie = 'pathshala.sid=s%3Asome-sid.Signature';
    const json = { 'x-pathshala-locale': 'en', 'content-type': 'application/json' };
    const attempts: [string, RequestInit][] = [
      ['/api/demo/cart', { method: 'POST', body: JSON.stringify({ productId: 'chai', qty: 1 }), headers: json }],
      ['/api/demo/login', { method: 'POST', body: JSON.stringify({ username: 'riya', password: 'chai-1234' }), headers: json }],
      ['/api/inspect', { headers: { cookie, 'x-pathshala-locale': 'en' } }],
    ];
    for (const [path, init] of attempts) {
      const started = Date.now();
      const response = await fetch(`${origin}${path}`, init);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.json()).toEqual({
        error: {
          code: 'store_unavailable',
          message: 'The session store cannot be reached right now, so your session could not be loaded or saved. Please try again shortly.',
        },
      });
    }
  });

  test('reading without a session cookie still works, because it needs no store', async () => {
    const response = await fetch(`${origin}/api/demo/me`);
    expect(await response.json()).toEqual({ user: null });
  });
});
