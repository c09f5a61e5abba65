import { cookies, headers } from 'next/headers';
import type { OpenSession, ParsedSetCookie, Session } from '@/lib/session';
import { getSiteSession } from './session';

/**
 * The one Next.js adapter of the session engine. The engine itself knows nothing of Next;
 * this file hands it the request's headers and writes its `Set-Cookie` through `cookies()`.
 */

/** The session of a site request; the site cookie's path is `/`, so there always is one. */
export function requireSession(session: Session | null): Session {
  // The site cookie's path is '/', so every request lies inside it.
  if (session === null) throw new Error('site-session: no session for this path; the site cookie path must be "/".');
  return session;
}

/**
 * The URL a server action's request was made to, as far as its headers tell: the page that
 * posted it (a same-host Referer), else the site root — the cookie path is `/` either way.
 * Its scheme is left to the engine, which reads `X-Forwarded-Proto` by the one HTTPS rule
 * (`isSecureRequest` with the site's `proxy` option), like every other cookie the site sets.
 */
function actionUrl(requestHeaders: Headers): string {
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost';
  const origin = `http://${host}`;
  const referer = requestHeaders.get('referer');
  try {
    if (referer && new URL(referer).host === host) return `${origin}${new URL(referer).pathname}`;
  } catch {
    // A malformed Referer: fall back to the root.
  }
  return `${origin}/`;
}

/** Next's cookie options for a `Set-Cookie` the engine produced. */
function toNextCookie({ name, value, attributes }: ParsedSetCookie) {
  return {
    name,
    value,
    path: attributes.path,
    domain: attributes.domain,
    expires: attributes.expires ?? undefined,
    httpOnly: attributes.httpOnly ?? false,
    secure: attributes.secure ?? false,
    sameSite: attributes.sameSite,
    partitioned: attributes.partitioned,
    priority: attributes.priority,
  };
}

/**
 * Runs server-action code with the site session. There is no Request/Response in a server
 * action, so the session is opened from `headers()` and the cookie is set with `cookies()`;
 * the store write has finished before the action returns.
 */
export async function withActionSession<T>(fn: (session: Session) => T | Promise<T>): Promise<T> {
  const requestHeaders = await headers();
  const opened = await getSiteSession().open({ headers: requestHeaders, url: actionUrl(requestHeaders), method: 'POST' });
  let result: T;
  try {
    result = await fn(requireSession(opened.session));
  } catch (error) {
    // `redirect()` throws to leave the action: that is success, so save before it goes on.
    if (isNextRedirect(error)) await commitToCookies(opened);
    else await opened.release();
    throw error;
  }
  await commitToCookies(opened);
  return result;
}

async function commitToCookies(opened: OpenSession) {
  const { cookie } = await opened.commit();
  if (cookie !== null) (await cookies()).set(toNextCookie(cookie));
}

/** Next's `redirect()` throws an error whose digest starts with `NEXT_REDIRECT`. */
function isNextRedirect(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT');
}
