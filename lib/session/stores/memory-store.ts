import type { StoredCookie } from '../cookie';
import { parseStoredSession, type SessionStore, type StoredSession } from './store';

/** Options of the in-process store. */
export interface MemoryStoreOptions {
  /**
   * The most sessions kept at once. When full, the entries closest to expiry are evicted
   * first, so a flood of cookie-less requests cannot exhaust the server's memory.
   * @default 10_000
   */
  maxEntries?: number;
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
}

/**
 * The embedded default store: sessions live in this process as JSON text (never shared
 * objects), each with its expiry. Fine for one server; use `RedisStore` behind a load balancer.
 */
export class MemoryStore implements SessionStore {
  readonly kind = 'memory' as const;
  readonly maxEntries: number;
  readonly #entries = new Map<string, MemoryEntry>();
  #timer: ReturnType<typeof setInterval> | null;

  constructor(options: MemoryStoreOptions = {}) {
    const { maxEntries = 10_000, pruneIntervalMs = 60_000 } = options;
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new TypeError(`session-engine: MemoryStore maxEntries must be a whole number ≥ 1, got ${maxEntries}.`);
    }
    if (!(pruneIntervalMs > 0)) {
      throw new TypeError(`session-engine: MemoryStore pruneIntervalMs must be a positive number of ms, got ${pruneIntervalMs}.`);
    }
    this.maxEntries = maxEntries;
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
    const existing = this.#entries.get(sid);
    if (existing !== undefined) {
      existing.json = json;
      existing.expiresAt = expiresAtMs;
      return;
    }
    if (this.#entries.size >= this.maxEntries) this.#makeRoom();
    this.#entries.set(sid, { json, expiresAt: expiresAtMs });
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
    // Evict a batch (a tenth of the cap) of the soonest-to-expire entries, so a flood pays
    // for one sort per batch rather than one scan per new session.
    const batch = Math.max(1, Math.ceil(this.maxEntries / 10));
    const soonest = [...this.#entries].sort((a, b) => a[1].expiresAt - b[1].expiresAt).slice(0, batch);
    for (const [sid] of soonest) this.#entries.delete(sid);
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
