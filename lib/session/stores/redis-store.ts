import { once } from 'node:events';
import { createClient, ErrorReply } from 'redis';
import type { StoredCookie } from '../cookie';
import { acquireRedisLock } from './redis-lock';
import {
  parseStoredSession,
  StoreUnavailableError,
  type ReleaseLock,
  type SessionStore,
  type StoreLimits,
  type StoredSession,
} from './store';

/** The part of a node-redis v5 client this store uses. */
export interface RedisConnection {
  readonly isReady: boolean;
  sendCommand<T>(args: readonly string[], options?: { timeout?: number }): Promise<T>;
  on(event: 'ready' | 'error', listener: (...args: unknown[]) => void): unknown;
  off(event: 'ready' | 'error', listener: (...args: unknown[]) => void): unknown;
  destroy(): void;
}

/** Options of `RedisStore`. */
export interface RedisStoreOptions {
  /**
   * Key prefix of sessions; connect-redis's, so express-session can share them.
   * @default 'sess:'
   */
  prefix?: string;
  /**
   * Key prefix of the per-session locks.
   * @default 'sess-lock:'
   */
  lockPrefix?: string;
  /**
   * How long one command (or waiting for a connection) may take before the store reports
   * `StoreUnavailableError`, in ms.
   * @default 1_500
   */
  commandTimeoutMs?: number;
  /**
   * How long a lock lives if its holder never releases it (a crashed process), in ms.
   * @default 15_000
   */
  lockLeaseMs?: number;
  /**
   * The `COUNT` hint of each `SCAN` step.
   * @default 100
   */
  scanCount?: number;
  /**
   * The most sessions kept at once, as the memory store caps them; 0 for no cap. With a cap,
   * each write also files the sid in a sorted set per eviction tier (`<indexPrefix><tier>`,
   * scored by expiry) and, in the same Lua script, evicts the lowest tier's soonest-to-expire
   * sessions while the total is over the cap. That index also answers `length`, `all` and
   * `clear` without scanning the keyspace; an uncapped store scans (`SCAN`) for them.
   * @default 0
   */
  maxEntries?: number;
  /**
   * With `maxEntries`: how much a session matters (0, 1 or 2); lower tiers are evicted first.
   * @default () => 0
   */
  evictionTier?: (json: string) => number;
  /**
   * With `maxEntries`: key prefix of the eviction index and its counter.
   * @default 'sess-index:'
   */
  indexPrefix?: string;
}

/** The eviction tiers a capped RedisStore keeps an index for. */
const TIERS = 3;
/** The most keys one `MGET` or `DEL` carries. */
const BATCH = 500;

/*
 * A capped write. KEYS: the session key, then the tier indexes 0..2. ARGV: json, ttl seconds,
 * sid, tier, expiresAtMs, nowMs, maxEntries, session key prefix, evicted-counter key.
 * Keys of evicted sessions are built in the script: fine on one Redis, not on a cluster.
 */
const CAPPED_SET = `
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
local tier = tonumber(ARGV[4])
for i = 2, #KEYS do
  if i - 2 ~= tier then redis.call('ZREM', KEYS[i], ARGV[3]) end
end
redis.call('ZADD', KEYS[2 + tier], ARGV[5], ARGV[3])
local total = 0
for i = 2, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', ARGV[6])
  total = total + redis.call('ZCARD', KEYS[i])
end
local max = tonumber(ARGV[7])
local evicted = 0
local i = 2
while total > max and i <= #KEYS do
  local oldest = redis.call('ZRANGE', KEYS[i], 0, 1)
  local victim = oldest[1]
  if victim == ARGV[3] then victim = oldest[2] end
  if victim == nil then
    i = i + 1
  else
    redis.call('ZREM', KEYS[i], victim)
    total = total - 1
    evicted = evicted + redis.call('DEL', ARGV[8] .. victim)
  end
end
if evicted > 0 then redis.call('INCRBY', ARGV[9], evicted) end
return evicted
`;

