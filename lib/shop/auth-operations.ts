import type { Session } from '@/lib/session';
import { findDemoUser, verifyCredentials, type DemoUser } from './accounts';
import type { DemoResult } from '../http/api-errors';
import { FailureLimiter } from './rate-limit';
import { loginInputSchema, parseInput } from './schemas';

/** The session key that holds the signed-in user. */
export const USER_KEY = 'user';

const globalCache = globalThis as typeof globalThis & { __pathshalaLoginLimiter?: FailureLimiter };

/** The process-wide limiter of failed logins: 5 a minute per session and per client address. */
export function getLoginLimiter(): FailureLimiter {
  globalCache.__pathshalaLoginLimiter ??= new FailureLimiter({ limit: 5, windowMs: 60_000, maxKeys: 10_000 });
  return globalCache.__pathshalaLoginLimiter;
}

/** The user signed in to this session, or null. Only a known demo account counts. */
export function currentUser(session: Session): DemoUser | null {
  const stored = session.data[USER_KEY];
  if (typeof stored !== 'object' || stored === null) return null;
  const username = (stored as { username?: unknown }).username;
  return typeof username === 'string' ? findDemoUser(username) : null;
}

/**
 * Signs in with `{username, password}`. Refused with `too_many_attempts` while the session
 * or the client address (`clientKey`, see `limiterAddress` in lib/http/client-address.ts) has 5 failures in the last minute,
 * even when the password is right; a wrong password counts one failure against both.
 * On success the session gets a new ID with its data (the cart) kept — a fixation defence:
 * an ID planted before login is worthless after it — and remembers the user.
 * A refusal changes nothing in the session.
 */
export async function loginWith(
  session: Session,
  input: unknown,
  clientKey: string,
  limiter: FailureLimiter = getLoginLimiter(),
): Promise<DemoResult<{ user: DemoUser }>> {
  const parsed = parseInput(loginInputSchema, input);
  if (!parsed.ok) return parsed;
  const keys = [`session:${session.id}`, `address:${clientKey}`];
  const decision = limiter.check(keys);
  if (!decision.allowed) {
    return { ok: false, error: { code: 'too_many_attempts', params: { retryAfterSeconds: decision.retryAfterSeconds } } };
  }
  const user = verifyCredentials(parsed.value.username, parsed.value.password);
  if (user === null) {
    limiter.recordFailure(keys);
    return { ok: false, error: { code: 'invalid_credentials' } };
  }
  await session.regenerate({ keepData: true });
  session.data[USER_KEY] = { username: user.username, displayName: user.displayName };
  return { ok: true, value: { user } };
}

/**
 * Signs out by destroying the whole session in the store (cart included). The engine then
 * sends no cookie; the caller should also clear the browser's (see `clearingSetCookie`).
 */
export async function logoutFrom(session: Session): Promise<void> {
  await session.destroy();
}
