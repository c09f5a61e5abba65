import type { PlaygroundKind, PlaygroundOptions } from './options';

/**
 * What express-session 1.19 does at the end of one playground request, restated from its
 * `index.js` (the closures `shouldSave`, `shouldTouch`, `shouldSetCookie` and the `onHeaders`
 * secure check) as a pure function. The test suite runs the real express-session over every
 * combination and holds this model to it.
 */

/** What the browser's session cookie led to when the request arrived. */
export type IncomingSession =
  /** No cookie, or one without a valid signature: no store lookup, a new session. */
  | 'none'
  /** A correctly signed cookie whose session the store no longer has: a lookup, then a new session. */
  | 'stale'
  /** A correctly signed cookie whose session was loaded. */
  | 'existing';

/** The store calls express-session makes (the playground never destroys). */
export type ExpressStoreOp = 'get' | 'set' | 'touch';

/** One request as express-session would see it. */
export interface ExpressSessionSituation {
  readonly resave: boolean;
  readonly saveUninitialized: boolean;
  readonly rolling: boolean;
  readonly kind: PlaygroundKind;
  readonly incoming: IncomingSession;
  /**
   * The session's cookie has an expiry. A loaded session keeps the cookie it was created
   * with (express-session rebuilds it from the store), so this is the stored cookie's, not
   * today's `maxAge`.
   */
  readonly cookieHasExpiry: boolean;
  /** The session's cookie is `Secure` (for a new session: `secure: true`, or `'auto'` over HTTPS). */
  readonly cookieSecure: boolean;
  /** The request counts as HTTPS (directly, or by `X-Forwarded-Proto` with `proxy: true`). */
  readonly https: boolean;
}

/** express-session's outcome: the `Set-Cookie` decision and the store calls, in order. */
export interface ExpressSessionOutcome {
  readonly setCookie: boolean;
  readonly storeOps: readonly ExpressStoreOp[];
  /**
   * express-session decides and writes the headers (the `Set-Cookie` too) in `res.end`,
   * before the store's `set`/`touch` callback; only the last byte of the body waits for it.
   * So a client can act on the response (follow a redirect) before the write has landed.
   */
  readonly headersBeforeStoreWrite: boolean;
}

/** The situation's cookie facts for a session created now with `options`. */
export function newSessionCookieFacts(
  options: Pick<PlaygroundOptions, 'maxAgeMs' | 'secure'>,
  https: boolean,
): Pick<ExpressSessionSituation, 'cookieHasExpiry' | 'cookieSecure'> {
  return { cookieHasExpiry: options.maxAgeMs !== null, cookieSecure: options.secure === 'auto' ? https : options.secure };
}

/** What express-session 1.19 would do for `situation`. */
export function expressSessionOutcome(situation: ExpressSessionSituation): ExpressSessionOutcome {
  const { incoming, resave, saveUninitialized, rolling } = situation;
  // express-session's variables: the sid from the cookie, the request's sid, and whether the
  // store is known to hold the current data (`savedHash` is set on load unless `resave`).
  const cookieIdSent = incoming !== 'none';
  const loaded = incoming === 'existing';
  const sameIdAsCookie = loaded; // a new session gets a new ID, unlike the (stale or absent) cookie's
  const hasSavedHash = loaded && !resave;
  const modified = situation.kind === 'modify';
  const saved = hasSavedHash && !modified;

  const shouldSave = !saveUninitialized && !hasSavedHash && !sameIdAsCookie ? modified : !saved;
  const shouldTouch = sameIdAsCookie && !shouldSave;
  const shouldSetCookie = !sameIdAsCookie ? saveUninitialized || modified : rolling || (situation.cookieHasExpiry && modified);
  // onHeaders: "only send secure cookies via https"; the save in res.end does not look at this.
  const setCookie = shouldSetCookie && !(situation.cookieSecure && !situation.https);

  const storeOps: ExpressStoreOp[] = cookieIdSent ? ['get'] : [];
  if (shouldSave) storeOps.push('set');
  else if (shouldTouch) storeOps.push('touch');
  return { setCookie, storeOps, headersBeforeStoreWrite: storeOps.includes('set') || storeOps.includes('touch') };
}
