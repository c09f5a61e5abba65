import { randomFillSync } from 'node:crypto';
import type { CookiePriority, SameSite } from './cookie';
import { MemoryStore } from './stores/memory-store';
import type { SessionStore } from './stores/store';

/** Options of the session cookie; names and meanings follow express-session's `cookie`. */
export interface SessionCookieOptions {
  /**
   * Lifetime in ms, restarted whenever the session is touched. `null` makes a
   * browser-session cookie (no `Expires`).
   * @default null
   */
  maxAge?: number | null;
  /**
   * A fixed expiry date. Prefer `maxAge`; when both are given `maxAge` wins, as in express-session.
   * @default null
   */
  expires?: Date | null;
  /**
   * Hide the cookie from `document.cookie`.
   * @default true
   */
  httpOnly?: boolean;
  /**
   * Send the cookie only over HTTPS. `'auto'` decides per new session from the request
   * (see `proxy`). A secure cookie is never sent over plain HTTP; the session is still saved.
   * @default 'auto' (express-session leaves it off)
   */
  secure?: boolean | 'auto';
  /**
   * The `SameSite` attribute; `true` means `Strict`.
   * @default 'lax' (express-session leaves it unset)
   */
  sameSite?: SameSite;
  /**
   * The cookie path; requests outside it get no session at all.
   * @default '/'
   */
  path?: string;
  /**
   * The cookie domain; unset means the exact host that answered.
   * @default undefined
   */
  domain?: string;
  /**
   * The `Partitioned` attribute (CHIPS).
   * @default undefined
   */
  partitioned?: boolean;
  /**
   * The `Priority` attribute.
   * @default undefined
   */
  priority?: CookiePriority;
}

/** Options of `createSessionEngine`; names and meanings follow express-session 1.19. */
export interface SessionEngineOptions {
  /**
   * The secret that signs the session cookie, or a list: the first signs, every one
   * verifies, so a secret can be rotated without logging everyone out. Required.
   */
  secret: string | readonly string[];
  /**
   * The session cookie's name.
   * @default 'connect.sid'
   */
  name?: string;
  /**
   * Makes a new session ID. Must be unguessable.
   * @default 24 random bytes from `crypto.randomFillSync` (192 bits, cut from a pool), base64url
   */
  genid?: () => string;
  /**
   * Where sessions live.
   * @default a new `MemoryStore`
   */
  store?: SessionStore;
  /**
   * Write the session back even when the request did not change it.
   * @default false (express-session defaults to true, with a deprecation warning)
   */
  resave?: boolean;
  /**
   * Store (and send a cookie for) a new session the request did not change.
   * @default false (express-session defaults to true, with a deprecation warning)
   */
  saveUninitialized?: boolean;
  /**
   * Send the cookie on every response, restarting its `maxAge` in the browser too.
   * @default false
   */
  rolling?: boolean;
  /**
   * What `session.unset()` does: `'keep'` leaves the stored session as it was,
   * `'destroy'` deletes it when the request ends.
   * @default 'keep'
   */
  unset?: 'keep' | 'destroy';
  /**
   * Trust the `X-Forwarded-Proto` header from a reverse proxy when deciding whether the
   * request came over HTTPS. When false only the request URL's scheme counts.
   * @default false
   */
  proxy?: boolean;
  /** The session cookie's attributes. */
  cookie?: SessionCookieOptions;
  /**
   * Server-side idle timeout in ms: a session not used for this long is gone from the
   * store, whatever the cookie claims (OWASP session management).
   * @default null (only the cookie's `maxAge` limits it)
   */
  idleTimeoutMs?: number | null;
  /**
   * Server-side absolute timeout in ms, counted from the session's creation; activity
   * does not extend it. `regenerate({ keepData: true })` keeps the creation time.
   * @default null (no limit)
   */
  absoluteTimeoutMs?: number | null;
  /**
   * Hold a per-session lock from load to save so parallel requests lose no update.
   * @default true
   */
  locking?: boolean;
  /**
   * How long a request waits for another request's lock on the same session, in ms.
   * @default 5_000
   */
  lockWaitMs?: number;
  /**
   * How long the store keeps a session whose cookie has no expiry, in ms.
   * @default 86_400_000 (one day, connect-redis's default TTL)
   */
  storeTtlWithoutExpiryMs?: number;
}

