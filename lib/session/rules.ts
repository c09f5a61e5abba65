/**
 * The save decisions, as small pure predicates over one request's facts. They restate
 * express-session 1.19's rules; "data" below is the session's data serialized without
 * its cookie, so a cookie that only moved its expiry does not count as a change.
 */

/** What the engine knows about a session when the handler has finished. */
export interface SaveFacts {
  /** The sid from a correctly signed cookie, or null when none came in. */
  readonly cookieSid: string | null;
  /** The sid the session had when the request began (new or loaded). */
  readonly originalSid: string;
  /** The sid now (differs after `regenerate`). */
  readonly sid: string;
  /** The data as loaded or generated. */
  readonly originalData: string;
  /** The data as last known to be in the store, or null when unknown. */
  readonly savedData: string | null;
  /** The data now. */
  readonly currentData: string;
  readonly saveUninitialized: boolean;
  readonly rolling: boolean;
  /** Whether the session cookie has an expiry (it is not a browser-session cookie). */
  readonly cookieHasExpiry: boolean;
}

/** The data or the ID changed during the request. */
export function isModified(facts: SaveFacts): boolean {
  return facts.originalSid !== facts.sid || facts.originalData !== facts.currentData;
}

/** The store already holds exactly this data under this ID. */
export function isSaved(facts: SaveFacts): boolean {
  return facts.originalSid === facts.sid && facts.savedData === facts.currentData;
}

/**
 * The session must be written to the store. A new, never-saved session with
 * `saveUninitialized` off is written only once something was put in it.
 */
export function shouldSave(facts: SaveFacts): boolean {
  const uninitialized = !facts.saveUninitialized && facts.savedData === null && facts.cookieSid !== facts.sid;
  return uninitialized ? isModified(facts) : !isSaved(facts);
}

/** The browser's session is kept but not rewritten: only its expiry moves. */
export function shouldTouch(facts: SaveFacts): boolean {
  return facts.cookieSid === facts.sid && !shouldSave(facts);
}

/**
 * The response must carry the cookie: a new ID is announced when it is worth keeping;
 * a known ID again when rolling, or when the data changed and the cookie has an expiry
 * to push forward (a browser-session cookie needs no refresh).
 */
export function shouldSetCookie(facts: SaveFacts): boolean {
  if (facts.cookieSid !== facts.sid) return facts.saveUninitialized || isModified(facts);
  return facts.rolling || (facts.cookieHasExpiry && isModified(facts));
}

/** Why a response carries no session cookie. */
export type NoCookieReason =
  | 'outside-cookie-path'
  | 'destroyed'
  | 'unset'
  | 'save-uninitialized-off'
  | 'not-modified'
  | 'browser-session-cookie-unchanged'
  | 'secure-over-http';

/** What the store is asked to do when the request ends. */
export type StoreAction = 'set' | 'touch' | 'destroy' | 'none';

/** The end-of-request outcome: what the store does and whether `Set-Cookie` goes out. */
export interface CommitDecision {
  readonly storeAction: StoreAction;
  readonly setCookie: boolean;
  readonly noCookieReason: NoCookieReason | null;
}

/** Facts beyond `SaveFacts` that the end-of-request decision needs. */
export interface CommitFacts extends SaveFacts {
  /** `session.destroy()` ran. */
  readonly destroyed: boolean;
  /** `session.unset()` ran. */
  readonly unset: boolean;
  readonly unsetDestroys: boolean;
  readonly cookieSecure: boolean;
  readonly requestSecure: boolean;
}

/** Combines the predicates into what happens when the request ends. */
export function decideCommit(facts: CommitFacts): CommitDecision {
  if (facts.destroyed) return { storeAction: 'none', setCookie: false, noCookieReason: 'destroyed' };
  if (facts.unset) {
    return { storeAction: facts.unsetDestroys ? 'destroy' : 'none', setCookie: false, noCookieReason: 'unset' };
  }
  const storeAction: StoreAction = shouldSave(facts) ? 'set' : shouldTouch(facts) ? 'touch' : 'none';
  if (!shouldSetCookie(facts)) {
    const reason: NoCookieReason =
      facts.cookieSid !== facts.sid ? 'save-uninitialized-off' : isModified(facts) ? 'browser-session-cookie-unchanged' : 'not-modified';
    return { storeAction, setCookie: false, noCookieReason: reason };
  }
  if (facts.cookieSecure && !facts.requestSecure) {
    return { storeAction, setCookie: false, noCookieReason: 'secure-over-http' };
  }
  return { storeAction, setCookie: true, noCookieReason: null };
}

/** The request came over HTTPS: by its URL, or by `X-Forwarded-Proto` when the proxy is trusted. */
export function isSecureRequest(url: URL, forwardedProto: string | null, trustProxy: boolean): boolean {
  if (url.protocol === 'https:') return true;
  if (!trustProxy || forwardedProto === null) return false;
  const comma = forwardedProto.indexOf(',');
  const first = (comma === -1 ? forwardedProto : forwardedProto.slice(0, comma)).trim().toLowerCase();
  return first === 'https';
}

/** The request path lies inside the cookie path (express-session's prefix test). */
export function isInsideCookiePath(pathname: string, cookiePath: string): boolean {
  return pathname.startsWith(cookiePath);
}

/** Inputs of `storeExpiresAt`, all in ms. */
export interface ExpiryFacts {
  readonly now: number;
  readonly cookieExpiresAt: number | null;
  readonly createdAt: number;
  readonly idleTimeoutMs: number | null;
  readonly absoluteTimeoutMs: number | null;
  readonly ttlWithoutExpiryMs: number;
}

/**
 * When the store should drop the session: the cookie's expiry (as connect-redis derives
 * its TTL), brought forward by the server-side idle and absolute timeouts.
 */
export function storeExpiresAt(facts: ExpiryFacts): number {
  let expiresAt = facts.cookieExpiresAt ?? facts.now + facts.ttlWithoutExpiryMs;
  if (facts.idleTimeoutMs !== null) expiresAt = Math.min(expiresAt, facts.now + facts.idleTimeoutMs);
  if (facts.absoluteTimeoutMs !== null) expiresAt = Math.min(expiresAt, facts.createdAt + facts.absoluteTimeoutMs);
  return expiresAt;
}

/**
 * A loaded session has outlived `absoluteTimeoutMs`, counted from its stored creation time.
 * This is the only expiry the engine judges on load; the others (the cookie's `maxAge`, the
 * idle timeout) are the store's, which drops the entry when its expiry passes, as
 * express-session relies on its store. The stored `cookie.expires` is no guide: a touch moves
 * only the store's expiry (`EXPIRE` in Redis, as connect-redis does) and leaves the JSON, and
 * the expiry written in it, as the last write left them.
 */
export function isPastAbsoluteTimeout(now: number, createdAt: number | null, absoluteTimeoutMs: number | null): boolean {
  return absoluteTimeoutMs !== null && createdAt !== null && createdAt + absoluteTimeoutMs <= now;
}
