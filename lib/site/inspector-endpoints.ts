import type { SessionInspection, SessionTraceEvent } from '@/lib/session';
import { decodeSessionCookie } from '@/lib/session';
import { eventStreamResponse, lastEventIdOf } from '@/lib/runtime/event-stream';
import type { ChannelEvent } from '@/lib/runtime/channel';
import { getInspectLog, getSiteChannel, getSiteSession } from '@/lib/site/session';
import { SESSIONS_TOPIC, sessionTopic } from './channel';
import { jsonResponse } from '@/lib/http/api-route';
import { isFromThisMachine, limiterAddress } from '@/lib/http/client-address';
import { processSingleton } from '@/lib/runtime/singleton';
import { StreamSlots } from '@/lib/runtime/stream-slots';
import { apiRoute, withSiteSession } from '@/lib/site/api-route';
import { clearingSetCookie, sessionSetCookie, tamperSignedValue } from '../inspector/experiments';
import { browserKey, rawKey } from '../inspector/log';
import { redactSignedValue } from '../inspector/redact';
import { inspectView } from '../inspector/view';

/*
 * The cookie inspector's endpoints. `GET /api/inspect` only reads: it never opens a session
 * (no lock, no save, no touch) and never sends `Set-Cookie`. The experiments change the
 * browser's cookie or the store on purpose, each in exactly one way.
 */

/** How many of a browser's events the inspector returns. */
export const INSPECT_EVENT_LIMIT = 20;

/** `GET /api/inspect`: what the server sees of this browser, read without side effects. */
export const inspectBrowser = apiRoute({}, async ({ request }) => {
  const engine = getSiteSession();
  const log = getInspectLog();
  const inspection = await engine.inspect(request.headers, request.url);
  const entries = log.entriesFor(browserKey(inspection.cookieValue, inspection.sessionCookie), INSPECT_EVENT_LIMIT);
  return jsonResponse(inspectView(engine.options.name, inspection, entries));
});

/**
 * The most inspector streams one client address holds at once: a browser has one per open lab
 * tab, and a class behind one NAT address one per student and tab. Past it the page polls.
 */
export const INSPECT_STREAMS_PER_ADDRESS = 200;
/** The most inspector streams the process holds at once (a class of a thousand, a few tabs each). */
export const MAX_INSPECT_STREAMS = 6_000;

/** The process's open inspector streams, per client address. */
export function getInspectStreamSlots(): StreamSlots {
  return processSingleton(
    'site:inspect-streams',
    () => new StreamSlots({ perKey: INSPECT_STREAMS_PER_ADDRESS, total: MAX_INSPECT_STREAMS }),
  );
}

/**
 * `GET /api/inspect/stream`: Server-Sent Events telling this browser's inspector *that* its
 * session changed (`event: changed`, no data worth hiding), so it reads `/api/inspect` once
 * instead of polling. The stream watches the session of the cookie it was opened with and
 * follows it through a regenerate; a page whose cookie changes otherwise (a logout, an
 * experiment) opens a new stream. A reconnect with `Last-Event-ID` gets one `changed` at once
 * when it may have missed an event. Reads nothing from the store.
 */
export const inspectStream = apiRoute({}, ({ request }) => {
  const engine = getSiteSession();
  const channel = getSiteChannel();
  const { decoded } = decodeSessionCookie(request.headers.get('cookie'), engine.options.name, engine.options.secrets);
  const lastEventId = lastEventIdOf(request);
  // This machine (the class simulator, the tests) and the one shared key of a server without
  // its front door have no per-address limit; the total holds for everyone.
  const address = limiterAddress(request.headers);
  const release = getInspectStreamSlots().take(address, { unlimitedKey: address === 'unknown' || isFromThisMachine(request.headers) });
  if (release === null) return { ok: false, error: { code: 'too_many_streams', params: { retryAfterSeconds: 15 } } };
  return eventStreamResponse(
    request,
    (writer) => {
      let watched: string | null = null;
      let unwatchSession = () => {};
      const onEvent = (event: ChannelEvent) => {
        writer.send('changed', null, event.id);
        // A regenerate or destroy announces where the session went on the old sid's topic.
        const to = event.data?.to;
        if (event.topic === watched && to !== undefined) watch(typeof to === 'string' ? sessionTopic(to) : null);
      };
      const watch = (topic: string | null) => {
        unwatchSession();
        watched = topic;
        unwatchSession = topic === null ? () => {} : channel.subscribe(topic, onEvent);
      };
      watch(decoded.valid && decoded.sid !== null ? sessionTopic(decoded.sid) : null);
      const unwatchAll = channel.subscribe(SESSIONS_TOPIC, onEvent);
      const topics = watched === null ? [SESSIONS_TOPIC] : [SESSIONS_TOPIC, watched];
      if (lastEventId !== null && channel.missedSince(lastEventId, topics)) writer.send('changed', null);
      return () => {
        unwatchSession();
        unwatchAll();
      };
    },
    { onFinish: release },
  );
});

