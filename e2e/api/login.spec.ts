import {
  expect,
  expectError,
  inspect,
  newClient,
  OVERSIZED_JSON,
  sessionCookie,
  sessionSetCookies,
  startSession,
  storedEntry,
  test,
  uniqueAddress,
  rawJson,
} from './fixtures';

const RIYA = { username: 'riya', password: 'chai-1234' };
const WRONG = { username: 'riya', password: 'wrong-password' };

test.describe('POST /api/demo/login', () => {
  test.describe('with the right password', () => {
    test('answers 200 {user} for both demo accounts', async ({ api }) => {
      const riya = await api.post('/api/demo/login', { data: RIYA });
      expect(riya.status()).toBe(200);
      expect(await riya.json()).toEqual({ user: { username: 'riya', displayName: 'Riya' } });
      const aman = await api.post('/api/demo/login', { data: { username: 'Aman', password: 'samosa-1234' } });
      expect(await aman.json()).toEqual({ user: { username: 'aman', displayName: 'Aman' } });
      expect((await (await api.get('/api/demo/me')).json()).user.username).toBe('aman');
    });

    test('regenerates the session ID, keeps the cart and deletes the old entry', async ({ api }) => {
      await startSession(api);
      const before = await inspect(api);
      const oldValue = (await sessionCookie(api))!;
      const login = await api.post('/api/demo/login', { data: RIYA });
      const [setCookie] = sessionSetCookies(login);
      expect(setCookie).toMatch(/^pathshala\.sid=s%3A[^;]+; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
      const after = await inspect(api);
      expect(after.sessionCookie.sid).not.toBe(before.sessionCookie.sid);
      expect(after.entry).toMatchObject({ cart: [{ productId: 'chai', qty: 1 }], user: { username: 'riya' } });
      const loginEvent = after.events.find((event) => event.path === '/api/demo/login')!;
      expect(loginEvent.sidBefore).toBe(before.sessionCookie.sid);
      expect(loginEvent.sidAfter).toBe(after.sessionCookie.sid);
      expect(loginEvent.storeOperations.map((op) => op.op)).toEqual(['get', 'destroy', 'set']);

      // The old cookie, replayed, no longer finds a session.
      const oldCookie = `pathshala.sid=${oldValue}`;
      const replay = await api.get('/api/inspect', { headers: { cookie: oldCookie } });
      expect((await replay.json()).sessionCookie.reason).toBe('unknown-sid');
    });

    test('creates a session for a visitor who had none', async ({ api }) => {
      const login = await api.post('/api/demo/login', { data: RIYA });
      expect(sessionSetCookies(login)).toHaveLength(1);
      expect((await inspect(api)).entry).toMatchObject({ user: { username: 'riya', displayName: 'Riya' } });
    });
  });

  test.describe('refusals', () => {
    test('401 for a wrong password, another account’s password or an unknown user', async ({ api }) => {
      for (const data of [WRONG, { username: 'riya', password: 'samosa-1234' }, { username: 'mallory', password: 'chai-1234' }]) {
        expect(await expectError(await api.post('/api/demo/login', { data }), 401, 'invalid_credentials')).toBe(
          'Wrong username or password.',
        );
      }
    });

    test('400 for each malformed body', async ({ api }) => {
      const bodies = [
        {},
        { username: 'riya' },
        { password: 'x' },
        { username: '', password: 'x' },
        { username: 'riya', password: 42 },
        ['riya'],
        'riya',
        null,
      ];
      for (const data of bodies) {
        await expectError(await api.post('/api/demo/login', rawJson(JSON.stringify(data))), 400, 'bad_request');
      }
    });

    test('400 invalid_json for broken JSON and an empty body, 413 for 17 KB', async ({ api }) => {
      await expectError(await api.post('/api/demo/login', rawJson('{"username": "riya", ')), 400, 'invalid_json');
      await expectError(await api.post('/api/demo/login'), 400, 'invalid_json');
      await expectError(await api.post('/api/demo/login', rawJson(OVERSIZED_JSON)), 413, 'body_too_large');
    });

    test('403 from a foreign Origin, even with the right password', async ({ api }) => {
      await expectError(
        await api.post('/api/demo/login', { data: RIYA, headers: { origin: 'https://evil.example' } }),
        403,
        'forbidden_origin',
      );
      const sameSite = await api.post('/api/demo/login', { data: RIYA, headers: { origin: test.info().project.use.baseURL! } });
      expect(sameSite.status()).toBe(200);
    });

    test('a refused login leaves the session exactly as it was', async ({ api }) => {
      await startSession(api);
      const before = await storedEntry(api);
      const cookie = await sessionCookie(api);
      await expectError(await api.post('/api/demo/login', { data: WRONG }), 401, 'invalid_credentials');
      await expectError(await api.post('/api/demo/login', { data: {} }), 400, 'bad_request');
      await expectError(await api.post('/api/demo/login', rawJson('{')), 400, 'invalid_json');
      await expectError(
        await api.post('/api/demo/login', { data: RIYA, headers: { origin: 'http://evil.example' } }),
        403,
        'forbidden_origin',
      );
      expect(await storedEntry(api)).toBe(before);
      expect(await sessionCookie(api)).toBe(cookie);
    });

    test('a failed login of a visitor without a session creates none', async ({ api }) => {
      await expectError(await api.post('/api/demo/login', { data: WRONG }), 401, 'invalid_credentials');
      expect(await sessionCookie(api)).toBeUndefined();
    });
  });

  test.describe('rate limit', () => {
    test('the 6th attempt of one session within a minute is 429 with Retry-After, even with the right password', async ({
      api,
    }, testInfo) => {
      await startSession(api);
      // A different client address for every attempt, so only the per-session limit can refuse.
      for (let i = 0; i < 5; i++) {
        const response = await api.post('/api/demo/login', {
          data: WRONG,
          headers: { 'x-forwarded-for': uniqueAddress(testInfo.workerIndex) },
        });
        await expectError(response, 401, 'invalid_credentials');
      }
      const refused = await api.post('/api/demo/login', {
        data: RIYA,
        headers: { 'x-forwarded-for': uniqueAddress(testInfo.workerIndex) },
      });
      const message = await expectError(refused, 429, 'too_many_attempts');
      const retryAfter = Number(refused.headers()['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(55);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(message).toBe(`Too many failed attempts. Try again in ${retryAfter} seconds.`);
      expect((await inspect(api)).entry).not.toHaveProperty('user');
    });

    test('the 6th failed attempt from one client address is 429 across sessions; another address is not limited', async ({ address }) => {
      for (let i = 0; i < 5; i++) {
        const client = await newClient(address);
        await expectError(await client.post('/api/demo/login', { data: WRONG }), 401, 'invalid_credentials');
        await client.dispose();
      }
      const fresh = await newClient(address, { 'x-pathshala-locale': 'hi-latn' });
      const refused = await fresh.post('/api/demo/login', { data: RIYA });
      const message = await expectError(refused, 429, 'too_many_attempts');
      expect(message).toMatch(/^Bahut saari galat koshishein ho gayin\. \d+ second baad phir try kijiye\.$/);
      expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
      await fresh.dispose();

      const elsewhere = await newClient(`${address.split('.').slice(0, 3).join('.')}.251`);
      expect((await elsewhere.post('/api/demo/login', { data: RIYA })).status()).toBe(200);
      await elsewhere.dispose();
    });

    test('malformed bodies do not count as failed attempts', async ({ api }) => {
      for (let i = 0; i < 8; i++) await expectError(await api.post('/api/demo/login', { data: { username: 'riya' } }), 400, 'bad_request');
      expect((await api.post('/api/demo/login', { data: RIYA })).status()).toBe(200);
    });
  });

  test('other methods are 405 JSON', async ({ api }) => {
    await expectError(await api.get('/api/demo/login'), 405, 'method_not_allowed');
  });
});
