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
import { AMAN, RIYA } from './accounts';

const hint = (anchor: string, hi: string, en: string, deva: string) => ({ slug: 'login-with-sessions', anchor, text: t(hi, en, deva) });

export const loginChecks = {
  meAnonymous: {
    title: t('Bina login `GET /me` → 401', 'Without a login `GET /me` → 401', 'Login के बिना `GET /me` → 401'),
    expected: t('401', '401', '401'),
    hint: hint(
      'require-login',
      '`req.session.user` nahi hai to `res.status(401)`',
      'No `req.session.user`: `res.status(401)`',
      '`req.session.user` नहीं है तो `res.status(401)`',
    ),
  },
  loginOk: {
    title: t(
      'Sahi password: login, aur session cookie',
      'The right password: logged in, with a session cookie',
      'सही password: login हो गया, साथ में session cookie',
    ),
    expected: t(
      '200 `{"user":{"username":…}}` aur `Set-Cookie`',
      '200 `{"user":{"username":…}}` and a `Set-Cookie`',
      '200 `{"user":{"username":…}}` और साथ में `Set-Cookie`',
    ),
    hint: hint(
      'login-route',
      'Dono accounts check kijiye, session mein `user` rakhiye aur `{ user: { username } }` bhejiye',
      'Check both accounts, put `user` in the session and answer `{ user: { username } }`',
      'दोनों accounts जाँचिए, session में `user` रखिए और जवाब में `{ user: { username } }` भेजिए',
    ),
  },
  meLoggedIn: {
    title: t(
      'Login ke baad `GET /me` user batata hai',
      'After login `GET /me` names the user',
      'Login के बाद `GET /me` user का नाम बताता है',
    ),
    expected: t('200 `{"user":{"username":…}}`', '200 `{"user":{"username":…}}`', '200 `{"user":{"username":…}}`'),
    hint: hint(
      'require-login',
      '`GET /me` session se `user` padhe',
      '`GET /me` reads `user` from the session',
      '`GET /me` session से `user` पढ़े',
    ),
  },
  wrongPassword: {
    title: t('Galat password ya anjaan user → 401', 'A wrong password or an unknown user → 401', 'गलत password या अनजान user → 401'),
    expected: t('401, aur `GET /me` → 401', '401, and `GET /me` → 401', '401, और `GET /me` → 401'),
    hint: hint(
      'check-password',
      'Username aur password dono milaaiye; doosre account ka password nahi chalega',
      'Match username and password together; another account’s password must not work',
      'Username और password दोनों एक साथ मिलाइए; किसी दूसरे account का password नहीं चलना चाहिए',
    ),
  },
  badBody: {
    title: t('Galat body → 400', 'A bad body → 400', 'गलत body → 400'),
    expected: t('400', '400', '400'),
    hint: hint(
      'login-route',
      '`username` aur `password` dono string hon, warna 400; toota JSON bhi 400',
      '`username` and `password` must both be strings, else 400; broken JSON is 400 too',
      '`username` और `password` दोनों string होने चाहिए, वरना 400; टूटा हुआ JSON भी 400',
    ),
  },
  regenerateOnLogin: {
    title: t(
      'Login par nayi session ID (fixation se bachav)',
      'A new session ID at login (against fixation)',
      'Login पर नई session ID (fixation से बचाव)',
    ),
    expected: t(
      'login ke jawab mein alag value wali session cookie',
      'a session cookie with a different value in the login response',
      'Login के जवाब में अलग value वाली session cookie',
    ),
    hint: hint(
      'regenerate-on-login',
      'Login par `req.session.regenerate()`, phir naye session mein `user`',
      'Call `req.session.regenerate()` at login, then set `user` in the new session',
      'Login पर `req.session.regenerate()` बुलाइए, फिर नए session में `user` रखिए',
    ),
  },
  oldIdLoggedOut: {
    title: t(
      'Doosre login ke baad purani ID logged in nahi',
      'After a second login the old ID is logged in for nobody',
      'दूसरे login के बाद पुरानी ID से कोई logged in नहीं है',
    ),
    expected: t('purani cookie ke saath `GET /me` → 401', '`GET /me` with the old cookie → 401', 'पुरानी cookie के साथ `GET /me` → 401'),
    hint: hint(
      'regenerate-on-login',
      '`regenerate` purana session store se hata deta hai; khud nayi ID mat banaiye',
      '`regenerate` removes the old session from the store; do not invent IDs yourself',
      '`regenerate` पुराने session को store से हटा देता है; ID खुद मत बनाइए',
    ),
  },
} satisfies Record<string, CheckSpec>;

