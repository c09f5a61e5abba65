/** Options of `FailureLimiter`. */
export interface FailureLimiterOptions {
  /**
   * Failures allowed per key within the window; the next attempt is refused.
   * @default 5
   */
  limit?: number;
  /**
   * The sliding window, in ms.
   * @default 60_000
   */
  windowMs?: number;
  /**
   * The most keys remembered; past it the least recently failed key is forgotten, so a
   * flood of new keys cannot grow memory without bound.
   * @default 10_000
   */
  maxKeys?: number;
  /** The clock, in ms since epoch (tests inject one). */
  now?: () => number;
}

/** Whether an attempt may go ahead, and if not, for how long it stays refused. */
export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts failures (e.g. wrong passwords) per key in a sliding window, in memory. An attempt
 * is refused while any of its keys (the session, the client address) has `limit` failures
 * younger than the window; it is allowed again when the oldest of them ages out.
 */
export class FailureLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly maxKeys: number;
  readonly #now: () => number;
  // Failure times per key, oldest first, never more than `limit`; Map order is recency.
  readonly #failures = new Map<string, number[]>();

  constructor(options: FailureLimiterOptions = {}) {
    const { limit = 5, windowMs = 60_000, maxKeys = 10_000, now = Date.now } = options;
    if (!Number.isInteger(limit) || limit < 1) throw new TypeError(`rate-limit: limit must be a whole number ≥ 1, got ${limit}.`);
    if (!(windowMs > 0)) throw new TypeError(`rate-limit: windowMs must be a positive number of ms, got ${windowMs}.`);
    if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new TypeError(`rate-limit: maxKeys must be a whole number ≥ 1, got ${maxKeys}.`);
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxKeys = maxKeys;
    this.#now = now;
  }

  /** How many keys are remembered (for tests). */
  get size(): number {
    return this.#failures.size;
  }

  /** May an attempt under these keys go ahead now? Checking counts nothing. */
  check(keys: readonly string[]): LimitDecision {
    const now = this.#now();
    let refusedUntil = 0;
    for (const key of keys) {
      const times = this.#recent(key, now);
      if (times.length >= this.limit) refusedUntil = Math.max(refusedUntil, times[0]! + this.windowMs);
    }
    if (refusedUntil === 0) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((refusedUntil - now) / 1000)) };
  }

  /** Counts one failure against every key. */
  recordFailure(keys: readonly string[]): void {
    const now = this.#now();
    for (const key of new Set(keys)) {
      const times = this.#recent(key, now);
      times.push(now);
      if (times.length > this.limit) times.splice(0, times.length - this.limit);
      this.#failures.delete(key);
      this.#failures.set(key, times);
    }
    while (this.#failures.size > this.maxKeys) {
      const oldest = this.#failures.keys().next().value as string;
      this.#failures.delete(oldest);
    }
  }

  /** Forgets the failures of these keys (e.g. after a successful login). */
  reset(keys: readonly string[]): void {
    for (const key of keys) this.#failures.delete(key);
  }

  #recent(key: string, now: number): number[] {
    const times = this.#failures.get(key);
    if (times === undefined) return [];
    const fresh = times.filter((time) => time > now - this.windowMs);
    if (fresh.length === 0) this.#failures.delete(key);
    return fresh;
  }
}