/** `POST /api/inspect/expire`: deletes this browser's store entry; its next request meets an unknown sid. */
export const expireSession = apiRoute({}, async ({ request, locale }) => {
  const engine = getSiteSession();
  const { entry, sessionCookie } = await engine.inspect(request.headers);
  if (entry === null) return jsonResponse({ expired: false, reason: sessionCookie.reason });
  // Through the engine, under the session's lock, so a request in flight cannot write it back.
  return withSiteSession(request, locale, async (session) => {
    const found = session.id === sessionCookie.sid;
    if (found) await session.destroy();
    else session.unset();
    return jsonResponse({ expired: found, reason: found ? null : 'unknown-sid' });
  });
});

/** A log event for an experiment that answers (200) without the engine (no store work). */
function experimentEvent(request: Request, inspection: SessionInspection, setCookie: string, sidAfter: string | null): SessionTraceEvent {
  return {
    time: new Date().toISOString(),
    method: request.method,
    path: new URL(request.url).pathname,
    cookieHeader: inspection.cookieHeader,
    cookieValue: inspection.cookieValue,
    cookie: inspection.sessionCookie,
    signature: inspection.cookieValue === null ? 'absent' : inspection.sessionCookie.reason === 'bad-signature' ? 'invalid' : 'valid',
    storeOperations: [],
    sidBefore: inspection.sessionCookie.sid,
    sidAfter,
    storeAction: 'none',
    setCookie,
    noSetCookieReason: null,
    error: null,
    durationMs: 0,
    status: 200,
    responseSetCookie: setCookie,
  };
}

/**
 * `POST /api/inspect/tamper`: answers with the browser's own signed cookie, one signature
 * character changed — what a learner would get by editing the HttpOnly cookie by hand. The
 * tampered value is linked to the browser's history, so the inspector still shows it.
 */
export const tamperCookie = apiRoute({}, async ({ request, secure }) => {
  const engine = getSiteSession();
  const log = getInspectLog();
  const inspection = await engine.inspect(request.headers);
  const { cookieValue, sessionCookie } = inspection;
  const tampered = cookieValue === null || sessionCookie.reason === 'bad-signature' ? null : tamperSignedValue(cookieValue);
  if (tampered === null || sessionCookie.sid === null) return { ok: false, error: { code: 'no_session' } };
  const setCookie = sessionSetCookie(engine, tampered, secure);
  log.record(experimentEvent(request, inspection, setCookie, sessionCookie.sid));
  log.link(rawKey(tampered), `sid:${sessionCookie.sid}`);
  // Shortened, as everywhere in the inspector: the response is readable by the page's scripts.
  return jsonResponse(
    { before: redactSignedValue(cookieValue ?? ''), after: redactSignedValue(tampered) },
    { headers: { 'set-cookie': setCookie } },
  );
});
/** `POST /api/inspect/forget`: tells the browser to drop its session cookie; the store keeps the session. */
export const forgetCookie = apiRoute({}, async ({ request, secure }) => {
  const engine = getSiteSession();
  const log = getInspectLog();
  const setCookie = clearingSetCookie(engine, secure);
  const inspection = await engine.inspect(request.headers);
  // sidAfter null: the browser is left with no cookie, so the event stays with its old key.
  log.record(experimentEvent(request, inspection, setCookie, null));
  return jsonResponse({ forgotten: inspection.cookieValue !== null }, { headers: { 'set-cookie': setCookie } });
});
