import { format } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import type { NoCookieReason } from '@/lib/session';
import type { IncomingSession } from './express-session-model';
import type { PlaygroundKind, PlaygroundOptions } from './options';

/*
 * Every word of the options playground, in both languages. Text between backticks is code;
 * the widget renders it as <code>, never as HTML.
 */

type OptionName = keyof PlaygroundOptions;
type NoteCode = 'keptCookieSettings' | 'sameSiteNoneRejected' | 'secureOverHttp' | 'differs';

export interface PlaygroundStrings {
  readonly title: string;
  readonly lead: string;
  readonly optionsHeading: string;
  readonly optionHelp: Readonly<Record<OptionName, string>>;
  readonly maxAgeNone: string;
  readonly maxAgeSeconds: string;
  readonly maxAgeMinutes: string;
  readonly cookieOptionsHint: string;
  readonly conflictHint: string;
  readonly sendHeading: string;
  readonly kinds: Readonly<Record<PlaygroundKind, { readonly label: string; readonly help: string }>>;
  readonly reset: string;
  readonly resetHelp: string;
  readonly resultsHeading: string;
  readonly empty: string;
  readonly requestLabel: string;
  readonly incomingLabel: string;
  readonly incoming: Readonly<Record<IncomingSession, string>>;
  readonly oursHeading: string;
  readonly expressHeading: string;
  readonly setCookieLabel: string;
  readonly none: string;
  readonly noneBecause: string;
  readonly reasons: Readonly<Record<NoCookieReason, string>>;
  readonly storeLabel: string;
  readonly noStoreCalls: string;
  readonly expressSetCookieYes: string;
  readonly headersFirst: string;
  readonly writtenFirst: string;
  readonly sessionDataLabel: string;
  readonly dataNotRead: string;
  readonly same: string;
  readonly differs: string;
  readonly notes: Readonly<Record<NoteCode, string>>;
  readonly status: {
    readonly sending: string;
    readonly done: string;
    readonly cookieSent: string;
    readonly reset: string;
    readonly failed: string;
  };
  readonly differencesHeading: string;
  /** Beside the options: the engine's own options, which the playground leaves out; `{options}` is their list. */
  readonly engineOnlyOptions: string;
  readonly differences: readonly string[];
}

const en: PlaygroundStrings = {
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
  },
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
  },
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
  },
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
  },
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
  },
  status: {
    sending: '{kind}: sending…',
    done: 'Request {n} ({kind}): Set-Cookie {cookie}; store: {ops}.',
    cookieSent: 'sent',
    reset: 'Started over: the sandbox session and its cookie are gone.',
    failed: 'The request failed: {message}',
  },
  differencesHeading: 'Where this engine differs from express-session, on purpose',
  engineOnlyOptions:
    "Not here, because express-session has no such options: this engine's own {options}. The lessons show each one in an “Engine extra” box, with the code that gets the same in an express-session app.",
  differences: [
    'It finishes the store write (`set` or `touch`) before the response exists. express-session writes the headers, `Set-Cookie` included, in `res.end` and holds back only the last byte of the body until the store answers, so a browser can follow a redirect before the session is saved.',
    'It holds a per-session lock from load to save, so parallel requests on one session lose no update; express-session has no lock.',
    "It refuses `sameSite: 'none'` without `secure` at start-up; express-session sends that cookie and the browser drops it.",
    "Its defaults are the safe ones (`resave` and `saveUninitialized` false, `secure: 'auto'`, `sameSite: 'lax'`); express-session's are `true`, `true`, off and unset. The playground always passes every option, so defaults play no part here.",
  ],
};

