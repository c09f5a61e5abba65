// The checks every request passes before Next.js sees it (run by scripts/server.mjs). Plain
// JavaScript, because the server that `npm start` runs is plain Node; typed by front-door.d.mts.

/** The request header that carries the client's address to the app; any client-sent copy is dropped. */
export const CLIENT_ADDRESS_HEADER = 'x-pathshala-client-address';
/** The request header that carries the TCP peer's address (the socket), whatever TRUST_PROXY says. */
export const SOCKET_ADDRESS_HEADER = 'x-pathshala-socket-address';

/**
 * Cookies a request may carry. Chromium keeps at most 180 per site; the site itself sets
 * fewer than 15. Next.js 16.4 spends time quadratic in the number of cookies when it
 * finalises a route handler's response (about 5 s for 3,200), so the count is refused here.
 */
export const MAX_COOKIES = 50;
/** Bytes of `Cookie` header a request may carry (the stateless lab's largest seal is about 4 KB). */
export const MAX_COOKIE_HEADER_BYTES = 8 * 1024;

/**
 * How many proxy hops' `X-Forwarded-For` entries to believe. Unset or empty means none: the
 * socket's address is the client.
 * @param {string | undefined} value
 * @returns {number}
 */
export function parseTrustProxy(value) {
  const text = (value ?? '').trim();
  if (text === '') return 0;
  if (!/^\d{1,2}$/.test(text)) {
    throw new Error(
      `front-door: TRUST_PROXY must be the number of proxy hops in front of the site (0, 1, 2 …), got ${JSON.stringify(value)}. Unset it when clients connect directly.`,
    );
  }
  return Number(text);
}

/**
 * An address as the limiters key it: lower case, IPv4-mapped IPv6 (`::ffff:1.2.3.4`) as IPv4.
 * Anything that does not look like an address becomes null.
 * @param {string | undefined | null} value
 * @returns {string | null}
 */
export function normalizeAddress(value) {
  const text = (value ?? '').trim().toLowerCase();
  const address = text.startsWith('::ffff:') && text.includes('.') ? text.slice('::ffff:'.length) : text;
  return /^[0-9a-f:.]{2,45}$/.test(address) ? address : null;
}

/**
 * The client's address: the socket's, unless `trustedHops` proxies stand in front, in which
 * case the entry that the outermost trusted proxy appended to `X-Forwarded-For`. Entries a
 * client wrote itself sit to the left of those and are never used.
 * @param {{ socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number }} input
 * @returns {string}
 */
export function clientAddressOf({ socketAddress, forwardedFor, trustedHops }) {
  const socket = normalizeAddress(socketAddress) ?? 'unknown';
  if (trustedHops === 0) return socket;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = [
    ...header
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
    socket,
  ];
  const picked = chain[Math.max(0, chain.length - 1 - trustedHops)];
  return normalizeAddress(picked) ?? 'unknown';
}

/**
 * Why a `Cookie` header is refused, or null. Counts separators, so the check is linear in
 * the header's length and allocates nothing per cookie.
 * @param {string | string[] | undefined} header
 * @returns {'too_many_cookies' | 'cookie_header_too_large' | null}
 */
export function cookieHeaderProblem(header) {
  if (header === undefined) return null;
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (Buffer.byteLength(text, 'utf8') > MAX_COOKIE_HEADER_BYTES) return 'cookie_header_too_large';
  let count = 0;
  let inPair = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 0x3b /* ; */) inPair = false;
    else if (!inPair && char !== 0x20 && char !== 0x09) {
      inPair = true;
      count++;
      if (count > MAX_COOKIES) return 'too_many_cookies';
    }
  }
  return null;
}

/**
 * Whether the request target's path has percent-encoding that does not decode (`%ff`, `%`):
 * Next.js answers those with a bare 500.
 * @param {string | undefined} url
 * @returns {boolean}
 */
