import { describe, expect, it, vi } from 'vitest';
import { serializeSetCookie } from './cookie';
import type { SessionTraceEvent, TraceStoreOperation } from './trace';
import { cookieFor, exchange, MINUTE_MS, setupEngine, TEST_NOW, pinTestClock } from './testing/engine-setup';
import { testRequest } from './testing/http';

const NOW = TEST_NOW;

pinTestClock();

describe('engine.inspect', () => {
  it('should show the decoded cookie and the store entry', async () => {
    const { engine } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const view = await engine.inspect(new Headers({ cookie: `theme=dark; ${cookieFor('sid-1')}` }));
    expect(view).toEqual({
      cookieHeader: `theme=dark; ${cookieFor('sid-1')}`,
      cookieValue: decodeURIComponent(cookieFor('sid-1').split('=')[1]!),
      sessionCookie: { prefix: 's:', sid: 'sid-1', signature: expect.any(String), valid: true, reason: null },
      insideCookiePath: true,
      entry: {
        cookie: {
          originalMaxAge: MINUTE_MS,
          expires: '2025-01-01T00:01:00.000Z',
          secure: false,
          httpOnly: true,
          path: '/',
          sameSite: 'lax',
        },
        user: 'riya',
        __meta: { createdAt: NOW.getTime() },
      },
      store: { kind: 'memory', length: 1, limits: null },
    });
  });

  it.each([
    ['no cookie', '', 'no-cookie'],
    ['a bad signature', cookieFor('sid-1', 'connect.sid', 'wrong'), 'bad-signature'],
    ['an unknown sid', cookieFor('forgotten'), 'unknown-sid'],
  ])('should explain %s', async (_label, cookie, reason) => {
    const { engine } = setupEngine();
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const view = await engine.inspect(new Headers(cookie ? { cookie } : {}));
    expect(view.sessionCookie.reason).toBe(reason);
    expect(view.sessionCookie.valid).toBe(false);
    expect(view.entry).toBeNull();
  });

  it('should show an entry the store kept alive as valid, even when its stored cookie.expires has passed', async () => {
    const { engine } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    // A Redis touch moves only the TTL, so the JSON keeps the expiry of the last write.
    await engine.options.store.set(
      'sid-1',
      JSON.stringify({ cookie: { originalMaxAge: MINUTE_MS, expires: '2024-12-31T23:59:00.000Z' }, user: 'riya' }),
      NOW.getTime() + MINUTE_MS,
    );
    const view = await engine.inspect(new Headers({ cookie: cookieFor('sid-1') }));
    expect(view.sessionCookie).toMatchObject({ sid: 'sid-1', valid: true, reason: null });
    expect(view.entry).toMatchObject({ user: 'riya' });
  });

  it('should explain an entry past the absolute timeout as expired', async () => {
    const { engine } = setupEngine({ absoluteTimeoutMs: MINUTE_MS, cookie: { maxAge: 10 * MINUTE_MS } });
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    await engine.options.store.set(
      'sid-1',
      JSON.stringify({ cookie: { originalMaxAge: null, expires: null }, __meta: { createdAt: NOW.getTime() - MINUTE_MS } }),
      NOW.getTime() + MINUTE_MS,
    );
    const view = await engine.inspect(new Headers({ cookie: cookieFor('sid-1') }));
    expect(view.sessionCookie).toMatchObject({ valid: false, reason: 'expired' });
    expect(view.entry).not.toBeNull();
  });

  it('should never create, save, touch or lock a session', async () => {
    const { engine, store } = setupEngine({ saveUninitialized: true, rolling: true });
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const before = await store.inner.get('sid-1');
    store.calls.length = 0;
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    vi.setSystemTime(NOW.getTime() + 30_000);
    for (const cookie of ['', cookieFor('sid-1'), cookieFor('nope')]) {
      await engine.inspect(new Headers(cookie ? { cookie } : {}), 'http://localhost/api/inspect');
    }
    expect(store.calls.map((call) => call.method)).toEqual(['get', 'get']);
    expect(await store.inner.get('sid-1')).toBe(before);
    expect(await store.length()).toBe(1);
    expect(events).toEqual([]);
  });

  it('should say when the URL lies outside the cookie path', async () => {
    const { engine } = setupEngine({ cookie: { path: '/lab' } });
    const view = await engine.inspect(new Headers(), 'http://localhost/learn/cookies');
    expect(view.insideCookiePath).toBe(false);
  });
});