/** The options after defaults and validation. */
export interface ResolvedOptions {
  readonly name: string;
  readonly secrets: readonly string[];
  readonly genid: () => string;
  readonly store: SessionStore;
  readonly resave: boolean;
  readonly saveUninitialized: boolean;
  readonly rolling: boolean;
  readonly unsetDestroys: boolean;
  readonly proxy: boolean;
  readonly cookie: Readonly<Required<Pick<SessionCookieOptions, 'httpOnly' | 'secure' | 'path'>>> &
    Readonly<Omit<SessionCookieOptions, 'httpOnly' | 'secure' | 'path'>>;
  readonly idleTimeoutMs: number | null;
  readonly absoluteTimeoutMs: number | null;
  readonly locking: boolean;
  readonly lockWaitMs: number;
  readonly storeTtlWithoutExpiryMs: number;
}

/** A new session ID: 24 bytes from the CSPRNG, base64url (32 characters, 192 bits). */
export function generateSessionId(): string {
  if (idPoolOffset + ID_BYTES > idPool.length) {
    randomFillSync(idPool);
    idPoolOffset = 0;
  }
  const id = idPool.toString('base64url', idPoolOffset, idPoolOffset + ID_BYTES);
  // Each slice of the pool is used once; zeroed so no later read can see it again.
  idPool.fill(0, idPoolOffset, idPoolOffset + ID_BYTES);
  idPoolOffset += ID_BYTES;
  return id;
}

/** Bytes of randomness in a session ID (192 bits, as express-session's uid-safe(24)). */
const ID_BYTES = 24;
/**
 * IDs are cut from a pool of CSPRNG bytes filled 128 IDs at a time (as Node does for
 * `randomUUID`): one call into the system's generator per 128 sessions instead of one each,
 * which is most of what creating a session cost beyond its HMAC.
 */
const idPool = Buffer.alloc(ID_BYTES * 128);
let idPoolOffset = idPool.length;

// RFC 6265 token characters for the cookie name; path and domain may not break the header.
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const ATTRIBUTE_VALUE = /^[\u0020-\u003A\u003C-\u007E]*$/;
const DOMAIN = /^\.?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const STORE_METHODS = ['get', 'set', 'touch', 'destroy', 'all', 'length', 'clear'] as const;

function fail(message: string): never {
  throw new TypeError(`session-engine: ${message}`);
}

function positiveMsOrNull(value: number | null | undefined, option: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    fail(`${option} must be a positive number of milliseconds or null, got ${String(value)}.`);
  }
  return value;
}

function resolveSecrets(secret: unknown): string[] {
  const hint = 'Pass secret: process.env.SESSION_SECRET (a long random string), or a list to rotate secrets.';
  if (secret === undefined || secret === null || secret === '') fail(`a secret is required to sign session cookies. ${hint}`);
  const list: unknown[] = Array.isArray(secret) ? secret : [secret];
  if (list.length === 0) fail(`the secret list is empty. ${hint}`);
  for (const item of list) {
    if (typeof item !== 'string' || item.length === 0) fail(`every secret must be a non-empty string. ${hint}`);
  }
  return list as string[];
}

