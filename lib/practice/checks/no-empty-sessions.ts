import { type CheckContext, type CheckLine, type CheckSpec, randomWord, Recorder, sessionCookieOf, t, visitor } from '../check-kit';
import { connectRedis, countSessionKeys, type GraderRedis } from './redis-client';
import { SEED_GREETING } from './seed-app';

const hint = (hi: string, en: string, deva: string) => ({ slug: 'session-options', anchor: 'save-uninitialized', text: t(hi, en, deva) });

export const noEmptySessionsChecks = {
  control: {
    title: t(
      '`GET /` ab bhi session banata hai (woh session mein likhta hai)',
      '`GET /` still makes a session (it writes into it)',
      '`GET /` अब भी session बनाता है (क्योंकि वह उसमें कुछ लिखता है)',
    ),
    expected: t(
      `200 \`${SEED_GREETING}\` aur \`Set-Cookie\``,
      `200 \`${SEED_GREETING}\` and a \`Set-Cookie\``,
      `200 \`${SEED_GREETING}\` और साथ में \`Set-Cookie\``,
    ),
    hint: hint(
      'Jis request ne session mein kuch likha, uska session save hota hai aur cookie jaati hai',
      'A request that wrote into the session gets it saved and a cookie sent',
      'जिस request ने session में कुछ लिखा, उसका session save होता है और cookie भेजी जाती है',
    ),
  },
  quiet: {
    title: t('Bina login, bina cart: koi cookie nahi', 'No login, no cart: no cookie', 'न login, न cart: तो कोई cookie नहीं'),
    expected: t('koi `Set-Cookie` nahi', 'no `Set-Cookie`', 'कोई `Set-Cookie` नहीं'),
    hint: hint(
      '`saveUninitialized: false` kijiye: khaali session na store mein jaaye na cookie mein',
      'Set `saveUninitialized: false`: an empty session goes neither to the store nor into a cookie',
      '`saveUninitialized: false` लगाइए: खाली session न store में जाए, न cookie में',
    ),
  },
  storeUntouched: {
    title: t('Store mein bhi kuch nahi (Redis)', 'Nothing in the store either (Redis)', 'Store में भी कुछ नहीं (Redis)'),
    expected: t(
      'in requests se pehle aur baad `sess:*` keys utni hi',
      'as many `sess:*` keys after these requests as before',
      'इन requests के बाद `sess:*` keys उतनी ही जितनी पहले थीं',
    ),
    hint: hint(
      'Cookie na bhejna kaafi nahi: `saveUninitialized: false` khaali session ko store mein bhi nahi likhta',
      'Sending no cookie is not enough: `saveUninitialized: false` also keeps the empty session out of the store',
      'सिर्फ़ cookie न भेजना काफ़ी नहीं: `saveUninitialized: false` खाली session को store में भी नहीं लिखने देता',
    ),
  },
} satisfies Record<string, CheckSpec>;

/** Redis, when the learner named one and it answers; the store check is skipped otherwise (redis-store reports that). */
async function optionalRedis(context: CheckContext): Promise<GraderRedis | null> {
  if (context.redisUrl === null) return null;
  try {
    return await connectRedis(context.redisUrl);
  } catch {
    return null;
  }
}

/** Requests a visitor makes before logging in or adding anything: none may start a session. */
function quietRequests(): string[] {
  return ['/me', '/cart', `/pages/${randomWord()}`, '/activity', `/${randomWord(8)}`, '/favicon.ico'];
}

export async function checkNoEmptySessions(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('no-empty-sessions');
  const redis = await optionalRedis(context);
  try {
    const before = redis === null ? 0 : await countSessionKeys(redis);
    const sent: string[] = [];
    for (const path of quietRequests()) {
      const exchange = await visitor(context).get(path);
      sent.push(exchange.sent);
      r.expect(exchange.status < 500 && exchange.setCookies.length === 0, noEmptySessionsChecks.quiet, exchange, true);
    }
    if (redis !== null) {
      const after = await countSessionKeys(redis);
      r.check(after === before, noEmptySessionsChecks.storeUntouched, sent.join(', '), `sess:* ${before} → ${after}`);
    }
  } finally {
    redis?.destroy();
  }
  const control = await visitor(context).get('/');
  r.expect(
    control.status === 200 && control.text.trim() === SEED_GREETING && sessionCookieOf(control) !== null,
    noEmptySessionsChecks.control,
    control,
    true,
  );
  return r.lines;
}
