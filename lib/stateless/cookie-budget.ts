/**
 * The size every browser must at least accept for one cookie (RFC 6265 §6.1), counted over
 * its name, value and attributes. Chromium and Firefox refuse a `Set-Cookie` whose name and
 * value pass it; we count the whole header value, the stricter reading, so what we send fits
 * everywhere.
 */
export const COOKIE_LIMIT_BYTES = 4096;

/** The size in bytes of a `Set-Cookie` header value (UTF-8). */
export function setCookieBytes(header: string): number {
  return new TextEncoder().encode(header).byteLength;
}

/** Whether a browser will keep the cookie this `Set-Cookie` header sets. */
export function fitsInCookie(header: string, limitBytes = COOKIE_LIMIT_BYTES): boolean {
  return setCookieBytes(header) <= limitBytes;
}
