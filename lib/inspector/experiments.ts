import { serializeSetCookie, type SessionEngine } from '@/lib/session';

/**
 * The inspector's experiments on the HttpOnly session cookie, which page scripts cannot
 * touch: the server answers with the `Set-Cookie` that a tamperer, or a forgetful browser,
 * would have produced.
 */

const BASE64_FLIP: Readonly<Record<string, string>> = { A: 'B' };

/**
 * A signed value `s:<sid>.<signature>` with the signature's first character changed, so it
 * no longer verifies; null when the value has no signature to change. The first character
 * is chosen because every one of its six bits counts (the last one of an unpadded base64
 * SHA-256 carries two spare bits).
 */
export function tamperSignedValue(value: string): string | null {
  const dot = value.lastIndexOf('.');
  if (!value.startsWith('s:') || dot === -1 || dot === value.length - 1) return null;
  const first = value[dot + 1]!;
  return value.slice(0, dot + 1) + (BASE64_FLIP[first] ?? 'A') + value.slice(dot + 2);
}

/** Cookie attributes of the site's session cookie for a response over HTTP or HTTPS. */
function siteCookieAttributes(engine: SessionEngine, secure: boolean) {
  const { cookie } = engine.options;
  return {
    path: cookie.path,
    domain: cookie.domain,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    secure: cookie.secure === 'auto' ? secure : cookie.secure,
  };
}

/** A `Set-Cookie` giving the browser `value` as its session cookie, with the usual lifetime. */
export function sessionSetCookie(engine: SessionEngine, value: string, secure: boolean, now = Date.now()): string {
  const maxAge = engine.options.cookie.maxAge;
  const expires = maxAge == null ? null : new Date(now + maxAge);
  return serializeSetCookie(engine.options.name, value, { ...siteCookieAttributes(engine, secure), expires });
}

/** A `Set-Cookie` that deletes the session cookie: empty, with an expiry in 1970, same Path. */
export function clearingSetCookie(engine: SessionEngine, secure: boolean): string {
  return serializeSetCookie(engine.options.name, '', { ...siteCookieAttributes(engine, secure), expires: new Date(0) });
}
