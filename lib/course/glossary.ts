import type { Locale } from '@/lib/i18n/locales';
import { hiGlossary } from './glossary-hi';

export interface GlossaryTerm {
  /** Anchor on the glossary page: `/<locale>/glossary#<id>`. */
  readonly id: string;
  readonly term: string;
  readonly definition: Record<Locale, string>;
  /** The lesson that explains it best. */
  readonly lesson: string;
}

/** An entry as written below; its Devanagari definition lives in `glossary-hi.ts`, by id. */
type WrittenTerm = Omit<GlossaryTerm, 'definition'> & { readonly definition: Omit<GlossaryTerm['definition'], 'hi'> };

/** The course's words, defined once; lessons link the first use of each to its entry. */
const written: readonly WrittenTerm[] = [
  {
    id: 'session',
    term: 'Session',
    lesson: 'what-is-a-session',
    definition: {
      'hi-latn':
        'Server ki short-term memory ek visitor ke liye: data server par rehta hai, aur browser ke paas sirf ek session ID hoti hai jo har request ke saath wapas aati hai.',
      en: 'The server’s short-term memory of one visitor: the data stays on the server, and the browser holds only a session ID that comes back with every request.',
    },
  },
  {
    id: 'cookie',
    term: 'Cookie',
    lesson: 'cookies-101',
    definition: {
      'hi-latn':
        'Ek chhota naam=value jo server `Set-Cookie` header se bhejta hai; browser use rakhta hai aur matching requests ke `Cookie` header mein wapas bhejta hai.',
      en: 'A small name=value pair the server sends in a `Set-Cookie` header; the browser keeps it and sends it back in the `Cookie` header of matching requests.',
    },
  },
  {
    id: 'session-id',
    term: 'Session ID (sid)',
    lesson: 'session-id-and-signing',
    definition: {
      'hi-latn':
        'Ek lamba random string jo store mein session dhoondhne ki chaabi hai — cloakroom ka token. Iska koi matlab nahi hona chahiye aur ise guess karna namumkin hona chahiye.',
      en: 'A long random string that is the key to the session in the store — a cloakroom token. It must mean nothing and be impossible to guess.',
    },
  },
  {
    id: 'signature',
    term: 'Signature',
    lesson: 'session-id-and-signing',
    definition: {
      'hi-latn':
        'Session ID ke saath juda ek HMAC jo sirf secret jaanne wala bana sakta hai. Badla hua cookie pakda jaata hai. Signature chhupata kuch nahi — yeh encryption nahi hai.',
      en: 'An HMAC attached to the session ID that only someone who knows the secret can produce. An altered cookie is caught. A signature hides nothing — it is not encryption.',
    },
  },
  {
    id: 'hmac',
    term: 'HMAC',
    lesson: 'session-id-and-signing',
    definition: {
      'hi-latn':
        'Hash-based Message Authentication Code: ek secret key aur hash function (yahan SHA-256) se bana fingerprint, jo batata hai ki message kisi ne badla to nahi.',
      en: 'Hash-based Message Authentication Code: a fingerprint made with a secret key and a hash function (here SHA-256) that shows whether a message was changed.',
    },
  },
  {
    id: 'store',
    term: 'Session store',
    lesson: 'session-stores',
    definition: {
      'hi-latn': 'Jahan server session data rakhta hai, session ID ke neeche: process ki memory, Redis, ya koi database.',
      en: 'Where the server keeps session data, under the session ID: the process’s memory, Redis, or a database.',
    },
  },
  {
    id: 'store-get',
    term: 'store.get',
    lesson: 'express-session-setup',
    definition: {
      'hi-latn':
        'Store ka method jo session ID se session padhta hai. express-session ise request ki shuruaat mein bulata hai, jab cookie ka signature sahi ho. Entry na mile (ya expire ho chuki ho) to jawab `null`, aur request ko naya khaali session milta hai.',
      en: 'The store method that reads a session by its ID. express-session calls it when a request starts with a correctly signed cookie. No entry (or an expired one) answers `null`, and the request gets a fresh, empty session.',
    },
  },
  {
    id: 'store-set',
    term: 'store.set',
    lesson: 'express-session-setup',
    definition: {
      'hi-latn':
        'Store ka method jo poora session (data aur cookie ki settings) uske ID ke neeche likhta hai; pehle wali entry badal jaati hai. express-session ise save par bulata hai: session badla ho, naya session save karna ho, `resave: true` ho, ya `req.session.save()` bulaya gaya ho.',
      en: 'The store method that writes the whole session (data and cookie settings) under its ID, replacing what was there. express-session calls it to save: when the session changed, when a new session is saved, on every request with `resave: true`, or on `req.session.save()`.',
    },
  },
  {
    id: 'store-touch',
    term: 'store.touch',
    lesson: 'session-options',
    definition: {
      'hi-latn':
        'Store ka method jo batata hai ki session abhi use ho raha hai: data dobara nahi likha jaata, sirf expiry aage badhti hai (connect-redis `EXPIRE` bhejta hai). express-session ise request ke end mein bulata hai jab session save nahi hua. Optional hai; store mein na ho to kuch nahi hota.',
      en: 'The store method that says a session is still in use: the data is not written again, only the expiry moves forward (connect-redis sends `EXPIRE`). express-session calls it at the end of a request whose session was not saved. It is optional; a store without it is simply not touched.',
    },
  },
  {
    id: 'store-destroy',
    term: 'store.destroy',
    lesson: 'login-with-sessions',
    definition: {
      'hi-latn':
        'Store ka method jo session ki entry mita deta hai. `req.session.destroy()` (logout) ise bulata hai, aur `regenerate()` bhi nayi ID dene se pehle. Browser ki cookie ko yeh nahi chhoota: woh `clearCookie` ya expiry tak wahin rehti hai, bas ab kisi entry ki taraf ishaara nahi karti.',
      en: 'The store method that deletes a session’s entry. `req.session.destroy()` (logout) calls it, and so does `regenerate()` before it hands out a new ID. It does not reach the browser’s cookie: that stays until `clearCookie` or its expiry, pointing at nothing.',
    },
  },
  {
    id: 'ttl',
    term: 'TTL',
    lesson: 'session-stores',
    definition: {
      'hi-latn':
        'Time to live: kitne seconds baad store ek entry apne aap mita dega. connect-redis ise cookie ki bachi hui umar se set karta hai.',
      en: 'Time to live: after how many seconds the store deletes an entry by itself. connect-redis sets it from the cookie’s remaining life.',
    },
  },
  {
    id: 'middleware',
    term: 'Middleware',
    lesson: 'express-session-setup',
    definition: {
      'hi-latn':
        'Express mein ek function jo request aur response ke beech chalta hai. express-session ek middleware hai jo `req.session` taiyaar karta hai.',
      en: 'In Express, a function that runs between the request and the response. express-session is middleware that prepares `req.session`.',
    },
  },
  {
    id: 'httponly',
    term: 'HttpOnly',
    lesson: 'cookies-101',
    definition: {
      'hi-latn':
        'Cookie ka attribute: page ka JavaScript (`document.cookie`) is cookie ko padh nahi sakta, to XSS se session ID churana mushkil ho jaata hai.',
      en: 'A cookie attribute: the page’s JavaScript (`document.cookie`) cannot read the cookie, so stealing the session ID through XSS gets much harder.',
    },
  },
  {
    id: 'samesite',
    term: 'SameSite',
    lesson: 'cookies-101',
    definition: {
      'hi-latn':
        'Cookie ka attribute jo batata hai ki doosri site se shuru hui request ke saath cookie jaaye ya nahi: `Strict`, `Lax` ya `None` (jiske liye `Secure` zaroori hai).',
      en: 'A cookie attribute that says whether the cookie goes with requests started by another site: `Strict`, `Lax` or `None` (which needs `Secure`).',
    },
  },
  {
    id: 'secure-cookie',
    term: 'Secure cookie',
    lesson: 'cookies-101',
    definition: {
      'hi-latn': '`Secure` attribute wali cookie browser sirf HTTPS par bhejta hai.',
      en: 'A cookie with the `Secure` attribute is sent by the browser over HTTPS only.',
    },
  },
  {
    id: 'csrf',
    term: 'CSRF',
    lesson: 'session-security',
    definition: {
      'hi-latn':
        'Cross-Site Request Forgery: doosri site aapke browser se aapki session cookie ke saath request bhejwa deti hai. SameSite aur CSRF tokens isse bachate hain.',
      en: 'Cross-Site Request Forgery: another site makes your browser send a request carrying your session cookie. SameSite and CSRF tokens defend against it.',
    },
  },
  {
    id: 'xss',
    term: 'XSS',
    lesson: 'session-security',
    definition: {
      'hi-latn':
        'Cross-Site Scripting: attacker ka script aapke page par chal jaata hai aur wahi kar sakta hai jo page kar sakta hai — HttpOnly cookie chura nahi sakta, lekin requests bhej sakta hai.',
      en: 'Cross-Site Scripting: an attacker’s script runs in your page and can do what the page can — it cannot read an HttpOnly cookie, but it can still send requests.',
    },
  },
  {
    id: 'session-fixation',
    term: 'Session fixation',
    lesson: 'session-security',
    definition: {
      'hi-latn':
        'Attacker pehle se jaana hua session ID victim ko thama deta hai; login ke baad wahi ID logged-in ho jaati hai. Bachav: login par session ID regenerate kijiye.',
      en: 'The attacker hands the victim a session ID the attacker already knows; after login that ID is logged in. Defence: regenerate the session ID at login.',
    },
  },
  {
    id: 'stateless',
    term: 'Stateless session',
    lesson: 'stateless-sessions',
    definition: {
      'hi-latn':
        'Session ka poora data cookie mein hi (seal ya sign karke); server par kuch store nahi hota. Tez aur asaan, lekin expire hone se pehle revoke karna mushkil.',
      en: 'All of the session’s data lives in the cookie (sealed or signed); nothing is stored on the server. Fast and simple, but hard to revoke before it expires.',
    },
  },
  {
    id: 'jwt',
    term: 'JWT',
    lesson: 'stateless-sessions',
    definition: {
      'hi-latn': 'JSON Web Token: base64url header.payload.signature. Signed hota hai, encrypted nahi — payload koi bhi padh sakta hai.',
      en: 'JSON Web Token: base64url header.payload.signature. It is signed, not encrypted — anyone can read the payload.',
    },
  },
  {
    id: 'seal',
    term: 'Seal',
    lesson: 'stateless-sessions',
    definition: {
      'hi-latn': 'iron-session ka cookie: data encrypt bhi hota hai aur sign bhi (`Fe26.2*…`). Padh bhi nahi sakte, badal bhi nahi sakte.',
      en: 'iron-session’s cookie: the data is both encrypted and signed (`Fe26.2*…`). It can be neither read nor changed.',
    },
  },
  {
    id: 'regenerate',
    term: 'regenerate',
    lesson: 'login-with-sessions',
    definition: {
      'hi-latn':
        'Purani session ID hata kar nayi ID dena (express-session mein `req.session.regenerate()`), khaaskar login par — fixation ka bachav.',
      en: 'Replacing the session ID with a new one (`req.session.regenerate()` in express-session), above all at login — the defence against fixation.',
    },
  },
  {
    id: 'rolling',
    term: 'rolling',
    lesson: 'session-options',
    definition: {
      'hi-latn': 'express-session option: har response par cookie dobara bhejo, taaki expiry har request ke saath aage badhe.',
      en: 'An express-session option: send the cookie again on every response, so the expiry moves forward with every request.',
    },
  },
  {
    id: 'resave',
    term: 'resave',
    lesson: 'session-options',
    definition: {
      'hi-latn':
        'express-session option: `true` ho to bina badlav wala session bhi har request par store mein dobara likha jaata hai; `false` par store ke paas `touch` ho to sirf touch hota hai.',
      en: 'An express-session option: when `true`, an unchanged session is written back to the store on every request; with `false`, a store with `touch` is only touched.',
    },
  },
  {
    id: 'save-uninitialized',
    term: 'saveUninitialized',
    lesson: 'session-options',
    definition: {
      'hi-latn':
        'express-session option: `true` ho to naya, bina badla session bhi save hota hai aur cookie milti hai; `false` par tab tak kuch nahi jab tak data na ho.',
      en: 'An express-session option: when `true`, a new, unmodified session is still saved and gets a cookie; with `false`, nothing happens until there is data.',
    },
  },
  {
    id: 'cors',
    term: 'CORS',
    lesson: 'real-clients',
    definition: {
      'hi-latn':
        "Cross-Origin Resource Sharing: server ke headers jo batate hain ki doosre origin ka page jawab padh sakta hai ya nahi. Cookie ke saath (`credentials: 'include'`) bilkul wahi origin aur `Access-Control-Allow-Credentials: true` chahiye; `*` nahi chalta.",
      en: "Cross-Origin Resource Sharing: server headers that say whether a page on another origin may read the response. With cookies (`credentials: 'include'`) they must name the exact origin and add `Access-Control-Allow-Credentials: true`; `*` is refused.",
    },
  },
  {
    id: 'trust-proxy',
    term: 'trust proxy',
    lesson: 'real-clients',
    definition: {
      'hi-latn':
        'Express setting jo batati hai ki aage khade proxy ke `X-Forwarded-*` headers par kitna bharosa karna hai. Iske bina HTTPS proxy ke peeche express-session `secure` cookie bhejta hi nahi.',
      en: 'An Express setting that says how far to believe the `X-Forwarded-*` headers of the proxy in front. Without it, behind an HTTPS proxy, express-session never sends a `secure` cookie.',
    },
  },
  {
    id: 'bearer-token',
    term: 'Bearer token',
    lesson: 'real-clients',
    definition: {
      'hi-latn':
        'Token jo client khud `Authorization: Bearer …` header mein bhejta hai; browser use apne aap nahi lagata, isliye CSRF nahi, lekin script use padh sakta hai. Opaque (store mein dhoondha jaane wala) ya JWT ho sakta hai.',
      en: 'A token the client itself sends in an `Authorization: Bearer …` header; the browser never attaches it, so no CSRF, but scripts can read it. It is either opaque (looked up in a store) or a JWT.',
    },
  },
  {
    id: 'refresh-token',
    term: 'Refresh token',
    lesson: 'real-clients',
    definition: {
      'hi-latn':
        'Lambi umar wala token jo sirf naya, kam umar wala access token lene ke kaam aata hai. Server ise yaad rakhta hai, har use par rotate karta hai, aur logout par mita deta hai.',
      en: 'A long-lived token used only to get a new, short-lived access token. The server keeps a record of it, rotates it on every use, and deletes it at logout.',
    },
  },
];

export const glossary: readonly GlossaryTerm[] = written.map((entry) => ({
  ...entry,
  definition: { ...entry.definition, hi: hiGlossary[entry.id] ?? missingDefinition(entry.id) },
}));

function missingDefinition(id: string): never {
  throw new Error(`glossary: no Devanagari definition for "${id}" in glossary-hi.ts`);
}

const GLOSSARY_HREF = /^\/(hi-latn|hi|en)\/glossary#([a-z0-9-]+)$/;

/**
 * The entry a lesson link points at: `/<locale>/glossary#<id>` with a known id, in the
 * lesson's own language. Anything else (another page, another language, an unknown id) is null,
 * and stays an ordinary link.
 */
export function glossaryEntryForHref(href: string | undefined, locale: Locale): GlossaryTerm | null {
  const match = href === undefined ? null : GLOSSARY_HREF.exec(href);
  if (match === null || match[1] !== locale) return null;
  return glossary.find((entry) => entry.id === match[2]) ?? null;
}
