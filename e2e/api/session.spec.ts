import { expect, expectError, inspect, OVERSIZED_JSON, sessionCookie, sessionSetCookies, startSession, test, rawJson } from './fixtures';

test.describe('GET /api/demo/me', () => {
  test('answers {user: null} and sets no cookie for a visitor without a session', async ({ api }) => {
    const response = await api.get('/api/demo/me');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ user: null });
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(response.headers()['cache-control']).toBe('no-store');
  });

  test('answers {user: null} for a session without a login, and {user} after one', async ({ api }) => {
    await startSession(api);
    expect(await (await api.get('/api/demo/me')).json()).toEqual({ user: null });
    await api.post('/api/demo/login', { data: { username: 'aman', password: 'samosa-1234' } });
    expect(await (await api.get('/api/demo/me')).json()).toEqual({ user: { username: 'aman', displayName: 'Aman' } });
  });

  test('treats a forged or unknown cookie as no session and sets none', async ({ api }) => {
    for (const cookie of ['pathshala.sid=s%3Aforged.AAAA', 'pathshala.sid=plain', 'pathshala.sid=%E0%A4%A']) {
      const response = await api.get('/api/demo/me', { headers: { cookie } });
      expect(await response.json()).toEqual({ user: null });
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
  });
});

test.describe('POST /api/demo/logout', () => {
  test('destroys the store entry and clears the cookie with the same Path', async ({ api }) => {
    await startSession(api);
    await api.post('/api/demo/login', { data: { username: 'riya', password: 'chai-1234' } });
    const cookie = await sessionCookie(api);
    const response = await api.post('/api/demo/logout');
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ user: null });
    expect(sessionSetCookies(response)).toEqual(['pathshala.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax']);
    expect(await sessionCookie(api)).toBeUndefined();

    const replay = await api.get('/api/inspect', { headers: { cookie: `pathshala.sid=${cookie}` } });
    expect(await replay.json()).toMatchObject({ entry: null, entryReason: 'unknown-sid' });
    expect(await (await api.get('/api/demo/cart')).json()).toEqual({ items: [], totalPaise: 0 });
  });

  test('works (and still clears) without a session', async ({ api }) => {
    const response = await api.post('/api/demo/logout');
    expect(response.status()).toBe(200);
    expect(sessionSetCookies(response)).toHaveLength(1);
  });

  test('refuses a foreign Origin and an oversized body, keeping the session', async ({ api }) => {
    await startSession(api);
    await expectError(await api.post('/api/demo/logout', { headers: { origin: 'https://evil.example' } }), 403, 'forbidden_origin');
    await expectError(await api.post('/api/demo/logout', rawJson(OVERSIZED_JSON)), 413, 'body_too_large');
    expect((await inspect(api)).entry).toMatchObject({ cart: [{ productId: 'chai', qty: 1 }] });
  });
});