function resolveCookie(cookie: SessionCookieOptions): ResolvedOptions['cookie'] {
  const { maxAge = null, expires = null, httpOnly = true, secure = 'auto', sameSite = 'lax', path = '/' } = cookie;
  if (maxAge !== null && (typeof maxAge !== 'number' || !Number.isFinite(maxAge))) {
    fail(`cookie.maxAge must be a number of milliseconds or null, got ${String(maxAge)}.`);
  }
  if (expires !== null && (!(expires instanceof Date) || Number.isNaN(expires.getTime()))) {
    fail('cookie.expires must be a valid Date or null; prefer cookie.maxAge in milliseconds.');
  }
  if (secure !== true && secure !== false && secure !== 'auto') fail(`cookie.secure must be true, false or 'auto'.`);
  if (![true, false, 'lax', 'strict', 'none'].includes(sameSite)) {
    fail(`cookie.sameSite must be 'lax', 'strict', 'none', true or false, got ${String(sameSite)}.`);
  }
  if (sameSite === 'none' && secure === false) {
    fail(`cookie.sameSite 'none' needs cookie.secure true or 'auto'; browsers reject SameSite=None without Secure.`);
  }
  if (typeof path !== 'string' || !path.startsWith('/') || !ATTRIBUTE_VALUE.test(path)) {
    fail(`cookie.path must start with '/' and contain no ';' or control characters, got ${JSON.stringify(path)}.`);
  }
  if (cookie.domain !== undefined && !DOMAIN.test(cookie.domain)) {
    fail(`cookie.domain must be a host name like 'example.com', got ${JSON.stringify(cookie.domain)}.`);
  }
  if (cookie.priority !== undefined && !['low', 'medium', 'high'].includes(cookie.priority)) {
    fail(`cookie.priority must be 'low', 'medium' or 'high'.`);
  }
  return { ...cookie, maxAge, expires, httpOnly, secure, sameSite, path };
}

/** Applies defaults and rejects bad configuration with an error that says the fix. */
export function resolveOptions(options: SessionEngineOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) fail('createSessionEngine needs an options object with a secret.');
  const secrets = resolveSecrets(options.secret);
  const name = options.name ?? 'connect.sid';
  if (typeof name !== 'string' || !COOKIE_NAME.test(name)) {
    fail(`name must be a cookie name made of letters, digits and !#$%&'*+-.^_\`|~, got ${JSON.stringify(name)}.`);
  }
  const genid = options.genid ?? generateSessionId;
  if (typeof genid !== 'function') fail('genid must be a function returning a new unguessable session ID.');
  const store = options.store ?? new MemoryStore();
  for (const method of STORE_METHODS) {
    if (typeof store[method] !== 'function') fail(`store must implement ${method}(); use MemoryStore or RedisStore.`);
  }
  const unset = options.unset ?? 'keep';
  if (unset !== 'keep' && unset !== 'destroy') fail(`unset must be 'keep' or 'destroy', got ${JSON.stringify(unset)}.`);
  const lockWaitMs = options.lockWaitMs ?? 5_000;
  if (!Number.isFinite(lockWaitMs) || lockWaitMs < 0) fail('lockWaitMs must be a number of milliseconds ≥ 0.');
  const storeTtlWithoutExpiryMs = positiveMsOrNull(options.storeTtlWithoutExpiryMs, 'storeTtlWithoutExpiryMs');
  return {
    name,
    secrets,
    genid,
    store,
    resave: Boolean(options.resave),
    saveUninitialized: Boolean(options.saveUninitialized),
    rolling: Boolean(options.rolling),
    unsetDestroys: unset === 'destroy',
    proxy: Boolean(options.proxy),
    cookie: resolveCookie(options.cookie ?? {}),
    idleTimeoutMs: positiveMsOrNull(options.idleTimeoutMs, 'idleTimeoutMs'),
    absoluteTimeoutMs: positiveMsOrNull(options.absoluteTimeoutMs, 'absoluteTimeoutMs'),
    locking: options.locking ?? true,
    lockWaitMs,
    storeTtlWithoutExpiryMs: storeTtlWithoutExpiryMs ?? 86_400_000,
  };
}
