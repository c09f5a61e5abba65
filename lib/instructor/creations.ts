import type { SessionTraceEvent, StoredSession } from '@/lib/session';

/** How far back the dashboard charts new sessions. */
export const CREATION_WINDOW_MINUTES = 15;

/** The most creations remembered at once (about 260 bytes each). */
export const MAX_RECORDED = 20_000;

/** `__meta.createdAt` of a stored session, or null (another program wrote it). */
export function createdAtOf(stored: StoredSession): number | null {
  const meta = stored.__meta;
  if (typeof meta !== 'object' || meta === null) return null;
  const createdAt = (meta as { createdAt?: unknown }).createdAt;
  return typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : null;
}

/**
 * The sessions a request created: a store write to an entry that did not exist, whose
 * `createdAt` is not older than the request. A login's `regenerate` also writes a new entry,
 * but it keeps the old `createdAt`, so it is not counted as a new session.
 */
export function createdSessions(event: SessionTraceEvent): { sid: string; createdAt: number }[] {
  const startedAt = Date.parse(event.time);
  const created: { sid: string; createdAt: number }[] = [];
  for (const operation of event.storeOperations) {
    if (operation.op !== 'set' || operation.beforeJson !== null || operation.after === null) continue;
    const createdAt = createdAtOf(operation.after);
    if (createdAt !== null && createdAt >= startedAt) created.push({ sid: operation.sid, createdAt });
  }
  return created;
}

/**
 * When sessions were created, for "new sessions per minute". Sessions that end (logout,
 * expiry) must still count, so creations are recorded as they happen; sessions older than
 * the recording are taken from the store's `__meta.createdAt` (those already gone are unknown).
 */
export class CreationLog {
  readonly startedAt: number;
  readonly #times = new Map<string, number>();
  readonly #maxAgeMs: number;

  constructor(startedAt: number, maxAgeMs = CREATION_WINDOW_MINUTES * 60_000) {
    this.startedAt = startedAt;
    this.#maxAgeMs = maxAgeMs;
  }

  /** How many creations are remembered (for tests). */
  get size(): number {
    return this.#times.size;
  }

  /**
   * Records one creation and forgets those too old to chart, oldest first: creations arrive
   * in time order, so the sweep stops at the first one still in the window and each entry is
   * removed once. A hard cap bounds a flood within the window too.
   */
  record(sid: string, createdAt: number): void {
    this.#times.delete(sid);
    this.#times.set(sid, createdAt);
    const oldest = createdAt - this.#maxAgeMs - 60_000;
    for (const [known, time] of this.#times) {
      if (time >= oldest && this.#times.size <= MAX_RECORDED) break;
      this.#times.delete(known);
    }
  }

  /** Forgets everything recorded (the class was reset). */
  clear(): void {
    this.#times.clear();
  }

  /**
   * New sessions in each of the last `minutes` minutes, oldest first; the last bucket is the
   * minute now falls in. `live` adds store entries created before recording began.
   */
  perMinute(now: number, live: Iterable<StoredSession> = [], minutes = CREATION_WINDOW_MINUTES): number[] {
    this.#prune(now);
    const buckets = new Array<number>(minutes).fill(0);
    const currentMinute = Math.floor(now / 60_000);
    const add = (createdAt: number) => {
      const index = minutes - 1 - (currentMinute - Math.floor(createdAt / 60_000));
      if (index >= 0 && index < minutes) buckets[index]! += 1;
    };
    for (const createdAt of this.#times.values()) add(createdAt);
    for (const stored of live) {
      const createdAt = createdAtOf(stored);
      if (createdAt !== null && createdAt < this.startedAt) add(createdAt);
    }
    return buckets;
  }

  #prune(now: number): void {
    for (const [sid, createdAt] of this.#times) if (createdAt < now - this.#maxAgeMs - 60_000) this.#times.delete(sid);
  }
}
