import { describe, expect, it, vi } from 'vitest';
import { cookieFor, exchange, MINUTE_MS, setupEngine, TEST_NOW, pinTestClock } from './testing/engine-setup';

const NOW = TEST_NOW;

pinTestClock();

async function loggedIn(options: Parameters<typeof setupEngine>[0] = {}) {
  const setup = setupEngine(options);
  await exchange(setup.engine, {}, (session) => {
    session.data.cart = ['chai'];
  });
  return setup;
}

describe('session.regenerate', () => {
  it('should move to a new sid, delete the old entry and empty the data', async () => {
    const { engine, store } = await loggedIn();
    let dataAfter: unknown;
    const { sid, setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, async (session) => {
      await session.regenerate();
      dataAfter = { ...session.data };
      session.data.user = 'riya';
    });
    expect(sid).toBe('sid-2');
    expect(dataAfter).toEqual({});
    expect(setCookie).toBe(`${cookieFor('sid-2')}; Path=/; HttpOnly; SameSite=Lax`);
    expect(await store.entry('sid-1')).toBeNull();
    expect((await store.entry('sid-2'))?.user).toBe('riya');
  });

  it('should save the new session even when nothing is put in it', async () => {
    const { engine, store } = await loggedIn();
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => session.regenerate());
    expect(setCookie).toBe(`${cookieFor('sid-2')}; Path=/; HttpOnly; SameSite=Lax`);
    expect(store.callsOf('set')).toEqual(['sid-1', 'sid-2']);
  });

  it('should carry the data over with keepData', async () => {
    const { engine, store } = await loggedIn();
    await exchange(engine, { cookie: cookieFor('sid-1') }, async (session) => {
      await session.regenerate({ keepData: true });
      session.data.user = 'riya';
    });
    expect(await store.entry('sid-2')).toMatchObject({ cart: ['chai'], user: 'riya' });
  });

  it('should keep the creation time with keepData, so the absolute timeout is not extended', async () => {
    const { engine, store } = await loggedIn();
    vi.setSystemTime(NOW.getTime() + MINUTE_MS);
    await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => session.regenerate({ keepData: true }));
    expect((await store.entry('sid-2'))?.__meta).toEqual({ createdAt: NOW.getTime() });
  });

  it('should start the creation time afresh without keepData', async () => {
    const { engine, store } = await loggedIn();
    vi.setSystemTime(NOW.getTime() + MINUTE_MS);
    await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => session.regenerate());
    expect((await store.entry('sid-2'))?.__meta).toEqual({ createdAt: NOW.getTime() + MINUTE_MS });
  });

  it('should give a fresh cookie with the configured maxAge', async () => {
    const { engine } = await loggedIn({ cookie: { maxAge: MINUTE_MS } });
    vi.setSystemTime(NOW.getTime() + 30_000);
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => session.regenerate());
    expect(setCookie).toBe(`${cookieFor('sid-2')}; Path=/; Expires=Wed, 01 Jan 2025 00:01:30 GMT; HttpOnly; SameSite=Lax`);
  });
});

describe('session.destroy', () => {
  it('should delete the stored session at once and send no cookie', async () => {
    const { engine, store } = await loggedIn({ rolling: true });
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, async (session) => {
      await session.destroy();
      expect(await store.entry('sid-1')).toBeNull();
      expect(session.destroyed).toBe(true);
    });
    expect(setCookie).toBeNull();
    expect(await store.length()).toBe(0);
  });

  it('should not save changes made after destroy', async () => {
    const { engine, store } = await loggedIn();
    await exchange(engine, { cookie: cookieFor('sid-1') }, async (session) => {
      await session.destroy();
      session.data.user = 'riya';
    });
    expect(store.callsOf('set')).toEqual(['sid-1']);
  });

  it('should allow a fresh session after destroy through regenerate', async () => {
    const { engine, store } = await loggedIn();
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, async (session) => {
      await session.destroy();
      await session.regenerate();
      session.data.user = 'aman';
    });
    expect(setCookie).toBe(`${cookieFor('sid-2')}; Path=/; HttpOnly; SameSite=Lax`);
    expect((await store.entry('sid-2'))?.user).toBe('aman');
  });
});

describe('session.reload', () => {
  it('should drop unsaved changes and read the store again', async () => {
    const { engine } = await loggedIn();
    let after: unknown;
    await exchange(engine, { cookie: cookieFor('sid-1') }, async (session) => {
      session.data.cart = ['samosa'];
      await session.reload();
      after = session.data.cart;
    });
    expect(after).toEqual(['chai']);
  });

  it('should fail when the session is no longer stored', async () => {
    const { engine, store } = await loggedIn();
    await expect(
      exchange(engine, { cookie: cookieFor('sid-1') }, async (session) => {
        await store.inner.destroy('sid-1');
        await session.reload();
      }),
    ).rejects.toThrow('session-engine: failed to reload the session: it is no longer in the store.');
  });
});

describe('session.save', () => {
  it('should write at once and not write the same data again at the end', async () => {
    const { engine, store } = await loggedIn();
    await exchange(engine, { cookie: cookieFor('sid-1') }, async (session) => {
      session.data.user = 'riya';
      await session.save();
      expect((await store.entry('sid-1'))?.user).toBe('riya');
    });
    expect(store.callsOf('set')).toEqual(['sid-1', 'sid-1']);
    expect(store.callsOf('touch')).toEqual(['sid-1']);
  });

  it('should write again at the end when the data changed after save', async () => {
    const { engine, store } = await loggedIn();
    await exchange(engine, { cookie: cookieFor('sid-1') }, async (session) => {
      session.data.user = 'riya';
      await session.save();
      session.data.user = 'aman';
    });
    expect(store.callsOf('set')).toEqual(['sid-1', 'sid-1', 'sid-1']);
    expect((await store.entry('sid-1'))?.user).toBe('aman');
  });
});

describe('session.touch and session.cookie', () => {
  it('should restart the cookie maxAge', async () => {
    const { engine } = await loggedIn({ cookie: { maxAge: MINUTE_MS } });
    vi.setSystemTime(NOW.getTime() + 20_000);
    await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      expect(session.cookie.maxAge).toBe(40_000);
      session.touch();
      expect(session.cookie.maxAge).toBe(MINUTE_MS);
      expect(session.cookie.originalMaxAge).toBe(MINUTE_MS);
    });
  });

  it('should let a handler lengthen one session (remember me)', async () => {
    const { engine, store } = await loggedIn({ cookie: { maxAge: MINUTE_MS } });
    const { setCookie } = await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      session.cookie.maxAge = 10 * MINUTE_MS;
      session.data.remember = true;
    });
    expect(setCookie).toContain('Expires=Wed, 01 Jan 2025 00:10:00 GMT');
    expect((await store.entry('sid-1'))?.cookie.originalMaxAge).toBe(10 * MINUTE_MS);
  });

  it('should refuse data that is not a plain object', async () => {
    const { engine } = setupEngine();
    await expect(
      exchange(engine, {}, (session) => {
        session.data = [] as never;
      }),
    ).rejects.toThrow('session-engine: session.data must be a plain object.');
  });

  it('should report when the session was created', async () => {
    const { engine } = await loggedIn();
    vi.setSystemTime(NOW.getTime() + MINUTE_MS);
    await exchange(engine, { cookie: cookieFor('sid-1') }, (session) => {
      expect(session.createdAt).toBe(NOW.getTime());
    });
  });
});
