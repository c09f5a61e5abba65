import { SessionCookie } from './cookie';
import type { ResolvedOptions } from './options';
import { isPastAbsoluteTimeout } from './rules';
import type { SessionState } from './session';
import { readStoredJson } from './stored-format';
import type { SessionStore } from './stores/store';
import { storeOperation, type TraceStoreOperation } from './trace';

/** Builds the cookie of a new session from the options, resolving `secure: 'auto'` now. */
export function newSessionCookie(options: ResolvedOptions, requestSecure: boolean): SessionCookie {
  const { cookie } = options;
  const now = Date.now();
  const expires = cookie.maxAge != null ? new Date(now + cookie.maxAge) : (cookie.expires ?? null);
  return new SessionCookie({
    originalMaxAge: cookie.maxAge ?? (expires === null ? null : expires.getTime() - now),
    expires,
    httpOnly: cookie.httpOnly,
    secure: cookie.secure === 'auto' ? requestSecure : cookie.secure,
    sameSite: cookie.sameSite,
    path: cookie.path,
    domain: cookie.domain,
    partitioned: cookie.partitioned,
    priority: cookie.priority,
  });
}

/** A brand-new session with a fresh ID, an empty data object and a cookie from the options. */
export function generateState(options: ResolvedOptions, requestSecure: boolean): SessionState {
  const sid = options.genid();
  if (typeof sid !== 'string' || sid.length === 0) {
    throw new TypeError('session-engine: genid must return a non-empty string.');
  }
  return { sid, cookie: newSessionCookie(options, requestSecure), data: {}, createdAt: Date.now(), destroyed: false, unset: false };
}

/** A session found in the store, or why none was. */
export type LoadOutcome =
  { state: SessionState; json: string; reason: null } | { state: null; json: null; reason: 'unknown-sid' | 'expired' };

/**
 * Reads a session from the store. An unknown sid or an entry past the absolute timeout is
 * reported, never thrown; the latter is deleted so it cannot come back. Whatever else the
 * store returns is live: the store owns the expiry, and the stored `cookie.expires` may lag
 * behind a touch (see `isPastAbsoluteTimeout`), so the loaded cookie can read as past until
 * the commit restarts its life, as in express-session with connect-redis.
 */
export async function loadState(
  store: SessionStore,
  absoluteTimeoutMs: number | null,
  sid: string,
  operations: TraceStoreOperation[] | null,
): Promise<LoadOutcome> {
  const started = performance.now();
  const json = await store.get(sid);
  if (operations !== null) {
    operations.push(storeOperation('get', sid, json, () => json, performance.now() - started));
  }
  const loaded = json === null ? null : readStoredJson(json);
  if (json === null || loaded === null) return { state: null, json: null, reason: 'unknown-sid' };
  const now = Date.now();
  if (isPastAbsoluteTimeout(now, loaded.createdAt, absoluteTimeoutMs)) {
    const destroyStarted = performance.now();
    await store.destroy(sid);
    if (operations !== null) {
      operations.push(storeOperation('destroy', sid, json, () => null, performance.now() - destroyStarted));
    }
    return { state: null, json: null, reason: 'expired' };
  }
  const state: SessionState = {
    sid,
    cookie: SessionCookie.fromStored(loaded.cookie),
    data: loaded.data,
    createdAt: loaded.createdAt ?? now,
    destroyed: false,
    unset: false,
  };
  return { state, json, reason: null };
}
