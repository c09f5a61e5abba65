import { createHash } from 'node:crypto';
import type { DecodedSessionCookie, SessionTraceEvent } from '@/lib/session';

/**
 * Who a request came from, as far as its session cookie tells: `sid:<sid>` for a correctly
 * signed cookie (whether or not the store still knows the sid), `raw:<digest>` for a value
 * whose signature does not verify, null for no cookie at all.
 */
export type BrowserKey = `sid:${string}` | `raw:${string}`;

/**
 * The key of a cookie value that does not verify: its SHA-256, so a client sending 15 KB of
 * junk per request pins 32 bytes per key in the log, never its junk.
 */
export function rawKey(cookieValue: string): BrowserKey {
  return `raw:${createHash('sha256').update(cookieValue, 'utf8').digest('base64url')}`;
}

/** The key of the browser that sent `cookieValue`, decoded as `cookie`. */
export function browserKey(cookieValue: string | null, cookie: DecodedSessionCookie): BrowserKey | null {
  if (cookieValue === null) return null;
  if (cookie.prefix === null || cookie.sid === null || cookie.reason === 'bad-signature') return rawKey(cookieValue);
  return `sid:${cookie.sid}`;
}

/** One logged request, filed under a browser. */
export interface LogEntry {
  /** The browser that holds the cookie this request left it with. */
  readonly key: BrowserKey;
  readonly event: SessionTraceEvent;
}

/** Options of `InspectLog`. */
export interface InspectLogOptions {
  /**
   * Events kept in all, for every browser together; the oldest fall off.
   * @default 2_000
   */
  capacity?: number;
  /**
   * Predecessor links kept (one per regenerate, new session or tamper); the oldest go first.
   * @default 8_000
   */
  maxLinks?: number;
  /**
   * How many predecessors a browser's history reaches back through.
   * @default 16
   */
  maxGenerations?: number;
}

/**
 * The recent session events of every browser in one bounded ring, each filed under the key
 * of the cookie the browser holds after the request. When a request hands the browser a new
 * cookie (regenerate on login, a fresh session after an unknown sid), the new key records the
 * old one as its predecessor, so the history follows the browser forward. It never follows
 * backward: whoever still holds the old cookie (say, an attacker who planted it) does not
 * see what happened under the new one. A request that left the browser no cookie (no cookie
 * in, none out) belongs to nobody and is not kept. Once a session is destroyed (logout, expire)
 * or regenerated, its sid reads nothing new: whoever still holds that cookie — a stale tab, or
 * an attacker who copied it — may be anyone, so later requests that carry it are not filed there.
 */
/** An entry in the ring, numbered in the order it was recorded. */
interface Slot {
  readonly entry: LogEntry;
  readonly seq: number;
}

export class InspectLog {
  readonly capacity: number;
  readonly #maxLinks: number;
  readonly #maxGenerations: number;
  readonly #ring: (Slot | undefined)[];
  #next = 0;
  #seq = 0;
  /*
   * Each key's slots still in the ring, oldest first: a read looks at its browser's own entries
   * instead of walking the whole ring (2,000 slots of a thousand browsers, for one browser's
   * handful). The ring overwrites its oldest slot, which is always the first of its key's list.
   */
  readonly #byKey = new Map<BrowserKey, Slot[]>();
  // key → the key the same browser had before it; Map order is age, for eviction.
  readonly #predecessor = new Map<BrowserKey, BrowserKey>();
  // Keys of destroyed or regenerated sessions, oldest first (bounded like the links).
  readonly #closed = new Set<BrowserKey>();

  constructor(options: InspectLogOptions = {}) {
    const { capacity = 2_000, maxLinks = 8_000, maxGenerations = 16 } = options;
    this.capacity = capacity;
    this.#maxLinks = maxLinks;
    this.#maxGenerations = maxGenerations;
    this.#ring = new Array<Slot | undefined>(capacity);
  }

  /** Files a trace event under its browser; returns the entry, or null when it has no browser. */
  record(event: SessionTraceEvent): LogEntry | null {
    const before = browserKey(event.cookieValue, event.cookie);
    const after: BrowserKey | null = event.setCookie !== null && event.sidAfter !== null ? `sid:${event.sidAfter}` : before;
    if (after === null || this.#closed.has(after)) return null;
    if (before !== null && before !== after) this.link(after, before);
    const entry: LogEntry = { key: after, event };
    const evicted = this.#ring[this.#next];
    if (evicted !== undefined) {
      const slots = this.#byKey.get(evicted.entry.key)!;
      slots.shift();
      if (slots.length === 0) this.#byKey.delete(evicted.entry.key);
    }
    const slot: Slot = { entry, seq: this.#seq++ };
    this.#ring[this.#next] = slot;
    this.#next = (this.#next + 1) % this.capacity;
    const slots = this.#byKey.get(after);
    if (slots === undefined) this.#byKey.set(after, [slot]);
    else slots.push(slot);
    for (const operation of event.storeOperations) if (operation.op === 'destroy') this.#close(`sid:${operation.sid}`);
    return entry;
  }

  #close(key: BrowserKey): void {
    this.#closed.add(key);
    if (this.#closed.size > this.#maxLinks) this.#closed.delete(this.#closed.values().next().value as BrowserKey);
  }

  /** Records that the browser now known as `key` was known as `predecessor` before. */
  link(key: BrowserKey, predecessor: BrowserKey): void {
    if (key === predecessor) return;
    this.#predecessor.delete(key);
    this.#predecessor.set(key, predecessor);
    while (this.#predecessor.size > this.#maxLinks) {
      this.#predecessor.delete(this.#predecessor.keys().next().value as BrowserKey);
    }
  }

  /** The keys of one browser's history: `key` and its predecessors, newest first. */
  lineage(key: BrowserKey): BrowserKey[] {
    const keys: BrowserKey[] = [key];
    let current = this.#predecessor.get(key);
    while (current !== undefined && keys.length <= this.#maxGenerations && !keys.includes(current)) {
      keys.push(current);
      current = this.#predecessor.get(current);
    }
    return keys;
  }

  /** The latest `limit` entries of the browser known as `key`, newest first. */
  entriesFor(key: BrowserKey | null, limit = 20): LogEntry[] {
    if (key === null) return [];
    const found: Slot[] = [];
    for (const each of new Set(this.lineage(key))) found.push(...(this.#byKey.get(each)?.slice(-limit) ?? []));
    return found
      .sort((a, b) => b.seq - a.seq)
      .slice(0, limit)
      .map((slot) => slot.entry);
  }
}
