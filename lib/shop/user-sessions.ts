import { StoreUnavailableError, type RedisConnection, type RedisStore, type SessionStore } from '@/lib/session';

/*
 * The user → sessions index behind "your sessions" (lesson: real-clients#user-sessions-index).
 * The store is keyed by sid and cannot say which sessions belong to a user, so login files the
 * new sid here with the device it came from. The index may hold sids that have since ended;
 * readers check each against the store and `remove` the dead ones.
 */

/** What the index keeps of one login. */
export interface IndexedSession {
  readonly sid: string;
  /** A short label made from the User-Agent at login, e.g. "Firefox on Android". */
  readonly device: string;
  /** When the login happened (ms since epoch). */
  readonly loggedInAt: number;
}

/** Where a user's sids are kept: in memory, or in the Redis the sessions live in. */
export interface UserSessionIndex {
  /** Files `entry` under `username`; the user's whole index lives at least `ttlMs` from now. */
  add(username: string, entry: IndexedSession, ttlMs: number): Promise<void>;
  /** The user's indexed sessions, oldest login first (live or not: check the store). */
  list(username: string): Promise<IndexedSession[]>;
  remove(username: string, sids: readonly string[]): Promise<void>;
  /** When the store will drop `sid` (ms since epoch), or null when it does not hold it. */
  expiresAt(sid: string, json: string): Promise<number | null>;
}

/** The most logins kept per user; demo accounts are shared by a whole class. */
export const MAX_INDEXED_PER_USER = 50;

const byLogin = (a: IndexedSession, b: IndexedSession) => a.loggedInAt - b.loggedInAt;

/** The expiry written in a stored session's cookie (kept current by the memory store's touch). */
function cookieExpiry(json: string): number | null {
  try {
    const expires = (JSON.parse(json) as { cookie?: { expires?: unknown } }).cookie?.expires;
    const at = typeof expires === 'string' ? Date.parse(expires) : NaN;
    return Number.isNaN(at) ? null : at;
  } catch {
    return null;
  }
}

/** The index for one process (the memory store): a map per user, each with its own deadline. */
export class MemoryUserSessionIndex implements UserSessionIndex {
  readonly #users = new Map<string, { deadline: number; entries: Map<string, IndexedSession> }>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async add(username: string, entry: IndexedSession, ttlMs: number): Promise<void> {
    const user = this.#live(username) ?? { deadline: 0, entries: new Map<string, IndexedSession>() };
    user.entries.set(entry.sid, entry);
    for (const oldest of [...user.entries.values()].sort(byLogin).slice(0, -MAX_INDEXED_PER_USER)) user.entries.delete(oldest.sid);
    user.deadline = Math.max(user.deadline, this.#now() + ttlMs);
    this.#users.set(username, user);
  }