describe('trace events', () => {
  it('should describe a first visit: no cookie, a set, and the Set-Cookie sent', async () => {
    const { engine } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    const { setCookie } = await exchange(engine, { path: '/api/demo/login', method: 'POST' }, (session) => {
      session.data.user = 'riya';
    });
    expect(events).toEqual([
      {
        time: NOW.toISOString(),
        method: 'POST',
        path: '/api/demo/login',
        cookieHeader: null,
        cookieValue: null,
        cookie: { prefix: null, sid: null, signature: null, valid: false, reason: 'no-cookie' },
        signature: 'absent',
        storeOperations: [
          {
            op: 'set',
            sid: 'sid-1',
            beforeJson: null,
            before: null,
            after: {
              cookie: {
                originalMaxAge: MINUTE_MS,
                expires: '2025-01-01T00:01:00.000Z',
                secure: false,
                httpOnly: true,
                path: '/',
                sameSite: 'lax',
              },
              user: 'riya',
              __meta: { createdAt: NOW.getTime() },
            },
            durationMs: expect.any(Number),
          },
        ],
        sidBefore: 'sid-1',
        sidAfter: 'sid-1',
        storeAction: 'set',
        setCookie,
        noSetCookieReason: null,
        error: null,
        durationMs: expect.any(Number),
        status: 200,
        responseSetCookie: setCookie,
      },
    ]);
  });

  it("should carry the response's status and the session cookie it really sent (a handler's own clearing cookie)", async () => {
    const { engine } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    const clearing = 'connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
    const request = new Request('http://localhost/api/demo/logout', { method: 'POST', headers: { cookie: cookieFor('sid-1') } });
    const response = await engine.withSession(request, async (session) => {
      await session!.destroy();
      return new Response(null, { status: 204, headers: { 'set-cookie': clearing } });
    });
    expect(response.headers.getSetCookie()).toEqual([clearing]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 204, setCookie: null, responseSetCookie: clearing, noSetCookieReason: 'destroyed' });
  });

  it('should answer a failure through onError and trace that response, with the error', async () => {
    const { engine, store } = setupEngine();
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    vi.spyOn(store, 'set').mockRejectedValueOnce(new Error('store down'));
    const response = await engine.withSession(
      new Request('http://localhost/api/demo/cart', { method: 'POST' }),
      (session) => {
        session!.data.cart = ['chai'];
        return new Response('ok');
      },
      () => new Response('unavailable', { status: 503 }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 503, setCookie: null, responseSetCookie: null, error: 'store down', storeAction: 'set' });
  });

  it('should throw a failure without onError, after one event with no status', async () => {
    const { engine } = setupEngine();
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    const failing = engine.withSession(new Request('http://localhost/'), () => {
      throw new Error('handler broke');
    });
    await expect(failing).rejects.toThrow('handler broke');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: null, responseSetCookie: null, error: 'handler broke', storeAction: 'none' });
  });

  it('should record get then touch, with the entry before and after, for a read-only visit', async () => {
    const { engine } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    vi.setSystemTime(NOW.getTime() + 10_000);
    await exchange(engine, { cookie: cookieFor('sid-1') });
    const [event] = events;
    expect(event?.signature).toBe('valid');
    expect(event?.storeOperations.map((op) => op.op)).toEqual(['get', 'touch']);
    expect(event?.storeOperations[1]?.before?.cookie.expires).toBe('2025-01-01T00:01:00.000Z');
    expect(event?.storeOperations[1]?.after?.cookie.expires).toBe('2025-01-01T00:01:10.000Z');
    expect(event?.noSetCookieReason).toBe('not-modified');
  });

  it('should show sidBefore and sidAfter across regenerate', async () => {
    const { engine } = setupEngine();
    await exchange(engine, {}, (session) => {
      session.data.user = 'riya';
    });
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => session.regenerate());
    expect(events[0]).toMatchObject({ sidBefore: 'sid-1', sidAfter: 'sid-2' });
    expect(events[0]?.storeOperations.map((op) => `${op.op}:${op.sid}`)).toEqual(['get:sid-1', 'destroy:sid-1', 'set:sid-2']);
  });

  it.each([
    ['save-uninitialized-off', {}, () => {}],
    ['secure-over-http', { cookie: { secure: true } }, (s: { data: Record<string, unknown> }) => void (s.data.n = 1)],
  ] as const)('should give the reason %s when no cookie is sent', async (reason, options, handler) => {
    const { engine } = setupEngine(options);
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    await exchange(engine, {}, handler);
    expect(events[0]?.noSetCookieReason).toBe(reason);
  });

  it('should report a request outside the cookie path', async () => {
    const { engine } = setupEngine({ cookie: { path: '/lab' } });
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    await exchange(engine, { path: '/learn' });
    expect(events[0]).toMatchObject({ noSetCookieReason: 'outside-cookie-path', sidBefore: null, sidAfter: null, storeOperations: [] });
  });

  it('should report an invalid signature', async () => {
    const { engine } = setupEngine();
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    await exchange(engine, { cookie: 'connect.sid=s%3Aabc.forged' });
    expect(events[0]).toMatchObject({
      signature: 'invalid',
      cookie: { prefix: 's:', sid: 'abc', signature: 'forged', valid: false, reason: 'bad-signature' },
    });
  });

  it('should report a failed handler', async () => {
    const { engine } = setupEngine();
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    await expect(
      engine.withSession(testRequest(), () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(events[0]).toMatchObject({ error: 'boom', storeAction: 'none', setCookie: null });
  });

  it('should stop delivering after unsubscribe', async () => {
    const { engine } = setupEngine();
    const events: SessionTraceEvent[] = [];
    const unsubscribe = engine.subscribe((event) => events.push(event));
    await exchange(engine);
    unsubscribe();
    await exchange(engine);
    expect(events).toHaveLength(1);
  });

  it('should not let a throwing listener break the request', async () => {
    const { engine } = setupEngine();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    engine.subscribe(() => {
      throw new Error('listener bug');
    });
    const { response } = await exchange(engine);
    expect(response.status).toBe(200);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });

  it("should parse a store operation's entries only when they are read", async () => {
    const { engine } = setupEngine();
    await exchange(engine, {}, (session) => {
      session.data.n = 1;
    });
    const operations: TraceStoreOperation[] = [];
    engine.subscribe((event) => operations.push(...event.storeOperations));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
        session.data.n = 2;
      });
      // One parse: loading the session. The get and the set are traced as strings.
      expect(operations.map(({ op }) => op)).toEqual(['get', 'set']);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(operations[1]?.after).toMatchObject({ n: 2 });
      expect(operations[1]?.before).toMatchObject({ n: 1 });
      expect(parse).toHaveBeenCalledTimes(3);
      // Each is parsed once, then kept.
      expect(operations[1]?.after).toBe(operations[1]?.after);
      expect(parse).toHaveBeenCalledTimes(3);
    } finally {
      parse.mockRestore();
    }
  });

  it('should compute nothing for traces when nobody subscribes', async () => {
    const { engine } = setupEngine();
    await exchange(engine, {}, (session) => {
      session.data.n = 1;
    });
    const parse = vi.spyOn(JSON, 'parse');
    await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      session.data.n = 2;
    });
    // One parse: loading the session. No snapshots of entries for a trace.
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
  });
});

