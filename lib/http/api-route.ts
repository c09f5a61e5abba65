import type { Locale } from '@/lib/i18n/locales';
import { withRouteSession } from '@/lib/site/next-session';
import type { Session } from '@/lib/session';
import { getSiteSession } from '@/lib/site/session';
import { ERROR_STATUS, errorBody, type DemoError, type DemoResult, type ErrorCode } from './api-errors';
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
import { sessionCreator } from '../site/session-creations';
import { isEstablishedSession } from '../site/session-facts';

/*
 * The plumbing every demo API route shares, so the route files stay a few lines each:
 * origin check, body limit and JSON parsing before any session is opened, the session run,
 * JSON replies with `Cache-Control: no-store`, and errors in the learner's language.
 */

/** What a handler answers: an operation's result (200 or its error), or a ready response. */
export type RouteReply = DemoResult<unknown> | Response;

const API_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } as const;

/** Adds the headers every API response carries. */
function withApiHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(API_HEADERS)) response.headers.set(name, value);
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
  return jsonResponse(errorBody(error, locale), { status: ERROR_STATUS[error.code], headers });
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

function replyResponse(reply: RouteReply, locale: Locale): Response {
  if (reply instanceof Response) return withApiHeaders(reply);
  return reply.ok ? jsonResponse(reply.value) : errorResponse(reply.error, locale);
}

/**
 * The guards of every API route, then `run`: a state-changing request from another site is
 * refused (403) and any exception becomes a JSON error (503 for the store, never a hang or
 * an HTML page).
 */
export async function handleApi(request: Request, run: (locale: Locale) => Promise<Response>): Promise<Response> {
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

/**
 * The request body: `'json'` parses it, `'none'` only enforces the 16 KB limit (so even a
 * body-less endpoint refuses a 2 MB upload). Both run before the session is opened, and both
 * refuse the content types a cross-site form may send without a CORS preflight (415).
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

/** What a session route's handler gets. */
export interface SessionRouteContext<P> {
  readonly request: Request;
  readonly locale: Locale;
  readonly session: Session;
  /** The parsed JSON body; undefined for routes without one. */
  readonly input: unknown;
  readonly params: P;
  /** The browser already had this session (it was not made for this request). */
  readonly established: boolean;
}

/** Runs `reply` with an open session; a refusal calls `session.unset()`, so nothing is saved or touched. */
export async function replyWithSession(
  session: Session,
  locale: Locale,
  reply: (session: Session) => RouteReply | Promise<RouteReply>,
): Promise<Response> {
  const result = await reply(session);
  if (!(result instanceof Response) && !result.ok) session.unset();
  return replyResponse(result, locale);
}

/**
 * A route handler on the site session: guards, body, then `handler` inside
 * `withRouteSession`, traced for the inspector with the response's status.
 */
export function sessionRoute<P = Record<string, never>>(
  options: { body: 'json' | 'none' },
  handler: (context: SessionRouteContext<P>) => RouteReply | Promise<RouteReply>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return (request, routeContext) =>
    handleApi(request, async (locale) => {
      const input = isUnsafeMethod(request.method) ? await readInput(request, options.body) : ({ ok: true, value: undefined } as const);
      if (!input.ok) return errorResponse(input.error, locale);
      const params = await routeContext.params;
      const engine = getSiteSession();
      return withRouteSession(
        request,
        async (session) => {
          // Only a state-changing request can create a session; it is new when the browser
          // did not already have it. A client that keeps dropping its cookie is slowed here.
          const creating = isUnsafeMethod(request.method) && !isEstablishedSession(session, request.headers, engine);
          const creator = creating ? sessionCreator(request.headers) : null;
          if (creator !== null && !creator.decision.allowed) {
            session.unset();
            return errorResponse({ code: 'too_many_sessions', params: { retryAfterSeconds: creator.decision.retryAfterSeconds } }, locale);
          }
          const response = await replyWithSession(session, locale, () =>
            handler({
              request,
              locale,
              session,
              input: options.body === 'json' ? input.value : undefined,
              params,
              // Asked by few routes, so worked out only when one does.
              get established() {
                return isEstablishedSession(session, request.headers, engine);
              },
            }),
          );
          if (creator !== null && response.ok && !session.destroyed && Object.keys(session.data).length > 0) creator.record();
          return response;
        },
        (error) => errorResponse({ code: errorCodeOf(error) }, locale),
      );
    });
}

/** Handlers answering 405 (as JSON) for the methods a route does not support. */
export function methodsNotAllowed(
  allowed: readonly string[],
): Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', (request: Request) => Promise<Response>> {
  const answer = (request: Request) =>
    handleApi(request, async (locale) => {
      const response = errorResponse({ code: 'method_not_allowed' }, locale);
      response.headers.set('allow', allowed.join(', '));
      return response;
    });
  return { GET: answer, POST: answer, PUT: answer, PATCH: answer, DELETE: answer };
}