/** A capped touch: the TTL, and the sid's score in whichever tier index holds it. KEYS as above. */
const CAPPED_TOUCH = `
redis.call('EXPIRE', KEYS[1], ARGV[1])
for i = 2, #KEYS do redis.call('ZADD', KEYS[i], 'XX', ARGV[2], ARGV[3]) end
return 0
`;

/** A capped destroy: the key and its index entries. KEYS as above. */
const CAPPED_DESTROY = `
redis.call('DEL', KEYS[1])
for i = 2, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end
return 0
`;

/** Counts the indexed sessions, dropping the expired ones from the index first. KEYS: the tier indexes. ARGV: nowMs. */
const INDEX_COUNT = `
local total = 0
for i = 1, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', ARGV[1])
  total = total + redis.call('ZCARD', KEYS[i])
end
return total
`;

/** The indexed sids, the expired ones dropped first. KEYS: the tier indexes. ARGV: nowMs. */
const INDEX_MEMBERS = `
local sids = {}
for i = 1, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', ARGV[1])
  for _, sid in ipairs(redis.call('ZRANGE', KEYS[i], 0, -1)) do sids[#sids + 1] = sid end
end
return sids
`;

/** Options of `RedisStore.fromUrl`: the store's plus how the client connects. */
export interface RedisStoreUrlOptions extends RedisStoreOptions {
  /**
   * Time allowed to open a TCP connection, in ms.
   * @default 1_000
   */
  connectTimeoutMs?: number;
  /**
   * Longest pause between reconnection attempts while Redis is down, in ms.
   * @default 1_000
   */
  maxReconnectDelayMs?: number;
}

/**
 * Sessions in Redis, in connect-redis's format: key `sess:<sid>`, the session JSON as the
 * value, `SET … EX <seconds left>`, `EXPIRE` on touch, listing from the index a capped store keeps (`SCAN` without one). Every command is
 * bounded in time; an unreachable Redis gives `StoreUnavailableError`, never a hang.
 */
export class RedisStore implements SessionStore {
  readonly kind = 'redis' as const;
  readonly client: RedisConnection;
  readonly prefix: string;
  readonly #lockPrefix: string;
  readonly #commandTimeoutMs: number;
  readonly #lockLeaseMs: number;
  readonly #scanCount: number;
  readonly #ownsClient: boolean;
  readonly maxEntries: number;
  readonly #evictionTier: (json: string) => number;
  readonly #indexKeys: readonly string[];
  readonly #evictedKey: string;

  /** Uses a client you created and connect; `close()` leaves it open. */
  constructor(client: RedisConnection, options: RedisStoreOptions = {}, ownsClient = false) {
    const { prefix, lockPrefix, commandTimeoutMs, lockLeaseMs, scanCount, maxEntries, evictionTier, indexPrefix } =
      resolveRedisStoreOptions(options);
    this.maxEntries = maxEntries;
    this.#evictionTier = evictionTier;
    this.#indexKeys = Array.from({ length: TIERS }, (_, tier) => `${indexPrefix}${tier}`);
    this.#evictedKey = `${indexPrefix}evicted`;
    this.client = client;
    this.prefix = prefix;
    this.#lockPrefix = lockPrefix;
    this.#commandTimeoutMs = commandTimeoutMs;
    this.#lockLeaseMs = lockLeaseMs;
    this.#scanCount = scanCount;
    this.#ownsClient = ownsClient;
  }

