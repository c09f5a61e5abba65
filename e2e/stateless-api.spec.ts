import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect, expectError, inspect, newClient, sessionSetCookies, test } from './api/fixtures';

const LOGIN = { username: 'riya', password: 'chai-1234' };

/** The value of the client's `pathshala.iron` cookie, or undefined. */
async function ironCookie(client: APIRequestContext): Promise<string | undefined> {
  const { cookies } = await client.storageState();
  return cookies.find((cookie) => cookie.name === 'pathshala.iron')?.value;
}

/** A client that sends exactly `cookie` and keeps no jar of its own (a copied cookie, replayed). */
async function replayClient(address: string, cookie: string): Promise<APIRequestContext> {
  return newClient(address, { cookie });
}

async function json(response: APIResponse): Promise<Record<string, unknown>> {
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * Runs `action` and checks that the stateful store (`GET /api/inspect`) has as many sessions
 * after as before. Other suites may add sessions at the same moment, so a few tries are allowed:
 * one quiet window is enough, because a stateless request that stored anything would grow it
 * every time.
 */
async function storeSizeUnchangedBy<T>(api: APIRequestContext, action: () => Promise<T>): Promise<T> {
  const sizes: [number, number][] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = (await inspect(api)).store.size;
    const result = await action();
    const after = (await inspect(api)).store.size;
    if (after === before) return result;
    sizes.push([before, after]);
  }
  throw new Error(`the stateful store grew on every try: ${JSON.stringify(sizes)}`);
}

