import { describe, expect, it, vi } from 'vitest';
import { signSessionId } from './signature';
import { cookieFor, exchange, MINUTE_MS, setupEngine, TEST_NOW, pinTestClock } from './testing/engine-setup';

const NOW = TEST_NOW;

pinTestClock();

const addUser = (session: { data: Record<string, unknown> }) => {
  session.data.user = 'riya';
};

describe('name option', () => {
  it('should set and read the cookie under the given name', async () => {
    const { engine } = setupEngine({ name: 'pathshala.sid' });
    const { setCookie } = await exchange(engine, {}, addUser);
    expect(setCookie).toMatch(/^pathshala\.sid=s%3Asid-1\./);
    let user: unknown;
    await exchange(engine, { cookie: cookieFor('sid-1', 'pathshala.sid') }, (session) => {
      user = session.data.user;
    });
    expect(user).toBe('riya');
  });

  it('should ignore a cookie under another name', async () => {
    const { engine } = setupEngine({ name: 'pathshala.sid' });
    await exchange(engine, {}, addUser);
    const { sid } = await exchange(engine, { cookie: cookieFor('sid-1', 'connect.sid') });
    expect(sid).toBe('sid-2');
  });
});

describe('secret option', () => {
  it('should sign with the first secret and verify with every one (rotation)', async () => {
    const { engine } = setupEngine({ secret: ['new secret', 'old secret'] });
    await exchange(engine, {}, addUser);
    let user: unknown;
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1', 'connect.sid', 'old secret') }, (session) => {
      user = session.data.user;
      session.data.visits = 2;
    });
    expect(user).toBe('riya');
    expect(setCookie).toBeNull();
  });

  it('should re-sign with the first secret whenever the cookie is sent again', async () => {
    const { engine } = setupEngine({ secret: ['new secret', 'old secret'], cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, addUser);
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1', 'connect.sid', 'old secret') }, (session) => {
      session.data.visits = 2;
    });
    expect(setCookie).toMatch(`connect.sid=${encodeURIComponent(signSessionId('sid-1', 'new secret'))};`);
  });
});

describe('saveUninitialized option', () => {
  describe('when false (default)', () => {
    it('should write nothing and set no cookie for an untouched new session', async () => {
      const { engine, store } = setupEngine();
      const { setCookie } = await exchange(engine);
      expect(setCookie).toBeNull();
      expect(store.calls).toEqual([]);
    });

    it('should save and set the cookie once the session holds data', async () => {
      const { engine, store } = setupEngine();
      const { setCookie } = await exchange(engine, {}, addUser);
      expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; HttpOnly; SameSite=Lax`);
      expect(store.callsOf('set')).toEqual(['sid-1']);
    });
  });

  describe('when true', () => {
    it('should save an untouched new session and set its cookie', async () => {
      const { engine, store } = setupEngine({ saveUninitialized: true });
      const { setCookie } = await exchange(engine);
      expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; HttpOnly; SameSite=Lax`);
      expect((await store.entry('sid-1'))?.cookie).toEqual({
        originalMaxAge: null,
        expires: null,
        secure: false,
        httpOnly: true,
        path: '/',
        sameSite: 'lax',
      });
    });
  });
});

describe('resave option', () => {
  describe('when false (default)', () => {
    it('should touch instead of rewriting an unchanged session', async () => {
      const { engine, store } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
      await exchange(engine, {}, addUser);
      vi.setSystemTime(NOW.getTime() + 30_000);
      await exchange(engine, { cookie: cookieFor('sid-1') });
      expect(store.calls.map((call) => call.method)).toEqual(['set', 'get', 'touch']);
    });

    it('should move the stored expiry forward on touch (refreshing the TTL)', async () => {
      const { engine, store } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
      await exchange(engine, {}, addUser);
      vi.setSystemTime(NOW.getTime() + 30_000);
      await exchange(engine, { cookie: cookieFor('sid-1') });
      vi.setSystemTime(NOW.getTime() + 80_000);
      expect((await store.entry('sid-1'))?.cookie.expires).toBe('2025-01-01T00:01:30.000Z');
    });
  });

  describe('when true', () => {
    it('should rewrite an unchanged session', async () => {
      const { engine, store } = setupEngine({ resave: true });
      await exchange(engine, {}, addUser);
      await exchange(engine, { cookie: cookieFor('sid-1') });
      expect(store.callsOf('set')).toEqual(['sid-1', 'sid-1']);
      expect(store.callsOf('touch')).toEqual([]);
    });
  });
});

