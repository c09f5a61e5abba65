import type { StoredCookie } from '../cookie';
import { parseStoredSession, type SessionStore, type StoreLimits, type StoredSession } from './store';

/** Options of the in-process store. */
export interface MemoryStoreOptions {
  /**
   * The most sessions kept at once. When full, expired entries go first, then the entries of
   * the lowest `evictionTier`, closest to expiry first, so a flood of cookie-less requests can
   * neither exhaust the server's memory nor push out the sessions that matter.
   * @default 10_000
   */
  maxEntries?: number;
  /**
   * How much an entry matters when the store is full: entries of a lower tier are evicted
   * before any of a higher one. Called with the stored JSON on every `set`.
   * @default () => 0 (one tier: closest to expiry first)
   */
  evictionTier?: (json: string) => number;
  /**
   * How often expired entries are swept out, in ms. The timer is `unref()`ed so it never
   * keeps a process alive.
   * @default 60_000
   */
  pruneIntervalMs?: number;
}

interface MemoryEntry {
  json: string;
  expiresAt: number;
  tier: number;
}

/**
 * The embedded default store: sessions live in this process as JSON text (never shared
 * objects), each with its expiry. Fine for one server; use `RedisStore` behind a load balancer.
 */
export class MemoryStore implements SessionStore {
  readonly kind = 'memory' as const;
  readonly maxEntries: number;
  readonly #entries = new Map<string, MemoryEntry>();
  readonly #evictionTier: (json: string) => number;
  #evicted = 0;
  #timer: ReturnType<typeof setInterval> | null;

  constructor(options: MemoryStoreOptions = {}) {
    const { maxEntries = 10_000, pruneIntervalMs = 60_000, evictionTier = () => 0 } = options;
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new TypeError(`session-engine: MemoryStore maxEntries must be a whole number ≥ 1, got ${maxEntries}.`);
    }
    if (!(pruneIntervalMs > 0)) {
      throw new TypeError(`session-engine: MemoryStore pruneIntervalMs must be a positive number of ms, got ${pruneIntervalMs}.`);
    }
    this.maxEntries = maxEntries;
    this.#evictionTier = evictionTier;
    this.#timer = setInterval(() => this.prune(), pruneIntervalMs);
    this.#timer.unref();
  }

  async get(sid: string): Promise<string | null> {
    const entry = this.#entries.get(sid);
    // Expired entries are hidden but left for the sweep, so reading never mutates the store.
    return entry !== undefined && entry.expiresAt > Date.now() ? entry.json : null;
  }

  async set(sid: string, json: string, expiresAtMs: number): Promise<void> {
    if (expiresAtMs <= Date.now()) {
      this.#entries.delete(sid);
      return;
    }
    const tier = this.#evictionTier(json);
    const existing = this.#entries.get(sid);
    if (existing !== undefined) {
      existing.json = json;
      existing.expiresAt = expiresAtMs;
      existing.tier = tier;
      return;
    }
    if (this.#entries.size >= this.maxEntries) this.#makeRoom();
    this.#entries.set(sid, { json, expiresAt: expiresAtMs, tier });
  }

  /** The cap, and how many live sessions it has pushed out since the store started. */
  async limits(): Promise<StoreLimits> {
    return { maxEntries: this.maxEntries, evicted: this.#evicted };
  }

  async touch(sid: string, cookie: StoredCookie, expiresAtMs: number): Promise<void> {
    const entry = this.#entries.get(sid);
    if (entry === undefined || entry.expiresAt <= Date.now()) return;
    const json = replaceStoredCookie(entry.json, cookie);
    if (json === null) return;
    entry.json = json;
    entry.expiresAt = expiresAtMs;
  }

  async destroy(sid: string): Promise<void> {
    this.#entries.delete(sid);
  }

  async all(): Promise<Map<string, StoredSession>> {
    const now = Date.now();
    const sessions = new Map<string, StoredSession>();
    for (const [sid, entry] of this.#entries) {
      if (entry.expiresAt <= now) continue;
      const stored = parseStoredSession(entry.json);
      if (stored !== null) sessions.set(sid, stored);
    }
    return sessions;
  }

  async length(): Promise<number> {
    const now = Date.now();
    let count = 0;
    for (const entry of this.#entries.values()) if (entry.expiresAt > now) count++;
    return count;
  }

  async clear(): Promise<void> {
    this.#entries.clear();
  }

  /** Deletes every expired entry now; returns how many went. */
  prune(): number {
    const now = Date.now();
    let removed = 0;
    for (const [sid, entry] of this.#entries) {
      if (entry.expiresAt <= now) {
        this.#entries.delete(sid);
        removed++;
      }
    }
    return removed;
  }

  /** Stops the sweep timer and forgets every session. */
  async close(): Promise<void> {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    this.#entries.clear();
  }

  #makeRoom(): void {
    if (this.prune() > 0 && this.#entries.size < this.maxEntries) return;
    // Evict a batch (a tenth of the cap) of the lowest tier's soonest-to-expire entries, so a
    // flood pays for one sort per batch rather than one scan per new session. The batch never
    // reaches into a higher tier: when the lowest one runs out, the room made is enough.
    let lowest = Infinity;
    for (const entry of this.#entries.values()) lowest = Math.min(lowest, entry.tier);
    const batch = Math.max(1, Math.ceil(this.maxEntries / 10));
    const soonest = [...this.#entries]
      .filter(([, entry]) => entry.tier === lowest)
      .sort((a, b) => a[1].expiresAt - b[1].expiresAt)
      .slice(0, batch);
    for (const [sid] of soonest) this.#entries.delete(sid);
    this.#evicted += soonest.length;
  }
}

const COOKIE_PREFIX = '{"cookie":{';

/**
 * The stored JSON with its cookie swapped for `cookie`. The engine always writes the cookie
 * first and flat (no nested objects), so the swap is a splice up to the cookie's closing
 * brace, skipping braces inside strings; the data is neither parsed nor re-serialized.
 * Other layouts fall back to a parse.
 */
export function replaceStoredCookie(json: string, cookie: StoredCookie): string | null {
  if (json.startsWith(COOKIE_PREFIX)) {
    let inString = false;
    for (let index = COOKIE_PREFIX.length; index < json.length; index++) {
      const char = json.charCodeAt(index);
      if (inString) {
        if (char === 0x5c /* \ */) index++;
        else if (char === 0x22 /* " */) inString = false;
      } else if (char === 0x22) {
        inString = true;
      } else if (char === 0x7b /* { */) {
        break;
      } else if (char === 0x7d /* } */) {
        const spliced = '{"cookie":' + JSON.stringify(cookie) + json.slice(index + 1);
        spliced.charCodeAt(0); // flatten the rope, as buildStoredJson does
        return spliced;
      }
    }
  }
  const stored = parseStoredSession(json);
  if (stored === null) return null;
  stored.cookie = cookie;
  return JSON.stringify(stored);
}
