import { decodeSessionCookie, type Session, type SessionEngine } from '@/lib/session';

/** The sid of a correctly signed session cookie among `headers`, or null. */
export function signedCookieSid(headers: Headers, engine: SessionEngine): string | null {
  const { decoded } = decodeSessionCookie(headers.get('cookie'), engine.options.name, engine.options.secrets);
  return decoded.valid ? decoded.sid : null;
}

/**
 * The browser already had this session: the engine loaded it from the store for the
 * request's signed cookie. (For a missing, forged or unknown cookie the engine makes a new
 * session with a fresh ID, which then differs from the cookie's.) Ask before changing the ID.
 */
export function isEstablishedSession(session: Session, headers: Headers, engine: SessionEngine): boolean {
  return session.id === signedCookieSid(headers, engine);
}
