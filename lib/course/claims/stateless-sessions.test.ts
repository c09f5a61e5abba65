import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { RedisStore } from 'connect-redis';
import express from 'express';
import session from 'express-session';
import { getIronSession, sealData, unsealData, type IronSession } from 'iron-session';
import { beforeAll, describe, expect, it } from 'vitest';
import { redisForSuite } from '@/lib/session/testing/redis-client';
import { readLessonSource } from '@/lib/course/content';
import { cookieFrom, lessonCode, runLessonCode, serve } from './lesson-code';

/** iron-session's own serializer (the `cookie` package, which ships no types). */
const { serialize } = createRequire(import.meta.url)('cookie') as { serialize: (name: string, value: string, options: object) => string };

/* Claims of the lesson 'stateless-sessions', held against iron-session 8.0.4 and the lesson's own code. */

const password = 'a password of at least 32 characters!';
const options = { password, cookieName: 'tapri_session' };

type Cart = { cart?: string[] };

async function open(cookieValue: string): Promise<IronSession<Cart>> {
  const request = new Request('http://localhost/', { headers: { cookie: `tapri_session=${cookieValue}` } });
  return getIronSession<Cart>(request, new Response(), options);
}

/** A seal with one of its `*`-separated parts changed. */
function withPart(seal: string, index: number, change: (part: string) => string): string {
  const [body = '', version] = seal.split('~');
  const parts = body.split('*');
  parts[index] = change(parts[index] ?? '');
  return `${parts.join('*')}~${version}`;
}

const flip = (text: string, at = 5) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

describe('tampering with a seal (lesson: stateless-sessions#seal-format)', () => {
  let seal = '';
  beforeAll(async () => {
    seal = await sealData({ cart: ['chai'] }, { password });
    expect(await open(seal)).toEqual({ cart: ['chai'] });
  });

  const silent: [string, (seal: string) => string | Promise<string>][] = [
    ['a changed salt', (s) => withPart(s, 2, (p) => flip(p))],
    ['a changed IV', (s) => withPart(s, 3, (p) => flip(p))],
    ['changed encrypted data', (s) => withPart(s, 4, (p) => flip(p))],
    ['a changed HMAC', (s) => withPart(s, 7, (p) => flip(p))],
    ['another digit in the expiry', (s) => withPart(s, 5, (p) => p.slice(0, -1) + (p.endsWith('1') ? '2' : '1'))],
    ['nothing, but the seal has expired', () => sealData({ cart: ['chai'] }, { password, ttl: -120 })],
    ['an unknown password ID', (s) => withPart(s, 1, () => '9')],
    ['one more part', (s) => s.replace('*', '**')],
    ['no ~2 at the end', (s) => s.replace(/~2$/, '')],
  ];
  for (const [what, change] of silent) {
    it(`should return an empty session, without an error: ${what}`, async () => {
      expect(await open(await change(seal))).toEqual({});
    });
  }

  it('should throw "Wrong mac prefix" when the prefix Fe26.2 is changed', async () => {
    await expect(open(seal.replace(/^Fe26\.2/, 'Fe26.3'))).rejects.toThrow(/^Wrong mac prefix$/);
  });

  it('should throw "Invalid expiration" when the expiry holds a letter', async () => {
    await expect(open(withPart(seal, 5, (p) => `${p.slice(0, -1)}x`))).rejects.toThrow(/^Invalid expiration$/);
  });

  it("should open a thrown-on seal as an empty session with the lesson's openSession, and replace the cookie on save", async () => {
    const code = lessonCode('stateless-sessions', 'open-session.js');
    const { openSession } = runLessonCode<{ openSession: typeof getIronSession }>(code, ['openSession']);
    const response = new Response();
    const request = new Request('http://localhost/', { headers: { cookie: `tapri_session=${seal.replace(/^Fe26\.2/, 'XX')}` } });
    const opened = await (openSession as unknown as (a: Request, b: Response, c: typeof options) => Promise<IronSession<Cart>>)(
      request,
      response,
      options,
    );
    expect({ ...opened }).toEqual({});
    opened.cart = ['samosa'];
    await opened.save();
    const fresh = (response.headers.get('set-cookie') ?? '').split(';')[0]?.slice('tapri_session='.length) ?? '';
    expect(await open(fresh)).toEqual({ cart: ['samosa'] });
    // Any other error is not swallowed.
    await expect(
      (openSession as unknown as (a: Request, b: Response, c: object) => Promise<unknown>)(request, response, {
        ...options,
        password: 'short',
      }),
    ).rejects.toThrow(/at least 32 characters/);
  });
});

