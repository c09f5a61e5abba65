import { RedisStore } from 'connect-redis';
import express from 'express';
import session from 'express-session';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { redisForSuite } from '@/lib/session/testing/redis-client';
import { cookieFrom, lessonCode, runLessonCode, serve } from './lesson-code';

/* Claims of the lesson 'real-clients', held against express-session 1.19, Express 5, connect-redis 9 and the lesson's own code. */

type Served = Awaited<ReturnType<typeof serve>>;

/** Runs `check` against `app` served on a free port. */
async function withServed(app: express.Express, check: (served: Served) => Promise<void>): Promise<void> {
  const served = await serve(app);
  try {
    await check(served);
  } finally {
    await served.close();
  }
}

describe('"my cookie isn\'t set in production" (lesson: real-clients#production-secure)', () => {
  const TRUST_LINE = "app.set('trust proxy', 1); // one proxy in front of us: the platform's\n";

  function productionApp(code: string): express.Express {
    const { app } = runLessonCode<{ app: express.Express }>(code, ['app']);
    app.post('/login', (req, res) => {
      (req.session as session.Session & { user?: string }).user = 'riya';
      res.json({ ok: true });
    });
    return app;
  }

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("should send a Secure cookie behind an HTTPS proxy with the lesson's trust proxy", async () => {
    vi.stubEnv('SESSION_SECRET', 'claims secret');
    const code = lessonCode('real-clients', 'production.js');
    expect(code).toContain(TRUST_LINE.trim());
    await withServed(productionApp(code), async ({ url }) => {
      const response = await fetch(`${url}/login`, { method: 'POST', headers: { 'x-forwarded-proto': 'https' } });
      expect(response.status).toBe(200);
      const setCookie = response.headers.getSetCookie()[0] ?? '';
      expect(setCookie).toMatch(/^connect\.sid=s%3A/);
      expect(setCookie).toContain('; Secure');
      expect(setCookie).toContain('; HttpOnly');
      expect(setCookie).toContain('; SameSite=Lax');
    });
  });

  it('should send no Set-Cookie at all, and no error, without trust proxy', async () => {
    vi.stubEnv('SESSION_SECRET', 'claims secret');
    const code = lessonCode('real-clients', 'production.js').replace(TRUST_LINE, '');
    await withServed(productionApp(code), async ({ url }) => {
      const response = await fetch(`${url}/login`, { method: 'POST', headers: { 'x-forwarded-proto': 'https' } });
      expect(response.status).toBe(200);
      expect(response.headers.getSetCookie()).toEqual([]);
    });
  });

  it('should send no cookie over plain HTTP even with trust proxy (no X-Forwarded-Proto)', async () => {
    vi.stubEnv('SESSION_SECRET', 'claims secret');
    await withServed(productionApp(lessonCode('real-clients', 'production.js')), async ({ url }) => {
      const response = await fetch(`${url}/login`, { method: 'POST' });
      expect(response.headers.getSetCookie()).toEqual([]);
    });
  });

  it("should believe anyone's X-Forwarded-Proto with express-session's proxy: true, and not change req.secure", async () => {
    const app = express();
    app.use(session({ secret: 'claims', proxy: true, resave: false, saveUninitialized: false, cookie: { secure: true } }));
    app.post('/login', (req, res) => {
      (req.session as session.Session & { user?: string }).user = 'riya';
      res.json({ secure: req.secure });
    });
    await withServed(app, async ({ url }) => {
      const response = await fetch(`${url}/login`, { method: 'POST', headers: { 'x-forwarded-proto': 'https' } });
      expect(response.headers.getSetCookie()[0]).toContain('; Secure');
      expect(await response.json()).toEqual({ secure: false });
    });
  });
});

describe('CORS with credentials (lesson: real-clients#cors-credentials)', () => {
  function corsApp(): express.Express {
    const app = express();
    const sessionOptions = { secret: 'claims', resave: false, saveUninitialized: false };
    runLessonCode(lessonCode('real-clients', 'cors-credentials.js'), [], { app, session, sessionOptions });
    app.post('/api/login', (req, res) => {
      (req.session as session.Session & { user?: string }).user = 'riya';
      res.json({ ok: true });
    });
    app.get('/api/me', (req, res) => res.json({ user: (req.session as { user?: string }).user ?? null }));
    return app;
  }

  it('should answer an allowed origin with that exact origin, credentials true and Vary: Origin', async () => {
    await withServed(corsApp(), async ({ url }) => {
      const response = await fetch(`${url}/api/me`, { headers: { origin: 'http://localhost:5173' } });
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('vary')).toContain('Origin');
    });
  });

  it('should never answer with a wildcard, and give another origin no CORS headers', async () => {
    await withServed(corsApp(), async ({ url }) => {
      const response = await fetch(`${url}/api/me`, { headers: { origin: 'https://evil.example' } });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    });
  });

  it('should answer the preflight with 204 before any session exists, and open no session', async () => {
    await withServed(corsApp(), async ({ url }) => {
      const response = await fetch(`${url}/api/login`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE');
      expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type');
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(response.headers.getSetCookie()).toEqual([]);
    });
  });

  it('should still carry the session for the allowed origin', async () => {
    await withServed(corsApp(), async ({ url }) => {
      const origin = { origin: 'http://localhost:5173' };
      const cookie = cookieFrom(await fetch(`${url}/api/login`, { method: 'POST', headers: origin })) ?? '';
      expect(cookie).toMatch(/^connect\.sid=/);
      const me = await fetch(`${url}/api/me`, { headers: { ...origin, cookie } });
      expect(await me.json()).toEqual({ user: 'riya' });
    });
  });
});

