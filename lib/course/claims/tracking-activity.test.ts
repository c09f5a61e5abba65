import { request } from 'node:http';
import express, { type Request as ExpressRequest, type RequestHandler } from 'express';
import session from 'express-session';
import { afterEach, describe, expect, it } from 'vitest';
import { cookieFrom, lessonCode, runLessonCode, serve } from './lesson-code';

/* Claims of the lesson 'tracking-activity', held against Express 5, express-session 1.19 and the lesson's code. */

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

const { isPageView, recordActivity } = runLessonCode<{ isPageView: (req: ExpressRequest) => boolean; recordActivity: RequestHandler }>(
  lessonCode('tracking-activity', 'activity.js').replace(/^app\.use\(recordActivity\);.*$/m, ''),
  ['isPageView', 'recordActivity'],
);

/**
 * A request with exactly these headers. Node's fetch is no use here: like a browser's, it sets
 * `Sec-Fetch-Mode: cors` and `Accept: *\/*` itself.
 */
function send(url: string, method: string, headers: Record<string, string>): Promise<{ setCookie: string | null; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers }, (incoming) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => resolve({ setCookie: incoming.headers['set-cookie']?.[0]?.split(';')[0] ?? null, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** What a real Express app decides for a request with these headers. */
async function decide(method: string, headers: Record<string, string>): Promise<{ accepts: string | false; pageView: boolean }> {
  const app = express();
  app.use((req, res) => res.json({ accepts: req.accepts('html'), pageView: isPageView(req) }));
  const served = await serve(app);
  close = served.close;
  return JSON.parse((await send(served.url, method, headers)).body) as { accepts: string | false; pageView: boolean };
}

describe("req.accepts('html') (lesson: tracking-activity#activity-in-session)", () => {
  it("should say 'html' for Accept: */*, as fetch and curl send", async () => {
    expect((await decide('GET', { accept: '*/*' })).accepts).toBe('html');
  });

  it("should say 'html' for a request without an Accept header", async () => {
    expect(await decide('GET', {})).toEqual({ accepts: 'html', pageView: false });
  });
});

describe("the lesson's isPageView", () => {
  const cases: [string, string, Record<string, string>, boolean][] = [
    ['a browser opening a page', 'GET', { 'sec-fetch-mode': 'navigate', accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, true],
    ['fetch() from a page', 'GET', { 'sec-fetch-mode': 'cors', accept: '*/*' }, false],
    ['an image', 'GET', { 'sec-fetch-mode': 'no-cors', accept: 'image/avif,image/webp,*/*' }, false],
    ['curl', 'GET', { accept: '*/*', 'user-agent': 'curl/8.5.0' }, false],
    ['an old browser without Sec-Fetch-Mode', 'GET', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, true],
    ['a form POST', 'POST', { 'sec-fetch-mode': 'navigate', accept: 'text/html' }, false],
  ];
  for (const [what, method, headers, expected] of cases) {
    it(`should ${expected ? '' : 'not '}count ${what}`, async () => {
      expect((await decide(method, headers)).pageView).toBe(expected);
    });
  }
});

describe("the lesson's recordActivity on real express-session", () => {
  it('should give an anonymous visitor no cookie and keep the last 20 page views of a started session', async () => {
    const app = express();
    app.use(session({ secret: 'claims', resave: false, saveUninitialized: false }));
    app.post('/login', (req, res) => {
      (req.session as session.Session & { user?: string }).user = 'riya';
      res.json({ ok: true });
    });
    app.use(recordActivity);
    app.get('/activity', (req, res) => res.json((req.session as { activity?: unknown[] }).activity ?? []));
    app.get('/{*page}', (_req, res) => res.send('<p>page</p>'));
    const served = await serve(app);
    close = served.close;
    const navigate = { 'sec-fetch-mode': 'navigate', accept: 'text/html' };

    expect((await send(`${served.url}/lesson`, 'GET', navigate)).setCookie).toBeNull();

    const cookie = cookieFrom(await fetch(`${served.url}/login`, { method: 'POST' })) ?? '';
    for (let page = 1; page <= 25; page++) await send(`${served.url}/page-${page}?q=secret`, 'GET', { ...navigate, cookie });
    await send(`${served.url}/api-call`, 'GET', { accept: '*/*', cookie });
    await fetch(`${served.url}/fetched`, { headers: { cookie, accept: 'text/html' } });
    const activity = JSON.parse((await send(`${served.url}/activity`, 'GET', { cookie, 'sec-fetch-mode': 'cors' })).body) as {
      path: string;
    }[];
    expect(activity).toHaveLength(20);
    expect(activity[0]?.path).toBe('/page-25');
    expect(activity.at(-1)?.path).toBe('/page-6');
  });
});