describe('engine.open (server actions)', () => {
  it('should return the Set-Cookie, taken apart, after the store write', async () => {
    const { engine, store } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    const opened = await engine.open({ headers: new Headers(), url: 'http://localhost/' });
    opened.session!.data.user = 'riya';
    const { setCookie, cookie } = await opened.commit();
    expect(setCookie).toBe(`${cookieFor('sid-1')}; Path=/; Expires=Wed, 01 Jan 2025 00:01:00 GMT; HttpOnly; SameSite=Lax`);
    expect(cookie).toEqual({
      name: 'connect.sid',
      value: decodeURIComponent(cookieFor('sid-1').split('=')[1]!),
      attributes: { path: '/', expires: new Date('2025-01-01T00:01:00.000Z'), httpOnly: true, secure: false, sameSite: 'lax' },
    });
    // The parts are the header's own: serializing them gives the same Set-Cookie.
    expect(serializeSetCookie(cookie!.name, cookie!.value, cookie!.attributes)).toBe(setCookie);
    expect((await store.entry('sid-1'))?.user).toBe('riya');
  });

  it('should trace a server action once, with no status and the cookie it set', async () => {
    const { engine } = setupEngine({ cookie: { maxAge: MINUTE_MS } });
    const events: SessionTraceEvent[] = [];
    engine.subscribe((event) => events.push(event));
    const opened = await engine.open({ headers: new Headers(), url: 'http://localhost/' });
    opened.session!.data.user = 'riya';
    const { setCookie } = await opened.commit();
    await opened.release();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: null, setCookie, responseSetCookie: setCookie, error: null });
  });

  it('should release the lock without saving', async () => {
    const { engine, store } = setupEngine({ lockWaitMs: 100 });
    await exchange(engine, {}, (session) => {
      session.data.n = 1;
    });
    const opened = await engine.open({ headers: new Headers({ cookie: cookieFor('sid-1') }), url: 'http://localhost/' });
    opened.session!.data.n = 2;
    await opened.release();
    await opened.release();
    const again = await engine.open({ headers: new Headers({ cookie: cookieFor('sid-1') }), url: 'http://localhost/' });
    expect(again.session?.data.n).toBe(1);
    await again.commit();
    expect(store.callsOf('set')).toEqual(['sid-1']);
  });
});
