// The reference solution: one app that passes every practice exercise. `brokenFor` switches
// on one known mistake at a time; the grader's own tests (lib/practice/solutions.test.ts) run
// each of those and expect exactly the exercise it breaks to fail.
const { createHash, randomBytes, timingSafeEqual } = require('node:crypto');
const { setTimeout: pause } = require('node:timers/promises');
const express = require('express');
const session = require('express-session');
const { RedisStore } = require('connect-redis');
const { oneRequestPerSession } = require('./one-request-per-session');

/** The mistakes the grader must catch, each named `<exercise>:<what is wrong>`. */
const BROKEN_VARIANTS = [
  'seed-app:new-session-every-visit',
  'no-empty-sessions:save-uninitialized',
  'cookie-flags:no-httponly',
  'cookie-flags:no-trust-proxy',
  'cookie-flags:max-age-in-seconds',
  'login:no-regenerate',
  'login:any-password',
  'logout:only-deletes-user',
  'logout:no-clear-cookie',
  'cart:unvalidated-qty',
  'cart:lost-at-login',
  'parallel-cart:no-lock',
  'activity:oldest-first',
  'activity:no-cap',
  'redis-store:memory-store',
  'redis-store:one-day-ttl',
];

const COOKIE_NAME = 'tapri.sid';
const THIRTY_MINUTES_MS = 30 * 60 * 1000;
const ACCOUNTS = { riya: 'chai-1234', aman: 'samosa-1234' };
const PRODUCTS = new Set(['chai', 'samosa', 'jalebi', 'vada-pav', 'lassi']);
const MAX_VISITS = 10;

function digest(text) {
  return createHash('sha256').update(text).digest();
}

/** Compares digests in constant time, so the answer's timing tells nothing about the password. */
function passwordMatches(username, password) {
  const expected = Object.hasOwn(ACCOUNTS, username) ? ACCOUNTS[username] : null;
  return expected !== null && timingSafeEqual(digest(password), digest(expected));
}

/** Everything in the session except its cookie: what a login carries into the new session. */
function sessionData(sess) {
  return Object.fromEntries(Object.entries(sess).filter(([key]) => key !== 'cookie'));
}

/** A session that was saved before: a new, untouched one holds nothing but its cookie. */
function isKnownSession(sess) {
  return Object.keys(sess).some((key) => key !== 'cookie');
}

function fail(res, status, code, message) {
  res.status(status).json({ error: { code, message } });
}

/**
 * @param {{ redisClient?: import('redis').RedisClientType, secret?: string, brokenFor?: string }} [options]
 */
