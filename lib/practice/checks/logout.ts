import {
  type CheckContext,
  type CheckLine,
  type CheckSpec,
  hasUser,
  noSetCookie,
  Recorder,
  sessionCookieOf,
  t,
  visitor,
} from '../check-kit';
import { RIYA } from './accounts';

const hint = (anchor: string, hi: string, en: string, deva: string) => ({ slug: 'login-with-sessions', anchor, text: t(hi, en, deva) });

export const logoutChecks = {
  loginFirst: {
    title: t(
      'Logout check karne ke liye pehle login',
      'A login first, to have something to log out of',
      'पहले एक login, ताकि logout करने को कुछ हो',
    ),
    expected: t(
      '200 `{"user":{"username":"riya"}}` aur session cookie',
      '200 `{"user":{"username":"riya"}}` and a session cookie',
      '200 `{"user":{"username":"riya"}}` और साथ में session cookie',
    ),
    hint: hint('login-route', 'Pehle `login` exercise poora kijiye', 'Finish the `login` exercise first', 'पहले `login` exercise पूरी कीजिए'),
  },
  logoutOk: {
    title: t('`POST /logout` → 200', '`POST /logout` → 200', '`POST /logout` → 200'),
    expected: t('200', '200', '200'),
    hint: hint(
      'logout',
      '`req.session.destroy(cb)` ke callback mein jawab bhejiye',
      'Answer inside the callback of `req.session.destroy(cb)`',
      'जवाब `req.session.destroy(cb)` के callback के अंदर भेजिए',
    ),
  },
  clearsCookie: {
    title: t(
      'Logout browser mein cookie clear karta hai',
      'Logout clears the cookie in the browser',
      'Logout browser में cookie को clear करता है',
    ),
    expected: t(
      'session cookie ke naam par `Set-Cookie` jiska `Expires` beet chuka ho (ya `Max-Age=0`)',
      'a `Set-Cookie` for the session cookie with an `Expires` in the past (or `Max-Age=0`)',
      'Session cookie के लिए ऐसा `Set-Cookie` जिसका `Expires` बीत चुका हो (या `Max-Age=0`)',
    ),
    hint: hint(
      'logout',
      '`res.clearCookie(name)` usi naam aur path ke saath jo session cookie ka hai',
      '`res.clearCookie(name)` with the session cookie’s name and path',
      '`res.clearCookie(name)` उसी नाम और path के साथ जो session cookie का है',
    ),
  },
  notLoggedIn: {
    title: t('Logout ke baad `GET /me` → 401', 'After logout `GET /me` → 401', 'Logout के बाद `GET /me` → 401'),
    expected: t('401', '401', '401'),
    hint: hint(
      'logout',
      'Logout ke baad session mein koi user nahi rehna chahiye',
      'After logout no user may be left in the session',
      'Logout के बाद session में कोई user नहीं बचना चाहिए',
    ),
  },
  replayRefused: {
    title: t(
      'Purani cookie dobara bhejne par bhi logged in nahi',
      'Replaying the old cookie logs in nobody',
      'पुरानी cookie दोबारा भेजने पर भी कोई logged in नहीं होता',
    ),
    expected: t('purani cookie ke saath `GET /me` → 401', '`GET /me` with the old cookie → 401', 'पुरानी cookie के साथ `GET /me` → 401'),
    hint: hint(
      'logout',
      'Cookie clear karna kaafi nahi: jiske paas purani cookie hai woh use bhej sakta hai; session server par destroy kijiye',
      'Clearing the cookie is not enough: whoever kept the old cookie can send it; destroy the session on the server',
      'सिर्फ़ cookie clear करना काफ़ी नहीं: जिसके पास पुरानी cookie है, वह उसे फिर भेज सकता है; session को server पर destroy कीजिए',
    ),
  },
  destroyed: {
    title: t('Server purane session ko bhool chuka hai', 'The server has forgotten the old session', 'Server पुराने session को भूल चुका है'),
    expected: t(
      'purani cookie ke saath `GET /` → naya session (nayi cookie value)',
      '`GET /` with the old cookie → a new session (a new cookie value)',
      'पुरानी cookie के साथ `GET /` → नया session (नई cookie value)',
    ),
    hint: hint(
      'logout',
      '`delete req.session.user` session ko zinda chhod deta hai; `req.session.destroy()` use store se mitata hai',
      '`delete req.session.user` leaves the session alive; `req.session.destroy()` removes it from the store',
      '`delete req.session.user` session को ज़िंदा छोड़ देता है; `req.session.destroy()` उसे store से मिटा देता है',
    ),
  },
} satisfies Record<string, CheckSpec>;

export async function checkLogout(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('logout');
  const riya = visitor(context);
  // A session with data before the login, so a logout that only deletes `user` leaves something behind.
  const home = await riya.get('/');
  const login = await riya.post('/login', RIYA);
  const name = (sessionCookieOf(login) ?? sessionCookieOf(home))?.name;
  const value = name === undefined ? undefined : riya.jar.get(name);
  if (
    !r.expect(login.status === 200 && hasUser(login.json, RIYA.username) && value !== undefined, logoutChecks.loginFirst, login, true) ||
    !name ||
    !value
  ) {
    return r.lines;
  }
  const oldCookie = `${name}=${value}`;

  const logout = await riya.post('/logout');
  r.expect(logout.status === 200, logoutChecks.logoutOk, logout);
  const cleared = logout.setCookies.find((setCookie) => setCookie.name === name);
  r.check(
    cleared !== undefined && (cleared.clears || cleared.value === ''),
    logoutChecks.clearsCookie,
    logout.sent,
    cleared === undefined
      ? noSetCookie(logout.status, name)
      : `Set-Cookie: ${name}=${cleared.value.slice(0, 12)}; ${cleared.attributes.map((a) => (a.value === null ? a.name : `${a.name}=${a.value}`)).join('; ')}`,
  );

  const me = await riya.get('/me');
  r.expect(me.status === 401, logoutChecks.notLoggedIn, me);

  const replay = await visitor(context).get('/me', { cookie: oldCookie });
  r.expect(replay.status === 401, logoutChecks.replayRefused, { ...replay, sent: `GET /me Cookie: ${name}=<before logout>` });

  const again = await visitor(context).get('/', { cookie: oldCookie });
  const fresh = sessionCookieOf(again, name);
  r.check(
    again.status === 200 && fresh !== null && fresh.value !== value,
    logoutChecks.destroyed,
    `GET / Cookie: ${name}=<before logout>`,
    fresh === null
      ? t(
          `${again.status}, koi nayi cookie nahi: session ab bhi zinda hai`,
          `${again.status}, no new cookie: the session is still alive`,
          `${again.status}, कोई नई cookie नहीं: session अभी भी ज़िंदा है`,
        )
      : fresh.value === value
        ? t(
            'wahi cookie value: session ab bhi zinda hai',
            'the same cookie value: the session is still alive',
            'वही cookie value: session अभी भी ज़िंदा है',
          )
        : t('nayi cookie value', 'a new cookie value', 'cookie को नई value मिली'),
  );
  return r.lines;
}