describe('the 4,096-byte check (lesson: stateless-sessions#size)', () => {
  async function save(data: string) {
    const response = new Response();
    const opened = await getIronSession<{ blob?: string }>(new Request('http://localhost/'), response, options);
    opened.blob = data;
    await opened.save();
    return response.headers.get('set-cookie') ?? '';
  }

  it('should count the attributes too: a cookie whose name=value fits is refused when the whole Set-Cookie does not', async () => {
    // Seal lengths depend only on the data's length, so sealData predicts what save() builds.
    let size = 2800;
    for (; ; size += 1) {
      const seal = await sealData({ blob: 'a'.repeat(size) }, { password });
      const pair = `tapri_session=${seal}`;
      const whole = serialize('tapri_session', seal, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 1209540 });
      if (whole.length > 4096) {
        expect(pair.length).toBeLessThanOrEqual(4096);
        await expect(save('a'.repeat(size))).rejects.toThrow(`iron-session: Cookie length is too big (${whole.length} bytes)`);
        break;
      }
    }
    expect(serialize('x', 'y', { maxAge: 1209540, path: '/', httpOnly: true, secure: true, sameSite: 'lax' }).length - 'x=y'.length).toBe(
      57,
    );
    const largest = await save('a'.repeat(size - 16));
    expect(largest.length).toBeLessThanOrEqual(4096);
  });

  it('should fit about 2.8 KB of JSON with the default options', async () => {
    let low = 1000;
    let high = 4000;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      const fits = await save('a'.repeat(mid)).then(
        () => true,
        () => false,
      );
      if (fits) low = mid;
      else high = mid - 1;
    }
    const json = JSON.stringify({ blob: 'a'.repeat(low) }).length;
    expect(json).toBeGreaterThan(2750);
    expect(json).toBeLessThan(2900);
  });

  it("should add up the name, the seal and the options as JSON with Next's cookie store", async () => {
    const set: unknown[] = [];
    const store = { get: () => undefined, set: (...args: unknown[]) => set.push(args) };
    const opened = await getIronSession<{ blob?: string }>(store as never, options);
    opened.blob = 'a'.repeat(3000);
    const seal = await sealData({ blob: 'a'.repeat(3000) }, { password });
    const expected =
      'tapri_session'.length +
      seal.length +
      JSON.stringify({ httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 1209540 }).length;
    await expect(opened.save()).rejects.toThrow(`(${expected} bytes)`);
    expect(set).toEqual([]);
  });
});

