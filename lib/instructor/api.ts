import { jsonResponse } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import { isFromThisMachine, limiterAddress } from '@/lib/http/client-address';
import type { DemoError } from '@/lib/http/api-errors';
import { readCookie } from '@/lib/session';
import { getSiteChannel, getSiteSession } from '@/lib/site/session';
import { coalesce, eventStreamResponse } from '@/lib/runtime/event-stream';
import { CLASS_TOPIC, SESSIONS_TOPIC, STORE_TOPIC } from '@/lib/site/channel';
import { summarizeSessions, type ClassOverview } from './overview';
import { studentsIn } from '@/lib/classroom/api';
import { getLiveStore } from '@/lib/classroom/state';
import { ANSWERS_PUSH_MS } from '@/lib/classroom/live-api';
import type { Locale } from '@/lib/i18n/locales';
import { getInstructorState } from '../site/instructor';

import { INSTRUCTOR_COOKIE, INSTRUCTOR_SESSION_MS, signInstructorCookie, tokenMatches, verifyInstructorCookie } from './token';

/*
 * The instructor API, on the demo API's guards (foreign Origin refused, JSON errors,
 * `Cache-Control: no-store`, at most 16 KB read). The instructor's own cookie, never the demo
 * session, says who may look.
 */

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
export const login = apiRoute({ body: 'json' }, ({ request, input, secure }) => {
  const attempt = (input as { token?: unknown } | null)?.token;
  if (typeof attempt !== 'string' || attempt.length === 0 || attempt.length > 512) {
    return { ok: false, error: { code: 'instructor_bad_body' } };
  }
  const { token, limits } = getInstructorState();
  const address = limiterAddress(request.headers);
  const local = isFromThisMachine(request.headers);
  const decision = limits.check(address, local);
  if (!decision.allowed)
    return { ok: false, error: { code: 'too_many_tokens', params: { retryAfterSeconds: decision.retryAfterSeconds } } };
  if (!tokenMatches(attempt.trim(), token.token)) {
    limits.recordFailure(address, local);
    return { ok: false, error: { code: 'wrong_token' } };
  }
  limits.reset(address);
  const value = signInstructorCookie(token.token, Date.now());
  return new Response(null, { status: 204, headers: { 'set-cookie': instructorCookie(value, INSTRUCTOR_SESSION_MS / 1000, secure) } });
});

/** `POST /api/instructor/logout` → 204, clearing the instructor cookie. */
export const logout = apiRoute(
  {},
  ({ secure }) => new Response(null, { status: 204, headers: { 'set-cookie': instructorCookie('', 0, secure) } }),
);

/** Lets only a holder of the instructor cookie in (after the body is read, as every route). */
function instructorOnly(request: Request): DemoError | null {
  return isInstructorRequest(request.headers) ? null : { code: 'instructor_login_required' };
}

/** `GET /api/instructor/overview` → the dashboard's data (see `ClassOverview`); 401 without the cookie. */
export const overview = apiRoute({ authorize: instructorOnly }, async ({ locale }) => jsonResponse(await loadOverview(locale)));

/**
 * The dashboard's data, read from the store now, with places in `locale`. The one way the
 * dashboard learns about the class: the page's first paint and every refresh come from here.
 */
export async function loadOverview(locale: Locale): Promise<ClassOverview> {
  const { creations } = getInstructorState();
  const store = getSiteSession().options.store;
  const now = Date.now();
  const [sessions, limits, joins] = await Promise.all([store.all(), store.limits?.() ?? null, getLiveStore().joinChart(now)]);
  const summary = summarizeSessions(sessions, {
    storeKind: store.kind,
    createdPerMinute: creations.perMinute(now, sessions.values()),
    now,
    limits,
  });
  return { ...summary, students: studentsIn(sessions, locale), joins };
}

/**
 * `POST /api/instructor/reset` → `{deleted}`: empties the store. The chart keeps its history
 * with the reset marked, and each ended session is remembered so its student is told who ended it.
 */
export const reset = apiRoute({ authorize: instructorOnly }, async () => {
  const store = getSiteSession().options.store;
  const sids = [...(await store.all()).keys()];
  const deleted = await store.length();
  await store.clear();
  const now = Date.now();
  const live = getLiveStore();
  await Promise.all([live.recordEnded(sids, 'reset', now), live.markReset(now)]);
  getSiteChannel().publish(SESSIONS_TOPIC, 'changed');
  return jsonResponse({ deleted });
});

/**
 * `POST /api/instructor/expire-all` → `{expired}`: ends every live session now, one by one,
 * as if each had timed out; the chart of past creations stays.
 */
export const expireAll = apiRoute({ authorize: instructorOnly }, async () => {
  const store = getSiteSession().options.store;
  const sids = [...(await store.all()).keys()];
  for (const sid of sids) await store.destroy(sid);
  await getLiveStore().recordEnded(sids, 'expire-all', Date.now());
  getSiteChannel().publish(SESSIONS_TOPIC, 'changed');
  return jsonResponse({ expired: sids.length });
});

/** The most often the dashboard's stream says the store changed, in ms: a class of 1,000 changes it all the time. */
export const DASHBOARD_PUSH_MS = 1_000;

/**
 * `GET /api/instructor/stream`: Server-Sent Events for the dashboard. `changed` (at most once
 * per `DASHBOARD_PUSH_MS`) when any session changed, in this process or another on the same
 * Redis; class-wide events as they come (`follow`, `quiz`; `answers` at most every 300 ms). 401 without the instructor cookie.
 */
export const stream = apiRoute({ authorize: instructorOnly }, ({ request }) => {
  const channel = getSiteChannel();
  return eventStreamResponse(request, (writer) => {
    const tell = coalesce(() => writer.send('changed', null), DASHBOARD_PUSH_MS);
    const offStore = channel.subscribe(STORE_TOPIC, () => tell());
    // A class answering at once sends hundreds of `answers`: the projector hears a few a second.
    const answers = coalesce(() => writer.send('answers', null), ANSWERS_PUSH_MS);
    const offClass = channel.subscribe(CLASS_TOPIC, (event) => {
      if (event.name === 'answers') answers();
      else writer.send(event.name, event.data, event.id);
    });
    return () => {
      tell.cancel();
      answers.cancel();
      offStore();
      offClass();
    };
  });
});