describe('rolling option', () => {
  it('should not resend the cookie of an unchanged session when off', async () => {
    const { engine } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, addUser);
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') });
    expect(setCookie).toBeNull();
  });

  it('should resend the cookie with a fresh expiry on every response when on', async () => {
    const { engine } = setupEngine({ rolling: true, cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, addUser);
    vi.setSystemTime(NOW.getTime() + 30_000);
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') });
    expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; Expires=Wed, 01 Jan 2025 00:01:30 GMT; HttpOnly; SameSite=Lax`);
  });

  it('should still not send a cookie for an untouched new session with saveUninitialized off', async () => {
    const { engine } = setupEngine({ rolling: true, cookie: { maxAge: MINUTE_MS } });
    const { setCookie } = await exchange(engine);
    expect(setCookie).toBeNull();
  });
});

describe('cookie.maxAge option', () => {
  it('should resend a modified session whose cookie has an expiry', async () => {
    const { engine } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, addUser);
    vi.setSystemTime(NOW.getTime() + 1_000);
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      session.data.visits = 2;
    });
    expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; Expires=Wed, 01 Jan 2025 00:01:01 GMT; HttpOnly; SameSite=Lax`);
  });

  it('should not resend a browser-session cookie when the data changed', async () => {
    const { engine, store } = setupEngine();
    await exchange(engine, {}, addUser);
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      session.data.visits = 2;
    });
    expect(setCookie).toBeNull();
    expect((await store.entry('sid-1'))?.visits).toBe(2);
  });

  it('should keep a session without expiry in the store for a day', async () => {
    const { engine, store } = setupEngine();
    await exchange(engine, {}, addUser);
    vi.setSystemTime(NOW.getTime() + 86_400_000 - 1);
    expect(await store.entry('sid-1')).not.toBeNull();
    vi.setSystemTime(NOW.getTime() + 86_400_000);
    expect(await store.entry('sid-1')).toBeNull();
  });
});

describe('cookie.expires option', () => {
  it('should write a fixed Expires and derive originalMaxAge from it', async () => {
    const { engine, store } = setupEngine({ cookie: { expires: new Date(NOW.getTime() + 2 * MINUTE_MS) } });
    const { setCookie } = await exchange(engine, {}, addUser);
    expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; Expires=Wed, 01 Jan 2025 00:02:00 GMT; HttpOnly; SameSite=Lax`);
    expect((await store.entry('sid-1'))?.cookie.originalMaxAge).toBe(2 * MINUTE_MS);
  });
});

describe('cookie.secure option', () => {
  it('should save the session but send no Secure cookie over plain HTTP', async () => {
    const { engine, store } = setupEngine({ cookie: { secure: true } });
    const { setCookie } = await exchange(engine, {}, addUser);
    expect(setCookie).toBeNull();
    expect((await store.entry('sid-1'))?.user).toBe('riya');
  });

  it('should send a Secure cookie over HTTPS', async () => {
    const { engine } = setupEngine({ cookie: { secure: true } });
    const { setCookie } = await exchange(engine, { origin: 'https://localhost' }, addUser);
    expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; HttpOnly; Secure; SameSite=Lax`);
  });

  describe("when 'auto' (default)", () => {
    it('should mark the cookie Secure over HTTPS', async () => {
      const { engine, store } = setupEngine();
      const { setCookie } = await exchange(engine, { origin: 'https://localhost' }, addUser);
      expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; HttpOnly; Secure; SameSite=Lax`);
      expect((await store.entry('sid-1'))?.cookie.secure).toBe(true);
    });

    it('should leave Secure off over plain HTTP', async () => {
      const { engine } = setupEngine();
      const { setCookie } = await exchange(engine, {}, addUser);
      expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; HttpOnly; SameSite=Lax`);
    });
  });
});

describe('proxy option', () => {
  const forwarded = { headers: { 'x-forwarded-proto': 'https' } };

  it('should trust X-Forwarded-Proto when on', async () => {
    const { engine } = setupEngine({ proxy: true, cookie: { secure: true } });
    const { setCookie } = await exchange(engine, forwarded, addUser);
    expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; HttpOnly; Secure; SameSite=Lax`);
  });

  it('should ignore X-Forwarded-Proto when off', async () => {
    const { engine } = setupEngine({ cookie: { secure: true } });
    const { setCookie } = await exchange(engine, forwarded, addUser);
    expect(setCookie).toBeNull();
  });
});

describe('cookie.path option', () => {
  it('should give requests outside the path no session', async () => {
    const { engine, store } = setupEngine({ cookie: { path: '/admin' } });
    let received: unknown = 'not called';
    const response = await engine.withSession(
      new Request('http://localhost/public', { headers: { cookie: cookieFor('sid-9') } }),
      (session) => {
        received = session;
        return new Response('ok');
      },
    );
    expect(received).toBeNull();
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(store.calls).toEqual([]);
    const inside = await exchange(engine, { path: '/admin' });
    expect(inside.sid).toBe('sid-1');
  });

  it('should serve requests inside the path and scope the cookie to it', async () => {
    const { engine } = setupEngine({ cookie: { path: '/admin' } });
    const { setCookie } = await exchange(engine, { path: '/admin/users' }, addUser);
    expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/admin; HttpOnly; SameSite=Lax`);
  });
});

