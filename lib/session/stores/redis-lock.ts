import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SessionLockTimeoutError, type ReleaseLock } from './store';

/** Runs one raw Redis command (the store's timed, error-mapped runner). */
export type RedisCommandRunner = <T>(args: string[]) => Promise<T>;

/**
 * Deletes the lock only if it still holds our token, so a request whose lease ran out can
 * never release a lock another request has taken since.
 */
export const RELEASE_LOCK_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

const FIRST_RETRY_MS = 2;
const MAX_RETRY_MS = 50;

/**
 * Takes a lock shared by every process using this Redis: `SET key token NX PX leaseMs`,
 * retried with a short, growing, jittered backoff until `waitMs` has passed. The lease
 * frees the lock by itself if its holder dies.
 */
export async function acquireRedisLock(run: RedisCommandRunner, key: string, waitMs: number, leaseMs: number): Promise<ReleaseLock> {
  const token = randomBytes(16).toString('hex');
  const deadline = Date.now() + waitMs;
  let delayMs = FIRST_RETRY_MS;
  for (;;) {
    const reply = await run<string | null>(['SET', key, token, 'NX', 'PX', String(leaseMs)]);
    if (reply === 'OK') break;
    const left = deadline - Date.now();
    if (left <= 0) throw new SessionLockTimeoutError(key.slice(key.indexOf(':') + 1), waitMs);
    await sleep(Math.min(left, delayMs * (0.5 + Math.random())));
    delayMs = Math.min(delayMs * 2, MAX_RETRY_MS);
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await run<number>(['EVAL', RELEASE_LOCK_SCRIPT, '1', key, token]);
  };
}
