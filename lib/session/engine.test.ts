import { createHmac } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { cookieFor, exchange, MINUTE_MS, pinTestClock, setupEngine, TEST_NOW, TEST_SECRET } from './testing/engine-setup';
import { setCookieOf, testRequest } from './testing/http';

const NOW = TEST_NOW;
const IN_ONE_MINUTE = 'Wed, 01 Jan 2025 00:01:00 GMT';

pinTestClock();

describe('session cookie format', () => {
  it('should be s: + sid + . + base64 HMAC-SHA256 without padding, URL-encoded', async () => {
    const { engine } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    const { setCookie } = await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const mac = createHmac('sha256', TEST_SECRET).update('sid-1').digest('base64').replace(/=+$/, '');
    expect(setCookie).toBe(`connect.sid=${encodeURIComponent(`s:sid-1.${mac}`)}; Path=/; Expires=${IN_ONE_MINUTE}; HttpOnly; SameSite=Lax`);
  });

  it('should store express-session JSON: the cookie first, then the data', async () => {
    const { engine, store } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    expect(await store.inner.get('sid-1')).toBe(
      '{"cookie":{"originalMaxAge":60000,"expires":"2025-01-01T00:01:00.000Z","secure":false,"httpOnly":true,"path":"/","sameSite":"lax"},' +
        `"user":"riya","__meta":{"createdAt":${NOW.getTime()}}}`,
    );
  });
});

describe('new session', () => {
  it('should load the session a cookie names', async () => {
    const { engine } = setupEngine();
    const first = await exchange(engine, {}, (session) => {
      session.data.visits = 1;
    });
    let visits: unknown;
    await exchange(engine, { cookie: cookieFor(first.sid!) }, (session) => {
      visits = session.data.visits;
    });
    expect(visits).toBe(1);
  });

  it('should give each cookie-less request its own sid', async () => {
    const { engine } = setupEngine();
    const a = await exchange(engine);
    const b = await exchange(engine);
    expect([a.sid, b.sid]).toEqual(['sid-1', 'sid-2']);
  });
});

describe('when sid not properly signed', () => {
  it('should start a fresh session with a new sid instead of failing', async () => {
    const { engine, store } = setupEngine();
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const forged = cookieFor('sid-1', 'connect.sid', 'wrong secret');
    const { response, sid } = await exchange(engine, { cookie: forged }, (session) => {
      expect(session.data).toEqual({});
    });
    expect(response.status).toBe(200);
    expect(sid).toBe('sid-2');
    expect(store.callsOf('get')).toEqual([]);
  });

  it('should never adopt the ID the client chose', async () => {
    const { engine, store } = setupEngine();
    const { sid } = await exchange(engine, { cookie: 'connect.sid=s%3Aattacker-chosen.bogus' }, (session) => {
      session.data.n = 1;
    });
    expect(sid).toBe('sid-1');
    expect(await store.entry('attacker-chosen')).toBeNull();
  });

  it('should ignore a cookie without the s: prefix', async () => {
    const { engine } = setupEngine();
    const { sid } = await exchange(engine, { cookie: 'connect.sid=sid-1' });
    expect(sid).toBe('sid-1');
  });

  it('should treat broken percent-encoding as a bad signature', async () => {
    const { engine } = setupEngine();
    const { response, sid } = await exchange(engine, { cookie: 'connect.sid=%E0%A4%A' });
    expect(response.status).toBe(200);
    expect(sid).toBe('sid-1');
  });
});

describe('when sid is unknown to the store', () => {
  it('should start a fresh session with a new sid', async () => {
    const { engine, store } = setupEngine();
    const { sid } = await exchange(engine, { cookie: cookieFor('forgotten') }, (session) => {
      session.data.n = 1;
    });
    expect(sid).toBe('sid-1');
    expect(store.callsOf('get')).toEqual(['forgotten']);
    expect(await store.entry('forgotten')).toBeNull();
  });
});

