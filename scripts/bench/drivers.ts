import { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import expressSession from 'express-session';
import { createSessionEngine, MemoryStore } from '../../lib/session';

/** The same session settings for both implementations. */
export const BENCH_SECRET = 'bench secret, same on both sides';
export const BENCH_COOKIE = { maxAge: 30 * 60_000, secure: false, sameSite: 'lax' as const };
const NAME = 'pathshala.sid';

/** What a benchmark handler does with the session data. */
export type Mutation = (data: Record<string, unknown>) => void;

/** One implementation, driven request by request. */
export interface SessionDriver {
  readonly label: string;
  /** Serves one request carrying `cookie` (a `name=value` pair or null); returns the Set-Cookie sent. */
  request(cookie: string | null, mutate: Mutation): Promise<string | null>;
}

/**
 * express-session with its MemoryStore, driven in-process on the objects it is written
 * for: a fresh `http.IncomingMessage` and `http.ServerResponse` per request (no socket),
 * the way Node's HTTP server hands them to middleware.
 */
export function expressSessionDriver(): SessionDriver {
  const middleware = expressSession({
    name: NAME,
    secret: BENCH_SECRET,
    resave: false,
    saveUninitialized: false,
    store: new expressSession.MemoryStore(),
    cookie: BENCH_COOKIE,
  });
  return {
    label: 'express-session 1.19',
    request(cookie, mutate) {
      return new Promise((resolve, reject) => {
        const req = new IncomingMessage(null as unknown as Socket);
        req.method = 'GET';
        req.url = '/';
        req.headers = cookie === null ? {} : { cookie };
        const res = new ServerResponse(req);
        // The wrapped end is where express-session finishes saving; resolve there.
        res.write = () => true;
        res.end = function end() {
          const header = res.getHeader('set-cookie');
          resolve(Array.isArray(header) ? (header[0] ?? null) : null);
          return res;
        } as typeof res.end;
        middleware(req as never, res as never, (error?: unknown) => {
          if (error) return reject(error);
          mutate((req as unknown as { session: Record<string, unknown> }).session);
          res.end('ok');
        });
      });
    },
  };
}

/**
 * The engine with its MemoryStore (locking on, no trace subscribers: the defaults), driven
 * in-process on the objects it is written for: a fresh Web `Request` in and `Response` out.
 */
export function engineDriver(): SessionDriver {
  const engine = createSessionEngine({
    name: NAME,
    secret: BENCH_SECRET,
    resave: false,
    saveUninitialized: false,
    // express-session's store has no cap; lift ours so both keep every session.
    store: new MemoryStore({ maxEntries: 1_000_000 }),
    cookie: BENCH_COOKIE,
  });
  return {
    label: 'session engine',
    async request(cookie, mutate) {
      const request = new Request('http://localhost/', { headers: cookie === null ? {} : { cookie } });
      const response = await engine.withSession(request, (session) => {
        mutate(session!.data);
        // A null body: a string body makes undici build a ReadableStream (~20 µs), which
        // measures the Fetch implementation rather than the session engine.
        return new Response(null);
      });
      return response.headers.get('set-cookie');
    },
  };
}

/** `name=value` of a Set-Cookie header. */
export function cookiePairOf(setCookie: string | null): string {
  if (setCookie === null) throw new Error('bench: expected a Set-Cookie header');
  return setCookie.slice(0, setCookie.indexOf(';'));
}
