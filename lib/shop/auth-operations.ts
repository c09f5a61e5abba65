import type { Session, SessionData } from '@/lib/session';
import { findDemoUser, verifyCredentials, type DemoUser } from './accounts';
import type { DemoResult } from '../http/api-errors';
import { FailureLimiter } from './rate-limit';
import { parseInput } from '@/lib/http/request-guards';
import { loginInputSchema } from './schemas';
import { processSingleton } from '@/lib/runtime/singleton';

/** The session key that holds the signed-in user. */
export const USER_KEY = 'user';

/** The process-wide limiter of failed logins: 5 a minute per session and per client address. */
export function getLoginLimiter(): FailureLimiter {
  return processSingleton('shop:login-limiter', () => new FailureLimiter({ limit: 5, windowMs: 60_000, maxKeys: 10_000 }));
}

/** The user signed in according to session `data`, or null. Only a known demo account counts. */
export function currentUser(data: SessionData): DemoUser | null {
  const stored = data[USER_KEY];
  if (typeof stored !== 'object' || stored === null) return null;
  const username = (stored as { username?: unknown }).username;
  return typeof username === 'string' ? findDemoUser(username) : null;
}

/**
 * Checks `{username, password}` against the demo accounts, under the failure limit: refused
 * with `too_many_attempts` while any of `limitKeys` has 5 failures in the last minute, even
 * when the password is right; a wrong password counts one failure against every key. The
 * stateful and the stateless login both sign in through this, so they refuse alike.
 */
export function checkLogin(input: unknown, limitKeys: readonly string[], limiter: FailureLimiter): DemoResult<{ user: DemoUser }> {
  const parsed = parseInput(loginInputSchema, input);
  if (!parsed.ok) return parsed;
  const decision = limiter.check(limitKeys);
  if (!decision.allowed) {
    return { ok: false, error: { code: 'too_many_attempts', params: { retryAfterSeconds: decision.retryAfterSeconds } } };
  }
  const user = verifyCredentials(parsed.value.username, parsed.value.password);
  if (user === null) {
    limiter.recordFailure(limitKeys);
    return { ok: false, error: { code: 'invalid_credentials' } };
  }
  return { ok: true, value: { user } };
}

/** Writes the signed-in user into session `data`. */
export function rememberUser(data: SessionData, user: DemoUser): void {
  data[USER_KEY] = { username: user.username, displayName: user.displayName };
}

/**
 * Signs in with `{username, password}`, limited per session and per client address
 * (`clientKey`, see `limiterAddress` in lib/http/client-address.ts) by `checkLogin`.
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
  const checked = checkLogin(input, [`session:${session.id}`, `address:${clientKey}`], limiter);
  if (!checked.ok) return checked;
  await session.regenerate({ keepData: true });
  rememberUser(session.data, checked.value.user);
  return checked;
}

/**
 * Signs out by destroying the whole session in the store (cart included). The engine then
 * sends no cookie; the caller should also clear the browser's (see `clearingSetCookie`).
 */
export async function logoutFrom(session: Session): Promise<void> {
  await session.destroy();
}
