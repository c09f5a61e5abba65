import type { z } from 'zod';
import { isLocale, LOCALE_COOKIE, type Locale } from '@/lib/i18n/locales';
import { readCookie } from '@/lib/session';
import { isSecureRequest } from '@/lib/session/rules';
import type { DemoError } from './api-errors';
import { LOCALE_HEADER } from './locale-header';

/** The largest request body the demo API reads. */
export const MAX_BODY_BYTES = 16 * 1024;

export type Guarded<T> = { ok: true; value: T } | { ok: false; error: DemoError };

/**
 * The language of the API's messages: the `X-Pathshala-Locale` header, else the
 * `pathshala.lang` preference cookie, else Hinglish.
 */
export function requestLocale(headers: Headers): Locale {
  const fromHeader = headers.get(LOCALE_HEADER)?.trim().toLowerCase();
  if (isLocale(fromHeader)) return fromHeader;
  const fromCookie = readCookie(headers.get('cookie'), LOCALE_COOKIE);
  return isLocale(fromCookie) ? fromCookie : 'hi-latn';
}

/** Methods that change state and so must come from this site. */
export function isUnsafeMethod(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

/**
 * A browser request sent by another origin: its `Origin` names a different scheme or host
 * than the request's own (`scheme`, e.g. `'https:'`, and `Host`), so `http://site` cannot
 * post to `https://site`. `Origin: null` (sandboxed frames, some redirects) counts as foreign.
 * No `Origin` at all is allowed: browsers always send one on cross-site POSTs, and curl
 * sends none.
 */
export function isCrossOrigin(headers: Headers, scheme: 'http:' | 'https:'): boolean {
  const origin = headers.get('origin');
  if (origin === null) return false;
  const host = headers.get('host');
  if (host === null) return true;
  try {
    const url = new URL(origin);
    return url.protocol !== scheme || url.host.toLowerCase() !== host.toLowerCase();
  } catch {
    return true;
  }
}

/** The body types an HTML form can send across sites without a CORS preflight. */
const FORM_TYPES: ReadonlySet<string> = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/** The media type of a request's `Content-Type`, lower case, without parameters; '' when absent. */
export function mediaType(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

/**
 * Whether a state-changing request's `Content-Type` is refused (415): the form types never
 * (a cross-site form sends them without a CORS preflight), and on a JSON endpoint anything
 * but `application/json` or `application/<x>+json`. A missing type is judged by the body
 * (see `readInput`): nothing to parse is an `invalid_json`, something is a 415.
 */
export function hasRefusedContentType(headers: Headers, body: 'json' | 'none'): boolean {
  const type = mediaType(headers);
  if (FORM_TYPES.has(type)) return true;
  return body === 'json' && type !== '' && !(type === 'application/json' || /^application\/[a-z0-9.!#$&^_-]+\+json$/.test(type));
}

/**
 * A refused body up to this size is still read to its end and thrown away before the 413 goes
 * out, so the client gets the answer rather than a connection reset mid-upload (the lingering
 * read of web servers); past it the stream is cancelled.
 */
export const LINGER_BYTES = 4 * 1024 * 1024;

/** Reads and drops the rest of a refused body, up to `LINGER_BYTES` in all. */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, seen: number): Promise<void> {
  let total = seen;
  while (total <= LINGER_BYTES) {
    const { done, value } = await reader.read();
    if (done) return;
    total += value.byteLength;
  }
  await reader.cancel().catch(() => {});
}

/** Reads at most `limit` bytes of a stream; null when it holds more. */
async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await discardRest(reader, total);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The request body, refused when `Content-Length` announces more than `limit` bytes or when
 * more than that arrives (a chunked body has no length to check up front). Nothing beyond
 * `limit` is ever kept in memory.
 */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<Guarded<string>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) {
    if (request.body !== null) await discardRest(request.body.getReader(), 0);
    return { ok: false, error: { code: 'body_too_large' } };
  }
  if (request.body === null) return { ok: true, value: '' };
  const bytes = await readLimited(request.body, limit);
  if (bytes === null) return { ok: false, error: { code: 'body_too_large' } };
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: { code: 'invalid_json' } };
  }
}

/** Parses JSON text; an empty body or broken JSON is `invalid_json`. */
export function parseJson(text: string): Guarded<unknown> {
  if (text.trim() === '') return { ok: false, error: { code: 'invalid_json' } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: { code: 'invalid_json' } };
  }
}

/**
 * Whether the site believes a proxy's `X-Forwarded-Proto`. Yes: Next.js itself builds
 * `request.url` from that header, so believing it here keeps one answer everywhere. The site
 * engine's `proxy` option has this value (a test holds them together).
 */
export const SITE_TRUSTS_FORWARDED_PROTO = true;

/**
 * The request reached us over HTTPS: by its URL, or by the proxy's `X-Forwarded-Proto` when
 * `trustProxy`. It is the engine's own rule (`isSecureRequest`), so the `Secure` flag of every
 * cookie the site sets — session, sealed, instructor, sandbox — follows one answer.
 */
export function isHttpsRequest(request: Request, trustProxy: boolean = SITE_TRUSTS_FORWARDED_PROTO): boolean {
  return isSecureRequest(new URL(request.url), request.headers.get('x-forwarded-proto'), trustProxy);
}

/** Validates `input`; a failure names the offending fields, never their values. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): { ok: true; value: T } | { ok: false; error: DemoError } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const fields = [...new Set(result.error.issues.map((issue) => issue.path.map(String).join('.') || 'body'))];
  return { ok: false, error: { code: 'bad_request', params: { fields } } };
}
