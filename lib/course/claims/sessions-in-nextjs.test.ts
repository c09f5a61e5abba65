import { unsealData } from 'iron-session';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Browser, LessonApp, typeErrors } from './next-lesson-code';

/*
 * Claims of the lesson 'sessions-in-nextjs': its two recipes, run file by file from the
 * lesson's own code blocks against iron-session 8.0.4 and Next 16's own cookie store.
 */

const SLUG = 'sessions-in-nextjs';
const PASSWORD = 'a password of at least 32 characters!';

const USERS = { '@/lib/users': 'lib/users.ts' };
const IRON = { ...USERS, '@/lib/session': 'lib/session.ts', route: 'app/api/login/route.ts', actions: 'app/cart-actions.ts' };
const DATABASE = {
  ...USERS,
  '@/lib/session-store': 'lib/session-store.ts',
  '@/lib/dal': 'lib/dal.ts',
  page: 'app/account/page.tsx',
  '@/app/auth-actions': 'app/auth-actions.ts',
  form: 'app/login/login-form.tsx',
  route: 'app/api/me/route.ts',
  actions: 'app/auth-actions.ts',
};

type LoginRoute = { POST: (request: Request) => Promise<Response>; GET: () => Promise<Response> };
type CartActions = { addToCart: (form: FormData) => Promise<void>; logout: () => Promise<void> };
type SessionModule = { getSession: () => Promise<{ username?: string; cart?: string[]; save: () => Promise<void> }> };

const loginRequest = (body: unknown) =>
  new Request('http://localhost/api/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** The digest Next gives the error `redirect(url)` throws. */
const redirectTo = (url: string) => expect.objectContaining({ digest: `NEXT_REDIRECT;replace;${url};307;` });

beforeEach(() => {
  vi.stubEnv('SESSION_PASSWORD', PASSWORD);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('recipe 1: iron-session 8 with cookies() (lesson: sessions-in-nextjs#recipe-iron-session)', () => {
  async function loggedIn() {
    const app = new LessonApp(SLUG, IRON);
    const browser = new Browser();
    const { result, setCookies } = await app.request(browser, () =>
      app.module<LoginRoute>('route').POST(loginRequest({ username: 'riya', password: 'chai-pe-charcha' })),
    );
    return { app, browser, response: result, setCookies };
  }

  it('should log in from the route handler with an HttpOnly, Secure, SameSite=lax cookie that lives ttl minus 60 seconds', async () => {
    const { response, setCookies } = await loggedIn();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ username: 'riya' });
    expect(setCookies).toHaveLength(1);
    expect(setCookies[0]).toMatch(
      /^chai_session=Fe26\.2\*1\*[^;]+~2; Path=\/; Expires=[^;]+; Max-Age=28740; Secure; HttpOnly; SameSite=lax$/,
    );
  });

  it('should seal a value that opens with the password to exactly the typed session', async () => {
    const { browser } = await loggedIn();
    const seal = browser.get('chai_session') ?? '';
    expect(await unsealData(seal, { password: PASSWORD })).toEqual({ username: 'riya' });
    expect(await unsealData(seal, { password: 'another password of at least 32 chars' })).toEqual({});
  });

  it('should read the session back in GET, with Cache-Control: no-store', async () => {
    const { app, browser } = await loggedIn();
    const { result } = await app.request(browser, () => app.module<LoginRoute>('route').GET());
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(await result.json()).toEqual({ username: 'riya' });
  });

  it('should answer 401 and set no cookie for a wrong password or a broken body', async () => {
    const app = new LessonApp(SLUG, IRON);
    const route = app.module<LoginRoute>('route');
    for (const request of [
      loginRequest({ username: 'riya', password: 'wrong' }),
      new Request('http://localhost/api/login', { method: 'POST', body: '{not json' }),
    ]) {
      const { result, setCookies } = await app.request(new Browser(), () => route.POST(request));
      expect(result.status).toBe(401);
      expect(setCookies).toEqual([]);
    }
  });

  it('should treat a seal with one changed character as no session, without an error', async () => {
    const { app, browser } = await loggedIn();
    const seal = browser.get('chai_session') ?? '';
    const parts = seal.split('*');
    parts[4] = `${parts[4]?.[0] === 'A' ? 'B' : 'A'}${parts[4]?.slice(1)}`;
    browser.set('chai_session', parts.join('*'));
    const { result } = await app.request(browser, () => app.module<LoginRoute>('route').GET());
    expect(await result.json()).toEqual({ username: null });
  });

  it('should open the seal until 60 seconds of skew past the 8-hour ttl, and then give no session', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { app, browser } = await loggedIn();
    const seal = browser.get('chai_session') ?? '';
    const loggedInAt = Date.now();
    const user = async (secondsLater: number) => {
      vi.setSystemTime(loggedInAt + secondsLater * 1000);
      browser.set('chai_session', seal); // a browser that kept the cookie past its Max-Age
      const { result } = await app.request(browser, () => app.module<LoginRoute>('route').GET());
      return ((await result.json()) as { username: string | null }).username;
    };
    expect(await user(8 * 60 * 60 + 59)).toBe('riya');
    expect(await user(8 * 60 * 60 + 61)).toBeNull();
  });

  it('should keep the cart across server actions, and destroy() should clear the cookie with Max-Age=0', async () => {
    const { app, browser } = await loggedIn();
    const actions = app.module<CartActions>('actions');
    await app.request(browser, () => actions.addToCart(form({ item: 'samosa' })));
    await app.request(browser, () => actions.addToCart(form({ item: 'chai' })));
    expect(await unsealData(browser.get('chai_session') ?? '', { password: PASSWORD })).toEqual({
      username: 'riya',
      cart: ['samosa', 'chai'],
    });

    const { setCookies } = await app.request(browser, () => actions.logout());
    expect(setCookies).toEqual(['chai_session=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=lax']);
    expect(browser.get('chai_session')).toBeUndefined();
  });

  it('should cap the cart at 20 items of at most 40 characters', async () => {
    const { app, browser } = await loggedIn();
    const actions = app.module<CartActions>('actions');
    await app.request(browser, () => actions.addToCart(form({ item: 'x'.repeat(41) })));
    for (let i = 0; i < 25; i++) await app.request(browser, () => actions.addToCart(form({ item: `${i}`.padStart(40, 'x') })));
    const { cart } = await unsealData<{ cart: string[] }>(browser.get('chai_session') ?? '', { password: PASSWORD });
    expect(cart).toHaveLength(20);
    expect(cart[0]).toBe('5'.padStart(40, 'x'));
  });

  it('should refuse to save more than about 4 KB: save() throws "Cookie length is too big"', async () => {
    const { app, browser } = await loggedIn();
    const { getSession } = app.module<SessionModule>('@/lib/session');
    const attempt = app.request(browser, async () => {
      const session = await getSession();
      session.cart = Array.from({ length: 80 }, (_, i) => `${i}`.padStart(40, 'x'));
      await session.save();
    });
    await expect(attempt).rejects.toThrow(/^iron-session: Cookie length is too big \(\d{4,} bytes\)/);
  });

  it('should read in a Server Component, but refuse save() there with Next’s own error', async () => {
    const { app, browser } = await loggedIn();
    const { getSession } = app.module<SessionModule>('@/lib/session');
    const { result: session } = await app.request(browser, () => getSession(), 'render');
    expect(session.username).toBe('riya');
    await expect(app.request(browser, () => session.save(), 'render')).rejects.toThrow(
      /^Cookies can only be modified in a Server Action or Route Handler\./,
    );
  });

  it('should refuse a password shorter than 32 characters with iron-session’s own message', async () => {
    vi.stubEnv('SESSION_PASSWORD', 'x'.repeat(31));
    const app = new LessonApp(SLUG, IRON);
    const { getSession } = app.module<SessionModule>('@/lib/session');
    await expect(app.request(new Browser(), () => getSession())).rejects.toThrow(
      'iron-session: Bad usage. Password must be at least 32 characters long.',
    );
  });
});