export function hasMalformedPath(url) {
  const path = (url ?? '/').split('?')[0] ?? '/';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * The learner's language for a refusal: the `X-Pathshala-Locale` header, else the path's
 * locale segment, else the `pathshala.lang` cookie, else Hinglish. Reads the cookie header
 * with one bounded search, never by parsing every cookie. (The same three locales as
 * lib/i18n/locales.ts; this file runs before Next, in plain Node, so it names them itself.)
 * @param {{ localeHeader: string | undefined, url: string | undefined, cookieHeader: string | undefined }} input
 * @returns {RefusalLocale}
 */
export function refusalLocale({ localeHeader, url, cookieHeader }) {
  const fromHeader = (localeHeader ?? '').trim().toLowerCase();
  if (isRefusalLocale(fromHeader)) return fromHeader;
  const segment = (url ?? '').split(/[/?]/)[1]?.toLowerCase();
  if (isRefusalLocale(segment)) return segment;
  const match = /(?:^|;\s*)pathshala\.lang=(en|hi-latn|hi)(?:;|$)/.exec((cookieHeader ?? '').slice(0, MAX_COOKIE_HEADER_BYTES));
  return isRefusalLocale(match?.[1]) ? match[1] : 'hi-latn';
}

/** @typedef {'hi-latn' | 'en' | 'hi'} RefusalLocale */

/**
 * @param {string | undefined} value
 * @returns {value is RefusalLocale}
 */
function isRefusalLocale(value) {
  return value === 'en' || value === 'hi-latn' || value === 'hi';
}

/** `<html lang>` of each locale's refusal page. */
const HTML_LANG = { 'hi-latn': 'hi-Latn', en: 'en', hi: 'hi' };

/**
 * Whether a request is a server action posted from another site: Next refuses those itself,
 * but as a 500 with several log lines each. The host it must match is the one the browser
 * used: `X-Forwarded-Host` from a trusted proxy, else `Host`.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string | undefined} method
 * @param {number} trustedHops
 * @returns {boolean}
 */
export function isForeignServerAction(headers, method, trustedHops) {
  if (method !== 'POST' || headers['next-action'] === undefined) return false;
  const origin = headers.origin;
  if (origin === undefined) return false;
  const forwardedHost = trustedHops > 0 ? headers['x-forwarded-host'] : undefined;
  const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost) ?? headers.host;
  try {
    return host === undefined || new URL(origin).host.toLowerCase() !== host.split(',')[0].trim().toLowerCase();
  } catch {
    return true;
  }
}

/** What each refusal says, in each language; the API's error table takes these same texts. */
export const FRONT_DOOR_MESSAGES = {
  'hi-latn': {
    forbidden_origin: 'Yeh request kisi doosri site se aayi hai, isliye mana kar diya. Yeh form sirf isi site se chalta hai.',
    request_header_too_large: `Is request mein bahut saari cookies hain (zyada se zyada ${MAX_COOKIES}, kul ${MAX_COOKIE_HEADER_BYTES / 1024} KB). Is site ki cookies delete karke phir try kijiye.`,
    bad_request_path: 'Is address mein galat percent-encoding hai (jaise %ff), isliye ise padha nahi ja saka. Address check kijiye.',
  },
  en: {
    forbidden_origin: 'This request came from another site, so it was refused. This form only works from this site.',
    request_header_too_large: `This request carries too many cookies (at most ${MAX_COOKIES}, ${MAX_COOKIE_HEADER_BYTES / 1024} KB in all). Delete this site's cookies and try again.`,
    bad_request_path: 'This address has broken percent-encoding (like %ff), so it cannot be read. Check the address.',
  },
  hi: {
    forbidden_origin: 'यह request किसी दूसरी site से आई है, इसलिए मना कर दिया गया। यह form सिर्फ़ इसी site से चलता है।',
    request_header_too_large: `इस request में बहुत सारी cookies हैं (ज़्यादा से ज़्यादा ${MAX_COOKIES}, कुल ${MAX_COOKIE_HEADER_BYTES / 1024} KB)। इस site की cookies delete करके फिर कोशिश कीजिए।`,
    bad_request_path: 'इस address में गलत percent-encoding है (जैसे %ff), इसलिए इसे पढ़ा नहीं जा सका। Address check कीजिए।',
  },
};