describe('when the stored session has expired', () => {
  it('should start a fresh session once the store has dropped the entry', async () => {
    const { engine, store } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    vi.setSystemTime(NOW.getTime() + MINUTE_MS);
    const { sid } = await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      expect(session.data).toEqual({});
    });
    expect(sid).toBe('sid-2');
    expect(await store.entry('sid-1')).toBeNull();
  });

  it('should load an entry the store kept alive even though its stored cookie.expires has passed', async () => {
    const { engine, store } = setupEngine({ rolling: true, cookie: { maxAge: MINUTE_MS } });
    // As Redis holds a session after a touch: the TTL moved (EXPIRE), the JSON did not.
    await store.inner.set(
      'touched',
      JSON.stringify({ cookie: { originalMaxAge: MINUTE_MS, expires: '2024-12-31T23:59:00.000Z' }, user: 'riya' }),
      NOW.getTime() + MINUTE_MS,
    );
    let user: unknown;
    const { sid, setCookie } = await exchange(engine, { cookie: cookieFor('touched') }, (session) => {
      user = session.data.user;
    });
    expect([sid, user]).toEqual(['touched', 'riya']);
    expect(setCookie).toBe(`${cookieFor('touched')}; Path=/; Expires=${IN_ONE_MINUTE}; HttpOnly`);
    expect(store.callsOf('destroy')).toEqual([]);
    expect(store.callsOf('touch')).toEqual(['touched']);
  });
});

describe('modified', () => {
  it('should not count a moved cookie expiry as a change', async () => {
    const { engine, store } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, (session) => {
      session.data.n = 1;
    });
    vi.setSystemTime(NOW.getTime() + 10_000);
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      session.cookie.maxAge = 5 * MINUTE_MS;
    });
    expect(setCookie).toBeNull();
    expect(store.callsOf('set')).toEqual(['sid-1']);
  });

  it('should count a nested change deep inside the data', async () => {
    const { engine, store } = setupEngine();
    await exchange(engine, {}, (session) => {
      session.data.cart = { items: [{ productId: 'chai', qty: 1 }] };
    });
    await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      (session.data.cart as { items: { qty: number }[] }).items[0]!.qty = 2;
    });
    expect((await store.entry('sid-1'))?.cart).toEqual({ items: [{ productId: 'chai', qty: 2 }] });
  });

  it('should not count re-assigning equal data as a change', async () => {
    const { engine, store } = setupEngine();
    await exchange(engine, {}, (session) => {
      session.data.n = 1;
    });
    await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      session.data = { n: 1 };
    });
    expect(store.callsOf('set')).toEqual(['sid-1']);
  });

  it('should refuse the reserved key cookie in the data', async () => {
    const { engine } = setupEngine();
    await expect(
      exchange(engine, {}, (session) => {
        session.data.cookie = 'oops';
      }),
    ).rejects.toThrow('session-engine: session.data.cookie is reserved for the stored format; use another key.');
  });
});

describe('the store write finishes before the response is returned', () => {
  it('should have the session in the store when withSession resolves', async () => {
    const { engine, store } = setupEngine();
    store.writeDelayMs = 30;
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    expect((await store.entry('sid-1'))?.user).toBe('riya');
  });

  it('should add Set-Cookie to a redirect, whose headers are immutable', async () => {
    const { engine, store } = setupEngine();
    store.writeDelayMs = 30;
    const response = await engine.withSession(testRequest('/login', { method: 'POST' }), (session) => {
      session!.data.user = 'riya';
      return Response.redirect('http://localhost/account', 303);
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('http://localhost/account');
    expect(setCookieOf(response)).toMatch(/^connect\.sid=s%3Asid-1\./);
    expect((await store.entry('sid-1'))?.user).toBe('riya');
  });

  it('should keep Set-Cookie headers the handler already set', async () => {
    const { engine } = setupEngine();
    const response = await engine.withSession(testRequest(), (session) => {
      session!.data.n = 1;
      const res = new Response('ok');
      res.headers.append('Set-Cookie', 'theme=dark; Path=/');
      return res;
    });
    expect(response.headers.getSetCookie()).toEqual(['theme=dark; Path=/', expect.stringMatching(/^connect\.sid=/)]);
  });
});

describe('when the handler throws', () => {
  it('should pass the error on and save nothing', async () => {
    const { engine, store } = setupEngine();
    await expect(
      engine.withSession(testRequest(), (session) => {
        session!.data.n = 1;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.length()).toBe(0);
  });

  it('should release the lock so the next request on the session proceeds', async () => {
    const { engine } = setupEngine({ lockWaitMs: 200 });
    await exchange(engine, {}, (session) => {
      session.data.n = 1;
    });
    await expect(
      exchange(engine, { cookie: cookieFor('sid-1') }, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    let n: unknown;
    await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      n = session.data.n;
    });
    expect(n).toBe(1);
  });

  it('should refuse use of the session after the request ended', async () => {
    const { engine } = setupEngine();
    let kept: { save(): Promise<void> } | null = null;
    await exchange(engine, {}, (session) => {
      kept = session;
    });
    await expect(kept!.save()).rejects.toThrow('session-engine: this session was already committed or released');
  });
});
