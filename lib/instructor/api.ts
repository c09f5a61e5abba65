import { errorCodeOf, errorResponse, handleApi, jsonResponse, readInput } from '@/lib/http/api-route';
import { isHttpsRequest } from '@/lib/http/request-guards';
import { isFromThisMachine, limiterAddress } from '@/lib/http/client-address';
import type { Locale } from '@/lib/i18n/locales';
import { readCookie } from '@/lib/session';
import { getSiteSession } from '@/lib/site/session';
import { summarizeSessions, type InstructorOverview } from './overview';
import { getInstructorState } from '../site/instructor';
import { format } from '@/lib/i18n/format';
import { instructorMessages } from '@/lib/i18n/messages/instructor';
import { INSTRUCTOR_COOKIE, INSTRUCTOR_SESSION_MS, signInstructorCookie, tokenMatches, verifyInstructorCookie } from './token';

/*
 * The instructor API. Each route goes through the demo API's guards (`handleApi`: foreign
 * Origin refused, JSON errors, `Cache-Control: no-store`); state-changing ones read at most
 * 16 KB. The instructor's own cookie, never the demo session, says who may look.
 */

type InstructorErrorCode = 'instructor_login_required' | 'wrong_token' | 'too_many_attempts' | 'bad_request';

const STATUS: Record<InstructorErrorCode, number> = {
  instructor_login_required: 401,
  wrong_token: 401,
  too_many_attempts: 429,
  bad_request: 400,
};

function instructorError(code: InstructorErrorCode, locale: Locale, retryAfterSeconds?: number): Response {
  const t = instructorMessages(locale);
  const message = {
    instructor_login_required: t.errorLoginRequired,
    wrong_token: t.errorWrongToken,
    too_many_attempts: format(t.errorTooManyAttempts, { seconds: retryAfterSeconds ?? 60 }),
    bad_request: t.errorBadBody,
  }[code];
  const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) };
  return jsonResponse({ error: { code, message } }, { status: STATUS[code], headers });
}

/** Whether a `pathshala.instructor` cookie value lets its holder in now. */
export function isInstructorCookie(value: string | null | undefined): boolean {
  return verifyInstructorCookie(value, getInstructorState().token.token, Date.now());
}

/** Whether these request headers carry a valid instructor cookie. */
export function isInstructorRequest(headers: Headers): boolean {
  return isInstructorCookie(readCookie(headers.get('cookie'), INSTRUCTOR_COOKIE));
}

function instructorCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${INSTRUCTOR_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** `POST /api/instructor/login {token}` → 204 with the instructor cookie; 400, 401, 429. */
export function login(request: Request): Promise<Response> {
  return handleApi(request, async (locale) => {
    const input = await readInput(request, 'json');
    if (!input.ok) return errorResponse(input.error, locale);
    const attempt = (input.value as { token?: unknown } | null)?.token;
    if (typeof attempt !== 'string' || attempt.length === 0 || attempt.length > 512) return instructorError('bad_request', locale);
    const { token, limits } = getInstructorState();
    const address = limiterAddress(request.headers);
    const local = isFromThisMachine(request.headers);
    const decision = limits.check(address, local);
    if (!decision.allowed) return instructorError('too_many_attempts', locale, decision.retryAfterSeconds);
    if (!tokenMatches(attempt.trim(), token.token)) {
      limits.recordFailure(address, local);
      return instructorError('wrong_token', locale);
    }
    limits.reset(address);
    const value = signInstructorCookie(token.token, Date.now());
    return new Response(null, {
      status: 204,
      headers: { 'set-cookie': instructorCookie(value, INSTRUCTOR_SESSION_MS / 1000, isHttpsRequest(request)) },
    });
  });
}

/** `POST /api/instructor/logout` → 204, clearing the instructor cookie. */
export function logout(request: Request): Promise<Response> {
  return handleApi(request, async (locale) => {
    const input = await readInput(request, 'none');
    if (!input.ok) return errorResponse(input.error, locale);
    return new Response(null, { status: 204, headers: { 'set-cookie': instructorCookie('', 0, isHttpsRequest(request)) } });
  });
}

/**
 * The guards, the instructor check, then `run`; store failures become the demo API's
 * JSON 503 rather than an HTML page.
 */
function instructorRoute(request: Request, body: 'none' | null, run: () => Promise<Response>): Promise<Response> {
  return handleApi(request, async (locale) => {
    if (body !== null) {
      const input = await readInput(request, body);
      if (!input.ok) return errorResponse(input.error, locale);
    }
    if (!isInstructorRequest(request.headers)) return instructorError('instructor_login_required', locale);
    try {
      return await run();
    } catch (error) {
      return errorResponse({ code: errorCodeOf(error) }, locale);
    }
  });
}

/** `GET /api/instructor/overview` → the dashboard's data (see `InstructorOverview`); 401 without the cookie. */
export function overview(request: Request): Promise<Response> {
  return instructorRoute(request, null, async () => jsonResponse(await loadOverview()));
}

/** The dashboard's data, read from the store now. */
export async function loadOverview(): Promise<InstructorOverview> {
  const { creations } = getInstructorState();
  const store = getSiteSession().options.store;
  const [sessions, limits] = await Promise.all([store.all(), store.limits?.() ?? null]);
  const now = Date.now();
  return summarizeSessions(sessions, { storeKind: store.kind, createdPerMinute: creations.perMinute(now, sessions.values()), now, limits });
}

/** `POST /api/instructor/reset` → `{deleted}`: empties the store and the creation chart. */
export function reset(request: Request): Promise<Response> {
  return instructorRoute(request, 'none', async () => {
    const store = getSiteSession().options.store;
    const deleted = await store.length();
    await store.clear();
    getInstructorState().creations.clear();
    return jsonResponse({ deleted });
  });
}

/**
 * `POST /api/instructor/expire-all` → `{expired}`: ends every live session now, one by one,
 * as if each had timed out; the chart of past creations stays.
 */
export function expireAll(request: Request): Promise<Response> {
  return instructorRoute(request, 'none', async () => {
    const store = getSiteSession().options.store;
    const sids = [...(await store.all()).keys()];
    for (const sid of sids) await store.destroy(sid);
    return jsonResponse({ expired: sids.length });
  });
}
