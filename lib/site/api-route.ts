import type { z } from 'zod';
import {
  errorCodeOf,
  errorResponse,
  guarded,
  replyResponse,
  routeInput,
  type Awaitable,
  type BodyKind,
  type RouteHandler,
  type RouteReply,
} from '@/lib/http/api-route';
import type { DemoError, DemoResult } from '@/lib/http/api-errors';
import { isHttpsRequest, isUnsafeMethod } from '@/lib/http/request-guards';
import { encodeSetCookieEcho, SET_COOKIE_ECHO_HEADER, TRY_HEADER } from '@/lib/http/try-header';
import { redactAnySetCookie } from '@/lib/inspector/redact';
import type { Locale } from '@/lib/i18n/locales';
import type { Session, SessionData, SessionEngine } from '@/lib/session';
import { runStateless } from '@/lib/stateless/route';
import { requireSession } from './next-session';
import { getSiteSession, SESSION_COOKIE_NAME } from './session';
import { sessionCreator } from './session-creations';
import { isEstablishedSession } from './session-facts';

/*
 * `apiRoute`: lib/http's guards (locale, origin, body, schema, JSON errors) bound to the
 * sessions this site runs — the site engine (traced for the inspector), a lab's own engine,
 * or the sealed cookie of the stateless lab. Every JSON API route is one `apiRoute(...)`.
 */

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
  const answer: RouteHandler<P> = (request, routeContext) =>
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
      if (session === 'stateful') return withSiteSession(request, locale, (opened, engine) => replyOnSession(opened, context, engine, run));
      const engine = session.engine(context.params);
      if (engine === null) return errorResponse({ code: 'not_found' }, locale);
      return engine.withSession(request, (opened) =>
        // A lab's URLs all lie inside its engine's cookie path, so there is always a session.
        opened === null ? errorResponse({ code: 'not_found' }, locale) : replyOnSession(opened, context, engine, run),
      );
    });
  return async (request, routeContext) => withSetCookieEcho(request, await answer(request, routeContext));
}

/**
 * For a lesson's "run it here" button (`x-pathshala-try`): the response's `Set-Cookie` headers,
 * redacted, in `x-pathshala-set-cookie`, since a page's `fetch` cannot read them. Never the
 * session cookie's value: only what the inspector shows of it (lib/http/try-header.ts).
 */
export function withSetCookieEcho(request: Request, response: Response): Response {
  if (!request.headers.has(TRY_HEADER)) return response;
  const shown = response.headers
    .getSetCookie()
    .map((header) => redactAnySetCookie(header, SESSION_COOKIE_NAME))
    .filter((line) => line !== null);
  response.headers.set(SET_COOKIE_ECHO_HEADER, encodeSetCookieEcho(shown));
  return response;
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
 * Only a state-changing request can create a session; a client that keeps dropping its
 * cookie is refused a new one (429) before anything is saved.
 */
export function withSiteSession(
  request: Request,
  locale: Locale,
  run: (session: Session, engine: SessionEngine) => Promise<Response>,
): Promise<Response> {
  const engine = getSiteSession();
  const onError = (error: unknown) => errorResponse({ code: errorCodeOf(error) }, locale);
  return engine.withSession(
    request,
    async (opened) => {
      const session = requireSession(opened);
      const creating = isUnsafeMethod(request.method) && !isEstablishedSession(session, request.headers, engine);
      const creator = creating ? sessionCreator(request.headers) : null;
      if (creator !== null && !creator.decision.allowed) {
        session.unset();
        return errorResponse({ code: 'too_many_sessions', params: { retryAfterSeconds: creator.decision.retryAfterSeconds } }, locale);
      }
      const response = await run(session, engine);
      if (creator !== null && response.ok && !session.destroyed && Object.keys(session.data).length > 0) creator.record();
      return response;
    },
    onError,
  );
}
