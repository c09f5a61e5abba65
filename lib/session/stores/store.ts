import type { StoredCookie } from '../cookie';

/** Engine bookkeeping kept next to the data; see `SESSION_META_KEY`. */
export interface SessionMeta {
  /** When the session was first created (ms since epoch); drives `absoluteTimeoutMs`. */
  createdAt: number;
}

/**
 * Where the engine keeps its bookkeeping inside the stored JSON. A top-level data key
 * (rather than a field of `cookie`) because express-session copies unknown top-level
 * keys onto `req.session` and writes them back unchanged, whereas it rebuilds `cookie`
 * from a fixed list of fields and would silently drop anything extra there.
 */
export const SESSION_META_KEY = '__meta';

/**
 * A session as stored: express-session's JSON shape, `{"cookie": {...}, ...data}`,
 * plus the engine's `__meta` entry when this engine wrote it.
 */
export interface StoredSession {
  cookie: StoredCookie;
  [key: string]: unknown;
}

/** Which kind of store holds the sessions (shown by the inspector). */
export type StoreKind = 'memory' | 'redis';

/** A store's cap and what it has done: shown when a flood fills the store. */
export interface StoreLimits {
  /** The most sessions kept at once; 0 for no cap. */
  readonly maxEntries: number;
  /** Live sessions evicted to make room since the store (or, in Redis, its index) began. */
  readonly evicted: number;
}

/**
 * Whether a store is at (or within a tenth of) its cap, so the inspector and the dashboard
 * can say that a flood is pushing sessions out. A store without a cap is never full.
 */
export function isNearlyFull(limits: StoreLimits | null, length: number): boolean {
  return limits !== null && limits.maxEntries > 0 && length >= limits.maxEntries * 0.9;
}

/** Releases a lock taken with `SessionStore.lock`. */
export type ReleaseLock = () => Promise<void>;

/**
 * The one interface every session store implements. Values cross it as JSON text,
 * so the engine serializes each session exactly once and a store never shares
 * object references with a request.
 */
export interface SessionStore {
  readonly kind: StoreKind;
  /**
   * The stored JSON of a live session, or `null` when unknown or past its expiry. The store
   * is the authority on expiry: the engine takes what this returns as live, whatever the
   * `cookie.expires` inside the JSON says (a touch may leave it behind).
   */
  get(sid: string): Promise<string | null>;
  /** Stores `json`; the entry disappears at `expiresAtMs` (ms since epoch). A past time deletes it. */
  set(sid: string, json: string, expiresAtMs: number): Promise<void>;
  /**
   * Pushes an existing entry's expiry to `expiresAtMs` without rewriting its data. The stored
   * cookie may stay as it was (Redis sends only `EXPIRE`, as connect-redis does); `get` must
   * still return the entry until `expiresAtMs`.
   */
  touch(sid: string, cookie: StoredCookie, expiresAtMs: number): Promise<void>;
  destroy(sid: string): Promise<void>;
  /** Every live session, by sid. */
  all(): Promise<Map<string, StoredSession>>;
  length(): Promise<number>;
  clear(): Promise<void>;
  /**
   * Takes a lock on `sid` that other processes sharing this store respect.
   * Stores without one (the memory store) leave the engine's in-process lock to do the job.
   */
  lock?(sid: string, waitMs: number): Promise<ReleaseLock>;
  /** The cap and how many sessions it has evicted, for stores that have one. */
  limits?(): Promise<StoreLimits>;
  close?(): Promise<void>;
}

/** Thrown when the store cannot be reached in time; the request fails instead of hanging. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly storeKind: StoreKind;

  constructor(storeKind: StoreKind, message: string, options?: { cause?: unknown }) {
    super(`session-engine: the ${storeKind} session store is unavailable: ${message}`, options);
    this.storeKind = storeKind;
  }
}

/** Thrown when another request held a session's lock for longer than the engine waits. */
export class SessionLockTimeoutError extends Error {
  override readonly name = 'SessionLockTimeoutError';

  constructor(sid: string, waitMs: number) {
    super(
      `session-engine: gave up waiting ${waitMs} ms for the lock on session ${sid.slice(0, 6)}…; ` +
        'another request still holds it. Raise lockWaitMs or shorten slow handlers.',
    );
  }
}

/** Parses stored JSON, treating anything that is not a session object as absent. */
export function parseStoredSession(json: string | null): StoredSession | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const cookie = (value as { cookie?: unknown }).cookie;
    if (typeof cookie !== 'object' || cookie === null) return null;
    return value as StoredSession;
  } catch {
    return null;
  }
}