describe('cookie attributes', () => {
  it('should write Domain, Partitioned, Priority and SameSite=Strict as configured', async () => {
    const { engine } = setupEngine({
      cookie: { domain: 'pathshala.test', partitioned: true, priority: 'high', sameSite: 'strict', httpOnly: false },
    });
    const { setCookie } = await exchange(engine, {}, addUser);
    expect(setCookie).toBe(`${cookieFor('sid-1')}; Domain=pathshala.test; Path=/; Partitioned; Priority=High; SameSite=Strict`);
  });

  it('should keep the attributes a stored session was created with', async () => {
    const first = setupEngine({ cookie: { maxAge: MINUTE_MS, sameSite: 'strict' } });
    await exchange(first.engine, {}, addUser);
    const { setCookie } = await exchange(first.engine, { cookie: cookieFor('sid-1') }, (session) => {
      session.data.n = 1;
    });
    expect(setCookie).toContain('SameSite=Strict');
  });
});

describe('unset option', () => {
  async function unsetWith(unset: 'keep' | 'destroy') {
    const { engine, store } = setupEngine({ unset, cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, addUser);
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      session.data.user = 'aman';
      session.unset();
    });
    return { setCookie, store };
  }

  it("should keep the stored session unchanged when 'keep'", async () => {
    const { setCookie, store } = await unsetWith('keep');
    expect(setCookie).toBeNull();
    expect((await store.entry('sid-1'))?.user).toBe('riya');
  });

  it("should destroy the stored session when 'destroy'", async () => {
    const { setCookie, store } = await unsetWith('destroy');
    expect(setCookie).toBeNull();
    expect(await store.entry('sid-1')).toBeNull();
  });
});

describe('idleTimeoutMs option', () => {
  it('should end a session left idle longer than the timeout, even if the cookie lives on', async () => {
    const { engine } = setupEngine({ idleTimeoutMs: MINUTE_MS, cookie: { maxAge: 60 * MINUTE_MS } });
    await exchange(engine, {}, addUser);
    vi.setSystemTime(NOW.getTime() + MINUTE_MS + 1);
    const { sid } = await exchange(engine, { cookie: cookieFor('sid-1') });
    expect(sid).toBe('sid-2');
  });

  it('should keep a session alive while it is used within the timeout', async () => {
    const { engine } = setupEngine({ idleTimeoutMs: MINUTE_MS, cookie: { maxAge: 60 * MINUTE_MS } });
    await exchange(engine, {}, addUser);
    let user: unknown;
    for (let step = 1; step <= 5; step++) {
      vi.setSystemTime(NOW.getTime() + step * 50_000);
      const result = await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
        user = session.data.user;
      });
      expect(result.sid).toBe('sid-1');
    }
    expect(user).toBe('riya');
  });
});

describe('absoluteTimeoutMs option', () => {
  it('should end a session at the absolute timeout however active it is', async () => {
    const { engine, store } = setupEngine({ absoluteTimeoutMs: 3 * MINUTE_MS, rolling: true, cookie: { maxAge: 2 * MINUTE_MS } });
    await exchange(engine, {}, addUser);
    for (let step = 1; step <= 5; step++) {
      vi.setSystemTime(NOW.getTime() + step * 30_000);
      await exchange(engine, { cookie: cookieFor('sid-1') });
    }
    vi.setSystemTime(NOW.getTime() + 3 * MINUTE_MS);
    const { sid } = await exchange(engine, { cookie: cookieFor('sid-1') });
    expect(sid).toBe('sid-2');
    expect(await store.entry('sid-1')).toBeNull();
  });

  it('should detect the timeout from the stored creation time even if the store kept the entry', async () => {
    const { engine, store } = setupEngine({ absoluteTimeoutMs: MINUTE_MS });
    const stale = JSON.stringify({
      cookie: { originalMaxAge: null, expires: null },
      user: 'riya',
      __meta: { createdAt: NOW.getTime() - MINUTE_MS },
    });
    await store.inner.set('old', stale, NOW.getTime() + MINUTE_MS);
    const { sid } = await exchange(engine, { cookie: cookieFor('old') });
    expect(sid).toBe('sid-1');
    expect(store.callsOf('destroy')).toEqual(['old']);
  });
});
