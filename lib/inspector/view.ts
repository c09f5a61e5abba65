import { isNearlyFull, type SessionInspection, type SessionTraceEvent, type StoredSession, type TraceStoreOperation } from '@/lib/session';
import type { LogEntry } from './log';
import { redactCookieHeader, redactSetCookie, redactSid, redactSignedValue, shorten } from './redact';

/** One request of this browser, as the inspector shows it. */
export interface InspectedEvent {
  readonly time: string;
  readonly method: string;
  readonly path: string;
  /** The response status, or null when no API route served it (a server action). */
  readonly status: number | null;
  /** Whether the request carried the session cookie. */
  readonly cookieSent: boolean;
  readonly cookieValid: boolean;
  readonly cookieReason: SessionTraceEvent['cookie']['reason'];
  /** The session `Set-Cookie` of the response, its value shortened (`redactSetCookie`), or null… */
  readonly setCookie: string | null;
  /** …and then why there was none. */
  readonly noSetCookieReason: string | null;
  readonly storeAction: SessionTraceEvent['storeAction'];
  readonly storeOperations: readonly {
    readonly op: TraceStoreOperation['op'];
    readonly sid: string;
    readonly before: StoredSession | null;
    readonly after: StoredSession | null;
    readonly durationMs: number;
  }[];
  readonly sidBefore: string | null;
  readonly sidAfter: string | null;
  readonly durationMs: number;
  readonly error: string | null;
}

/**
 * What `GET /api/inspect` answers. Every sid, signature and cookie value in it is shortened
 * (`inspect-redact.ts`): the page's scripts must not learn the HttpOnly cookie through it.
 */
export interface InspectView {
  /** The `Cookie` header received: the session cookie shortened, other cookies by name only. */
  readonly cookieHeader: string | null;
  readonly sessionCookie: {
    readonly name: string;
    /** The value as received (URL-decoded) with sid and signature shortened, or null. */
    readonly value: string | null;
    readonly prefix: 's:' | null;
    /** The sid's first characters. */
    readonly sid: string | null;
    /** The signature's first characters. */
    readonly signature: string | null;
    readonly valid: boolean;
    readonly reason: SessionInspection['sessionCookie']['reason'];
  };
  readonly entry: StoredSession | null;
  /** Why `entry` is null: the same reasons as the cookie's. */
  readonly entryReason: SessionInspection['sessionCookie']['reason'];
  /** The whole site's store (every browser's sessions, not only this one's). */
  readonly store: {
    readonly kind: SessionInspection['store']['kind'];
    readonly size: number;
    /** The cap, or null when the store has none. */
    readonly maxEntries: number | null;
    /** Live sessions evicted to make room so far. */
    readonly evicted: number;
    /** At or near the cap: new sessions push the least valuable old ones out. */
    readonly full: boolean;
  };
  readonly events: readonly InspectedEvent[];
}

const ms = (value: number) => Math.round(value * 100) / 100;

/** One log entry for the inspector. */
export function inspectedEvent(entry: LogEntry): InspectedEvent {
  const { event } = entry;
  const setCookie = event.responseSetCookie;
  return {
    time: event.time,
    method: event.method,
    path: event.path,
    status: event.status,
    cookieSent: event.cookieValue !== null,
    cookieValid: event.cookie.valid,
    cookieReason: event.cookie.reason,
    setCookie: redactSetCookie(setCookie),
    noSetCookieReason: setCookie !== null ? null : (event.noSetCookieReason ?? (event.error !== null ? 'error' : null)),
    storeAction: event.storeAction,
    storeOperations: event.storeOperations.map(({ op, sid, before, after, durationMs }) => ({
      op,
      sid: shorten(sid),
      before,
      after,
      durationMs: ms(durationMs),
    })),
    sidBefore: redactSid(event.sidBefore),
    sidAfter: redactSid(event.sidAfter),
    durationMs: ms(event.durationMs),
    error: event.error,
  };
}

/** The inspector's answer from the engine's read-only inspection and this browser's log. */
export function inspectView(cookieName: string, inspection: SessionInspection, entries: readonly LogEntry[]): InspectView {
  const { sessionCookie } = inspection;
  return {
    cookieHeader: redactCookieHeader(inspection.cookieHeader, cookieName),
    sessionCookie: {
      name: cookieName,
      value: inspection.cookieValue === null ? null : redactSignedValue(inspection.cookieValue),
      prefix: sessionCookie.prefix,
      sid: redactSid(sessionCookie.sid),
      signature: sessionCookie.signature === null ? null : shorten(sessionCookie.signature),
      valid: sessionCookie.valid,
      reason: sessionCookie.reason,
    },
    entry: inspection.entry,
    entryReason: inspection.entry === null ? sessionCookie.reason : null,
    store: {
      kind: inspection.store.kind,
      size: inspection.store.length,
      maxEntries: inspection.store.limits?.maxEntries || null,
      evicted: inspection.store.limits?.evicted ?? 0,
      full: isNearlyFull(inspection.store.limits, inspection.store.length),
    },
    events: entries.map(inspectedEvent),
  };
}
