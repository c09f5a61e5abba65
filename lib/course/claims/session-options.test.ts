import { randomUUID } from 'node:crypto';
import express from 'express';
import session from 'express-session';
import { afterEach, describe, expect, it } from 'vitest';
import { readLessonSource } from '@/lib/course/content';
import { cookieFrom, lessonCode, runLessonCode, serve } from './lesson-code';

/* Claims of the lesson 'session-options', held against express-session 1.19 and node:crypto. */

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function appWith(options: session.SessionOptions, trustProxy = false) {
  const app = express();
  if (trustProxy) app.set('trust proxy', 1);
  app.use(session(options));
  app.post('/write', (req, res) => {
    (req.session as session.Session & { n?: number }).n = 1;
    res.json({ ok: true });
  });
  const served = await serve(app);
  close = served.close;
  return served.url;
}

/** How many of the bit positions vary across IDs: the random bits, for IDs of fixed length. */
function varyingBits(ids: readonly Buffer[]): number {
  const length = ids[0]?.length ?? 0;
  let varying = 0;
  for (let bit = 0; bit < length * 8; bit++) {
    const values = new Set(ids.map((id) => ((id[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1));
    if (values.size > 1) varying++;
  }
  return varying;
}

describe('genid (lesson: session-options#genid)', () => {
  it('should find 122 random bits in a version 4 UUID: 6 of its 128 bits are fixed', () => {
    const ids = Array.from({ length: 2000 }, () => Buffer.from(randomUUID().replaceAll('-', ''), 'hex'));
    expect(ids[0]?.length).toBe(16);
    expect(varyingBits(ids)).toBe(122);
  });

  it("should find 192 random bits in the lesson's genid, the same as express-session's default", () => {
    const code = lessonCode('session-options', 'genid.js');
    let options: { genid?: () => string } = {};
    runLessonCode(code, [], { app: { use: () => {} }, session: (given: typeof options) => (options = given) });
    const genid = options.genid ?? (() => '');
    const ids = Array.from({ length: 2000 }, () => Buffer.from(genid(), 'base64url'));
    expect(genid()).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(varyingBits(ids)).toBe(192);
  });
});

describe('cookie as a function of req (lesson: session-options#cookie-function)', () => {
  it('should take the options from the function, per request', async () => {
    const url = await appWith(
      {
        secret: 'claims',
        resave: false,
        saveUninitialized: false,
        cookie: (req) => ({ maxAge: 60_000, sameSite: 'lax', secure: req.secure, path: '/' }),
      },
      true,
    );
    const http = await fetch(`${url}/write`, { method: 'POST' });
    expect(http.headers.getSetCookie()[0]).toMatch(/; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
    const https = await fetch(`${url}/write`, { method: 'POST', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.getSetCookie()[0]).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
  });

  it("should run the lesson's cookie function on real express-session", async () => {
    const app = express();
    runLessonCode(lessonCode('session-options', 'cookie-function.js'), [], {
      app,
      session,
      process: { env: { SESSION_SECRET: 'claims' } },
    });
    app.post('/write', (req, res) => {
      (req.session as session.Session & { n?: number }).n = 1;
      res.json({ ok: true });
    });
    const served = await serve(app);
    close = served.close;
    const response = await fetch(`${served.url}/write`, { method: 'POST' });
    expect(response.headers.getSetCookie()[0]).toMatch(/^connect\.sid=s%3A.*; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
  });

  it("should leave a returned 'auto' unresolved, so over plain HTTP no cookie is sent", async () => {
    const url = await appWith({
      secret: 'claims',
      resave: false,
      saveUninitialized: false,
      cookie: () => ({ secure: 'auto', maxAge: 60_000 }),
    });
    expect(cookieFrom(await fetch(`${url}/write`, { method: 'POST' }))).toBeNull();
    // The object form resolves 'auto' for the same request.
    await close?.();
    const objectUrl = await appWith({
      secret: 'claims',
      resave: false,
      saveUninitialized: false,
      cookie: { secure: 'auto', maxAge: 60_000 },
    });
    expect(cookieFrom(await fetch(`${objectUrl}/write`, { method: 'POST' }))).toMatch(/^connect\.sid=/);
  });
});

describe('proxy: true (lesson: session-options#proxy)', () => {
  it("should let X-Forwarded-Proto decide only the Secure attribute of the requester's own cookie", async () => {
    const url = await appWith({
      secret: 'claims',
      resave: false,
      saveUninitialized: false,
      proxy: true,
      cookie: { secure: 'auto', maxAge: 60_000, sameSite: 'lax' },
    });
    const plain = (await fetch(`${url}/write`, { method: 'POST' })).headers.getSetCookie()[0] ?? '';
    const claimed =
      (await fetch(`${url}/write`, { method: 'POST', headers: { 'x-forwarded-proto': 'https' } })).headers.getSetCookie()[0] ?? '';
    const attributes = (header: string) =>
      header
        .split('; ')
        .slice(1)
        .filter((part) => !part.startsWith('Expires='));
    expect(attributes(plain)).toEqual(['Path=/', 'HttpOnly', 'SameSite=Lax']);
    expect(attributes(claimed)).toEqual(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax']);
  });

  it('should be what the lesson says this site runs with', () => {
    for (const locale of ['en', 'hi-latn'] as const) expect(readLessonSource(locale, 'session-options')).toContain('`proxy: true`');
  });
});

describe("sameSite: 'none' without secure (lesson: session-options#same-site, EngineExtra)", () => {
  it('should be accepted by express-session, which then sends a cookie browsers drop', async () => {
    const url = await appWith({ secret: 'claims', resave: false, saveUninitialized: false, cookie: { sameSite: 'none', maxAge: 60_000 } });
    const header = (await fetch(`${url}/write`, { method: 'POST' })).headers.getSetCookie()[0] ?? '';
    expect(header).toMatch(/SameSite=None$/);
    expect(header).not.toContain('Secure');
  });

  it("should be refused by the lesson's start-up check", () => {
    const code = lessonCode('session-options', 'check-same-site.js');
    const app = { use: () => {} };
    expect(() => runLessonCode(code, [], { app, session: () => null, process: { env: { NODE_ENV: 'development' } } })).toThrow(
      /needs secure: true/,
    );
    expect(() => runLessonCode(code, [], { app, session: () => null, process: { env: { NODE_ENV: 'production' } } })).not.toThrow();
  });
});
