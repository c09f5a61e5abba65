import type { SetCookieParts } from '@/lib/inspector/set-cookie';
import {
  type CheckContext,
  type CheckLine,
  type CheckSpec,
  type Localized,
  noSetCookie,
  Recorder,
  sessionCookieOf,
  t,
  visitor,
} from '../check-kit';
import type { Exchange } from '../http-client';

const hint = (anchor: string, hi: string, en: string, deva: string) => ({ slug: 'session-options', anchor, text: t(hi, en, deva) });

export const cookieFlagsChecks = {
  httpOnly: {
    title: t('Session cookie `HttpOnly` hai', 'The session cookie is `HttpOnly`', 'Session की cookie पर `HttpOnly` लगा है'),
    expected: t('`Set-Cookie` mein `HttpOnly`', '`HttpOnly` in the `Set-Cookie`', '`Set-Cookie` में `HttpOnly`'),
    hint: hint(
      'http-only',
      '`cookie.httpOnly` ko `false` mat kijiye: XSS wala script `document.cookie` se session chura lega',
      'Do not set `cookie.httpOnly` to `false`: an XSS script would read the session from `document.cookie`',
      '`cookie.httpOnly` को `false` मत कीजिए: कोई XSS script `document.cookie` से session पढ़ लेगी',
    ),
  },
  sameSite: {
    title: t(
      'Session cookie `SameSite=Lax` ya `Strict` hai',
      'The session cookie is `SameSite=Lax` or `Strict`',
      'Session की cookie पर `SameSite=Lax` या `Strict` लगा है',
    ),
    expected: t('`SameSite=Lax` ya `SameSite=Strict`', '`SameSite=Lax` or `SameSite=Strict`', '`SameSite=Lax` या `SameSite=Strict`'),
    hint: hint(
      'same-site',
      "`cookie.sameSite: 'lax'`; express-session khud `SameSite` nahi bhejta",
      "`cookie.sameSite: 'lax'`; express-session sends no `SameSite` by itself",
      "`cookie.sameSite: 'lax'` लगाइए; express-session अपने आप `SameSite` नहीं भेजता",
    ),
  },
  lifetime: {
    title: t(
      'Session cookie 30 minute mein expire hoti hai',
      'The session cookie expires in 30 minutes',
      'Session cookie 30 मिनट में expire होती है',
    ),
    expected: t(
      '`Expires` (ya `Max-Age`) response ke `Date` se 30 minute aage',
      '`Expires` (or `Max-Age`) 30 minutes after the response’s `Date`',
      '`Expires` (या `Max-Age`) जवाब के `Date` से 30 मिनट आगे',
    ),
    hint: hint(
      'max-age-expires',
      '`cookie.maxAge: 30 * 60 * 1000`: milliseconds mein, seconds mein nahi',
      '`cookie.maxAge: 30 * 60 * 1000`: in milliseconds, not seconds',
      '`cookie.maxAge: 30 * 60 * 1000`: milliseconds में, seconds में नहीं',
    ),
  },
  secureBehindProxy: {
    title: t(
      'HTTPS proxy ke peeche cookie `Secure` hai',
      'Behind an HTTPS proxy the cookie is `Secure`',
      'HTTPS proxy के पीछे cookie `Secure` है',
    ),
    expected: t(
      '`X-Forwarded-Proto: https` par `Set-Cookie` mein `Secure`',
      '`Secure` in the `Set-Cookie` when `X-Forwarded-Proto: https`',
      '`X-Forwarded-Proto: https` आने पर `Set-Cookie` में `Secure`',
    ),
    hint: hint(
      'secure',
      "`cookie.secure: 'auto'` aur `app.set('trust proxy', 'loopback')`: bina trust proxy ke Express request ko HTTP hi maanta hai",
      "`cookie.secure: 'auto'` and `app.set('trust proxy', 'loopback')`: without trust proxy Express takes the request for plain HTTP",
      "`cookie.secure: 'auto'` और `app.set('trust proxy', 'loopback')`: trust proxy के बिना Express हर request को सादा HTTP ही मानता है",
    ),
  },
} satisfies Record<string, CheckSpec>;

const THIRTY_MINUTES_S = 30 * 60;
const TOLERANCE_S = 10;

function attribute(cookie: SetCookieParts, name: string): string | null | undefined {
  return cookie.attributes.find((attr) => attr.name.toLowerCase() === name)?.value;
}

/** Seconds from the response's `Date` to the cookie's expiry; null for a browser-session cookie. */
export function lifetimeSeconds(cookie: SetCookieParts, responseDate: string | null): number | null {
  const maxAge = attribute(cookie, 'max-age');
  if (typeof maxAge === 'string' && /^-?\d+$/.test(maxAge)) return Number(maxAge);
  const expires = attribute(cookie, 'expires');
  if (typeof expires !== 'string' || Number.isNaN(Date.parse(expires))) return null;
  const sentAt = responseDate && !Number.isNaN(Date.parse(responseDate)) ? Date.parse(responseDate) : Date.now();
  return Math.round((Date.parse(expires) - sentAt) / 1000);
}

function shown(exchange: Exchange, cookie: SetCookieParts | null): string | Localized {
  if (cookie === null) return noSetCookie(exchange.status);
  const attrs = cookie.attributes.map((attr) => (attr.value === null ? attr.name : `${attr.name}=${attr.value}`));
  return `Set-Cookie: ${cookie.name}=…; ${attrs.join('; ')}`;
}

export async function checkCookieFlags(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('cookie-flags');
  const plain = await visitor(context).get('/');
  const cookie = sessionCookieOf(plain);
  const got = shown(plain, cookie);
  r.check(cookie !== null && attribute(cookie, 'httponly') !== undefined, cookieFlagsChecks.httpOnly, plain.sent, got);
  const sameSite = cookie === null ? undefined : attribute(cookie, 'samesite')?.toLowerCase();
  r.check(sameSite === 'lax' || sameSite === 'strict', cookieFlagsChecks.sameSite, plain.sent, got);
  const lifetime = cookie === null ? null : lifetimeSeconds(cookie, plain.headers.get('date'));
  r.check(
    lifetime !== null && Math.abs(lifetime - THIRTY_MINUTES_S) <= TOLERANCE_S,
    cookieFlagsChecks.lifetime,
    plain.sent,
    lifetime === null ? got : `${got} (${lifetime} s)`,
  );

  const proxied = await visitor(context).get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
  const secureCookie = sessionCookieOf(proxied);
  r.check(
    secureCookie !== null && attribute(secureCookie, 'secure') !== undefined,
    cookieFlagsChecks.secureBehindProxy,
    proxied.sent,
    shown(proxied, secureCookie),
  );
  return r.lines;
}
