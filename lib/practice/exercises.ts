import type { Locale } from '@/lib/i18n/locales';

import type { ExerciseId } from './exercise-ids';
import { hiExercises } from './exercises-hi';

export { exerciseIds, isExerciseId, type ExerciseId } from './exercise-ids';

export interface Statement {
  readonly title: string;
  /** What to build, in a sentence or three. Text between backticks is code. */
  readonly task: string;
  readonly routes: readonly string[];
  readonly hints: readonly string[];
}

export interface Exercise {
  readonly id: ExerciseId;
  /** The lesson it belongs to; its page links here ("Ab aap banaiye" / "Now you build it"). */
  readonly lesson: string;
  /** The lesson section the exercise practises. */
  readonly anchor: string;
  /** Checked only with `--redis`. */
  readonly needsRedis?: true;
  readonly statement: Readonly<Record<Locale, Statement>>;
}

/**
 * The practice track as data: the page, the CLI and the lesson links all read this list.
 * The contract (routes, accounts, products) is the same in every exercise, so one app grows
 * through all of them.
 */
const written: readonly (Omit<Exercise, 'statement'> & { readonly statement: Omit<Exercise['statement'], 'hi'> })[] = [
  {
    id: 'seed-app',
    lesson: 'what-is-a-session',
    anchor: 'setup-code',
    statement: {
      'hi-latn': {
        title: 'Seed app chalaiye',
        task: 'Lesson 1 wala express-session app `practice/starter/` se copy karke chalaiye. Har visitor ko apna session mile, aur agli request par wahi session yaad rahe.',
        routes: ['GET / → `User: John Doe, Age: 25`'],
        hints: [
          'Starter waise ka waisa yeh exercise pass karta hai; pehle use chala kar check dekhiye.',
          'Cookie jar ke bina har request naya session hai: browser ya `curl -c jar -b jar` se dekhiye.',
        ],
      },
      en: {
        title: 'Run the seed app',
        task: 'Copy the express-session app from lesson 1 out of `practice/starter/` and run it. Every visitor gets a session of their own, and the next request remembers it.',
        routes: ['GET / → `User: John Doe, Age: 25`'],
        hints: [
          'The starter passes this exercise as it is; run it and watch the check first.',
          'Without a cookie jar every request is a new session: try a browser or `curl -c jar -b jar`.',
        ],
      },
    },
  },
  {
    id: 'no-empty-sessions',
    lesson: 'session-options',
    anchor: 'save-uninitialized',
    statement: {
      'hi-latn': {
        title: 'Khaali session mat banaiye',
        task: 'Jis visitor ne login nahi kiya aur cart mein kuch nahi daala, use na cookie mile, na store mein entry bane. `GET /` (jo session mein data likhta hai) ab bhi cookie bheje.',
        routes: [
          'GET /me, GET /cart, GET /pages/<name>, koi bhi anjaan URL: bina cookie ke, koi `Set-Cookie` nahi',
          'GET / → ab bhi cookie',
          '`--redis` ke saath grader in requests se pehle aur baad `sess:*` keys bhi ginta hai',
        ],
        hints: [
          '`saveUninitialized: false` kijiye.',
          'Jo route session mein kuch likhta hi nahi, uske liye express-session cookie tab hi bhejta hai jab `saveUninitialized` true ho.',
        ],
      },
      en: {
        title: 'No empty sessions',
        task: 'A visitor who has not logged in and has nothing in a cart gets neither a cookie nor a store entry. `GET /` (which writes into the session) still sends a cookie.',
        routes: [
          'GET /me, GET /cart, GET /pages/<name>, any unknown URL: without a cookie, no `Set-Cookie`',
          'GET / → still a cookie',
          'With `--redis` the grader also counts the `sess:*` keys before and after these requests',
        ],
        hints: [
          'Set `saveUninitialized: false`.',
          'For a route that writes nothing into the session, express-session sends a cookie only when `saveUninitialized` is true.',
        ],
      },
    },
  },
  {
    id: 'cookie-flags',
    lesson: 'session-options',
    anchor: 'cookie-options',
    statement: {
      'hi-latn': {
        title: 'Cookie ke flags',
        task: 'Session cookie `HttpOnly` ho, `SameSite=Lax` (ya `Strict`), 30 minute mein expire ho, aur HTTPS proxy ke peeche (`X-Forwarded-Proto: https`) `Secure` bhi.',
        routes: [
          'GET / → `Set-Cookie: …; HttpOnly; SameSite=Lax; Expires=<30 min baad>`',
          'GET / with `X-Forwarded-Proto: https` → `…; Secure`',
        ],
        hints: [
          "`cookie: { httpOnly: true, sameSite: 'lax', maxAge: 30 * 60 * 1000, secure: 'auto' }`",
          "`app.set('trust proxy', 'loopback')`: iske bina Express `X-Forwarded-Proto` par bharosa nahi karta.",
        ],
      },
      en: {
        title: 'Cookie flags',
        task: 'The session cookie is `HttpOnly`, `SameSite=Lax` (or `Strict`), expires in 30 minutes, and is `Secure` behind an HTTPS proxy (`X-Forwarded-Proto: https`).',
        routes: [
          'GET / → `Set-Cookie: …; HttpOnly; SameSite=Lax; Expires=<in 30 min>`',
          'GET / with `X-Forwarded-Proto: https` → `…; Secure`',
        ],
        hints: [
          "`cookie: { httpOnly: true, sameSite: 'lax', maxAge: 30 * 60 * 1000, secure: 'auto' }`",
          "`app.set('trust proxy', 'loopback')`: without it Express does not believe `X-Forwarded-Proto`.",
        ],
      },
    },
  },
  {
    id: 'login',
    lesson: 'login-with-sessions',
    anchor: 'login-route',
    statement: {
      'hi-latn': {
        title: 'Login, regenerate ke saath',
        task: 'Accounts `riya` / `chai-1234` aur `aman` / `samosa-1234`. Login par session ID badalni chahiye (`req.session.regenerate`), taaki purani ID se koi logged in na rahe.',
        routes: [
          'POST /login `{username, password}` → 200 `{user: {username}}`; galat password → 401; galat body → 400',
          'GET /me → 200 `{user}` ya 401',
        ],
        hints: [
          '`app.use(express.json())` session se pehle ya baad, lekin routes se pehle.',
          'Regenerate ke baad naye session mein `user` rakhiye, phir `save` karke jawab dijiye.',
        ],
      },
      en: {
        title: 'Login, with regenerate',
        task: 'Accounts `riya` / `chai-1234` and `aman` / `samosa-1234`. A login must change the session ID (`req.session.regenerate`), so the old ID is logged in for nobody.',
        routes: [
          'POST /login `{username, password}` → 200 `{user: {username}}`; wrong password → 401; bad body → 400',
          'GET /me → 200 `{user}` or 401',
        ],
        hints: [
          '`app.use(express.json())` before the routes.',
          'After regenerate, put `user` into the new session, then `save` and answer.',
        ],
      },
    },
  },
  {
    id: 'logout',
    lesson: 'login-with-sessions',
    anchor: 'logout',
    statement: {
      'hi-latn': {
        title: 'Logout jo sach mein khatam kare',
        task: 'Logout server par session destroy kare (purani cookie dobara bhejne par bhi koi logged in nahi) aur browser mein cookie clear kare.',
        routes: ['POST /logout → 200, session destroyed, `Set-Cookie` jo cookie mita de'],
        hints: [
          '`req.session.destroy(cb)`, phir callback mein `res.clearCookie(<cookie ka naam>)`.',
          'Sirf `delete req.session.user` kaafi nahi: session aur uska baaki data store mein reh jaata hai.',
        ],
      },
      en: {
        title: 'A logout that really ends it',
        task: 'Logout destroys the session on the server (replaying the old cookie logs in nobody) and clears the cookie in the browser.',
        routes: ['POST /logout → 200, session destroyed, a `Set-Cookie` that deletes the cookie'],
        hints: [
          '`req.session.destroy(cb)`, then `res.clearCookie(<cookie name>)` in the callback.',
          'Only `delete req.session.user` is not enough: the session and the rest of its data stay in the store.',
        ],
      },
    },
  },
  {
    id: 'cart',
    lesson: 'shopping-cart',
    anchor: 'cart-code',
    statement: {
      'hi-latn': {
        title: 'Cart session mein',
        task: 'Products `chai`, `samosa`, `jalebi`, `vada-pav`, `lassi`. Har visitor ka apna cart; wahi product dobara add ho to qty jud jaaye; login ke baad bhi cart bana rahe.',
        routes: [
          'POST /cart `{productId, qty}` → 200 `{items: [{productId, qty}]}`; `qty` 1–99 ka whole number, warna 400; anjaan product → 400',
          'GET /cart → `{items}`',
        ],
        hints: [
          'Galat input par cart waisa hi rahe: pehle validate, phir badlaav.',
          'Login ka regenerate naya khaali session deta hai: cart naye session mein copy kijiye.',
        ],
      },
      en: {
        title: 'A cart in the session',
        task: 'Products `chai`, `samosa`, `jalebi`, `vada-pav`, `lassi`. Every visitor has their own cart; adding a product again adds up the qty; the cart survives a login.',
        routes: [
          'POST /cart `{productId, qty}` → 200 `{items: [{productId, qty}]}`; `qty` a whole number 1–99, else 400; unknown product → 400',
          'GET /cart → `{items}`',
        ],
        hints: [
          'Bad input leaves the cart as it was: validate first, then change.',
          "Login's regenerate gives a new, empty session: copy the cart into it.",
        ],
      },
    },
  },
  {
    id: 'parallel-cart',
    lesson: 'shopping-cart',
    anchor: 'express-session-no-lock',
    statement: {
      'hi-latn': {
        title: 'Parallel adds, koi update gum nahi',
        task: 'Ek hi session par 20 parallel `POST /cart` sab gine jaayein. express-session mein lock nahi hai: handler mein ek chhota sa `await` bhi updates kho deta hai. Ek session ki requests ko ek line mein chalaiye.',
        routes: ['20 × POST /cart `{productId: "chai", qty: 1}` ek saath → cart mein sab 20'],
        hints: [
          'Session middleware se pehle ek chhota middleware: cookie ki value par ek promise chain (lock), response khatam hone par agla.',
          'Ya handler mein lock lekar `req.session.reload()`, badlaav, `save()`.',
        ],
      },
      en: {
        title: 'Parallel adds, no lost update',
        task: 'Twenty parallel `POST /cart` on one session all count. express-session has no lock: even a short `await` in the handler loses updates. Run one session’s requests one after another.',
        routes: ['20 × POST /cart `{productId: "chai", qty: 1}` at once → all 20 in the cart'],
        hints: [
          'A small middleware before the session one: a promise chain (a lock) per cookie value, released when the response finishes.',
          'Or take a lock in the handler, then `req.session.reload()`, change, `save()`.',
        ],
      },
    },
  },
  {
    id: 'activity',
    lesson: 'tracking-activity',
    anchor: 'activity-in-session',
    statement: {
      'hi-latn': {
        title: 'Activity: aakhri 10 pages',
        task: 'Jis visitor ka session pehle se hai, uske page visits session mein likhiye, naye se purane kram mein, zyada se zyada 10. Sirf tracking ke liye naya session mat banaiye.',
        routes: ['GET /pages/<name> → visit `{path, at}` record', 'GET /activity → `{visits}`, newest first, at most 10'],
        hints: ['`unshift` phir `slice(0, 10)`.', '`at` ek ISO time ya milliseconds; `path` jaisa request mein aaya, jaise `/pages/menu`.'],
      },
      en: {
        title: 'Activity: the last 10 pages',
        task: 'For a visitor who already has a session, record page visits in it, newest first, at most 10. Never start a session just to track.',
        routes: ['GET /pages/<name> → records a visit `{path, at}`', 'GET /activity → `{visits}`, newest first, at most 10'],
        hints: ['`unshift`, then `slice(0, 10)`.', '`at` is an ISO time or milliseconds; `path` as requested, such as `/pages/menu`.'],
      },
    },
  },
  {
    id: 'redis-store',
    lesson: 'session-stores',
    anchor: 'connect-redis-setup',
    needsRedis: true,
    statement: {
      'hi-latn': {
        title: 'Redis store',
        task: 'MemoryStore ki jagah connect-redis lagaiye. Login ke baad Redis mein `sess:<sid>` ho, user ke saath, aur TTL 30 minute se zyada nahi; logout ke baad key gayab.',
        routes: ['Wahi routes; check ke liye `--redis redis://127.0.0.1:6379`'],
        hints: [
          "`new RedisStore({ client })` (`import { RedisStore } from 'connect-redis'`), prefix default `sess:` hi rehne dijiye.",
          'TTL cookie ke `maxAge` se aata hai; connect-redis ka `ttl` option sirf bina expiry wali cookie ke liye hai.',
        ],
      },
      en: {
        title: 'A Redis store',
        task: 'Replace MemoryStore with connect-redis. After login Redis holds `sess:<sid>` with the user and a TTL of at most 30 minutes; after logout the key is gone.',
        routes: ['The same routes; check with `--redis redis://127.0.0.1:6379`'],
        hints: [
          "`new RedisStore({ client })` (`import { RedisStore } from 'connect-redis'`); keep the default prefix `sess:`.",
          "The TTL comes from the cookie's `maxAge`; connect-redis's `ttl` option is only for cookies without an expiry.",
        ],
      },
    },
  },
];

/** The exercises with their Devanagari statements (written in `exercises-hi.ts`, by id). */
export const exercises: readonly Exercise[] = written.map((exercise) => ({
  ...exercise,
  statement: { ...exercise.statement, hi: hiExercises[exercise.id] },
}));

export function findExercise(id: ExerciseId): Exercise {
  const exercise = exercises.find((entry) => entry.id === id);
  if (!exercise) throw new Error(`practice: no exercise ${id}`);
  return exercise;
}

/** The exercises of one lesson, for the "Now you build it" box at its end. */
export function exercisesOfLesson(slug: string): readonly Exercise[] {
  return exercises.filter((exercise) => exercise.lesson === slug);
}
