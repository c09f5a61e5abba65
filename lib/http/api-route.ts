import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import { parseInput } from './request-guards';
import { errorBody, errorStatus, type DemoError, type DemoResult, type ErrorCode } from './api-errors';
import {
  hasRefusedContentType,
  isCrossOrigin,
  isHttpsRequest,
  isUnsafeMethod,
  mediaType,
  parseJson,
  readBodyText,
  requestLocale,
  type Guarded,
} from './request-guards';

/*
 * Every JSON API route is `apiRoute(options, handler)`. The guards run here, in this order,
 * before any session is opened: the locale (`X-Pathshala-Locale`), a state-changing request
 * from another origin (403), the body (415 for a form type, 413 past 16 KB, 400 for broken
 * JSON), the schema (400 naming the fields), `authorize`. Then the session the route asks for,
 * the handler, and a JSON reply with `Cache-Control: no-store`; any exception becomes a JSON
 * error (503 for the store), never a hang or an HTML page.
 */

/** What a handler answers: an operation's result (200 or its error), or a ready response. */
export type RouteReply = DemoResult<unknown> | Response;

export type Awaitable<T> = T | Promise<T>;

/** A Next.js route handler. */
export type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

const API_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

/**
 * Adds the headers every API response carries. A response that already forbids storing keeps
 * its own `Cache-Control` (an event stream's `no-store, no-transform` keeps compression off).
 */
function withApiHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(API_HEADERS)) {
    if (name === 'cache-control' && /\bno-store\b/.test(response.headers.get(name) ?? '')) continue;
    response.headers.set(name, value);
  }
  return response;
}

/** A JSON response with the API's headers. */
export function jsonResponse(body: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  return withApiHeaders(Response.json(body, init));
}

/** An empty response (204) with the API's headers. */
export function emptyResponse(headers?: HeadersInit): Response {
  return withApiHeaders(new Response(null, { status: 204, headers }));
}

/** `{"error": {"code", "message"}}` with the code's status (and `Retry-After` when known). */
export function errorResponse(error: DemoError, locale: Locale): Response {
  const headers: Record<string, string> = {};
  if (error.params?.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.params.retryAfterSeconds);
  if (error.code === 'store_unavailable' || error.code === 'session_busy') headers['retry-after'] = '5';
  return jsonResponse(errorBody(error, locale), { status: errorStatus(error.code), headers });
}

/** The error code of an exception from the session engine or a handler. */
export function errorCodeOf(error: unknown): ErrorCode {
  // By name as well as class: Next may load lib/session into more than one chunk.
  const name = error instanceof Error ? error.name : '';
  if (name === 'StoreUnavailableError') return 'store_unavailable';
  if (name === 'SessionLockTimeoutError') return 'session_busy';
  console.error('demo-api: unexpected error', error);
  return 'internal_error';
}

/** The reply as a response: a ready one gets the API's headers, a result becomes 200 JSON or its error. */
export function replyResponse(reply: RouteReply, locale: Locale): Response {
  if (reply instanceof Response) return withApiHeaders(reply);
  return reply.ok ? jsonResponse(reply.value) : errorResponse(reply.error, locale);
}

/** The first guard and the last resort: locale, same origin for state changes, exceptions as JSON. */
export async function guarded(request: Request, run: (locale: Locale) => Promise<Response>): Promise<Response> {
  const locale = requestLocale(request.headers);
  try {
    if (isUnsafeMethod(request.method) && isCrossOrigin(request.headers, isHttpsRequest(request) ? 'https:' : 'http:')) {
      return errorResponse({ code: 'forbidden_origin' }, locale);
    }
    return withApiHeaders(await run(locale));
  } catch (error) {
    return errorResponse({ code: errorCodeOf(error) }, locale);
  }
}

/** How a route reads its body. */
export type BodyKind = 'json' | 'none' | 'unread';

/**
 * The request body: `'json'` parses it, `'none'` only enforces the 16 KB limit (so even a
 * body-less endpoint refuses a 2 MB upload). Both refuse the content types a cross-site form
 * may send without a CORS preflight (415).
 */
export async function readInput(request: Request, body: 'json' | 'none'): Promise<Guarded<unknown>> {
  if (hasRefusedContentType(request.headers, body)) {
    if (request.body !== null) await request.body.cancel().catch(() => {});
    return { ok: false, error: { code: 'unsupported_media_type' } };
  }
  const text = await readBodyText(request);
  if (!text.ok || body === 'none') return text;
  // A body with no type at all (a cross-site `fetch` of an untyped Blob needs no preflight).
  if (text.value !== '' && mediaType(request.headers) === '') return { ok: false, error: { code: 'unsupported_media_type' } };
  return parseJson(text.value);
}

/** The body as the handler gets it: read for state-changing methods only, then checked against `schema`. */
export async function routeInput(request: Request, body: BodyKind, schema: z.ZodType | undefined): Promise<Guarded<unknown>> {
  if (body === 'unread' || !isUnsafeMethod(request.method)) return { ok: true, value: undefined };
  const input = await readInput(request, body);
  if (!input.ok || body === 'none') return input.ok ? { ok: true, value: undefined } : input;
  return schema === undefined ? input : parseInput(schema, input.value);
}

/** Handlers answering 405 (as JSON, with `Allow`) for the methods a route does not support. */
export function methodsNotAllowed(
  allowed: readonly string[],
): Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', (request: Request) => Promise<Response>> {
  const answer = (request: Request) =>
    guarded(request, async (locale) => {
      const response = errorResponse({ code: 'method_not_allowed' }, locale);
      response.headers.set('allow', allowed.join(', '));
      return response;
    });
  return { GET: answer, POST: answer, PUT: answer, PATCH: answer, DELETE: answer };
}