test.describe('stateless API: the session lives in a sealed cookie', () => {
  test('login sets an HttpOnly Fe26.2 seal that does not show the user in clear, and the server store does not grow', async ({ api }) => {
    const response = await storeSizeUnchangedBy(api, async () => {
      const login = await api.post('/api/demo/stateless/login', { data: LOGIN });
      await json(await api.post('/api/demo/stateless/cart', { data: { productId: 'chai', qty: 2 } }));
      return login;
    });
    expect(await json(response)).toEqual({ user: { username: 'riya', displayName: 'Riya' } });
    const [setCookie] = sessionSetCookies(response, 'pathshala.iron');
    expect(setCookie).toMatch(/^pathshala\.iron=Fe26\.2\*1\*[^;]+~2; Max-Age=1740; Path=\/api\/demo\/stateless; HttpOnly; SameSite=Lax$/);
    expect(setCookie).not.toMatch(/riya|Riya/);
    expect(Buffer.from(setCookie ?? '', 'base64').toString('latin1')).not.toContain('riya');
    expect(sessionSetCookies(response)).toEqual([]);
    expect((await inspect(api)).sessionCookie.value).toBeNull();
  });

  test('me and the cart work from the cookie alone, on a client that only has the copied cookie', async ({ api, address }) => {
    await json(await api.post('/api/demo/stateless/login', { data: LOGIN }));
    await json(await api.post('/api/demo/stateless/cart', { data: { productId: 'samosa', qty: 3 } }));
    const seal = await ironCookie(api);
    const copy = await replayClient(address, `pathshala.iron=${seal}`);
    expect(await json(await copy.get('/api/demo/stateless/me'))).toEqual({ user: { username: 'riya', displayName: 'Riya' } });
    expect(await json(await copy.get('/api/demo/stateless/cart'))).toEqual({
      items: [{ productId: 'samosa', name: 'Samosa', qty: 3, unitPricePaise: 1500 }],
      totalPaise: 4500,
    });
    await copy.dispose();
  });

  test('reading sends no cookie; the inspect endpoint splits the seal and never sets one', async ({ api }) => {
    await json(await api.post('/api/demo/stateless/login', { data: LOGIN }));
    const me = await api.get('/api/demo/stateless/me');
    expect(sessionSetCookies(me, 'pathshala.iron')).toEqual([]);
    const response = await api.get('/api/demo/stateless/inspect');
    expect(sessionSetCookies(response, 'pathshala.iron')).toEqual([]);
    const inspection = await json(response);
    expect(inspection).toMatchObject({
      valid: true,
      data: { user: { username: 'riya' } },
      limitBytes: 4096,
      store: { kind: 'none', size: 0 },
    });
    const parts = (inspection.split as { parts: { name: string; value: string }[] }).parts;
    expect(parts.map((part) => part.name)).toEqual([
      'prefix',
      'passwordId',
      'encryptionSalt',
      'iv',
      'ciphertext',
      'expiration',
      'hmacSalt',
      'hmac',
    ]);
    expect(parts[0]?.value).toBe('Fe26.2');
    expect(inspection.sizeBytes).toBeGreaterThan(200);
  });

  test('logout clears the cookie, yet a replayed seal is still accepted — while a replayed stateful sid is refused', async ({
    address,
  }) => {
    const stateless = await newClient(address);
    await json(await stateless.post('/api/demo/stateless/login', { data: LOGIN }));
    const seal = await ironCookie(stateless);
    const logout = await stateless.post('/api/demo/stateless/logout');
    expect(await json(logout)).toEqual({ user: null });
    expect(sessionSetCookies(logout, 'pathshala.iron')[0]).toMatch(/^pathshala\.iron=; Max-Age=0;/);
    expect(await json(await stateless.get('/api/demo/stateless/me'))).toEqual({ user: null });
    const replay = await replayClient(address, `pathshala.iron=${seal}`);
    expect(await json(await replay.get('/api/demo/stateless/me'))).toEqual({ user: { username: 'riya', displayName: 'Riya' } });

    const stateful = await newClient(address);
    await json(await stateful.post('/api/demo/login', { data: LOGIN }));
    const { cookies } = await stateful.storageState();
    const sid = cookies.find((cookie) => cookie.name === 'pathshala.sid')?.value;
    await json(await stateful.post('/api/demo/logout'));
    const statefulReplay = await replayClient(address, `pathshala.sid=${sid}`);
    expect(await json(await statefulReplay.get('/api/demo/me'))).toEqual({ user: null });

    await Promise.all([stateless.dispose(), replay.dispose(), stateful.dispose(), statefulReplay.dispose()]);
  });

  test('a tampered seal is no session: 200 with no user, never a 5xx', async ({ api, address }) => {
    await json(await api.post('/api/demo/stateless/login', { data: LOGIN }));
    const seal = (await ironCookie(api)) ?? '';
    const parts = seal.split('*');
    const tampered = [
      parts.map((part, index) => (index === 4 ? (part.startsWith('A') ? 'B' : 'A') + part.slice(1) : part)).join('*'),
      parts.map((part, index) => (index === 5 ? String(Number(part) + 86_400_000) : part)).join('*'),
      parts.map((part, index) => (index === 5 ? 'tomorrow' : part)).join('*'),
      seal.slice(0, 40),
      '%E0%A4%A',
    ];
    for (const value of tampered) {
      const client = await replayClient(address, `pathshala.iron=${value}`);
      expect(await json(await client.get('/api/demo/stateless/me'))).toEqual({ user: null });
      expect(await json(await client.get('/api/demo/stateless/inspect'))).toMatchObject({ valid: false, data: null });
      await client.dispose();
    }
  });

  test('the cart validates like the stateful one and a refusal sends no cookie', async ({ api }) => {
    await expectError(await api.post('/api/demo/stateless/cart', { data: { productId: 'pizza', qty: 1 } }), 404, 'unknown_product');
    await expectError(await api.post('/api/demo/stateless/cart', { data: { productId: 'chai', qty: 100 } }), 400, 'bad_request');
    await expectError(
      await api.post('/api/demo/stateless/login', { data: { username: 'riya', password: 'x' } }),
      401,
      'invalid_credentials',
    );
    await expectError(
      await api.post('/api/demo/stateless/cart', { data: { productId: 'chai', qty: 1 }, headers: { origin: 'http://evil.example' } }),
      403,
      'forbidden_origin',
    );
    expect(await ironCookie(api)).toBeUndefined();
  });

  for (const locale of ['en', 'hi-latn'] as const) {
    test(`growing past 4,096 bytes is a 422 JSON error in ${locale} and the session is unchanged`, async ({ address }) => {
      const client = await newClient(address, { 'x-pathshala-locale': locale });
      await json(await client.post('/api/demo/stateless/login', { data: LOGIN }));
      const products = ['chai', 'samosa', 'jalebi', 'vada-pav', 'lassi'];
      let refused: APIResponse | null = null;
      for (let i = 0; i < 200 && refused === null; i++) {
        const response = await client.post('/api/demo/stateless/cart', { data: { productId: products[i % products.length], qty: 1 } });
        if (response.status() !== 200) refused = response;
      }
      expect(refused).not.toBeNull();
      const sealBefore = await ironCookie(client);
      const cartBefore = await json(await client.get('/api/demo/stateless/cart'));
      const message = await expectError(refused!, 422, 'cookie_too_large');
      expect(message).toMatch(locale === 'en' ? /4,096 bytes/ : /sirf 4,096 bytes/);
      expect(sessionSetCookies(refused!, 'pathshala.iron')).toEqual([]);

      const again = await client.post('/api/demo/stateless/cart', { data: { productId: 'chai', qty: 1 } });
      await expectError(again, 422, 'cookie_too_large');
      expect(await ironCookie(client)).toBe(sealBefore);
      expect(await json(await client.get('/api/demo/stateless/cart'))).toEqual(cartBefore);
      expect(await json(await client.get('/api/demo/stateless/me'))).toEqual({ user: { username: 'riya', displayName: 'Riya' } });
      const inspection = await json(await client.get('/api/demo/stateless/inspect'));
      expect(inspection.sizeBytes).toBeLessThanOrEqual(4096);
      await client.dispose();
    });
  }
});

test.describe('security lab endpoints', () => {
  test('refuse methods they do not support with a JSON 405, and a bad run with a 400', async ({ api }) => {
    await expectError(await api.delete('/api/lab/security/csrf/echo?run=abcdefgh&via=post'), 405, 'method_not_allowed');
    await expectError(await api.post('/api/lab/security/csrf/attacker'), 405, 'method_not_allowed');
    await expectError(await api.get('/api/lab/security/fixation'), 405, 'method_not_allowed');
    await expectError(await api.post('/api/lab/security/fixation', { data: { action: 'attacker', sid: '../../etc' } }), 400, 'bad_request');
    expect((await api.get('/api/lab/security/csrf/attacker?run=abcdefgh&target=https%3A%2F%2Fevil.example')).status()).toBe(400);
  });

  test('a lab cookie never reaches the real demo session', async ({ api }) => {
    const response = await api.post('/api/lab/security/fixation', { data: { action: 'plant' } });
    expect(response.status()).toBe(200);
    expect(sessionSetCookies(response, 'pathshala.lab-fixation.sid')[0]).toContain('; Path=/api/lab/security/fixation;');
    expect(sessionSetCookies(response)).toEqual([]);
    expect((await inspect(api)).sessionCookie.value).toBeNull();
  });
});
