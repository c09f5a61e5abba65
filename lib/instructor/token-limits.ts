import { FailureLimiter, type LimitDecision } from '@/lib/shop/rate-limit';

/** Wrong tokens a minute from one client address. */
export const ADDRESS_FAILURES_PER_MINUTE = 5;

/**
 * Wrong tokens a minute from all clients together (the machine itself excepted). At this
 * rate a semester of non-stop guessing (26 weeks) is about 5.2 million guesses, so a
 * `MIN_TOKEN_LENGTH`-character token of digits alone (10^16 values) falls with a chance of
 * about 1 in 2 billion; a generated token (192 random bits) never.
 */
export const GLOBAL_FAILURES_PER_MINUTE = 20;

const GLOBAL_KEY = 'all-clients';

/**
 * The limits on instructor token guesses: per client address, and for everyone together so
 * that many addresses (a botnet, or one client behind a proxy that rotates) cannot add up to
 * a fast guess rate. Requests from the server's own machine skip the global limit, so a
 * flood of guesses can lock strangers out of the login but never the teacher at the laptop
 * (and a teacher already signed in keeps the cookie for the day).
 */
export class TokenAttemptLimits {
  readonly #perAddress: FailureLimiter;
  readonly #global: FailureLimiter;

  constructor(now: () => number = Date.now) {
    this.#perAddress = new FailureLimiter({ limit: ADDRESS_FAILURES_PER_MINUTE, windowMs: 60_000, maxKeys: 10_000, now });
    this.#global = new FailureLimiter({ limit: GLOBAL_FAILURES_PER_MINUTE, windowMs: 60_000, maxKeys: 1, now });
  }

  /** May a guess from `address` go ahead now? */
  check(address: string, fromThisMachine: boolean): LimitDecision {
    const own = this.#perAddress.check([address]);
    if (!own.allowed || fromThisMachine) return own;
    return this.#global.check([GLOBAL_KEY]);
  }

  /** Counts a wrong token from `address`. */
  recordFailure(address: string, fromThisMachine: boolean): void {
    this.#perAddress.recordFailure([address]);
    if (!fromThisMachine) this.#global.recordFailure([GLOBAL_KEY]);
  }

  /** Forgets `address`'s failures after it gave the right token; the global count stays. */
  reset(address: string): void {
    this.#perAddress.reset([address]);
  }
}