  /**
   * Creates a client for `url` that fails fast while Redis is down (no offline queue,
   * bounded connect time) and keeps reconnecting in the background, so the store recovers
   * by itself when Redis comes back. `close()` closes the client.
   */
  static fromUrl(url: string, options: RedisStoreUrlOptions = {}): RedisStore {
    resolveRedisStoreOptions(options);
    const { connectTimeoutMs = 1_000, maxReconnectDelayMs = 1_000 } = options;
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: connectTimeoutMs,
        reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, maxReconnectDelayMs),
      },
    });
    let outage = false;
    client.on('error', (error: unknown) => {
      // One line per outage, not one per reconnection attempt.
      if (outage) return;
      outage = true;
      console.warn(`session-engine: Redis at ${url} is unreachable (${error instanceof Error ? error.message : String(error)}); retrying.`);
    });
    client.on('ready', () => {
      outage = false;
    });
    client.connect().catch(() => {
      // Reported through the 'error' listener; commands fail with StoreUnavailableError meanwhile.
    });
    return new RedisStore(client as unknown as RedisConnection, options, true);
  }

  async get(sid: string): Promise<string | null> {
    return this.#run<string | null>(['GET', this.prefix + sid]);
  }

  async set(sid: string, json: string, expiresAtMs: number): Promise<void> {
    const ttlSeconds = ttlSecondsUntil(expiresAtMs);
    if (ttlSeconds <= 0) {
      await this.destroy(sid);
      return;
    }
    if (this.maxEntries === 0) {
      await this.#run(['SET', this.prefix + sid, json, 'EX', String(ttlSeconds)]);
      return;
    }
    const tier = Math.min(TIERS - 1, Math.max(0, Math.trunc(this.#evictionTier(json))));
    await this.#script(CAPPED_SET, sid, [
      json,
      String(ttlSeconds),
      sid,
      String(tier),
      String(expiresAtMs),
      String(Date.now()),
      String(this.maxEntries),
      this.prefix,
      this.#evictedKey,
    ]);
  }

  async touch(sid: string, _cookie: StoredCookie, expiresAtMs: number): Promise<void> {
    const ttl = String(ttlSecondsUntil(expiresAtMs));
    if (this.maxEntries === 0) await this.#run(['EXPIRE', this.prefix + sid, ttl]);
    else await this.#script(CAPPED_TOUCH, sid, [ttl, String(expiresAtMs), sid]);
  }

  async destroy(sid: string): Promise<void> {
    if (this.maxEntries === 0) await this.#run(['DEL', this.prefix + sid]);
    else await this.#script(CAPPED_DESTROY, sid, [sid]);
  }

  /** The cap (0: none), and how many live sessions it has pushed out, across every instance. */
  async limits(): Promise<StoreLimits> {
    if (this.maxEntries === 0) return { maxEntries: 0, evicted: 0 };
    return { maxEntries: this.maxEntries, evicted: Number((await this.#run<string | null>(['GET', this.#evictedKey])) ?? 0) };
  }

  #script(source: string, sid: string, args: readonly string[]): Promise<unknown> {
    return this.#run(['EVAL', source, String(1 + TIERS), this.prefix + sid, ...this.#indexKeys, ...args]);
  }

  /**
   * Every live session. A capped store reads its index (one script, then `MGET` in batches);
   * an uncapped one, which keeps no index, walks the keyspace with `SCAN`.
   */
  async all(): Promise<Map<string, StoredSession>> {
    const keys = await this.#keys();
    const sessions = new Map<string, StoredSession>();
    for (let start = 0; start < keys.length; start += BATCH) {
      const batch = keys.slice(start, start + BATCH);
      const values = await this.#run<(string | null)[]>(['MGET', ...batch]);
      batch.forEach((key, index) => {
        const stored = parseStoredSession(values[index] ?? null);
        if (stored !== null) sessions.set(key.slice(this.prefix.length), stored);
      });
    }
    return sessions;
  }

  /**
   * How many live sessions there are. A capped store counts its index in one script (`ZCARD`
   * per tier after dropping expired sids), never touching the keyspace; an uncapped one scans.
   */
  async length(): Promise<number> {
    if (this.maxEntries > 0) {
      return Number(await this.#run(['EVAL', INDEX_COUNT, String(TIERS), ...this.#indexKeys, String(Date.now())]));
    }
    return (await this.#keys()).length;
  }

  async clear(): Promise<void> {
    const keys = await this.#keys();
    for (let start = 0; start < keys.length; start += BATCH) await this.#run(['DEL', ...keys.slice(start, start + BATCH)]);
    if (this.maxEntries > 0) await this.#run(['DEL', ...this.#indexKeys]);
  }

  lock(sid: string, waitMs: number): Promise<ReleaseLock> {
    return acquireRedisLock((args) => this.#run(args), this.#lockPrefix + sid, waitMs, this.#lockLeaseMs);
  }

  /** Closes the client when this store created it. */
  async close(): Promise<void> {
    if (this.#ownsClient) this.client.destroy();
  }

  /**
   * The keys of the live sessions: from the index when the store keeps one (sessions written
   * straight into Redis by another program, outside the index, are then not listed), else by `SCAN`.
   */
  async #keys(): Promise<string[]> {
    if (this.maxEntries > 0) {
      const sids = await this.#run<string[]>(['EVAL', INDEX_MEMBERS, String(TIERS), ...this.#indexKeys, String(Date.now())]);
      return sids.map((sid) => this.prefix + sid);
    }
    const keys = new Set<string>();
    let cursor = '0';
    do {
      const [next, batch] = await this.#run<[string, string[]]>([
        'SCAN',
        cursor,
        'MATCH',
        `${this.prefix}*`,
        'COUNT',
        String(this.#scanCount),
      ]);
      for (const key of batch) keys.add(key);
      cursor = next;
    } while (cursor !== '0');
    return [...keys];
  }

  /** Runs one command within the time bound, mapping connection failures to StoreUnavailableError. */
  async #run<T>(args: string[]): Promise<T> {
    const started = Date.now();
    if (!this.client.isReady) await this.#waitUntilReady(this.#commandTimeoutMs);
    const leftMs = Math.max(1, this.#commandTimeoutMs - (Date.now() - started));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pending = this.client.sendCommand<T>(args, { timeout: leftMs });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no reply to ${args[0]} within ${this.#commandTimeoutMs} ms`)), leftMs + 50);
    });
    try {
      return await Promise.race([pending, timeout]);
    } catch (error) {
      pending.catch(() => {});
      if (error instanceof ErrorReply) throw error;
      throw new StoreUnavailableError('redis', error instanceof Error ? error.message : String(error), { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async #waitUntilReady(waitMs: number): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), waitMs);
    try {
      await once(this.client as unknown as NodeJS.EventEmitter, 'ready', { signal: controller.signal });
    } catch {
      if (!this.client.isReady) {
        throw new StoreUnavailableError('redis', `not connected within ${waitMs} ms`);
      }
    } finally {
      clearTimeout(timer);
    }
  }
}

function resolveRedisStoreOptions(options: RedisStoreOptions): Required<RedisStoreOptions> {
  const {
    prefix = 'sess:',
    lockPrefix = 'sess-lock:',
    commandTimeoutMs = 1_500,
    lockLeaseMs = 15_000,
    scanCount = 100,
    maxEntries = 0,
    evictionTier = () => 0,
    indexPrefix = 'sess-index:',
  } = options;
  if (!Number.isInteger(maxEntries) || maxEntries < 0) {
    throw new TypeError(`session-engine: RedisStore maxEntries must be a whole number ≥ 0 (0: no cap), got ${maxEntries}.`);
  }
  if (indexPrefix.startsWith(prefix)) {
    throw new TypeError('session-engine: RedisStore indexPrefix must not start with prefix, or the index would count as a session.');
  }
  if (!(commandTimeoutMs > 0)) throw new TypeError('session-engine: RedisStore commandTimeoutMs must be a positive number of ms.');
  if (!(lockLeaseMs > 0)) throw new TypeError('session-engine: RedisStore lockLeaseMs must be a positive number of ms.');
  if (prefix === lockPrefix) {
    throw new TypeError('session-engine: RedisStore prefix and lockPrefix must differ, or locks would count as sessions.');
  }
  return { prefix, lockPrefix, commandTimeoutMs, lockLeaseMs, scanCount, maxEntries, evictionTier, indexPrefix };
}

/** Whole seconds from now until `expiresAtMs`, rounded up as connect-redis does. */
export function ttlSecondsUntil(expiresAtMs: number, now = Date.now()): number {
  return Math.ceil((expiresAtMs - now) / 1000);
}
