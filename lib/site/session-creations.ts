import { isFromThisMachine, limiterAddress } from '@/lib/http/client-address';
import { FailureLimiter, type LimitDecision } from '../shop/rate-limit';
import { processSingleton } from '@/lib/runtime/singleton';

/**
 * New sessions one client address may create a minute. A browser makes one, and a class
 * behind one NAT address makes one per student as they arrive; a script that drops its
 * cookie on every request (11,000 sessions in 21 s, in the attack this stops) makes thousands.
 */
export const NEW_SESSIONS_PER_MINUTE = 120;

/**
 * Counts the sessions each client address creates in a sliding minute, in memory. The server's
 * own machine is not counted (the class simulator and the tests run there, and it could stop
 * the server anyway); neither is anything when the front door is missing and every client
 * shares the address `'unknown'`, where a limit would lock the whole class out at once.
 */
export class SessionCreationLimiter {
  readonly #created: FailureLimiter;

  constructor(now: () => number = Date.now) {
    this.#created = new FailureLimiter({ limit: NEW_SESSIONS_PER_MINUTE, windowMs: 60_000, maxKeys: 10_000, now });
  }

  /** May `address` create another session now? */
  check(address: string, fromThisMachine: boolean): LimitDecision {
    if (fromThisMachine || address === 'unknown') return { allowed: true };
    return this.#created.check([address]);
  }

  /** Counts one session created for `address`. */
  record(address: string, fromThisMachine: boolean): void {
    if (fromThisMachine || address === 'unknown') return;
    this.#created.recordFailure([address]);
  }
}

/** The site's one limiter of new sessions, shared by every route chunk. */
export function getSessionCreationLimiter(): SessionCreationLimiter {
  return processSingleton('site:session-creations', () => new SessionCreationLimiter());
}

/** Whether the client behind `headers` may create a session now, and how to count it when it does. */
export function sessionCreator(headers: Headers): { decision: LimitDecision; record(): void } {
  const limiter = getSessionCreationLimiter();
  const address = limiterAddress(headers);
  const local = isFromThisMachine(headers);
  return { decision: limiter.check(address, local), record: () => limiter.record(address, local) };
}
