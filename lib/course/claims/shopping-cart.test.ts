import express, { type RequestHandler } from 'express';
import session from 'express-session';
import { afterEach, describe, expect, it } from 'vitest';
import { cookieFrom, lessonCode, runLessonCode, serve } from './lesson-code';

/*
 * 'shopping-cart' says express-session has no lock, so parallel requests lose updates, and gives
 * express-session users a per-session queue. Both held here on express-session 1.19.
 */

const { sessionQueue } = runLessonCode<{ sessionQueue: (cookieName: string) => RequestHandler }>(
  lessonCode('shopping-cart', 'session-queue.js').replace('module.exports = { sessionQueue };', ''),
  ['sessionQueue'],
);

/** express-session's MemoryStore, a few milliseconds slow, as any store across a network is. */
class SlowMemoryStore extends session.MemoryStore {
  override get(sid: string, callback: (err: unknown, session?: session.SessionData | null) => void): void {
    setTimeout(() => super.get(sid, callback), 3);
  }
  override set(sid: string, data: session.SessionData, callback?: (err?: unknown) => void): void {
    setTimeout(() => super.set(sid, data, callback), 3);
  }
}

type Cart = session.Session & { chai?: number };

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function twentyParallelAdds(withQueue: boolean): Promise<number> {
  const app = express();
  if (withQueue) app.use(sessionQueue('connect.sid'));
  app.use(session({ store: new SlowMemoryStore(), secret: 'claims', resave: false, saveUninitialized: false }));
  app.post('/cart/chai', (req, res) => {
    const cart = req.session as Cart;
    cart.chai = (cart.chai ?? 0) + 1;
    res.json({ chai: cart.chai });
  });
  app.get('/cart', (req, res) => res.json({ chai: (req.session as Cart).chai ?? 0 }));
  const served = await serve(app);
  close = served.close;

  const cookie = cookieFrom(await fetch(`${served.url}/cart/chai`, { method: 'POST' })) ?? '';
  await Promise.all(Array.from({ length: 20 }, () => fetch(`${served.url}/cart/chai`, { method: 'POST', headers: { cookie } })));
  const { chai } = (await (await fetch(`${served.url}/cart`, { headers: { cookie } })).json()) as { chai: number };
  return chai - 1;
}

describe('parallel adds on one session (lesson: shopping-cart#express-session-no-lock)', () => {
  it('should lose updates on plain express-session: the last save wins', async () => {
    expect(await twentyParallelAdds(false)).toBeLessThan(20);
  });

  it("should keep all 20 with the lesson's sessionQueue before session()", async () => {
    expect(await twentyParallelAdds(true)).toBe(20);
  });

  it('should not make different sessions wait for each other, nor hold a request without a cookie', async () => {
    const order: string[] = [];
    const app = express();
    app.use(sessionQueue('connect.sid'));
    app.get('/slow', (_req, res) => setTimeout(() => (order.push('slow'), res.end()), 100));
    app.get('/fast', (_req, res) => (order.push('fast'), res.end()));
    const served = await serve(app);
    close = served.close;
    await Promise.all([
      fetch(`${served.url}/slow`, { headers: { cookie: 'connect.sid=a' } }),
      new Promise((resolve) => setTimeout(resolve, 10)).then(() => fetch(`${served.url}/fast`, { headers: { cookie: 'connect.sid=b' } })),
      new Promise((resolve) => setTimeout(resolve, 10)).then(() => fetch(`${served.url}/fast`)),
    ]);
    expect(order).toEqual(['fast', 'fast', 'slow']);
  });
});
