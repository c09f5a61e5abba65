import express from 'express';
import session from 'express-session';
import { afterEach, describe, expect, it } from 'vitest';
import { cookieFrom, lessonCode, runLessonCode, serve } from './lesson-code';

/*
 * Claims of the lesson 'session-stores' about what express-session 1.19 asks of a store, held
 * against the real package with the lesson's own code.
 */

type StoreClass = new () => session.Store & { sessions: Map<string, string> };

function mapStore(): StoreClass {
  return runLessonCode<{ MapStore: StoreClass }>(
    lessonCode('session-stores', 'map-store.js').replace('module.exports = { MapStore };', ''),
    ['MapStore'],
  ).MapStore;
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function appWith(store: session.Store) {
  const app = express();
  app.use(session({ store, secret: 'claims', resave: false, saveUninitialized: false, cookie: { maxAge: 60_000 } }));
  app.post('/cart', (req, res) => {
    const data = req.session as session.Session & { cart?: number };
    data.cart = (data.cart ?? 0) + 1;
    res.json({ cart: data.cart });
  });
  app.get('/cart', (req, res) => res.json({ cart: (req.session as { cart?: number }).cart ?? 0 }));
  app.post('/login', (req, res, next) => {
    req.session.regenerate((err) => {
      if (err) return next(err);
      (req.session as session.Session & { user?: string }).user = 'riya';
      res.json({ ok: true });
    });
  });
  app.post('/reload', (req, res, next) => {
    req.session.reload((err) => (err ? next(err) : res.json({ ok: true })));
  });
  const served = await serve(app);
  close = served.close;
  return served.url;
}

describe('a custom store (lesson: session-stores#custom-store)', () => {
  it('should refuse a plain object with get, set and destroy: express-session subscribes to store events at start', () => {
    const plain = { get() {}, set() {}, destroy() {} };
    expect(() => session({ store: plain as unknown as session.Store, secret: 'claims', resave: false, saveUninitialized: false })).toThrow(
      /store\.on is not a function/,
    );
  });

  it('should rely on regenerate and createSession, which only session.Store provides', () => {
    const MapStore = mapStore();
    const store = new MapStore();
    expect(store).toBeInstanceOf(session.Store);
    expect(Object.hasOwn(MapStore.prototype, 'regenerate')).toBe(false);
    expect(typeof store.regenerate).toBe('function');
    expect(typeof store.createSession).toBe('function');
  });

  it("should save, load, reload and regenerate sessions with the lesson's MapStore on real express-session", async () => {
    const MapStore = mapStore();
    const store = new MapStore();
    const url = await appWith(store);
    const first = await fetch(`${url}/cart`, { method: 'POST' });
    const cookie = cookieFrom(first);
    expect(cookie).toMatch(/^connect\.sid=s%3A/);
    expect(store.sessions.size).toBe(1);
    await fetch(`${url}/cart`, { method: 'POST', headers: { cookie: cookie ?? '' } });
    expect(await (await fetch(`${url}/cart`, { headers: { cookie: cookie ?? '' } })).json()).toEqual({ cart: 2 });
    expect((await fetch(`${url}/reload`, { method: 'POST', headers: { cookie: cookie ?? '' } })).status).toBe(200);

    const login = await fetch(`${url}/login`, { method: 'POST', headers: { cookie: cookie ?? '' } });
    const newCookie = cookieFrom(login);
    expect(newCookie).not.toBe(cookie);
    // regenerate() destroyed the old entry: one session left, the logged-in one.
    expect(store.sessions.size).toBe(1);
    expect(JSON.parse([...store.sessions.values()][0] ?? '{}')).toMatchObject({ user: 'riya' });
    expect(await (await fetch(`${url}/cart`, { headers: { cookie: cookie ?? '' } })).json()).toEqual({ cart: 0 });
  });

  it('should treat an expired entry as no session', async () => {
    const MapStore = mapStore();
    const store = new MapStore();
    const url = await appWith(store);
    const cookie = cookieFrom(await fetch(`${url}/cart`, { method: 'POST' })) ?? '';
    const [sid, json] = [...store.sessions.entries()][0] ?? ['', '{}'];
    const stored = JSON.parse(json) as { cookie: { expires: string } };
    stored.cookie.expires = new Date(Date.now() - 1000).toISOString();
    store.sessions.set(sid, JSON.stringify(stored));
    expect(await (await fetch(`${url}/cart`, { headers: { cookie } })).json()).toEqual({ cart: 0 });
    expect(store.sessions.has(sid)).toBe(false);
  });
});

describe("sweeping express-session's MemoryStore (lesson: session-stores, EngineExtra sweep)", () => {
  it("should delete expired entries when all() runs, which is what the lesson's timer calls", async () => {
    const code = lessonCode('session-stores', 'memory-sweep.js');
    expect(code).toContain('setInterval(() => store.all(() => {}), 60_000).unref()');
    const store = new session.MemoryStore() as session.MemoryStore & { sessions: Record<string, string> };
    const cookie = (expires: number) => ({ originalMaxAge: 1000, expires: new Date(expires), httpOnly: true, path: '/' });
    await new Promise<void>((resolve) =>
      store.set('old', { cookie: cookie(Date.now() - 1) } as unknown as session.SessionData, () => resolve()),
    );
    await new Promise<void>((resolve) =>
      store.set('live', { cookie: cookie(Date.now() + 60_000) } as unknown as session.SessionData, () => resolve()),
    );
    expect(Object.keys(store.sessions).sort()).toEqual(['live', 'old']);
    await new Promise<void>((resolve) => store.all(() => resolve()));
    expect(Object.keys(store.sessions)).toEqual(['live']);
  });
});