type Store = {
  SESSION_TTL_MS: number;
  createSession: (userId: string, now?: number) => Promise<{ id: string; userId: string; expiresAt: number }>;
  getSession: (id: string, now?: number) => Promise<{ userId: string } | null>;
};
type Dal = { verifySession: () => Promise<{ userId: string } | null> };
type AuthActions = {
  login: (previous: { error: string | null }, form: FormData) => Promise<{ error: string | null }>;
  logout: () => Promise<void>;
  logoutEverywhere: () => Promise<void>;
};
type MeRoute = { GET: () => Promise<Response> };
type AccountPage = { default: () => Promise<ReactElement> };

describe('recipe 2: a database session behind verifySession() (lesson: sessions-in-nextjs#recipe-database)', () => {
  let app: LessonApp;
  beforeEach(() => {
    app = new LessonApp(SLUG, DATABASE);
  });
  const actions = () => app.module<AuthActions>('actions');

  async function logIn(browser: Browser) {
    const attempt = app.request(browser, () => actions().login({ error: null }, form({ username: 'riya', password: 'chai-pe-charcha' })));
    await expect(attempt).rejects.toEqual(redirectTo('/account'));
    return browser.get('sid') ?? '';
  }

  async function me(browser: Browser) {
    const { result } = await app.request(browser, () => app.module<MeRoute>('route').GET());
    return { status: result.status, body: (await result.json()) as unknown };
  }

  it('should make 256-bit random IDs: 43 base64url characters, never the same twice', async () => {
    const store = app.module<Store>('@/lib/session-store');
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) ids.add((await store.createSession('riya')).id);
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('should set the ID in an HttpOnly, Secure, SameSite=lax cookie that expires with the row, 8 hours on', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-03T10:00:00Z') });
    const id = await logIn(new Browser());
    expect(app.lastSetCookies()).toEqual([`sid=${id}; Path=/; Expires=Thu, 03 Dec 2026 18:00:00 GMT; Secure; HttpOnly; SameSite=lax`]);
  });

  it('should return the user from verifySession() in a page, a route handler and a server action', async () => {
    const browser = new Browser();
    await logIn(browser);
    const { result: page } = await app.request(browser, () => app.module<AccountPage>('page').default(), 'render');
    expect(renderToStaticMarkup(page)).toBe('<p>Namaste, riya!</p>');
    expect(await me(browser)).toEqual({ status: 200, body: { userId: 'riya' } });
    const { result } = await app.request(browser, () => app.module<Dal>('@/lib/dal').verifySession());
    expect(result).toEqual({ userId: 'riya' });
  });

  it('should redirect a page and answer 401 from the route handler without a live session', async () => {
    const stranger = new Browser();
    stranger.set('sid', 'made-up-id-that-finds-no-row');
    await expect(app.request(stranger, () => app.module<AccountPage>('page').default(), 'render')).rejects.toEqual(redirectTo('/login'));
    expect(await me(stranger)).toEqual({ status: 401, body: { error: 'not logged in' } });
  });

  it('should refuse a wrong password with a message and no cookie', async () => {
    const browser = new Browser();
    const { result, setCookies } = await app.request(browser, () =>
      actions().login({ error: null }, form({ username: 'riya', password: 'nope' })),
    );
    expect(result).toEqual({ error: 'Wrong username or password' });
    expect(setCookies).toEqual([]);
  });

  it('should rotate the ID on login: an ID planted before login stops working', async () => {
    const victim = new Browser();
    await logIn(victim);
    const planted = victim.get('sid') ?? '';
    const attacker = new Browser();
    attacker.set('sid', planted);
    await logIn(victim);
    const fresh = victim.get('sid') ?? '';
    expect(fresh).not.toBe(planted);
    expect(await me(attacker)).toEqual({ status: 401, body: { error: 'not logged in' } });
    expect(await me(victim)).toEqual({ status: 200, body: { userId: 'riya' } });
  });

  it('should end the session on logout: the cookie is expired and the old ID finds no row', async () => {
    const browser = new Browser();
    const id = await logIn(browser);
    const copy = new Browser();
    copy.set('sid', id);
    const attempt = app.request(browser, () => actions().logout());
    await expect(attempt).rejects.toEqual(redirectTo('/login'));
    expect(app.lastSetCookies()).toEqual(['sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT']);
    expect(browser.get('sid')).toBeUndefined();
    expect(await me(copy)).toEqual({ status: 401, body: { error: 'not logged in' } });
  });

  it('should log out every device of the user with logoutEverywhere()', async () => {
    const phone = new Browser();
    const laptop = new Browser();
    await logIn(phone);
    await logIn(laptop);
    expect(phone.get('sid')).not.toBe(laptop.get('sid'));
    await expect(app.request(phone, () => actions().logoutEverywhere())).rejects.toEqual(redirectTo('/login'));
    expect(await me(laptop)).toEqual({ status: 401, body: { error: 'not logged in' } });
  });

  it('should count a row past its expiry as no session, and delete it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const browser = new Browser();
    const id = await logIn(browser);
    const store = app.module<Store>('@/lib/session-store');
    vi.setSystemTime(Date.now() + store.SESSION_TTL_MS - 1);
    expect(await me(browser)).toEqual({ status: 200, body: { userId: 'riya' } });
    vi.setSystemTime(Date.now() + 1);
    const late = new Browser();
    late.set('sid', id); // a browser that kept the cookie past its Expires
    expect(await me(late)).toEqual({ status: 401, body: { error: 'not logged in' } });
    // The row is gone, not just skipped: even a clock turned back finds nothing.
    vi.setSystemTime(Date.now() - store.SESSION_TTL_MS);
    expect(await store.getSession(id)).toBeNull();
  });

  it('should render the login form with two labelled fields, a button and a live status line', async () => {
    const { LoginForm } = app.module<{ LoginForm: () => ReactElement }>('form');
    const html = renderToStaticMarkup(createElement(LoginForm));
    expect(html).toMatch(/<label>Username <input autoComplete="username" required="" name="username"\/><\/label>/);
    expect(html).toMatch(/<label>Password <input type="password" autoComplete="current-password" required="" name="password"\/><\/label>/);
    expect(html).toContain('<button>Log in</button><p aria-live="polite"></p></form>');
  });
});

describe('the recipes as TypeScript (lesson: sessions-in-nextjs)', () => {
  it('should type-check every file of both recipes under strict settings with Next 16 and iron-session 8 types', () => {
    const titles = [...new Set([...Object.values(IRON), ...Object.values(DATABASE), 'app/login/login-form.tsx'])];
    expect(titles).toHaveLength(10);
    expect(typeErrors(SLUG, titles)).toEqual([]);
  }, 60_000);
});
