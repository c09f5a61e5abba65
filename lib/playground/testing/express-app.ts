import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sign } from 'cookie-signature';
import express, { type RequestHandler } from 'express';
import expressSession from 'express-session';
import { PLAYGROUND_COOKIE_NAME } from '../engine-cache';
import type { ExpressStoreOp } from '../express-session-model';
import { optionsKey, type PlaygroundKind, type PlaygroundOptions } from '../options';

/** What the stores of one harness write down, and how slow they are. */
export interface StoreRecorder {
  ops: ExpressStoreOp[];
  /** Milliseconds before each call's callback runs. */
  delayMs: number;
  /** The number of `set` and `touch` calls whose callback has run. */
  writesDone: number;
}

/**
 * express-session's own MemoryStore, writing down each call and able to slow them down. Each
 * middleware needs a store of its own: `session()` installs its `generate` (cookie options,
 * `genid`) on the store object, so a store shared by two middlewares makes new sessions with
 * the options of whichever was created last.
 */
export class RecordingExpressStore extends expressSession.MemoryStore {
  readonly #recorder: StoreRecorder;

  constructor(recorder: StoreRecorder) {
    super();
    this.#recorder = recorder;
  }

  override get(sid: string, callback: (err: unknown, session?: expressSession.SessionData | null) => void): void {
    this.#recorder.ops.push('get');
    setTimeout(() => super.get(sid, callback), this.#recorder.delayMs);
  }

  override set(sid: string, session: expressSession.SessionData, callback?: (err?: unknown) => void): void {
    this.#recorder.ops.push('set');
    setTimeout(
      () =>
        super.set(sid, session, (err?: unknown) => {
          this.#recorder.writesDone += 1;
          callback?.(err);
        }),
      this.#recorder.delayMs,
    );
  }

  override touch(sid: string, session: expressSession.SessionData, callback?: () => void): void {
    this.#recorder.ops.push('touch');
    setTimeout(
      () =>
        super.touch(sid, session, () => {
          this.#recorder.writesDone += 1;
          callback?.();
        }),
      this.#recorder.delayMs,
    );
  }
}

export const EXPRESS_SECRET = 'playground test secret';

/** What express-session answered to one request. */
export interface ExpressExchange {
  readonly setCookie: string | null;
  readonly ops: readonly ExpressStoreOp[];
  readonly counter: number | null;
}

/** A real Express 5 app running express-session 1.19 with whatever options a request names. */
export interface ExpressHarness {
  readonly recorder: StoreRecorder;
  readonly baseUrl: string;
  /** The ID express-session gives the next new session. */
  nextId: string;
  send(options: PlaygroundOptions, kind: PlaygroundKind, init: { https: boolean; cookieSid?: string }): Promise<ExpressExchange>;
  /** The headers of `send`'s request as soon as they arrive, before its body has ended. */
  fetchHeaders(options: PlaygroundOptions, kind: PlaygroundKind, init: { https: boolean; cookieSid?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** The express-session options a playground choice stands for (cookie path `/`: the app has no other). */
function expressOptions(options: PlaygroundOptions, store: RecordingExpressStore, genid: () => string): expressSession.SessionOptions {
  return {
    name: PLAYGROUND_COOKIE_NAME,
    secret: EXPRESS_SECRET,
    store,
    genid,
    proxy: true,
    resave: options.resave,
    saveUninitialized: options.saveUninitialized,
    rolling: options.rolling,
    cookie: {
      ...(options.maxAgeMs === null ? {} : { maxAge: options.maxAgeMs }),
      secure: options.secure,
      httpOnly: options.httpOnly,
      sameSite: options.sameSite,
    },
  };
}

/** Starts the app on a free port of 127.0.0.1. */
export async function startExpressHarness(): Promise<ExpressHarness> {
  const recorder: StoreRecorder = { ops: [], delayMs: 0, writesDone: 0 };
  const middlewares = new Map<string, RequestHandler>();
  const harness = { nextId: 'unset' } as { nextId: string };
  const app = express();
  app.use((req, res, next) => {
    const options = JSON.parse(req.get('x-playground-options') ?? '{}') as PlaygroundOptions;
    const key = optionsKey(options);
    let middleware = middlewares.get(key);
    if (middleware === undefined) {
      middleware = expressSession(expressOptions(options, new RecordingExpressStore(recorder), () => harness.nextId));
      middlewares.set(key, middleware);
    }
    middleware(req, res, next);
  });
  app.post('/:kind', (req, res) => {
    const session = req.session as unknown as Record<string, unknown>;
    if (req.params.kind === 'nothing') {
      res.json({ counter: null });
      return;
    }
    if (req.params.kind === 'modify') session.counter = (typeof session.counter === 'number' ? session.counter : 0) + 1;
    res.json({ counter: typeof session.counter === 'number' ? session.counter : null });
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const request = (options: PlaygroundOptions, kind: PlaygroundKind, init: { https: boolean; cookieSid?: string }) => {
    const headers: Record<string, string> = { 'x-playground-options': JSON.stringify(options) };
    if (init.https) headers['x-forwarded-proto'] = 'https';
    if (init.cookieSid !== undefined)
      headers.cookie = `${PLAYGROUND_COOKIE_NAME}=${encodeURIComponent(`s:${sign(init.cookieSid, EXPRESS_SECRET)}`)}`;
    return fetch(`${baseUrl}/${kind}`, { method: 'POST', headers });
  };

  return Object.assign(harness, {
    recorder,
    baseUrl,
    async send(options: PlaygroundOptions, kind: PlaygroundKind, init: { https: boolean; cookieSid?: string }): Promise<ExpressExchange> {
      recorder.ops = [];
      const response = await request(options, kind, init);
      const body = (await response.json()) as { counter: number | null };
      const setCookie = response.headers.getSetCookie().find((header) => header.startsWith(`${PLAYGROUND_COOKIE_NAME}=`)) ?? null;
      return { setCookie, ops: [...recorder.ops], counter: body.counter };
    },
    fetchHeaders: request,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