describe('revocation (lesson: stateless-sessions#revocation)', () => {
  it('should still open a copied seal after destroy(): destroy only clears this browser', async () => {
    const seal = await sealData({ cart: ['chai'] }, { password });
    const opened = await open(seal);
    opened.destroy();
    expect(await unsealData(seal, { password })).toEqual({ cart: ['chai'] });
  });

  describe('log out of all devices with a user → sids index', () => {
    const redis = redisForSuite();

    it("should end every device's session with the lesson's logOutEverywhere, on express-session and connect-redis", async () => {
      const store = new RedisStore({ client: redis.client });
      const { rememberSession, logOutEverywhere } = runLessonCode<{
        rememberSession: (req: express.Request, userId: string) => Promise<void>;
        logOutEverywhere: (userId: string) => Promise<void>;
      }>(lessonCode('stateless-sessions', 'log-out-everywhere.js'), ['rememberSession', 'logOutEverywhere'], {
        store,
        redisClient: redis.client,
      });
      const app = express();
      app.use(session({ store, secret: 'claims', resave: false, saveUninitialized: false }));
      app.post('/login', (req, res, next) => {
        req.session.regenerate(async (err) => {
          if (err) return next(err);
          (req.session as session.Session & { user?: string }).user = 'riya';
          await rememberSession(req, 'riya');
          res.json({ ok: true });
        });
      });
      app.post('/everywhere', async (_req, res) => {
        await logOutEverywhere('riya');
        res.json({ ok: true });
      });
      app.get('/me', (req, res) => res.json({ user: (req.session as { user?: string }).user ?? null }));
      const served = await serve(app);
      try {
        const phone = cookieFrom(await fetch(`${served.url}/login`, { method: 'POST' })) ?? '';
        const laptop = cookieFrom(await fetch(`${served.url}/login`, { method: 'POST' })) ?? '';
        expect(phone).not.toBe(laptop);
        expect(await redis.client.sCard('user-sessions:riya')).toBe(2);
        for (const cookie of [phone, laptop])
          expect(await (await fetch(`${served.url}/me`, { headers: { cookie } })).json()).toEqual({ user: 'riya' });
        await fetch(`${served.url}/everywhere`, { method: 'POST', headers: { cookie: phone } });
        for (const cookie of [phone, laptop])
          expect(await (await fetch(`${served.url}/me`, { headers: { cookie } })).json()).toEqual({ user: null });
        expect(await redis.client.exists('user-sessions:riya')).toBe(0);
      } finally {
        await served.close();
      }
    });
  });
});

describe('await cookies() (lessons: stateless-sessions, sessions-in-nextjs#cookies-function)', () => {
  it('should be a promise in the installed Next.js 16, and both lessons should say so', () => {
    const nextDir = path.join(process.cwd(), 'node_modules', 'next');
    const version = (JSON.parse(fs.readFileSync(path.join(nextDir, 'package.json'), 'utf8')) as { version: string }).version;
    expect(version.split('.')[0]).toBe('16');
    expect(fs.readFileSync(path.join(nextDir, 'dist/server/request/cookies.d.ts'), 'utf8')).toContain(
      'cookies(): Promise<ReadonlyRequestCookies>',
    );
    for (const locale of ['en', 'hi-latn'] as const) {
      const stateless = readLessonSource(locale, 'stateless-sessions') ?? '';
      expect(stateless).not.toMatch(/Next 15 (se|onwards|,)|Since Next 15/);
      expect(stateless).toMatch(/Next\.js 16/);
    }
  });
});

describe('ttl and the cookie lifetime (lesson: stateless-sessions#ttl-and-maxage)', () => {
  async function saved(extra: object) {
    const response = new Response();
    const opened = await getIronSession<Cart>(new Request('http://localhost/'), response, { ...options, ...extra });
    opened.cart = ['chai'];
    await opened.save();
    return response.headers.get('set-cookie') ?? '';
  }

  it('should send Max-Age 60 seconds short of the 14-day ttl, with Secure on by default', async () => {
    expect((await saved({})).replace(/^tapri_session=[^;]+/, '')).toBe('; Max-Age=1209540; Path=/; HttpOnly; Secure; SameSite=Lax');
  });

  it('should seal without any expiry when cookieOptions.maxAge is undefined', async () => {
    const header = await saved({ cookieOptions: { maxAge: undefined } });
    expect(header).not.toContain('Max-Age');
    const seal = decodeURIComponent(header.split(';')[0]?.slice('tapri_session='.length) ?? '');
    expect(seal.split('~')[0]?.split('*')[5]).toBe('');
  });
});
