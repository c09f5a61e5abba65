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
 * The memory store's index of expiries: a binary min-heap of (expiry, sid). Every write pushes
 * one pair (O(log n)); a pair whose sid has since moved its expiry or gone is stale and skipped
 * when it reaches the top, so nothing is searched for or removed from the middle.
 */
class ExpiryHeap {
  #times: number[] = [];
  #sids: string[] = [];

  get size(): number {
    return this.#times.length;
  }

  push(expiresAt: number, sid: string): void {
    const times = this.#times;
    const sids = this.#sids;
    let index = times.length;
    times.push(expiresAt);
    sids.push(sid);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (times[parent]! <= expiresAt) break;
      times[index] = times[parent]!;
      sids[index] = sids[parent]!;
      index = parent;
    }
    times[index] = expiresAt;
    sids[index] = sid;
  }

  /** The soonest expiry, or Infinity when empty. */
  peekTime(): number {
    return this.#times.length === 0 ? Infinity : this.#times[0]!;
  }

  /** Removes the soonest pair and returns its sid. */
  pop(): string {
    const times = this.#times;
    const sids = this.#sids;
    const top = sids[0]!;
    const lastTime = times.pop()!;
    const lastSid = sids.pop()!;
    const length = times.length;
    if (length === 0) return top;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      const child = right < length && times[right]! < times[left]! ? right : left;
      if (times[child]! >= lastTime) break;
      times[index] = times[child]!;
      sids[index] = sids[child]!;
      index = child;
    }
    times[index] = lastTime;
    sids[index] = lastSid;
    return top;
  }

  clear(): void {
    this.#times = [];
    this.#sids = [];
  }
}

/**
 * The embedded default store: sessions live in this process as JSON text (never shared
 * objects), each with its expiry. Fine for one server; use `RedisStore` behind a load balancer.
 */
export class MemoryStore implements SessionStore {
  readonly kind = 'memory' as const;
  readonly maxEntries: number;
  readonly #entries = new Map<string, MemoryEntry>();
  /** Expiries by time, so counting live sessions drops the expired ones without a scan. */
  readonly #expiries = new ExpiryHeap();
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
      existing.tier = tier;
      this.#moveExpiry(sid, existing, expiresAtMs);
      return;
    }
    if (this.#entries.size >= this.maxEntries) this.#makeRoom();
    this.#entries.set(sid, { json, expiresAt: expiresAtMs, tier });
    this.#fileExpiry(expiresAtMs, sid);
  }

  /** Files an entry's new expiry in the heap (unless unchanged); the old pair goes stale. */
  #moveExpiry(sid: string, entry: MemoryEntry, expiresAtMs: number): void {
    if (entry.expiresAt === expiresAtMs) return;
    entry.expiresAt = expiresAtMs;
    this.#fileExpiry(expiresAtMs, sid);
  }

  #fileExpiry(expiresAtMs: number, sid: string): void {
    this.#expiries.push(expiresAtMs, sid);
    // Stale pairs pile up when the same sessions are touched over and over: rebuild from the
    // live entries when they outnumber them, which keeps the heap within twice the store.
    if (this.#expiries.size > 2 * this.#entries.size + 64) this.#rebuildExpiries();
  }

  #rebuildExpiries(): void {
    this.#expiries.clear();
    for (const [sid, entry] of this.#entries) this.#expiries.push(entry.expiresAt, sid);
  }

  /** Deletes the entries whose expiry has passed, soonest first, stopping at the first live one. */
  #dropExpired(now: number): number {
    let removed = 0;
    while (this.#expiries.peekTime() <= now) {
      const time = this.#expiries.peekTime();
      const sid = this.#expiries.pop();
      const entry = this.#entries.get(sid);
      if (entry !== undefined && entry.expiresAt === time) {
        this.#entries.delete(sid);
        removed++;
      }
    }
    return removed;
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
    this.#moveExpiry(sid, entry, expiresAtMs);
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

  /** The live sessions, counted from the expiry index: O(log n) per expired entry dropped, else O(1). */
  async length(): Promise<number> {
    this.#dropExpired(Date.now());
    return this.#entries.size;
  }

  async clear(): Promise<void> {
    this.#entries.clear();
    this.#expiries.clear();
  }

  /** Deletes every expired entry now; returns how many went. */
  prune(): number {
    return this.#dropExpired(Date.now());
  }

  /** Stops the sweep timer and forgets every session. */
  async close(): Promise<void> {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    this.#entries.clear();
    this.#expiries.clear();
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
    // The evicted sids' heap pairs are stale now; they are skipped when they reach the top.
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