const hiLatn: PlaygroundStrings = {
  title: 'Options playground',
  lead: 'Options chuniye, request bhejiye, aur dekhiye ki server kya jawab deta hai aur store mein kya hota hai. Yeh ek sandbox session hai, bilkul inhi options ke saath, apni alag cookie `pathshala.playground` par (path `/api/playground/options`); aapka asli session, `pathshala.sid`, kabhi nahi chhua jaata.',
  optionsHeading: 'Options',
  optionHelp: {
    resave: 'Session badla na ho, tab bhi use store mein dobara likho.',
    saveUninitialized: 'Naya session, jismein kuch likha nahi gaya, use bhi store karo (aur cookie bhejo).',
    rolling: 'Har response par cookie bhejo, uska `Expires` aage badhate hue.',
    maxAgeMs: 'Cookie ki umar, ms mein; browser tak yeh `Expires` ban kar pahunchti hai.',
    secure: "Cookie sirf HTTPS par bhejo; `'auto'` har naye session ke liye request dekh kar tay karta hai.",
    httpOnly: 'Cookie ko `document.cookie` se chhupao.',
    sameSite: 'Cross-site requests ke saath browser cookie bheje ya nahi.',
  },
  maxAgeNone: 'none (browser-session cookie)',
  maxAgeSeconds: '{n} s ({ms} ms)',
  maxAgeMinutes: '{n} min ({ms} ms)',
  cookieOptionsHint:
    'Cookie options (`maxAge`, `secure`, `httpOnly`, `sameSite`) session bante waqt hi tay ho jaate hain; purana session apne options rakhta hai, express-session mein bhi. Naye options aazmane ke liye Reset dabaiye.',
  conflictHint:
    "`sameSite: 'none'` ke saath `secure` zaroori hai: browser `Secure` ke bina `SameSite=None` wali cookie phenk deta hai. Yeh engine is combination ko start par hi mana kar deta hai; express-session ise chala deta hai, aur cookie chupchaap kabhi nahi tikti.",
  sendHeading: 'Request bhejiye',
  kinds: {
    read: { label: 'Sirf read', help: 'Route session se `counter` padhta hai, badalta kuch nahi.' },
    modify: { label: 'Modify', help: 'Route `counter` mein 1 jodta hai: session ka data badalta hai.' },
    nothing: {
      label: 'Kuch nahi',
      help: 'Route `req.session` ko dekhta tak nahi. Phir bhi session middleware chalta hai: cookie aayi ho to session load karta hai (store ka `get`) aur end mein wahi rules lagata hai, isliye nateeja hamesha "Sirf read" jaisa hota hai. Session sirf tab chhootta hai jab route cookie path ke bahar ho, ya us par middleware hi na ho.',
    },
  },
  reset: 'Reset',
  resetHelp: 'Sandbox session aur uski cookie mita deta hai, taaki agli request naya session shuru kare.',
  resultsHeading: 'Requests, sabse nayi upar',
  empty: 'Abhi tak koi request nahi. Ek bhejiye.',
  requestLabel: 'Request {n}: {kind}',
  incomingLabel: 'Session',
  incoming: {
    none: 'sandbox cookie nahi aayi → naya session',
    stale: 'cookie aayi, lekin store mein uska session ab nahi hai (expire ho gaya?) → naya session',
    existing: 'cookie aayi → session store se load hua',
  },
  oursHeading: 'Is site ka engine',
  expressHeading: 'express-session 1.19, isi situation mein',
  setCookieLabel: 'Set-Cookie',
  none: 'none',
  noneBecause: 'none: {reason}',
  reasons: {
    'save-uninitialized-off': 'naya session jismein kuch likha nahi gaya, aur `saveUninitialized` false hai',
    'not-modified': 'purana session, kuch nahi badla, aur `rolling` false hai',
    'browser-session-cookie-unchanged':
      'data badla, lekin cookie ki koi expiry nahi jise aage badhaya jaaye (`maxAge` none), aur `rolling` false hai',
    'secure-over-http': 'cookie Secure hai aur yeh request plain HTTP par aayi',
    'outside-cookie-path': 'request cookie path ke bahar hai',
    destroyed: 'session destroy ho gaya',
    unset: 'session unset ho gaya',
  },
  storeLabel: 'Store',
  noStoreCalls: 'store ko koi call nahi',
  expressSetCookieYes: 'bheji',
  headersFirst: 'iske headers is write ke poora hone se pehle hi chale jaate hain',
  writtenFirst: 'yeh write response bhejne se pehle poora ho gaya',
  sessionDataLabel: 'Session data',
  dataNotRead: 'is route ne padha hi nahi',
  same: 'Nateeja same',
  differs: 'Alag',
  notes: {
    keptCookieSettings:
      'Yeh session doosre cookie options ke saath bana tha aur unhi ko rakhta hai, express-session ki tarah: uski cookie store se dobara banti hai. Abhi ke options wala session chahiye to Reset dabaiye.',
    sameSiteNoneRejected:
      '`Secure` ke bina `SameSite=None`: browser yeh cookie reject kar deta hai, isliye agli request bina cookie ke aayegi.',
    secureOverHttp:
      'Plain HTTP par Secure cookie nahi bheji jaati, lekin session store ho gaya: browser ko uska ID kabhi pata nahi chalta, isliye har request ek aur naya session banati hai. express-session bhi bilkul yahi karta hai.',
    differs: 'Yahan express-session kuch aur karta; neeche jaan-boojhkar rakhe gaye farq dekhiye.',
  },
  status: {
    sending: '{kind}: bhej rahe hain…',
    done: 'Request {n} ({kind}): Set-Cookie {cookie}; store: {ops}.',
    cookieSent: 'bheji',
    reset: 'Naye sire se shuru: sandbox session aur uski cookie mita di gayi.',
    failed: 'Request fail ho gayi: {message}',
  },
  differencesHeading: 'Jahan yeh engine jaan-boojhkar express-session se alag hai',
  engineOnlyOptions:
    'Yeh yahan nahi hain, kyunki express-session mein aise options hote hi nahi: is engine ke apne {options}. Lessons mein har ek "Engine extra" box mein hai, us code ke saath jo express-session app mein yahi kaam karta hai.',
  differences: [
    'Yeh store write (`set` ya `touch`) response banne se pehle poora karta hai. express-session `res.end` mein headers, `Set-Cookie` samet, bhej deta hai aur sirf body ka aakhri byte store ke jawab tak rokta hai, isliye session save hone se pehle hi browser redirect follow kar sakta hai.',
    'Yeh load se save tak har session par lock rakhta hai, taaki ek hi session par parallel requests koi update na khoyein; express-session mein koi lock nahi hota.',
    "Yeh `secure` ke bina `sameSite: 'none'` ko start par hi mana kar deta hai; express-session aisi cookie bhej deta hai aur browser use phenk deta hai.",
    "Iske defaults surakshit wale hain (`resave` aur `saveUninitialized` false, `secure: 'auto'`, `sameSite: 'lax'`); express-session ke `true`, `true`, off aur unset hain. Playground har option khud bhejta hai, isliye yahan defaults ka koi role nahi.",
  ],
};

/** The playground's strings per locale; both have the same keys (checked by a test). */
export const playgroundStrings: Readonly<Record<Locale, PlaygroundStrings>> = { 'hi-latn': hiLatn, en };

/** How a `maxAge` choice reads in the option list. */
export function maxAgeLabel(strings: PlaygroundStrings, ms: number | null): string {
  if (ms === null) return strings.maxAgeNone;
  const template = ms % 60_000 === 0 ? strings.maxAgeMinutes : strings.maxAgeSeconds;
  return format(template, { n: ms % 60_000 === 0 ? ms / 60_000 : ms / 1_000, ms });
}
