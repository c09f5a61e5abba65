import {
  type CheckContext,
  type CheckLine,
  type CheckSpec,
  hasUser,
  Recorder,
  sessionCookieOf,
  sessionIdOf,
  t,
  visitor,
} from '../check-kit';
import { RIYA } from './accounts';
import { connectRedis, type GraderRedis } from './redis-client';

const hint = (anchor: string, hi: string, en: string, deva: string) => ({ slug: 'session-stores', anchor, text: t(hi, en, deva) });

const MAX_TTL_S = 30 * 60;

export const redisStoreChecks = {
  redis: {
    title: t('Redis tak pahunch', 'Redis is reachable', 'Redis तक पहुँच है'),
    expected: t(
      '`--redis redis://127.0.0.1:6379` aur PING ka jawab',
      '`--redis redis://127.0.0.1:6379` and an answer to PING',
      '`--redis redis://127.0.0.1:6379` और PING का जवाब',
    ),
    hint: hint(
      'connect-redis-setup',
      'Check ko wahi Redis URL dijiye jo aapka app use karta hai',
      'Give the check the Redis URL your app uses',
      'Check को वही Redis URL दीजिए जो आपका app इस्तेमाल करता है',
    ),
  },
  signedCookie: {
    title: t(
      'Login ke baad express-session ki cookie `s:<sid>.<sig>`',
      'After login an express-session cookie `s:<sid>.<sig>`',
      'Login के बाद express-session वाली cookie, जो `s:<sid>.<sig>` जैसी दिखती है',
    ),
    expected: t(
      '200 aur `s:` se shuru hoti session cookie',
      '200 and a session cookie starting with `s:`',
      '200 और ऐसी session cookie जो `s:` से शुरू होती है',
    ),
    hint: hint(
      'connect-redis-setup',
      'Pehle `login` exercise; cookie express-session hi banaye',
      'Finish `login` first; let express-session make the cookie',
      'पहले `login` पूरा कीजिए; cookie express-session को ही बनाने दीजिए',
    ),
  },
  keyExists: {
    title: t('Redis mein `sess:<sid>` hai', 'Redis holds `sess:<sid>`', 'Redis में `sess:<sid>` मौजूद है'),
    expected: t('key `sess:<sid>` maujood', 'the key `sess:<sid>` exists', 'Key `sess:<sid>` मौजूद है'),
    hint: hint(
      'connect-redis-setup',
      '`store: new RedisStore({ client })`; `prefix` default `sess:` rehne dijiye',
      '`store: new RedisStore({ client })`; keep the default `prefix` `sess:`',
      '`store: new RedisStore({ client })`; `prefix` को उसके default `sess:` पर ही रहने दीजिए',
    ),
  },
  ttl: {
    title: t('Key ka TTL 30 minute se zyada nahi', 'The key’s TTL is at most 30 minutes', 'Key का TTL 30 मिनट से ज़्यादा नहीं है'),
    expected: t(`0 < TTL ≤ ${MAX_TTL_S} s`, `0 < TTL ≤ ${MAX_TTL_S} s`, `0 < TTL ≤ ${MAX_TTL_S} s`),
    hint: hint(
      'ttl-and-touch',
      'connect-redis TTL cookie ke `expires` se leta hai: `cookie.maxAge: 30 * 60 * 1000`; apna lamba `ttl` mat dijiye',
      'connect-redis takes the TTL from the cookie’s `expires`: `cookie.maxAge: 30 * 60 * 1000`; do not pass a longer `ttl`',
      'connect-redis TTL cookie के `expires` से लेता है: `cookie.maxAge: 30 * 60 * 1000` रखिए; अपनी तरफ़ से लंबा `ttl` मत दीजिए',
    ),
  },
  holdsUser: {
    title: t('Key mein logged-in user hai', 'The key holds the logged-in user', 'Key में logged-in user है'),
    expected: t('JSON mein `user.username: "riya"`', '`user.username: "riya"` in the JSON', 'JSON में `user.username: "riya"`'),
    hint: hint(
      'what-connect-redis-sends',
      'Login par `req.session.user = { username }`',
      'At login, `req.session.user = { username }`',
      'Login पर `req.session.user = { username }` रखिए',
    ),
  },
  goneAfterLogout: {
    title: t('Logout ke baad key gayab', 'After logout the key is gone', 'Logout के बाद key हट चुकी है'),
    expected: t('`sess:<sid>` maujood nahi', '`sess:<sid>` does not exist', '`sess:<sid>` मौजूद नहीं है'),
    hint: hint(
      'connect-redis-setup',
      '`req.session.destroy()` store se `DEL` karwata hai',
      '`req.session.destroy()` makes the store `DEL` it',
      '`req.session.destroy()` से store उस key को `DEL` करता है',
    ),
  },
} satisfies Record<string, CheckSpec>;

function parseJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

export async function checkRedisStore(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('redis-store');
  if (context.redisUrl === null) {
    r.check(
      false,
      redisStoreChecks.redis,
      '—',
      t(
        '`--redis` nahi diya; yeh exercise Redis ke bina check nahi ho sakta',
        'no `--redis` given; this exercise cannot be checked without Redis',
        '`--redis` नहीं दिया गया; यह exercise Redis के बिना जाँची नहीं जा सकती',
      ),
    );
    return r.lines;
  }
  let client: GraderRedis;
  try {
    client = await connectRedis(context.redisUrl);
  } catch (error) {
    r.check(false, redisStoreChecks.redis, `PING ${context.redisUrl.host}`, error instanceof Error ? error.message : String(error));
    return r.lines;
  }
  try {
    const riya = visitor(context);
    const login = await riya.post('/login', RIYA);
    const cookie = sessionCookieOf(login);
    const sid = cookie === null ? null : sessionIdOf(cookie.value);
    if (!r.expect(login.status === 200 && sid !== null, redisStoreChecks.signedCookie, login, true) || sid === null) return r.lines;

    const key = `sess:${sid}`;
    const stored = await client.get(key);
    if (
      !r.check(
        stored !== null,
        redisStoreChecks.keyExists,
        `GET ${key.slice(0, 14)}…`,
        stored === null ? '(nil)' : t('maujood', 'exists', 'मौजूद है'),
      )
    )
      return r.lines;
    const ttl = await client.ttl(key);
    r.check(ttl > 0 && ttl <= MAX_TTL_S, redisStoreChecks.ttl, `TTL ${key.slice(0, 14)}…`, `${ttl}`);
    r.check(
      hasUser(parseJson(stored), RIYA.username),
      redisStoreChecks.holdsUser,
      `GET ${key.slice(0, 14)}…`,
      (stored ?? '').slice(0, 120),
    );

    const logout = await riya.post('/logout');
    const left = await client.exists(key);
    r.check(
      logout.status === 200 && left === 0,
      redisStoreChecks.goneAfterLogout,
      `${logout.sent} → ${logout.status}, EXISTS ${key.slice(0, 14)}…`,
      `${left}`,
    );
    return r.lines;
  } finally {
    client.destroy();
  }
}
