import type { StoredCookie } from './cookie';
import type { SessionData } from './session';
import { SESSION_META_KEY, type SessionMeta } from './stores/store';

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

/** Splits stored JSON; anything that is not a session object counts as absent. */
export function readStoredJson(json: string): LoadedSession | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const { cookie, [SESSION_META_KEY]: meta, ...data } = parsed as Record<string, unknown>;
  if (typeof cookie !== 'object' || cookie === null) return null;
  const createdAt =
    typeof meta === 'object' && meta !== null && typeof (meta as SessionMeta).createdAt === 'number'
      ? (meta as SessionMeta).createdAt
      : null;
  return { cookie: cookie as StoredCookie, data, createdAt };
}
