import type { z } from 'zod';
import type { Locale } from '@/lib/i18n/locales';
import type { Session, SessionData, SessionEngine } from '@/lib/session';
import { withRouteSession } from '@/lib/site/next-session';
import { getSiteSession } from '@/lib/site/session';
import { parseInput } from '@/lib/shop/schemas';
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
import { sessionCreator } from '../site/session-creations';
import { isEstablishedSession } from '../site/session-facts';
import { runStateless } from '../stateless/route';

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

type Awaitable<T> = T | Promise<T>;

/** A Next.js route handler. */
export type RouteHandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

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
async function guarded(request: Request, run: (locale: Locale) => Promise<Response>): Promise<Response> {
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
async function routeInput(request: Request, body: BodyKind, schema: z.ZodType | undefined): Promise<Guarded<unknown>> {
  if (body === 'unread' || !isUnsafeMethod(request.method)) return { ok: true, value: undefined };
  const input = await readInput(request, body);
  if (!input.ok || body === 'none') return input.ok ? { ok: true, value: undefined } : input;
  return schema === undefined ? input : parseInput(schema, input.value);
}

/** What every handler gets. */
export interface RouteContext<P, I> {
  readonly request: Request;
  /** The language of the learner's messages. */
  readonly locale: Locale;
  readonly params: P;
  /** The body: checked by `schema`, unknown JSON without one, undefined for GET or a body-less route. */
  readonly input: I;
  /** The request came over HTTPS (so cookies set now are `Secure`). */
  readonly secure: boolean;
}

/** What a handler on a server-side session gets. */
export interface SessionContext<P, I> extends RouteContext<P, I> {
  readonly session: Session;
  /** The browser already had this session (it was not made for this request). */
  readonly established: boolean;
}

/** What a handler on the sealed-cookie (stateless) session gets. */
export interface StatelessContext<P, I> extends RouteContext<P, I> {
  /** The whole session, unsealed from the cookie (empty without a valid one); change it freely. */
  readonly data: SessionData;
  /** Ask for the cookie to be cleared (logout). The old seal stays valid until it expires. */
  forget(): void;
}

/** An engine of its own for the route (a lab's), chosen by the route's params; null is a 404. */
export interface OwnEngine<P> {
  readonly engine: (params: P) => SessionEngine | null;
}

interface CommonOptions<I> {
  /** How the body is read (state-changing methods only). Default `'json'` with a schema, else `'none'`. */
  readonly body?: BodyKind;
  /** The JSON body's shape; a body that does not match is a 400 naming the fields. */
  readonly schema?: z.ZodType<I>;
  /** Checked after the body, before any session: a refusal, or null to go on. */
  readonly authorize?: (request: Request) => DemoError | null;
}

/**
 * A route handler with the guards, then the session the route asks for:
 * - `'none'` (default): no session.
 * - `'stateful'`: the site session (the demos' `pathshala.sid`), traced for the inspector; a
 *   client that keeps dropping its cookie is slowed (429) before a new session is made.
 * - `{ engine }`: a lab's own engine, untraced.
 * - `'stateless'`: the iron-session seal in the cookie; changed data is sealed again.
 * A refusal (`{ok: false}`) changes nothing: the session is neither saved nor touched.
 */
export function apiRoute<P = Record<string, never>, I = unknown>(
  options: CommonOptions<I> & { session: 'stateful' | OwnEngine<P> },
  handler: (context: SessionContext<P, I>) => Awaitable<RouteReply>,
): RouteHandler<P>;
export function apiRoute<P = Record<string, never>, I = unknown>(
  options: CommonOptions<I> & { session: 'stateless' },
  handler: (context: StatelessContext<P, I>) => Awaitable<DemoResult<unknown>>,
): RouteHandler<P>;
export function apiRoute<P = Record<string, never>, I = unknown>(
  options: CommonOptions<I> & { session?: 'none' },
  handler: (context: RouteContext<P, I>) => Awaitable<RouteReply>,
): RouteHandler<P>;
export function apiRoute<P, I>(
  options: CommonOptions<I> & { session?: 'none' | 'stateful' | 'stateless' | OwnEngine<P> },
  handler: (context: never) => Awaitable<RouteReply>,
): RouteHandler<P> {
  const body = options.body ?? (options.schema === undefined ? 'none' : 'json');
  const session = options.session ?? 'none';
  const run = handler as (context: RouteContext<P, I> | SessionContext<P, I> | StatelessContext<P, I>) => Awaitable<RouteReply>;
  return (request, routeContext) =>
    guarded(request, async (locale) => {
      const input = await routeInput(request, body, options.schema);
      if (!input.ok) return errorResponse(input.error, locale);
      const refusal = options.authorize?.(request) ?? null;
      if (refusal !== null) return errorResponse(refusal, locale);
      const context: RouteContext<P, I> = {
        request,
        locale,
        params: await routeContext.params,
        input: input.value as I,
        secure: isHttpsRequest(request),
      };
      if (session === 'none') return replyResponse(await run(context), locale);
      if (session === 'stateless') {
        const { reply, setCookie } = await runStateless(
          request,
          (data, forget) => run({ ...context, data, forget }) as Awaitable<DemoResult<unknown>>,
        );
        const response = replyResponse(reply, locale);
        if (setCookie !== null) response.headers.append('set-cookie', setCookie);
        return response;
      }
      if (session === 'stateful') return onSiteSession(request, locale, (opened, engine) => replyOnSession(opened, context, engine, run));
      const engine = session.engine(context.params);
      if (engine === null) return errorResponse({ code: 'not_found' }, locale);
      return engine.withSession(request, (opened) =>
        // A lab's URLs all lie inside its engine's cookie path, so there is always a session.
        opened === null ? errorResponse({ code: 'not_found' }, locale) : replyOnSession(opened, context, engine, run),
      );
    });
}

/** Runs `handler` on an open session; a refusal calls `session.unset()`, so nothing is saved or touched. */
async function replyOnSession<P, I>(
  session: Session,
  context: RouteContext<P, I>,
  engine: SessionEngine,
  handler: (context: SessionContext<P, I>) => Awaitable<RouteReply>,
): Promise<Response> {
  const { request } = context;
  const reply = await handler({
    ...context,
    session,
    get established() {
      return isEstablishedSession(session, request.headers, engine);
    },
  });
  if (!(reply instanceof Response) && !reply.ok) session.unset();
  return replyResponse(reply, context.locale);
}

/**
 * Runs `run` inside the site session (holding its lock), traced for the inspector with the
 * response's status; an exception inside becomes the JSON error it stands for, traced too.
 */
export function withSiteSession(request: Request, locale: Locale, run: (session: Session) => Promise<Response>): Promise<Response> {
  return withRouteSession(request, run, (error) => errorResponse({ code: errorCodeOf(error) }, locale));
}

/**
 * The site session for a demo route. Only a state-changing request can create a session; a
 * client that keeps dropping its cookie is refused a new one (429) before anything is saved.
 */
function onSiteSession(request: Request, locale: Locale, run: (session: Session, engine: SessionEngine) => Promise<Response>) {
  return withSiteSession(request, locale, async (session) => {
    const engine = getSiteSession();
    const creating = isUnsafeMethod(request.method) && !isEstablishedSession(session, request.headers, engine);
    const creator = creating ? sessionCreator(request.headers) : null;
    if (creator !== null && !creator.decision.allowed) {
      session.unset();
      return errorResponse({ code: 'too_many_sessions', params: { retryAfterSeconds: creator.decision.retryAfterSeconds } }, locale);
    }
    const response = await run(session, engine);
    if (creator !== null && response.ok && !session.destroyed && Object.keys(session.data).length > 0) creator.record();
    return response;
  });
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