export async function checkLogin(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('login');
  const anonymous = await visitor(context).get('/me');
  r.expect(anonymous.status === 401, loginChecks.meAnonymous, anonymous);

  const riya = visitor(context);
  const login = await riya.post('/login', RIYA);
  const cookie = sessionCookieOf(login);
  if (
    !r.expect(login.status === 200 && hasUser(login.json, RIYA.username) && cookie !== null, loginChecks.loginOk, login, true) ||
    !cookie
  ) {
    return r.lines;
  }
  const me = await riya.get('/me');
  r.expect(me.status === 200 && hasUser(me.json, RIYA.username), loginChecks.meLoggedIn, me);

  const aman = visitor(context);
  const amanLogin = await aman.post('/login', AMAN);
  r.expect(amanLogin.status === 200 && hasUser(amanLogin.json, AMAN.username), loginChecks.loginOk, amanLogin, true);
  const amanMe = await aman.get('/me');
  r.expect(amanMe.status === 200 && hasUser(amanMe.json, AMAN.username), loginChecks.meLoggedIn, amanMe);

  for (const wrong of [
    { username: RIYA.username, password: AMAN.password },
    { username: 'mallory', password: RIYA.password },
  ]) {
    const stranger = visitor(context);
    const refused = await stranger.post('/login', wrong);
    const after = await stranger.get('/me');
    r.check(
      refused.status === 401 && after.status === 401,
      loginChecks.wrongPassword,
      refused.sent,
      `${refused.status}, GET /me → ${after.status}`,
    );
  }

  const badBodies = [
    { json: {} },
    { json: { username: RIYA.username } },
    { json: { username: 7, password: RIYA.password } },
    { rawJson: '{"username":"riya",' },
  ];
  for (const body of badBodies) {
    const exchange = await visitor(context).request('POST', '/login', body);
    r.expect(exchange.status === 400, loginChecks.badBody, exchange);
  }

  // A session that existed before the login (an attacker could have planted its ID) must not be the one logged in.
  const fixated = visitor(context);
  const before = sessionCookieOf(await fixated.get('/'));
  if (before !== null) {
    const fixatedLogin = await fixated.post('/login', RIYA);
    const after = sessionCookieOf(fixatedLogin, before.name);
    r.check(
      fixatedLogin.status === 200 && after !== null && after.value !== before.value,
      loginChecks.regenerateOnLogin,
      `GET /, ${fixatedLogin.sent}`,
      after === null
        ? noSetCookie(fixatedLogin.status)
        : after.value === before.value
          ? t('wahi cookie value', 'the same cookie value', 'cookie की value वही रही')
          : t('nayi cookie value', 'a new cookie value', 'cookie को नई value मिली'),
    );
  }

  const second = await riya.post('/login', AMAN);
  const renewed = sessionCookieOf(second, cookie.name);
  r.check(
    second.status === 200 && renewed !== null && renewed.value !== cookie.value,
    loginChecks.regenerateOnLogin,
    `${second.sent} (Cookie: ${cookie.name}=<login 1>)`,
    renewed === null
      ? noSetCookie(second.status)
      : renewed.value === cookie.value
        ? t('wahi cookie value', 'the same cookie value', 'cookie की value वही रही')
        : t('nayi cookie value', 'a new cookie value', 'cookie को नई value मिली'),
  );
  const replay = await visitor(context).get('/me', { cookie: `${cookie.name}=${cookie.value}` });
  r.expect(replay.status === 401, loginChecks.oldIdLoggedOut, { ...replay, sent: `GET /me Cookie: ${cookie.name}=<login 1>` });
  return r.lines;
}
