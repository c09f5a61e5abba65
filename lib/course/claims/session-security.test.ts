import { sign } from 'cookie-signature';
import express from 'express';
import session from 'express-session';
import { afterEach, describe, expect, it } from 'vitest';
import { cookieFrom, lessonCode, runLessonCode, serve } from './lesson-code';

/*
 * Claims of 'session-security' (logout, secret rotation) and 'session-id-and-signing' (rotation),
 * held against express-session 1.19 with the lessons' own code.
 */

type Data = session.Session & { user?: { name: string } | null; cart?: string[] };

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** An app with login, cart and whoami routes, plus the logout the test installs. */
async function appWithLogout(installLogout: (app: express.Express) => void, name = 'connect.sid') {
  const store = new session.MemoryStore();
  const app = express();
  app.use(session({ name, store, secret: 'claims', resave: false, saveUninitialized: false, cookie: { maxAge: 60_000 } }));
  app.post('/login', (req, res) => {
    const data = req.session as Data;
    data.user = { name: 'riya' };
    data.cart = ['chai'];
    res.json({ ok: true });
  });
  app.get('/me', (req, res) => {
    const data = req.session as Data;
    res.json({ user: data.user ?? null, cart: data.cart ?? [], sid: req.sessionID });
  });
  installLogout(app);
  const served = await serve(app);
  close = served.close;
  const count = () => new Promise<number>((resolve) => store.length((_err, n) => resolve(n ?? 0)));
  return { url: served.url, count };
}

async function loggedIn(url: string): Promise<string> {
  const cookie = cookieFrom(await fetch(`${url}/login`, { method: 'POST' }));
  if (!cookie) throw new Error('no cookie');
  return cookie;
}

const me = async (url: string, cookie: string) =>
  (await fetch(`${url}/me`, { headers: { cookie } })).json() as Promise<{ user: unknown; cart: string[]; sid: string }>;

describe('logout (lesson: session-security#logout)', () => {
  it('should leave every copy of the cookie anonymous once `delete req.session.user` is saved, but keep the ID and the other keys', async () => {
    const { url, count } = await appWithLogout((app) =>
      app.post('/logout', (req, res) => {
        delete (req.session as Data).user;
        res.json({ ok: true });
      }),
    );
    const cookie = await loggedIn(url);
    const before = await me(url, cookie);
    const stolenCopy = cookie;
    await fetch(`${url}/logout`, { method: 'POST', headers: { cookie } });
    const after = await me(url, stolenCopy);
    expect(after.user).toBeNull();
    expect(after.sid).toBe(before.sid);
    expect(after.cart).toEqual(['chai']);
    expect(await count()).toBe(1);
  });

  it("should retire the ID with express-session's recipe (clear user, save, regenerate) from the lesson", async () => {
    const code = lessonCode('session-security', 'logout-regenerate.js');
    const { url, count } = await appWithLogout((app) => runLessonCode(code, [], { app }));
    const cookie = await loggedIn(url);
    const before = await me(url, cookie);
    const response = await fetch(`${url}/logout`, { method: 'POST', headers: { cookie } });
    expect(response.status).toBe(200);
    // The new session is empty, but its ID changed, which counts as modified: it is saved and its cookie sent.
    const newCookie = cookieFrom(response);
    expect(newCookie).not.toBeNull();
    expect(newCookie).not.toBe(cookie);
    expect(await count()).toBe(1);
    expect(await me(url, newCookie ?? '')).toMatchObject({ user: null, cart: [] });
    // A copy of the old cookie finds no entry: a fresh, anonymous session.
    const copy = await me(url, cookie);
    expect(copy).toMatchObject({ user: null, cart: [] });
    expect(copy.sid).not.toBe(before.sid);
  });

  it("should delete the entry and clear the cookie with the lesson's destroy logout", async () => {
    const code = lessonCode('session-security', 'logout.js');
    const { url, count } = await appWithLogout((app) => runLessonCode(code, [], { app }), '__Host-sid');
    const cookie = await loggedIn(url);
    const response = await fetch(`${url}/logout`, { method: 'POST', headers: { cookie } });
    expect(response.headers.getSetCookie()).toEqual([
      '__Host-sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax',
    ]);
    expect(await count()).toBe(0);
    expect(await me(url, cookie)).toMatchObject({ user: null, cart: [] });
  });
});

