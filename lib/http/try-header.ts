/*
 * A lesson's "run it here" button sends its request with `x-pathshala-try`. The API then adds
 * `x-pathshala-set-cookie`: the `Set-Cookie` headers of that response, redacted as the inspector
 * shows them, because `fetch` never lets a page read `Set-Cookie` itself. The echo holds nothing
 * the inspector would not show (the session cookie's sid and signature shortened, other cookies
 * by name), so it needs no secret and no state of its own. Its own module, so the browser bundle
 * can name the headers without the request guards.
 */

/** The request header that asks for the echo. */
export const TRY_HEADER = 'x-pathshala-try';

/** The response header that carries the redacted `Set-Cookie` lines. */
export const SET_COOKIE_ECHO_HEADER = 'x-pathshala-set-cookie';

/** The redacted lines as a header value: JSON, percent-encoded (a header value is bytes, "…" is not). */
export function encodeSetCookieEcho(lines: readonly string[]): string {
  return encodeURIComponent(JSON.stringify(lines));
}

/** The lines back from the header; null when it is missing or not what `encodeSetCookieEcho` made. */
export function decodeSetCookieEcho(value: string | null): string[] | null {
  if (value === null) return null;
  try {
    const lines: unknown = JSON.parse(decodeURIComponent(value));
    return Array.isArray(lines) && lines.every((line) => typeof line === 'string') ? lines : null;
  } catch {
    return null;
  }
}
