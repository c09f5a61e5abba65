import type { NoCookieReason } from '@/lib/session';
import type { IncomingSession } from '@/lib/playground/express-session-model';
import type { PlaygroundKind, PlaygroundOptions } from '@/lib/playground/options';

type OptionName = keyof PlaygroundOptions;
type NoteCode = 'keptCookieSettings' | 'sameSiteNoneRejected' | 'secureOverHttp' | 'differs';

/**
 * The options playground. Text between backticks is code; the widget renders it as <code>, never
 * as HTML. This file defines the shape every locale follows; `satisfies` ties the keyed groups to
 * the playground's own types, so a new option, kind or reason without a string is a type error.
 */
export const playground = {
  title: 'Options playground',
  lead: 'Pick the options, send requests, and watch what the server answers and what the store does. This is a sandbox session with exactly these options, on its own cookie `pathshala.playground` (path `/api/playground/options`); your real session, `pathshala.sid`, is never touched.',
  optionsHeading: 'Options',
  optionHelp: {
    resave: 'Write the session back to the store even when it did not change.',
    saveUninitialized: 'Store (and send a cookie for) a new session nothing was written into.',
    rolling: 'Send the cookie on every response, moving its `Expires` forward.',
    maxAgeMs: "The cookie's lifetime in ms; it reaches the browser as `Expires`.",
    secure: "Send the cookie only over HTTPS; `'auto'` decides for each new session from the request.",
    httpOnly: 'Hide the cookie from `document.cookie`.',
    sameSite: 'Whether the browser sends the cookie along with cross-site requests.',
  } satisfies Record<OptionName, string>,
  maxAgeNone: 'none (browser-session cookie)',
  maxAgeSeconds: '{n} s ({ms} ms)',
  maxAgeMinutes: '{n} min ({ms} ms)',
  cookieOptionsHint:
    'The cookie options (`maxAge`, `secure`, `httpOnly`, `sameSite`) are fixed when a session is created; an existing session keeps its own, in express-session too. Press Reset to try new ones.',
  conflictHint:
    "`sameSite: 'none'` needs `secure`: browsers drop a `SameSite=None` cookie without `Secure`. This engine refuses the combination at start-up; express-session accepts it, and the cookie silently never sticks.",
  sendHeading: 'Send a request',
  kinds: {
    read: { label: 'Read only', help: 'The route reads `counter` from the session and changes nothing.' },
    modify: { label: 'Modify', help: "The route adds 1 to `counter`: the session's data changes." },
    nothing: {
      label: 'Nothing',
      help: 'The route never looks at `req.session`. The session middleware still runs: with a cookie it loads the session (a store `get`) and applies the same rules at the end, so the outcome is always that of Read only. Only a route outside the cookie path, or without the middleware, skips the session.',
    },
  } satisfies Record<PlaygroundKind, { label: string; help: string }>,
  reset: 'Reset',
  resetHelp: 'Deletes the sandbox session and its cookie, so the next request starts a new session.',
  resultsHeading: 'Requests, newest first',
  empty: 'No requests yet. Send one.',
  requestLabel: 'Request {n}: {kind}',
  incomingLabel: 'Session',
  incoming: {
    none: 'no sandbox cookie came in → a new session',
    stale: 'the cookie came in, but the store no longer has its session (expired?) → a new session',
    existing: 'the cookie came in → the session was loaded from the store',
  } satisfies Record<IncomingSession, string>,
  oursHeading: "This site's engine",
  expressHeading: 'express-session 1.19, same situation',
  setCookieLabel: 'Set-Cookie',
  none: 'none',
  noneBecause: 'none: {reason}',
  reasons: {
    'save-uninitialized-off': 'a new session nothing was written into, and `saveUninitialized` is false',
    'not-modified': 'an existing session, unchanged, and `rolling` is false',
    'browser-session-cookie-unchanged':
      'the data changed, but the cookie has no expiry to move forward (`maxAge` none), and `rolling` is false',
    'secure-over-http': 'the cookie is Secure and this request came over plain HTTP',
    'outside-cookie-path': 'the request lies outside the cookie path',
    destroyed: 'the session was destroyed',
    unset: 'the session was unset',
  } satisfies Record<NoCookieReason, string>,
  storeLabel: 'Store',
  noStoreCalls: 'no store call',
  expressSetCookieYes: 'sent',
  headersFirst: 'its headers leave before this write finishes',
  writtenFirst: 'the write finished before this response was sent',
  sessionDataLabel: 'Session data',
  dataNotRead: 'not read by this route',
  same: 'Same outcome',
  differs: 'Differs',
  notes: {
    keptCookieSettings:
      'This session was created with other cookie options and keeps them, as in express-session: its cookie is rebuilt from the store. Press Reset for a session with the current ones.',
    sameSiteNoneRejected: '`SameSite=None` without `Secure`: the browser rejects this cookie, so the next request arrives without it.',
    secureOverHttp:
      'Over plain HTTP a Secure cookie is not sent, yet the session was stored: the browser never learns its ID, so every request starts yet another session. express-session does exactly the same.',
    differs: 'express-session would do something else here; see the deliberate differences below.',
  } satisfies Record<NoteCode, string>,
  status: {
    sending: '{kind}: sending…',
    done: 'Request {n} ({kind}): Set-Cookie {cookie}; store: {ops}.',
    cookieSent: 'sent',
    reset: 'Started over: the sandbox session and its cookie are gone.',
    failed: 'The request failed: {message}',
  },
  differencesHeading: 'Where this engine differs from express-session, on purpose',
  /** Beside the options: the engine's own options, which the playground leaves out; `{options}` is their list. */
  engineOnlyOptions:
    "Not here, because express-session has no such options: this engine's own {options}. The lessons show each one in an “Engine extra” box, with the code that gets the same in an express-session app.",
  differences: [
    'It finishes the store write (`set` or `touch`) before the response exists. express-session writes the headers, `Set-Cookie` included, in `res.end` and holds back only the last byte of the body until the store answers, so a browser can follow a redirect before the session is saved.',
    'It holds a per-session lock from load to save, so parallel requests on one session lose no update; express-session has no lock.',
    "It refuses `sameSite: 'none'` without `secure` at start-up; express-session sends that cookie and the browser drops it.",
    "Its defaults are the safe ones (`resave` and `saveUninitialized` false, `secure: 'auto'`, `sameSite: 'lax'`); express-session's are `true`, `true`, off and unset. The playground always passes every option, so defaults play no part here.",
  ],
};

export type PlaygroundMessages = typeof playground;
