import { type CheckContext, type CheckLine, type CheckSpec, Recorder, safeDecode, sessionCookieOf, t, visitor } from '../check-kit';

export const SEED_GREETING = 'User: John Doe, Age: 25';

const hint = (anchor: string, hi: string, en: string, deva: string) => ({ slug: 'what-is-a-session', anchor, text: t(hi, en, deva) });

export const seedAppChecks = {
  firstVisit: {
    title: t(
      'Pehli visit: greeting aur session cookie',
      'First visit: the greeting and a session cookie',
      'पहली visit पर greeting मिले और साथ में session cookie भी',
    ),
    expected: t(
      `200 \`${SEED_GREETING}\`, saath mein \`Set-Cookie\``,
      `200 \`${SEED_GREETING}\` with a \`Set-Cookie\``,
      `200 \`${SEED_GREETING}\`, साथ में \`Set-Cookie\``,
    ),
    hint: hint(
      'setup-code',
      'Seed ka route aur session middleware waise hi rakhiye',
      "Keep the seed's route and session middleware as they are",
      'Seed का route और session middleware जैसे हैं वैसे ही रहने दीजिए',
    ),
  },
  kept: {
    title: t(
      'Doosri visit usi cookie ke saath: wahi session',
      'Second visit with that cookie: the same session',
      'उसी cookie के साथ दूसरी visit: वही session',
    ),
    expected: t('200, aur koi nayi session cookie nahi', '200, and no new session cookie', '200, और कोई नई session cookie नहीं'),
    hint: hint(
      'step-cookie',
      'Cookie wapas aaye to server wahi session load kare; `cookie.secure: true` plain HTTP par cookie set hi nahi hone deta',
      'When the cookie comes back the server loads the same session; `cookie.secure: true` keeps it from being set over plain HTTP',
      'Cookie वापस आए तो server वही session load करे; `cookie.secure: true` सादे HTTP पर cookie set ही नहीं होने देता',
    ),
  },
  twoVisitors: {
    title: t('Do visitors, do alag session IDs', 'Two visitors, two different session IDs', 'दो visitors, दो अलग session IDs'),
    expected: t('doosre visitor ki cookie alag', "the second visitor's cookie differs", 'दूसरे visitor की cookie अलग है'),
    hint: hint(
      'step-session-id',
      'Session ID har visitor ke liye random banti hai; apna fixed `genid` mat likhiye',
      'The session ID is random per visitor; do not write a fixed `genid`',
      'Session ID हर visitor के लिए random बनती है; अपना fixed `genid` मत लिखिए',
    ),
  },
  tampered: {
    title: t(
      'Badli hui cookie: naya session, koi error nahi',
      'A tampered cookie: a new session, no error',
      'Tamper की गई cookie: नया session, कोई error नहीं',
    ),
    expected: t('200 greeting aur ek nayi, alag cookie', '200 greeting and a new, different cookie', '200 greeting और एक नई, अलग cookie'),
    hint: hint(
      'secret',
      'Signature match na ho to express-session cookie ko nazar-andaaz karke naya session banata hai',
      'On a bad signature express-session ignores the cookie and starts a new session',
      'Signature न मिले तो express-session cookie को नज़रअंदाज़ करके नया session शुरू करता है',
    ),
  },
} satisfies Record<string, CheckSpec>;

/** The value with one character of its signature (or its end) changed. */
export function tamperCookieValue(value: string): string {
  const decoded = safeDecode(value);
  const last = decoded.at(-1) ?? 'A';
  const changed = decoded.slice(0, -1) + (last === 'A' ? 'B' : 'A');
  return encodeURIComponent(changed);
}

export async function checkSeedApp(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('seed-app');
  const alice = visitor(context);
  const first = await alice.get('/');
  const cookie = sessionCookieOf(first);
  if (
    !r.expect(first.status === 200 && first.text.trim() === SEED_GREETING && cookie !== null, seedAppChecks.firstVisit, first, true) ||
    !cookie
  ) {
    return r.lines;
  }

  const second = await alice.get('/');
  const renewed = sessionCookieOf(second, cookie.name);
  r.expect(
    second.status === 200 && second.text.trim() === SEED_GREETING && (renewed === null || renewed.value === cookie.value),
    seedAppChecks.kept,
    second,
    true,
  );

  const bob = visitor(context);
  const other = await bob.get('/');
  const otherCookie = sessionCookieOf(other, cookie.name);
  r.check(
    other.status === 200 && otherCookie !== null && otherCookie.value !== cookie.value,
    seedAppChecks.twoVisitors,
    `${other.sent} (2)`,
    otherCookie === null
      ? t('doosre visitor ko cookie nahi mili', 'the second visitor got no cookie', 'दूसरे visitor को कोई cookie नहीं मिली')
      : otherCookie.value === cookie.value
        ? t('dono ko ek hi cookie', 'both got the same cookie', 'दोनों को एक ही cookie मिली')
        : `${cookie.name}=${otherCookie.value.slice(0, 12)}…`,
  );

  const forged = `${cookie.name}=${tamperCookieValue(cookie.value)}`;
  const tampered = await visitor(context).get('/', { cookie: forged });
  const fresh = sessionCookieOf(tampered, cookie.name);
  r.expect(
    tampered.status === 200 && tampered.text.trim() === SEED_GREETING && fresh !== null && fresh.value !== cookie.value,
    seedAppChecks.tampered,
    { ...tampered, sent: `GET / Cookie: ${forged.slice(0, 24)}…` },
    true,
  );
  return r.lines;
}
