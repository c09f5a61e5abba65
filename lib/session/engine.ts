import type { ParsedSetCookie } from './cookie';
import { KeyedMutex } from './lock';
import { resolveOptions, type ResolvedOptions, type SessionEngineOptions } from './options';
import { SessionRun, type EngineContext } from './request-session';
import { isInsideCookiePath, isPastAbsoluteTimeout } from './rules';
import type { Session } from './session';
import { createdAtOf } from './stored-format';
import { decodeSessionCookie } from './signature';
import { parseStoredSession, type StoreKind, type StoreLimits, type StoredSession } from './stores/store';
import { TraceHub, type DecodedSessionCookie, type TraceListener } from './trace';

/**
 * Handles a request that has a session. `session` is null only when the request path lies
 * outside `cookie.path` (express-session leaves `req.session` undefined there).
 */
export type SessionHandler = (session: Session | null) => Response | Promise<Response>;

/** A session opened without a Request/Response pair (Next.js server actions). */
export interface OpenSession {
  readonly session: Session | null;
  /**
   * Applies the save rules, waits for the store write, releases the lock, and returns the
   * `Set-Cookie` value to send (and the same taken apart, for a framework's cookie API).
   */
  commit(): Promise<{ setCookie: string | null; cookie: ParsedSetCookie | null }>;
  /** Releases the lock without saving; call it when the work failed. Safe after `commit`. */
  release(): Promise<void>;
}

/** What the inspector shows: the server's view of one browser, read without side effects. */
export interface SessionInspection {
  readonly cookieHeader: string | null;
  /** The session cookie's value as received (URL-decoded), or null. */
  readonly cookieValue: string | null;
  readonly sessionCookie: DecodedSessionCookie;
  /** Whether the given URL lies inside `cookie.path` (true when no URL was given). */
  readonly insideCookiePath: boolean;
  /** The stored entry for the cookie's sid, or null (see `sessionCookie.reason`). */
  readonly entry: StoredSession | null;
  /** The whole store's kind and size (every browser's sessions), and its cap when it has one. */
  readonly store: { readonly kind: StoreKind; readonly length: number; readonly limits: StoreLimits | null };
}

/** The session engine: express-session's behaviour on Web Request/Response and promises. */
export class SessionEngine {
  readonly options: ResolvedOptions;
  readonly #ctx: EngineContext;
  readonly #trace = new TraceHub();

  constructor(options: SessionEngineOptions) {
    this.options = resolveOptions(options);
    this.#ctx = { options: this.options, mutex: new KeyedMutex(), trace: this.#trace };
  }

  /**
   * Loads the request's session (holding its lock), runs `handler`, applies the save rules,
   * waits for the store write, and returns the handler's response with `Set-Cookie` added.
   * Because the write finishes before the response exists, a redirect can never overtake it.
   * When the handler or the store fails, `onError` (if given) turns the failure into the
   * response; without it the error is thrown. Either way the request's trace event is emitted
   * once, complete with the status and the session cookie really sent.
   */
  async withSession(request: Request, handler: SessionHandler, onError?: (error: unknown) => Response): Promise<Response> {
    const run = await SessionRun.begin(this.#ctx, {
      method: request.method,
      url: new URL(request.url),
      headers: request.headers,
    });
    let response: Response;
    try {
      response = await handler(run.session);
      const { setCookie } = await run.commit();
      if (setCookie !== null) response = withSetCookie(response, setCookie);
    } catch (error) {
      await run.abandon(error);
      if (onError === undefined) {
        run.report(null, null);
        throw error;
      }
      response = onError(error);
    }
    run.report(response.status, lastSetCookieNamed(response, this.options.name));
    return response;
  }

  /** Opens the session of a request known only by its headers and URL (server actions). */
  async open(request: { headers: Headers; url: string; method?: string }): Promise<OpenSession> {
    const run = await SessionRun.begin(this.#ctx, {
      method: request.method ?? 'POST',
      url: new URL(request.url),
      headers: request.headers,
    });
    return {
      session: run.session,
      async commit() {
        try {
          const result = await run.commit();
          run.report(null, result.setCookie);
          return result;
        } catch (error) {
          run.report(null, null);
          throw error;
        }
      },
      async release() {
        await run.abandon();
        run.report(null, null);
      },
    };
  }

  /**
   * The server's view of the browser that sent `headers`: its cookie, decoded and checked,
   * and the store entry. Read-only: it never creates, saves, touches or locks a session.
   */
  async inspect(headers: Headers, url?: string): Promise<SessionInspection> {
    const { options } = this;
    const cookieHeader = headers.get('cookie');
    const { value: cookieValue, decoded } = decodeSessionCookie(cookieHeader, options.name, options.secrets);
    const insideCookiePath = url === undefined || isInsideCookiePath(new URL(url).pathname, options.cookie.path);
    const [length, limits] = await Promise.all([options.store.length(), options.store.limits?.() ?? null]);
    const store = { kind: options.store.kind, length, limits };
    if (!decoded.valid || decoded.sid === null) {
      return { cookieHeader, cookieValue, sessionCookie: decoded, insideCookiePath, entry: null, store };
    }
    const base = decoded;
    const entry = parseStoredSession(await options.store.get(decoded.sid));
    if (entry === null) {
      return {
        cookieHeader,
        cookieValue,
        sessionCookie: { ...base, valid: false, reason: 'unknown-sid' },
        insideCookiePath,
        entry: null,
        store,
      };
    }
    // Judged as a request would judge it (see loadState): the store's answer, then the absolute timeout.
    const expired = isPastAbsoluteTimeout(Date.now(), createdAtOf(entry), options.absoluteTimeoutMs);
    const sessionCookie = { ...base, valid: !expired, reason: expired ? ('expired' as const) : null };
    return { cookieHeader, cookieValue, sessionCookie, insideCookiePath, entry, store };
  }

  /** Calls `listener` with one trace event per request; returns the unsubscribe function. */
  subscribe(listener: TraceListener): () => void {
    return this.#trace.subscribe(listener);
  }

  /** Closes the store (timers, connections). */
  async close(): Promise<void> {
    await this.options.store.close?.();
  }
}

/** The last `Set-Cookie` of `response` that sets the cookie `name`, or null. */
function lastSetCookieNamed(response: Response, name: string): string | null {
  const prefix = name + '=';
  return response.headers.getSetCookie().findLast((header) => header.startsWith(prefix)) ?? null;
}

/** Returns `response` with a `Set-Cookie` header appended, copying it when its headers are immutable. */
export function withSetCookie(response: Response, setCookie: string): Response {
  try {
    response.headers.append('Set-Cookie', setCookie);
    return response;
  } catch {
    // Response.redirect() and fetched responses have immutable headers.
    const headers = new Headers(response.headers);
    headers.append('Set-Cookie', setCookie);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

/** Creates a session engine; throws a `session-engine:` error saying the fix for bad options. */
export function createSessionEngine(options: SessionEngineOptions): SessionEngine {
  return new SessionEngine(options);
}