/** The home link's words on the HTML refusal page. */
const HOME_LINK = { 'hi-latn': 'Course ke shuru par jaiye', en: 'Go to the start of the course', hi: 'Course की शुरुआत पर जाइए' };

/** Headers every response of the site carries (next.config.mjs sends the same on Next's answers). */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/**
 * The whole response to a refused request: JSON `{"error": {"code", "message"}}` under
 * `/api`, a small page (no script, inline style only) elsewhere.
 * @param {'request_header_too_large' | 'bad_request_path' | 'forbidden_origin'} code
 * @param {{ locale: RefusalLocale, url: string | undefined }} context
 * @returns {{ status: number, headers: Record<string, string>, body: string }}
 */
export function refusalResponse(code, { locale, url }) {
  const status = { request_header_too_large: 431, bad_request_path: 400, forbidden_origin: 403 }[code];
  const message = FRONT_DOOR_MESSAGES[locale][code];
  const common = { ...SECURITY_HEADERS, 'cache-control': 'no-store', connection: 'close' };
  if ((url ?? '').startsWith('/api/') || url === '/api') {
    return {
      status,
      headers: { ...common, 'content-type': 'application/json', 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" },
      body: JSON.stringify({ error: { code, message } }),
    };
  }
  const lang = HTML_LANG[locale];
  const body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${status} · Session Pathshala</title><style>body{font:18px/1.6 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917;background:#fafaf9}a{color:#b45309;display:inline-block;padding:.75rem 0;min-height:44px}@media (prefers-color-scheme:dark){body{color:#f5f5f4;background:#1c1917}a{color:#fcd34d}}</style></head><body><main><h1>${status}</h1><p>${message}</p><p><a href="/${locale}">${HOME_LINK[locale]}</a></p></main></body></html>`;
  return {
    status,
    headers: {
      ...common,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    body,
  };
}

/**
 * The front door: refuses what must not reach Next (returns the response to send), else
 * rewrites the request's own headers in place — the client address the app may trust,
 * replacing anything a client sent under those names — and returns null.
 * @param {import('node:http').IncomingMessage} request
 * @param {{ trustedHops: number }} options
 * @returns {{ status: number, headers: Record<string, string>, body: string } | null}
 */
/** Whether `url` (a request target) is under `/api/`. */
function isApiPath(url) {
  return typeof url === 'string' && (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?'));
}

export function admit(request, { trustedHops }) {
  const { headers } = request;
  const code =
    cookieHeaderProblem(headers.cookie) !== null
      ? 'request_header_too_large'
      : hasMalformedPath(request.url)
        ? 'bad_request_path'
        : isForeignServerAction(headers, request.method, trustedHops)
          ? 'forbidden_origin'
          : null;
  if (code !== null) {
    const localeHeader = headers['x-pathshala-locale'];
    const locale = refusalLocale({
      localeHeader: Array.isArray(localeHeader) ? localeHeader[0] : localeHeader,
      url: request.url,
      cookieHeader: Array.isArray(headers.cookie) ? headers.cookie[0] : headers.cookie,
    });
    if (code === 'forbidden_origin')
      console.warn(`front-door: refused a server action posted from ${String(headers.origin).slice(0, 100)} (403)`);
    return refusalResponse(code, { locale, url: request.url });
  }
  const socketAddress = request.socket.remoteAddress;
  // With no proxy trusted, a client's own X-Forwarded-For is dropped, so Next fills in the
  // socket's address (it only does when the header is missing) and nothing downstream is misled.
  if (trustedHops === 0) delete headers['x-forwarded-for'];
  // API answers go out uncompressed. They are small JSON (a few hundred bytes to a few KB) or
  // event streams, Next would gzip each one afresh, and in a classroom the laptop's one thread
  // is dearer than the Wi-Fi's bytes: at 1,000 students zlib was 4 % of the server's CPU.
  if (isApiPath(request.url)) delete headers['accept-encoding'];
  headers[SOCKET_ADDRESS_HEADER] = normalizeAddress(socketAddress) ?? 'unknown';
  headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({ socketAddress, forwardedFor: headers['x-forwarded-for'], trustedHops });
  return null;
}
