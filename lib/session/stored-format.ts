import type { StoredCookie } from './cookie';
import type { SessionData } from './session';
import { parseStoredSession, SESSION_META_KEY, type SessionMeta, type StoredSession } from './stores/store';

const RESERVED_KEYS = ['cookie', SESSION_META_KEY] as const;

/**
 * The session data as JSON, the form in which "modified" is judged: like express-session's
 * hash it leaves the cookie out, so a moved expiry alone is not a change.
 */
export function serializeData(data: SessionData): string {
  for (const key of RESERVED_KEYS) {
    if (Object.hasOwn(data, key)) {
      throw new TypeError(`session-engine: session.data.${key} is reserved for the stored format; use another key.`);
    }
  }
  return JSON.stringify(data);
}

/**
 * The stored JSON, `{"cookie":{...},...data,"__meta":{...}}`, assembled from the already
 * serialized parts so each request serializes the data only once.
 */
export function buildStoredJson(cookie: StoredCookie, dataJson: string, meta: SessionMeta): string {
  const inner = dataJson.length > 2 ? dataJson.slice(1, -1) + ',' : '';
  const json = `{"cookie":${JSON.stringify(cookie)},${inner}"${SESSION_META_KEY}":${JSON.stringify(meta)}}`;
  // Concatenation yields a rope that keeps every part alive; reading a character makes V8
  // flatten it into one string, which halves what a stored session costs in memory.
  json.charCodeAt(0);
  return json;
}

/** A stored session split into the parts the engine works with. */
export interface LoadedSession {
  readonly cookie: StoredCookie;
  readonly data: SessionData;
  /** Null when another program (express-session) created the session. */
  readonly createdAt: number | null;
}

/** When the engine created a stored session, or null when another program (express-session) did. */
export function createdAtOf(stored: StoredSession): number | null {
  const meta = stored[SESSION_META_KEY] as Partial<SessionMeta> | undefined;
  return typeof meta === 'object' && meta !== null && typeof meta.createdAt === 'number' ? meta.createdAt : null;
}

/**
 * Splits stored JSON into cookie, data and creation time. It reads through
 * `parseStoredSession`, the stores' own reader, so what counts as a session (an object with a
 * cookie object) is decided in one place; anything else counts as absent.
 */
export function readStoredJson(json: string): LoadedSession | null {
  const stored = parseStoredSession(json);
  if (stored === null) return null;
  const { cookie, [SESSION_META_KEY]: _meta, ...data } = stored;
  return { cookie, data, createdAt: createdAtOf(stored) };
}
