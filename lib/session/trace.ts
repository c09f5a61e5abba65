import type { NoCookieReason, StoreAction } from './rules';
import type { StoredSession } from './stores/store';

/**
 * Why a request carried no usable session, or null when its session was found. `'expired'`
 * means the store still held the entry but it was past the absolute timeout; an entry the
 * store itself let expire is gone, so it reads as `'unknown-sid'` (no store can tell the two apart).
 */
export type SessionCookieReason = 'no-cookie' | 'bad-signature' | 'unknown-sid' | 'expired' | null;

/** The session cookie a request sent, taken apart. */
export interface DecodedSessionCookie {
  /** `'s:'` for a signed value, null when the value lacks it (express-session ignores those). */
  readonly prefix: 's:' | null;
  readonly sid: string | null;
  readonly signature: string | null;
  /** Signed by one of the secrets, and (once the store was asked) known and live there. */
  readonly valid: boolean;
  readonly reason: SessionCookieReason;
}

/**
 * One store call made while serving a request, with the entry before and after it. The
 * entries are kept as the JSON strings they were and parsed only when read: most requests'
 * traces are never looked at, and parsing them all cost more than the session work itself.
 */
export interface TraceStoreOperation {
  readonly op: 'get' | 'set' | 'touch' | 'destroy';
  readonly sid: string;
  /** The entry as stored before the call, or null when there was none. */
  readonly beforeJson: string | null;
  readonly before: StoredSession | null;
  readonly after: StoredSession | null;
  readonly durationMs: number;
}

/**
 * A trace store operation whose `before` and `after` are parsed on first read (each a
 * detached copy, as strings cannot change later). `afterJson` is a function so that work
 * to build it (a touch only changes the cookie) is not done unless someone asks.
 */
export function storeOperation(
  op: TraceStoreOperation['op'],
  sid: string,
  beforeJson: string | null,
  afterJson: () => string | null,
  durationMs: number,
): TraceStoreOperation {
  let before: StoredSession | null | undefined;
  let after: StoredSession | null | undefined;
  const operation = { op, sid, beforeJson, durationMs } as TraceStoreOperation;
  return Object.defineProperties(operation, {
    before: { enumerable: true, get: () => (before === undefined ? (before = snapshot(beforeJson)) : before) },
    after: { enumerable: true, get: () => (after === undefined ? (after = snapshot(afterJson())) : after) },
  });
}

/** Everything the engine did for one request, for the cookie inspector and the lessons. */
export interface SessionTraceEvent {
  /** ISO time the request reached the engine. */
  readonly time: string;
  readonly method: string;
  readonly path: string;
  /** The whole `Cookie` header as received. */
  readonly cookieHeader: string | null;
  /** The session cookie's value as received (URL-decoded), or null. */
  readonly cookieValue: string | null;
  readonly cookie: DecodedSessionCookie;
  readonly signature: 'valid' | 'invalid' | 'unsigned' | 'absent';
  readonly storeOperations: readonly TraceStoreOperation[];
  /** The sid the request started with (null outside the cookie path). */
  readonly sidBefore: string | null;
  /** The sid it ended with; differs from `sidBefore` after `regenerate`. */
  readonly sidAfter: string | null;
  readonly storeAction: StoreAction;
  readonly setCookie: string | null;
  readonly noSetCookieReason: NoCookieReason | null;
  /** Set when the handler or the store failed; the session was then not saved. */
  readonly error: string | null;
  readonly durationMs: number;
  /** The response's status, or null when there was no HTTP response at hand (a server action) or the handler threw. */
  readonly status: number | null;
  /**
   * The session `Set-Cookie` the response really carried: usually `setCookie`, but a handler
   * may add its own (a logout's clearing cookie), and a failed request sends none.
   */
  readonly responseSetCookie: string | null;
}

/** Receives one event per request. */
export type TraceListener = (event: SessionTraceEvent) => void;

/** Fan-out of trace events to subscribers; a listener that throws cannot break a request. */
export class TraceHub {
  readonly #listeners = new Set<TraceListener>();

  /** True when someone listens; nothing trace-related is computed otherwise. */
  get active(): boolean {
    return this.#listeners.size > 0;
  }

  subscribe(listener: TraceListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  emit(event: SessionTraceEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('session-engine: a trace listener threw; the request was not affected.', error);
      }
    }
  }
}

/** Parses stored JSON into a detached copy for a trace, so later writes cannot change it. */
export function snapshot(json: string | null): StoredSession | null {
  return json === null ? null : (JSON.parse(json) as StoredSession);
}
