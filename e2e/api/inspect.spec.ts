import type { APIRequestContext } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { expect, expectError, inspect, newClient, sessionCookie, sessionSetCookies, startSession, test, uniqueAddress } from './fixtures';

test.describe('GET /api/inspect', () => {
  test('shows no cookie, no entry and no events for a new visitor, and sets no cookie', async ({ api }) => {
    const response = await api.get('/api/inspect');
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(response.headers()['cache-control']).toBe('no-store');
    const body = await response.json();
    expect(body).toMatchObject({
      cookieHeader: null,
      sessionCookie: { name: 'pathshala.sid', value: null, prefix: null, sid: null, signature: null, valid: false, reason: 'no-cookie' },
      entry: null,
      entryReason: 'no-cookie',
      store: { kind: 'memory' },
      events: [],
    });
    expect(body.store.size).toBeGreaterThanOrEqual(0);
  });

  test('decodes the cookie, shows the store entry and this browser’s recent requests', async ({ api }) => {
    await startSession(api);
    await api.get('/api/demo/cart');
    const value = decodeURIComponent((await sessionCookie(api))!);
    const [, fullSid, fullSignature] = /^s:(.+)\.([^.]+)$/.exec(value)!;
    // Shortened: the answer is readable by any script on the page, and the cookie is HttpOnly.
    const sid = `${fullSid!.slice(0, 6)}…`;
    const signature = `${fullSignature!.slice(0, 6)}…`;
    const view = await inspect(api);
    expect(view.cookieHeader).toBe(`pathshala.sid=s:${sid}.${signature}`);
    expect(view.sessionCookie).toEqual({
      name: 'pathshala.sid',
      value: `s:${sid}.${signature}`,
      prefix: 's:',
      sid,
      signature,
      valid: true,
      reason: null,
    });
    expect(view.entry).toMatchObject({ cookie: { httpOnly: true, path: '/', sameSite: 'lax' }, cart: [{ productId: 'chai', qty: 1 }] });
    expect(view.store.size).toBeGreaterThanOrEqual(1);
    expect(view.events.map((event) => `${event.method} ${event.path} ${event.status}`)).toEqual([
      'GET /api/demo/cart 200',
      'POST /api/demo/cart 200',
    ]);
    const [read, created] = view.events;
    expect(created).toMatchObject({ cookieSent: false, sidAfter: sid, storeOperations: [{ op: 'set', sid }] });
    expect(created!.setCookie).toMatch(new RegExp(`^pathshala\\.sid=s:${sid}\\.${signature.replace(/[-+]/g, '\\$&')}; Path=/; Expires=`));
    expect(read).toMatchObject({ cookieSent: true, sidBefore: sid, sidAfter: sid, storeOperations: [{ op: 'get' }, { op: 'touch' }] });
  });

  test('explains a missing Set-Cookie', async ({ api }) => {
    await startSession(api);
    await api.post('/api/demo/cart', { data: { productId: 'dosa', qty: 1 } });
    const [refused] = (await inspect(api)).events;
    expect(refused).toMatchObject({
      path: '/api/demo/cart',
      status: 404,
      setCookie: null,
      noSetCookieReason: 'unset',
      storeOperations: [{ op: 'get' }],
    });
  });

  test('never creates, saves, touches or locks a session and never sends Set-Cookie', async ({ api }) => {
    await startSession(api);
    const before = await inspect(api);
    for (let i = 0; i < 25; i++) {
      const response = await api.get('/api/inspect');
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
    const after = await inspect(api);
    expect(after.entry).toEqual(before.entry);
    expect(after.entry!.cookie.expires).toBe(before.entry!.cookie.expires);
    expect(after.events).toEqual(before.events);
  });

  test('does not change the store size, however often it is asked', async ({ address }) => {
    // Other tests add sessions meanwhile, so look for a quiet window: an inspect that created
    // sessions would grow the size in every window, by at least the number of inspects.
    const clients: APIRequestContext[] = [await newClient(address), await newClient(address, { cookie: 'pathshala.sid=s%3Aunknown.AAAA' })];
    let unchanged = false;
    for (let attempt = 0; attempt < 10 && !unchanged; attempt++) {
      const sizeBefore = (await inspect(clients[0]!)).store.size;
      for (let i = 0; i < 10; i++) for (const client of clients) await client.get('/api/inspect');
      unchanged = (await inspect(clients[0]!)).store.size === sizeBefore;
    }
    expect(unchanged).toBe(true);
    for (const client of clients) await client.dispose();
  });

  test("never shows one browser another browser's events", async ({ api, address }) => {
    const other = await newClient(address);
    await startSession(other);
    await other.post('/api/demo/login', { data: { username: 'aman', password: 'samosa-1234' } });
    await startSession(api);
    const mine = await inspect(api);
    const theirs = await inspect(other);
    const mySids = new Set([mine.sessionCookie.sid]);
    for (const event of mine.events) expect(mySids.has(event.sidAfter)).toBe(true);
    expect(mine.events.some((event) => event.path === '/api/demo/login')).toBe(false);
    expect(theirs.events.some((event) => event.path === '/api/demo/login')).toBe(true);
    await other.dispose();
  });

  test('never hands a script the HttpOnly session cookie, the instructor cookie or other cookies’ values', async ({ api }) => {
    await startSession(api);
    await api.post('/api/demo/login', { data: { username: 'riya', password: 'chai-1234' } });
    const value = (await sessionCookie(api))!;
    const [, sid, signature] = /^s:(.+)\.([^.]+)$/.exec(decodeURIComponent(value))!;
    const cookie = `pathshala.sid=${value}; pathshala.instructor=v1.9999999999999.secret-instructor-mac; pathshala.lang=en; other=private-value`;
    const response = await api.get('/api/inspect', { headers: { cookie } });
    const text = await response.text();
    const view = JSON.parse(text) as { cookieHeader: string };
    expect(view.cookieHeader).toBe(`pathshala.sid=s:${sid!.slice(0, 6)}….${signature!.slice(0, 6)}…; pathshala.lang=…; other=…`);
    for (const secret of [
      sid!,
      signature!,
      sid!.slice(0, 7),
      signature!.slice(0, 7),
      'pathshala.instructor',
      'secret-instructor-mac',
      'private-value',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  test('returns at most the 20 latest events', async ({ api }) => {
    await startSession(api);
    for (let i = 0; i < 25; i++) await api.get('/api/demo/me');
    const { events } = await inspect(api);
    expect(events).toHaveLength(20);
    expect(events.every((event) => event.path === '/api/demo/me')).toBe(true);
  });
});

test.describe('POST /api/inspect/expire', () => {
  test('deletes the store entry so the next request meets an unknown sid, and sends no cookie', async ({ api }) => {
    await startSession(api);
    const expire = await api.post('/api/inspect/expire');
    expect(await expire.json()).toEqual({ expired: true, reason: null });
    expect(expire.headers()['set-cookie']).toBeUndefined();
    const view = await inspect(api);
    expect(view).toMatchObject({ sessionCookie: { reason: 'unknown-sid', valid: false }, entry: null, entryReason: 'unknown-sid' });
    expect(view.events[0]).toMatchObject({ path: '/api/inspect/expire', status: 200, storeOperations: [{ op: 'get' }, { op: 'destroy' }] });
    expect(await (await api.get('/api/demo/cart')).json()).toEqual({ items: [], totalPaise: 0 });
    // The dead sid reads nothing new: the request that carried it is not filed under it.
    const after = await inspect(api);
    expect(after.events[0]).toMatchObject({ path: '/api/inspect/expire' });
    expect(after.sessionCookie.reason).toBe('unknown-sid');
  });

  test('a copy of the cookie shows nothing the victim did after the session ended', async ({ api, address }) => {
    await api.post('/api/demo/login', { data: { username: 'riya', password: 'chai-1234' } });
    const stolen = `pathshala.sid=${await sessionCookie(api)}`;
    expect((await api.post('/api/inspect/expire')).status()).toBe(200);
    // The victim goes on: its browser still sends the dead cookie, then gets a new session.
    await api.get('/api/demo/cart');
    await api.post('/api/demo/cart', { data: { productId: 'lassi', qty: 3 } });
    await api.post('/api/demo/login', { data: { username: 'riya', password: 'chai-1234' } });
    await api.get('/api/demo/me');
    const attacker = await newClient(address, { cookie: stolen });
    const seen = await inspect(attacker);
    expect(seen.entry).toBeNull();
    expect(seen.events.map((event) => event.path)).toEqual(['/api/inspect/expire', '/api/demo/login']);
    expect(JSON.stringify(seen)).not.toContain('lassi');
    // The victim's own browser still follows its history into the new session.
    expect((await inspect(api)).events.map((event) => event.path).slice(0, 3)).toEqual([
      '/api/demo/me',
      '/api/demo/login',
      '/api/demo/cart',
    ]);
    await attacker.dispose();
  });

  test('answers {expired: false} when there is nothing to expire', async ({ api }) => {
    expect(await (await api.post('/api/inspect/expire')).json()).toEqual({ expired: false, reason: 'no-cookie' });
  });

  test('refuses a foreign Origin, keeping the session', async ({ api }) => {
    await startSession(api);
    await expectError(await api.post('/api/inspect/expire', { headers: { origin: 'https://evil.example' } }), 403, 'forbidden_origin');
    expect((await inspect(api)).entry).not.toBeNull();
  });
});

test.describe('POST /api/inspect/tamper', () => {
  test('sets the signed cookie with one signature character changed; the server then sees a bad signature', async ({ api }) => {
    await startSession(api);
    const original = decodeURIComponent((await sessionCookie(api))!);
    const response = await api.post('/api/inspect/tamper');
    expect(response.status()).toBe(200);
    const [, sid, signature] = /^s:(.+)\.([^.]+)$/.exec(original)!;
    const [setCookie] = sessionSetCookies(response);
    const tampered = decodeURIComponent(/^pathshala\.sid=([^;]+)/.exec(setCookie!)![1]!);
    expect(tampered).toHaveLength(original.length);
    expect([...tampered].filter((char: string, i: number) => char !== original[i])).toHaveLength(1);
    expect(tampered.startsWith(`s:${sid}.`)).toBe(true);
    expect(setCookie).toBe(
      `pathshala.sid=${encodeURIComponent(tampered)}; Path=/; Expires=${/Expires=([^;]+)/.exec(setCookie!)![1]}; HttpOnly; SameSite=Lax`,
    );
    // The body shows both values shortened: the signature's first character is the one changed.
    const shortened = (text: string) => `s:${sid!.slice(0, 6)}….${text.slice(0, 6)}…`;
    expect(await response.json()).toEqual({ before: shortened(signature!), after: shortened(tampered.slice(sid!.length + 3)) });
    expect(shortened(signature!)).not.toBe(shortened(tampered.slice(sid!.length + 3)));

    const view = await inspect(api);
    expect(view.sessionCookie).toMatchObject({ value: shortened(tampered.slice(sid!.length + 3)), valid: false, reason: 'bad-signature' });
    expect(view.entryReason).toBe('bad-signature');
    expect(view.events[0]).toMatchObject({ path: '/api/inspect/tamper', status: 200, storeOperations: [] });

    // A tampered cookie is a fresh, empty session — never a 500 — and the original is untouched.
    expect(await (await api.get('/api/demo/cart')).json()).toEqual({ items: [], totalPaise: 0 });
    const untouched = await api.get('/api/inspect', { headers: { cookie: `pathshala.sid=${encodeURIComponent(original)}` } });
    expect((await untouched.json()).entry).toMatchObject({ cart: [{ productId: 'chai', qty: 1 }] });

    // The history follows the browser into the fresh session it gets next.
    await api.post('/api/demo/cart', { data: { productId: 'lassi', qty: 1 } });
    const fresh = await inspect(api);
    expect(fresh.sessionCookie.valid).toBe(true);
    expect(fresh.events.map((event) => event.path)).toEqual(['/api/demo/cart', '/api/demo/cart', '/api/inspect/tamper', '/api/demo/cart']);
  });

  test('answers 409 without a signed session cookie', async ({ api }) => {
    await expectError(await api.post('/api/inspect/tamper'), 409, 'no_session');
    await expectError(await api.post('/api/inspect/tamper', { headers: { cookie: 'pathshala.sid=s%3Aabc.forged' } }), 409, 'no_session');
  });
});

test.describe('POST /api/inspect/forget', () => {
  test('clears the cookie but leaves the store entry', async ({ api }) => {
    await startSession(api);
    const cookie = await sessionCookie(api);
    const response = await api.post('/api/inspect/forget');
    expect(await response.json()).toEqual({ forgotten: true });
    expect(sessionSetCookies(response)).toEqual(['pathshala.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax']);
    expect(await sessionCookie(api)).toBeUndefined();
    expect((await inspect(api)).sessionCookie.reason).toBe('no-cookie');
    const kept = await api.get('/api/inspect', { headers: { cookie: `pathshala.sid=${cookie}` } });
    expect((await kept.json()).entry).toMatchObject({ cart: [{ productId: 'chai', qty: 1 }] });
  });

  test('refuses a foreign Origin', async ({ api }, testInfo) => {
    const client = await newClient(uniqueAddress(testInfo.workerIndex), { origin: 'https://evil.example' });
    await expectError(await client.post('/api/inspect/forget'), 403, 'forbidden_origin');
    await client.dispose();
    expect((await api.get('/api/inspect')).status()).toBe(200);
  });
});

test.describe('GET /api/inspect/stream, limited per address', () => {
  /** Opens one inspector stream from `address`; its answer arrives with the headers, and `close` ends it. */
  async function openStream(address: string) {
    const controller = new AbortController();
    const response = await fetch(`${baseURL}/api/inspect/stream`, {
      headers: { 'x-forwarded-for': address, 'x-pathshala-locale': 'en', accept: 'text/event-stream' },
      signal: controller.signal,
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), response, close: () => controller.abort() };
  }

  test('holds 200 streams for one address, refuses the next with 429 too_many_streams, and opens one again once one closes', async ({
    address,
  }) => {
    test.setTimeout(90_000);
    const open: Awaited<ReturnType<typeof openStream>>[] = [];
    try {
      for (let batch = 0; batch < 10; batch++) open.push(...(await Promise.all(Array.from({ length: 20 }, () => openStream(address)))));
      expect(open.map((stream) => stream.status)).toEqual(Array.from({ length: 200 }, () => 200));

      const refused = await openStream(address);
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBe('15');
      expect(await refused.response.json()).toEqual({
        error: {
          code: 'too_many_streams',
          message:
            'Too many inspector streams are open from your network address; the inspector will ask every few seconds instead. Try the stream again in 15 seconds.',
        },
      });

      // Another address is not held back by this one.
      const other = await openStream(uniqueAddress(99));
      expect(other.status).toBe(200);
      other.close();

      // A browser that goes away gives its slot back.
      open.pop()!.close();
      await expect
        .poll(async () => {
          const again = await openStream(address);
          again.close();
          return again.status;
        })
        .toBe(200);
    } finally {
      for (const stream of open) stream.close();
    }
  });
});
