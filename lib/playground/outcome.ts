import type { Locale } from '@/lib/i18n/locales';
import type { DecodedSessionCookie, NoCookieReason, SameSite, SessionData, SessionTraceEvent, TraceStoreOperation } from '@/lib/session';
import { expressSessionOutcome, type ExpressSessionOutcome, type IncomingSession } from './express-session-model';
import type { PlaygroundKind, PlaygroundOptions } from './options';
import { playgroundMessages } from '@/lib/i18n/messages/playground';

/** Remarks the playground adds to one request's outcome. */
export type PlaygroundNote = 'kept-cookie-settings' | 'same-site-none-rejected' | 'secure-over-http' | 'differs';

/** The session's cookie as the route saw it: the stored one for a loaded session, else the new one. */
export interface SessionCookieSeen {
  readonly originalMaxAge: number | null;
  readonly hasExpiry: boolean;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite: SameSite | undefined;
}

/** What one playground request observed: the learner's choice, the route's view, the engine's trace. */
export interface PlaygroundFacts {
  readonly kind: PlaygroundKind;
  readonly options: PlaygroundOptions;
  readonly https: boolean;
  readonly cookie: SessionCookieSeen;
  /** The session data after the route ran; null when the route never read it (`nothing`). */
  readonly sessionData: SessionData | null;
  readonly trace: Pick<SessionTraceEvent, 'cookie' | 'storeOperations' | 'setCookie' | 'noSetCookieReason'>;
}

/** The JSON answer of `POST /api/playground/options`. */
export interface PlaygroundResult {
  readonly kind: PlaygroundKind;
  readonly options: PlaygroundOptions;
  readonly https: boolean;
  readonly incoming: IncomingSession;
  /** The `Set-Cookie` this response really carries, or null. */
  readonly setCookie: string | null;
  readonly noSetCookieReason: NoCookieReason | null;
  readonly storeOperations: readonly { readonly op: TraceStoreOperation['op'] }[];
  readonly sessionData: SessionData | null;
  readonly expressSession: ExpressSessionOutcome;
  /** express-session's `Set-Cookie` decision or store calls differ from the engine's. */
  readonly differs: boolean;
  readonly notes: readonly PlaygroundNote[];
  /** The notes in the request's language, or absent when there are none. */
  readonly note?: string;
}

/** What the request's cookie led to, from the engine's own decoding of it. */
export function incomingOf(cookie: DecodedSessionCookie): IncomingSession {
  if (cookie.reason === null && cookie.valid) return 'existing';
  if (cookie.reason === 'unknown-sid' || cookie.reason === 'expired') return 'stale';
  return 'none';
}

/** The session's cookie was created under other cookie options than the ones chosen now. */
function keepsOtherCookieSettings(cookie: SessionCookieSeen, options: PlaygroundOptions, https: boolean): boolean {
  const secure = options.secure === 'auto' ? https : options.secure;
  return (
    cookie.originalMaxAge !== options.maxAgeMs ||
    cookie.httpOnly !== options.httpOnly ||
    cookie.sameSite !== options.sameSite ||
    cookie.secure !== secure
  );
}

/** A `Set-Cookie` that browsers refuse to store: `SameSite=None` without `Secure`. */
export function isRejectedSameSiteNone(setCookie: string | null): boolean {
  if (setCookie === null) return false;
  const attributes = setCookie.split(';').map((part) => part.trim().toLowerCase());
  return attributes.includes('samesite=none') && !attributes.includes('secure');
}

const NOTE_STRING = {
  'kept-cookie-settings': 'keptCookieSettings',
  'same-site-none-rejected': 'sameSiteNoneRejected',
  'secure-over-http': 'secureOverHttp',
  differs: 'differs',
} as const;

/** The engine's outcome next to express-session's for the same situation, with notes in `locale`. */
export function describeOutcome(facts: PlaygroundFacts, locale: Locale): PlaygroundResult {
  const { kind, options, https, cookie, trace } = facts;
  const incoming = incomingOf(trace.cookie);
  const storeOperations = trace.storeOperations.map(({ op }) => ({ op }));
  const expressSession = expressSessionOutcome({
    resave: options.resave,
    saveUninitialized: options.saveUninitialized,
    rolling: options.rolling,
    kind,
    incoming,
    cookieHasExpiry: cookie.hasExpiry,
    cookieSecure: cookie.secure,
    https,
  });
  const ourOps = storeOperations.map(({ op }) => op).join(',');
  const differs = expressSession.setCookie !== (trace.setCookie !== null) || expressSession.storeOps.join(',') !== ourOps;

  const notes: PlaygroundNote[] = [];
  if (incoming === 'existing' && keepsOtherCookieSettings(cookie, options, https)) notes.push('kept-cookie-settings');
  if (isRejectedSameSiteNone(trace.setCookie)) notes.push('same-site-none-rejected');
  if (trace.noSetCookieReason === 'secure-over-http' && ourOps.includes('set')) notes.push('secure-over-http');
  if (differs) notes.push('differs');

  const strings = playgroundMessages(locale);
  const note = notes.map((code) => strings.notes[NOTE_STRING[code]]).join(' ');
  return {
    kind,
    options,
    https,
    incoming,
    setCookie: trace.setCookie,
    noSetCookieReason: trace.noSetCookieReason,
    storeOperations,
    sessionData: facts.sessionData,
    expressSession,
    differs,
    notes,
    ...(note ? { note } : {}),
  };
}