describe('a user → sessions index (lesson: real-clients#user-sessions-index)', () => {
  const redis = redisForSuite();

  interface Listed {
    sid: string;
    device: string;
    loginAt: number;
  }
  interface Index {
    rememberSession: (userId: string, sid: string) => Promise<void>;
    listSessions: (userId: string) => Promise<Listed[]>;
    logOutEverywhere: (userId: string, exceptSid?: string) => Promise<void>;
  }

  /** express-session on connect-redis with the lesson's index and its login code. */
  function indexedApp(store: RedisStore, index: Index): express.Express {
    const app = express();
    app.use(session({ store, secret: 'claims', resave: false, saveUninitialized: false }));
    app.post('/login', (req, res, next) => {
      const user = { id: 'riya', name: 'Riya' };
      runLessonCode(lessonCode('real-clients', 'login-with-index.js'), [], {
        req,
        res,
        next,
        user,
        rememberSession: index.rememberSession,
      });
    });
    app.get('/sessions', async (_req, res) => res.json(await index.listSessions('riya')));
    app.post('/everywhere-else', async (req, res) => {
      await index.logOutEverywhere('riya', req.sessionID);
      res.json({ ok: true });
    });
    app.get('/me', (req, res) => res.json({ user: (req.session as { user?: { id: string } }).user?.id ?? null }));
    return app;
  }

  it('should list one session per device, drop a destroyed one, and end all but the current one', async () => {
    const store = new RedisStore({ client: redis.client });
    const index = runLessonCode<Index & Record<string, unknown>>(
      lessonCode('real-clients', 'user-sessions.js'),
      ['rememberSession', 'listSessions', 'logOutEverywhere'],
      { store, redis: redis.client },
    );
    await withServed(indexedApp(store, index), async ({ url }) => {
      const login = (device: string) => fetch(`${url}/login`, { method: 'POST', headers: { 'user-agent': device } });
      const phone = cookieFrom(await login('Phone')) ?? '';
      const laptop = cookieFrom(await login('Laptop')) ?? '';
      const office = cookieFrom(await login('Office PC')) ?? '';
      expect(await redis.client.sCard('user-sessions:riya')).toBe(3);
      expect(await redis.client.ttl('user-sessions:riya')).toBeGreaterThan(24 * 60 * 60 - 5);

      const listed = (await (await fetch(`${url}/sessions`, { headers: { cookie: phone } })).json()) as Listed[];
      expect(listed.map((entry) => entry.device).sort()).toEqual(['Laptop', 'Office PC', 'Phone']);
      for (const entry of listed) expect(typeof entry.loginAt).toBe('number');

      // A session that ends by itself (expiry or destroy) leaves the index when it is next read.
      const officeSid = listed.find((entry) => entry.device === 'Office PC')?.sid ?? '';
      await redis.client.del(`sess:${officeSid}`);
      const afterExpiry = (await (await fetch(`${url}/sessions`, { headers: { cookie: phone } })).json()) as Listed[];
      expect(afterExpiry.map((entry) => entry.device).sort()).toEqual(['Laptop', 'Phone']);
      expect(await redis.client.sIsMember('user-sessions:riya', officeSid)).toBe(0);

      await fetch(`${url}/everywhere-else`, { method: 'POST', headers: { cookie: laptop } });
      expect(await (await fetch(`${url}/me`, { headers: { cookie: phone } })).json()).toEqual({ user: null });
      expect(await (await fetch(`${url}/me`, { headers: { cookie: office } })).json()).toEqual({ user: null });
      expect(await (await fetch(`${url}/me`, { headers: { cookie: laptop } })).json()).toEqual({ user: 'riya' });
      expect(await redis.client.sCard('user-sessions:riya')).toBe(1);
    });
  });
});