  async list(username: string): Promise<IndexedSession[]> {
    return [...(this.#live(username)?.entries.values() ?? [])].sort(byLogin);
  }

  async remove(username: string, sids: readonly string[]): Promise<void> {
    const user = this.#live(username);
    if (user === undefined) return;
    for (const sid of sids) user.entries.delete(sid);
    if (user.entries.size === 0) this.#users.delete(username);
  }

  async expiresAt(_sid: string, json: string): Promise<number | null> {
    return cookieExpiry(json);
  }

  #live(username: string) {
    const user = this.#users.get(username);
    if (user !== undefined && user.deadline <= this.#now()) this.#users.delete(username);
    return user !== undefined && user.deadline > this.#now() ? user : undefined;
  }
}

/**
 * The index in Redis, for several app instances: a hash per user (`user-sessions:<username>`,
 * sid → `{device, loggedInAt}`) whose TTL each login renews. Redis cannot expire one field,
 * so ended sessions are removed by readers; the key's TTL removes a forgotten user's hash.
 */
export class RedisUserSessionIndex implements UserSessionIndex {
  readonly #client: RedisConnection;
  readonly #prefix: string;
  readonly #sessionPrefix: string;

  constructor(client: RedisConnection, options: { prefix?: string; sessionPrefix?: string } = {}) {
    this.#client = client;
    this.#prefix = options.prefix ?? 'user-sessions:';
    this.#sessionPrefix = options.sessionPrefix ?? 'sess:';
  }

  async add(username: string, entry: IndexedSession, ttlMs: number): Promise<void> {
    const key = this.#prefix + username;
    const value = JSON.stringify({ device: entry.device, loggedInAt: entry.loggedInAt });
    await this.#run(['HSET', key, entry.sid, value]);
    // Never shorten: another device may have logged in later with a longer life left.
    const left = await this.#run<number>(['PTTL', key]);
    if (left < ttlMs) await this.#run(['PEXPIRE', key, String(Math.ceil(ttlMs))]);
    const all = await this.list(username);
    const excess = all.slice(0, -MAX_INDEXED_PER_USER).map((old) => old.sid);
    if (excess.length > 0) await this.remove(username, excess);
  }

  async list(username: string): Promise<IndexedSession[]> {
    const flat = await this.#run<string[]>(['HGETALL', this.#prefix + username]);
    const entries: IndexedSession[] = [];
    for (let index = 0; index + 1 < flat.length; index += 2) {
      const sid = flat[index] ?? '';
      try {
        const { device, loggedInAt } = JSON.parse(flat[index + 1] ?? '') as { device?: unknown; loggedInAt?: unknown };
        if (typeof device === 'string' && typeof loggedInAt === 'number') entries.push({ sid, device, loggedInAt });
      } catch {
        // A field this code did not write: not an entry.
      }
    }
    return entries.sort(byLogin);
  }

  async remove(username: string, sids: readonly string[]): Promise<void> {
    if (sids.length > 0) await this.#run(['HDEL', this.#prefix + username, ...sids]);
  }

  /** From the session key's TTL: the Redis store's touch sends only `EXPIRE`, so the stored cookie may be older. */
  async expiresAt(sid: string): Promise<number | null> {
    const left = await this.#run<number>(['PTTL', this.#sessionPrefix + sid]);
    return left >= 0 ? Date.now() + left : null;
  }

  async #run<T>(args: string[]): Promise<T> {
    try {
      return await this.#client.sendCommand<T>(args, { timeout: 1_500 });
    } catch (error) {
      throw new StoreUnavailableError('redis', error instanceof Error ? error.message : String(error), { cause: error });
    }
  }
}

/** The index that goes with `store`: in the same Redis, or in this process. */
export function userSessionIndexFor(store: SessionStore): UserSessionIndex {
  // By kind, not `instanceof`: Next may load lib/session into more than one chunk.
  if (store.kind === 'redis' && 'client' in store) {
    const redis = store as RedisStore;
    return new RedisUserSessionIndex(redis.client, { sessionPrefix: redis.prefix });
  }
  return new MemoryUserSessionIndex();
}

/** A readable device from a User-Agent: browser and system when recognised, else its first word. */
export function deviceLabel(userAgent: string | null): string {
  const ua = (userAgent ?? '').trim();
  if (ua === '') return 'Unknown device';
  const browser = (
    [
      [/Edg\//, 'Edge'],
      [/OPR\//, 'Opera'],
      [/Firefox\//, 'Firefox'],
      [/HeadlessChrome\//, 'Headless Chrome'],
      [/Chrome\//, 'Chrome'],
      [/Safari\//, 'Safari'],
    ] as const
  ).find(([pattern]) => pattern.test(ua))?.[1];
  const system = (
    [
      [/Android/, 'Android'],
      [/iPhone|iPad/, 'iOS'],
      [/Windows/, 'Windows'],
      [/Mac OS X|Macintosh/, 'macOS'],
      [/CrOS/, 'ChromeOS'],
      [/Linux/, 'Linux'],
    ] as const
  ).find(([pattern]) => pattern.test(ua))?.[1];
  if (browser !== undefined) return system === undefined ? browser : `${browser} on ${system}`;
  // A client that is not a browser (curl/8.5.0, okhttp/4.12): its product token, bounded.
  return (ua.split(/\s/)[0] ?? ua).slice(0, 40);
}