describe('secret rotation (lessons: session-id-and-signing#secret-rotation, session-security#secrets)', () => {
  async function rotatingApp(rolling: boolean) {
    const store = new session.MemoryStore();
    const app = express();
    app.use(session({ store, secret: ['new', 'old'], resave: false, saveUninitialized: false, rolling, cookie: { maxAge: 30 * 60_000 } }));
    app.get('/read', (req, res) => res.json({ sid: req.sessionID }));
    const served = await serve(app);
    close = served.close;
    const sid = 'a-session-signed-before-the-switch';
    await new Promise<void>((resolve) =>
      store.set(
        sid,
        {
          cookie: { originalMaxAge: 1_800_000, expires: new Date(Date.now() + 1_800_000), httpOnly: true, path: '/' },
        } as unknown as session.SessionData,
        () => resolve(),
      ),
    );
    return { url: served.url, sid, oldCookie: `connect.sid=${encodeURIComponent(`s:${sign(sid, 'old')}`)}` };
  }

  it('should re-sign a cookie signed with the old secret on the next response when rolling, keeping the ID', async () => {
    const { url, sid, oldCookie } = await rotatingApp(true);
    const response = await fetch(`${url}/read`, { headers: { cookie: oldCookie } });
    expect(await response.json()).toEqual({ sid });
    expect(cookieFrom(response)).toBe(`connect.sid=${encodeURIComponent(`s:${sign(sid, 'new')}`)}`);
  });

  it('should leave an unchanged session signed with the old secret when not rolling', async () => {
    const { url, sid, oldCookie } = await rotatingApp(false);
    const response = await fetch(`${url}/read`, { headers: { cookie: oldCookie } });
    expect(await response.json()).toEqual({ sid });
    expect(cookieFrom(response)).toBeNull();
  });
});

describe('keeping the cart across regenerate (lesson: login-with-sessions#keep-data, EngineExtra keepData)', () => {
  it("should carry the cart to the new ID with the lesson's keep-cart.js, while the old ID dies", async () => {
    const code = lessonCode('login-with-sessions', 'keep-cart.js');
    const store = new session.MemoryStore();
    const app = express();
    app.use(session({ store, secret: 'claims', resave: false, saveUninitialized: false }));
    app.post('/cart', (req, res) => {
      (req.session as Data).cart = ['chai'];
      res.json({ ok: true });
    });
    app.post('/login', (req, res, next) => {
      runLessonCode(code, [], { req, res, next, user: { id: 7, name: 'riya' } });
    });
    app.get('/me', (req, res) => res.json({ user: (req.session as Data).user ?? null, cart: (req.session as Data).cart ?? [] }));
    const served = await serve(app);
    close = served.close;
    const before = cookieFrom(await fetch(`${served.url}/cart`, { method: 'POST' })) ?? '';
    const login = await fetch(`${served.url}/login`, { method: 'POST', headers: { cookie: before }, redirect: 'manual' });
    expect(login.status).toBe(302);
    const after = cookieFrom(login) ?? '';
    expect(after).not.toBe(before);
    expect(await (await fetch(`${served.url}/me`, { headers: { cookie: after } })).json()).toEqual({
      user: { id: 7, name: 'riya' },
      cart: ['chai'],
    });
    expect(await (await fetch(`${served.url}/me`, { headers: { cookie: before } })).json()).toEqual({ user: null, cart: [] });
  });
});

describe('an absolute timeout for express-session (lesson: session-security#expiry, EngineExtra)', () => {
  it("should end a session 12 hours after login with the lesson's middleware, and leave a younger one alone", async () => {
    const code = lessonCode('session-security', 'absolute-timeout.js');
    const app = express();
    app.use(session({ secret: 'claims', resave: false, saveUninitialized: false }));
    runLessonCode(code, [], { app });
    app.post('/login', (req, res) => {
      const data = req.session as Data & { loginAt?: number };
      data.user = { name: 'riya' };
      data.loginAt = Date.now() - Number(req.query.hoursAgo ?? 0) * 60 * 60 * 1000;
      res.json({ ok: true });
    });
    app.get('/me', (req, res) => res.json({ user: (req.session as Data).user ?? null }));
    const served = await serve(app);
    close = served.close;
    const login = async (hoursAgo: number) => cookieFrom(await fetch(`${served.url}/login?hoursAgo=${hoursAgo}`, { method: 'POST' })) ?? '';
    const me = async (cookie: string) => (await fetch(`${served.url}/me`, { headers: { cookie } })).json();
    expect(await me(await login(11))).toEqual({ user: { name: 'riya' } });
    expect(await me(await login(13))).toEqual({ user: null });
  });
});