function createApp({ redisClient, secret = randomBytes(32).toString('hex'), brokenFor } = {}) {
  if (brokenFor !== undefined && !BROKEN_VARIANTS.includes(brokenFor)) throw new Error(`solutions: no broken variant ${brokenFor}`);
  const broken = (name) => brokenFor === name;
  const app = express();

  // Behind a proxy on this machine (and the grader's X-Forwarded-Proto), req.secure tells HTTPS.
  if (!broken('cookie-flags:no-trust-proxy')) app.set('trust proxy', 'loopback');
  app.use(express.json({ limit: '16kb' }));
  // express-session has no lock: without this, parallel requests of one session overwrite each other's changes.
  if (!broken('parallel-cart:no-lock')) app.use(oneRequestPerSession(COOKIE_NAME));

  const store =
    redisClient && !broken('redis-store:memory-store')
      ? new RedisStore({ client: redisClient, ...(broken('redis-store:one-day-ttl') ? { ttl: () => 24 * 60 * 60 } : {}) })
      : undefined;
  app.use(
    session({
      name: COOKIE_NAME,
      secret,
      store,
      resave: false,
      saveUninitialized: broken('no-empty-sessions:save-uninitialized'),
      cookie: {
        httpOnly: !broken('cookie-flags:no-httponly'),
        sameSite: 'lax',
        secure: 'auto',
        maxAge: broken('cookie-flags:max-age-in-seconds') ? 30 * 60 : THIRTY_MINUTES_MS,
      },
    }),
  );

  app.get('/', (req, res, next) => {
    const greet = () => {
      // The seed keeps its demo visitor under `user`; here `user` means who logged in.
      req.session.demoUser ??= { name: 'John Doe', age: 25 };
      res.send(`User: ${req.session.demoUser.name}, Age: ${req.session.demoUser.age}`);
    };
    if (broken('seed-app:new-session-every-visit')) req.session.regenerate((error) => (error ? next(error) : greet()));
    else greet();
  });

  app.post('/login', (req, res, next) => {
    const { username, password } = req.body ?? {};
    if (typeof username !== 'string' || typeof password !== 'string') {
      return fail(res, 400, 'bad_body', 'Send {"username", "password"} as strings.');
    }
    if (!broken('login:any-password') && !passwordMatches(username, password)) {
      return fail(res, 401, 'wrong_credentials', 'Wrong username or password.');
    }
    if (!Object.hasOwn(ACCOUNTS, username)) return fail(res, 401, 'wrong_credentials', 'Wrong username or password.');
    const finish = () => {
      req.session.user = { username };
      req.session.save((error) => (error ? next(error) : res.json({ user: { username } })));
    };
    if (broken('login:no-regenerate')) return finish();
    // A new ID at login (against fixation), keeping what the visitor had: the cart above all.
    const kept = broken('cart:lost-at-login') ? {} : sessionData(req.session);
    req.session.regenerate((error) => {
      if (error) return next(error);
      Object.assign(req.session, kept);
      finish();
    });
  });

  app.get('/me', (req, res) => {
    if (!req.session.user) return fail(res, 401, 'not_logged_in', 'Log in first.');
    res.json({ user: req.session.user });
  });

  app.post('/logout', (req, res, next) => {
    if (broken('logout:only-deletes-user')) {
      delete req.session.user;
      res.clearCookie(COOKIE_NAME, { path: '/' });
      return res.json({ ok: true });
    }
    req.session.destroy((error) => {
      if (error) return next(error);
      if (!broken('logout:no-clear-cookie')) res.clearCookie(COOKIE_NAME, { path: '/' });
      res.json({ ok: true });
    });
  });

  app.get('/cart', (req, res) => {
    res.json({ items: req.session.cart ?? [] });
  });

  app.post('/cart', async (req, res) => {
    const { productId, qty } = req.body ?? {};
    const qtyOk = broken('cart:unvalidated-qty') ? qty !== undefined : Number.isInteger(qty) && qty >= 1 && qty <= 99;
    if (typeof productId !== 'string' || !PRODUCTS.has(productId) || !qtyOk) {
      return fail(res, 400, 'bad_item', 'Send {"productId"} from the menu and a whole-number "qty" from 1 to 99.');
    }
    // A real app would ask a database for the price here; the pause stands in for that await,
    // which is what lets parallel requests of one session interleave.
    await pause(5);
    const cart = req.session.cart ?? [];
    const line = cart.find((item) => item.productId === productId);
    if (line) line.qty += Number(qty);
    else cart.push({ productId, qty: Number(qty) });
    req.session.cart = cart;
    res.json({ items: cart });
  });

  app.get('/pages/:name', (req, res) => {
    // No session just for tracking: a visit is recorded only in a session that already exists.
    if (isKnownSession(req.session)) {
      const visit = { path: req.path, at: new Date().toISOString() };
      const visits = req.session.visits ?? [];
      const limit = broken('activity:no-cap') ? Infinity : MAX_VISITS;
      req.session.visits = broken('activity:oldest-first') ? [...visits, visit].slice(-limit) : [visit, ...visits].slice(0, limit);
    }
    res.json({ page: req.params.name });
  });

  app.get('/activity', (req, res) => {
    res.json({ visits: req.session.visits ?? [] });
  });

  // Broken JSON and other client errors answer in JSON, never as an HTML error page.
  app.use((error, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number.isInteger(error.status) && error.status >= 400 && error.status < 500 ? error.status : 500;
    fail(res, status, status === 500 ? 'internal' : 'bad_request', status === 500 ? 'Something went wrong.' : error.message);
  });
  return app;
}

module.exports = { createApp, BROKEN_VARIANTS, COOKIE_NAME };
