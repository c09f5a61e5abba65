import { sealData, unsealData } from 'iron-session';
import { readCookie, serializeSetCookie, type SessionData, type SetCookieAttributes } from '@/lib/session';
import { IRON_COOKIE_NAME, IRON_COOKIE_PATH } from './cookie-scope';

export { IRON_COOKIE_NAME, IRON_COOKIE_PATH };
/** A seal is accepted for 30 minutes after the change that made it (the site session's idle limit). */
export const IRON_TTL_SECONDS = 30 * 60;
/** iron-session's clock skew allowance: the cookie dies a minute before the seal does. */
const SKEW_SECONDS = 60;

/** Why there is no session in the request's cookie. */
export type UnsealReason = 'no_cookie' | 'bad_seal' | 'expired';

export type Unsealed = { ok: true; seal: string; data: SessionData } | { ok: false; seal: string | null; reason: UnsealReason };

function isPlainObject(value: unknown): value is SessionData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the seal's own expiration field is past (for the reason only; unseal decides). */
function sealExpired(seal: string, now: number): boolean {
  const expiration = seal.split('~')[0]?.split('*')[5] ?? '';
  return /^\d+$/.test(expiration) && Number(expiration) <= now;
}

/**
 * The session in the request's `pathshala.iron` cookie. A seal that is edited, cut, sealed
 * with another password, expired or not iron at all is "no session" — never an exception.
 */
export async function unsealCookie(cookieHeader: string | null, password: string, now = Date.now()): Promise<Unsealed> {
  const seal = readCookie(cookieHeader, IRON_COOKIE_NAME);
  if (seal === null || seal === '') return { ok: false, seal: null, reason: 'no_cookie' };
  try {
    const data: unknown = await unsealData(seal, { password, ttl: IRON_TTL_SECONDS });
    if (isPlainObject(data) && Object.keys(data).length > 0) return { ok: true, seal, data };
  } catch {
    // iron-session rethrows some malformed seals (bad base64, bad expiration): still no session.
  }
  return { ok: false, seal, reason: sealExpired(seal, now) ? 'expired' : 'bad_seal' };
}

/** The cookie attributes of the stateless demo: like the site session's, `Secure` over HTTPS. */
export function ironCookieAttributes(secure: boolean): SetCookieAttributes {
  return { maxAgeSeconds: IRON_TTL_SECONDS - SKEW_SECONDS, path: IRON_COOKIE_PATH, httpOnly: true, secure, sameSite: 'lax' };
}

/** Seals `data` (iron-session 8's format: `Fe26.2*…~2`). */
export function sealSession(data: SessionData, password: string): Promise<string> {
  return sealData(data, { password, ttl: IRON_TTL_SECONDS });
}

/** The `Set-Cookie` header that hands `seal` to the browser. */
export function sealSetCookie(seal: string, secure: boolean): string {
  return serializeSetCookie(IRON_COOKIE_NAME, seal, ironCookieAttributes(secure));
}

/** The `Set-Cookie` header that makes the browser forget the sealed cookie. */
export function clearingIronSetCookie(secure: boolean): string {
  return serializeSetCookie(IRON_COOKIE_NAME, '', { ...ironCookieAttributes(secure), maxAgeSeconds: 0, expires: new Date(0) });
}
