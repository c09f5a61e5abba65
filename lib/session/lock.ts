import { SessionLockTimeoutError, type ReleaseLock, type SessionStore } from './stores/store';

/**
 * A mutex per key built from promise chains: each holder waits for the one before it.
 * It serializes requests for one session inside this process, with no polling.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  /** How many keys currently have a holder or waiters (for tests and the inspector). */
  get size(): number {
    return this.#tails.size;
  }

  /** Waits for the key, at most `waitMs`, and returns the function that hands it on. */
  async acquire(key: string, waitMs: number): Promise<() => void> {
    const previous = this.#tails.get(key);
    let handOn!: () => void;
    const mine = new Promise<void>((resolve) => (handOn = resolve));
    const tail = previous === undefined ? mine : previous.then(() => mine);
    this.#tails.set(key, tail);
    const release = (): void => {
      handOn();
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    };
    if (previous === undefined) return release;

    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, waitMs, 'timeout')));
    const outcome = await Promise.race([previous.then(() => 'ready' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      // Step out of the line without blocking those queued behind us.
      release();
      throw new SessionLockTimeoutError(key, waitMs);
    }
    return release;
  }
}

/**
 * Holds a session for one request, from load to save: first in this process, then in the
 * store when it offers a lock (Redis), so engine instances sharing a store serialize too.
 */
export async function lockSession(mutex: KeyedMutex, store: SessionStore, sid: string, waitMs: number): Promise<ReleaseLock> {
  const started = Date.now();
  const releaseLocal = await mutex.acquire(sid, waitMs);
  if (store.lock === undefined) return async () => releaseLocal();
  let releaseShared: ReleaseLock;
  try {
    releaseShared = await store.lock(sid, Math.max(0, waitMs - (Date.now() - started)));
  } catch (error) {
    releaseLocal();
    throw error;
  }
  return async () => {
    try {
      await releaseShared();
    } finally {
      releaseLocal();
    }
  };
}
