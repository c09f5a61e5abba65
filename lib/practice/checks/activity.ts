import { type CheckContext, type CheckLine, type CheckSpec, randomWord, Recorder, t, visitor } from '../check-kit';
import type { Exchange } from '../http-client';

const hint = (anchor: string, hi: string, en: string, deva: string) => ({ slug: 'tracking-activity', anchor, text: t(hi, en, deva) });

export const ACTIVITY_LIMIT = 10;

export const activityChecks = {
  pageAnswers: {
    title: t('`GET /pages/<name>` jawab deta hai', '`GET /pages/<name>` answers', '`GET /pages/<name>` जवाब देता है'),
    expected: t('2xx', '2xx', '2xx'),
    hint: hint(
      'activity-in-session',
      "`app.get('/pages/:name', …)` visit record kare aur jawab de",
      "`app.get('/pages/:name', …)` records the visit and answers",
      "`app.get('/pages/:name', …)` visit को दर्ज करे और जवाब दे",
    ),
  },
  newestFirst: {
    title: t(
      '`GET /activity`: visits `{path, at}`, naye pehle',
      '`GET /activity`: visits `{path, at}`, newest first',
      '`GET /activity`: visits `{path, at}`, सबसे नई पहले',
    ),
    expected: t(
      '200 `{"visits":[…]}` jismein abhi ke pages ulte kram mein',
      '200 `{"visits":[…]}` with the pages just visited in reverse order',
      '200 `{"visits":[…]}`, जिसमें अभी खोले गए pages उल्टे क्रम में हों',
    ),
    hint: hint(
      'activity-in-session',
      'Nayi visit list ke shuru mein (`unshift`), aur `at` ek time',
      'A new visit goes to the front (`unshift`), and `at` is a time',
      'नई visit list में सबसे आगे जाती है (`unshift`), और `at` एक समय है',
    ),
  },
  capped: {
    title: t(
      `Zyada se zyada ${ACTIVITY_LIMIT} visits, sabse nayi`,
      `At most ${ACTIVITY_LIMIT} visits, the newest`,
      `ज़्यादा से ज़्यादा ${ACTIVITY_LIMIT} visits, सबसे नई वाली`,
    ),
    expected: t(
      `theek ${ACTIVITY_LIMIT}, sabse naye ${ACTIVITY_LIMIT} pages naye-pehle kram mein`,
      `exactly ${ACTIVITY_LIMIT}, the newest ${ACTIVITY_LIMIT} pages, newest first`,
      `ठीक ${ACTIVITY_LIMIT}, सबसे नए ${ACTIVITY_LIMIT} pages, सबसे नया पहले`,
    ),
    hint: hint(
      'keep-it-small',
      `List ko \`slice(0, ${ACTIVITY_LIMIT})\` se chhota rakhiye: session har request par load hota hai`,
      `Trim the list with \`slice(0, ${ACTIVITY_LIMIT})\`: the session is loaded on every request`,
      `List को \`slice(0, ${ACTIVITY_LIMIT})\` से छोटा रखिए: session हर request पर load होता है`,
    ),
  },
  ownActivity: {
    title: t('Har visitor ki apni activity', 'Every visitor has their own activity', 'हर visitor की अपनी अलग activity है'),
    expected: t('naye visitor ke liye `{"visits":[]}`', '`{"visits":[]}` for a new visitor', 'नए visitor के लिए `{"visits":[]}`'),
    hint: hint(
      'activity-in-session',
      'Visits `req.session` mein, kisi global list mein nahi',
      'Visits live in `req.session`, not in a global list',
      'Visits `req.session` में रखिए, किसी global list में नहीं',
    ),
  },
} satisfies Record<string, CheckSpec>;

interface Visit {
  readonly path: string;
  readonly at: number;
}

/** `{visits: [{path, at}]}` with `at` as ms, or null when the shape is wrong. */
export function visitsOf(json: unknown): Visit[] | null {
  if (typeof json !== 'object' || json === null) return null;
  const visits = (json as { visits?: unknown }).visits;
  if (!Array.isArray(visits)) return null;
  const result: Visit[] = [];
  for (const visit of visits) {
    if (typeof visit !== 'object' || visit === null) return null;
    const { path, at } = visit as { path?: unknown; at?: unknown };
    const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : Number.NaN;
    if (typeof path !== 'string' || !Number.isFinite(ms)) return null;
    result.push({ path, at: ms });
  }
  return result;
}

/** The visits are exactly these paths, in this order, with times in [since, now] that never go up. */
export function matchesVisits(visits: Visit[] | null, paths: readonly string[], since: number, now: number): boolean {
  if (visits === null || visits.length !== paths.length) return false;
  const slack = 60_000;
  return visits.every(
    (visit, index) =>
      visit.path === paths[index] &&
      visit.at >= since - slack &&
      visit.at <= now + slack &&
      (index === 0 || visit.at <= (visits[index - 1]?.at ?? 0)),
  );
}

function gotVisits(exchange: Exchange): string {
  const visits = visitsOf(exchange.json);
  return visits === null
    ? `${exchange.status} ${exchange.text.slice(0, 80)}`
    : `${exchange.status} [${visits.map((visit) => visit.path).join(', ')}]`;
}

export async function checkActivity(context: CheckContext): Promise<readonly CheckLine[]> {
  const r = new Recorder('activity');
  const since = Date.now();
  const reader = visitor(context);
  await reader.get('/');
  const paths = Array.from({ length: 15 }, (_, index) => `/pages/${randomWord(5)}${index}`);

  for (const path of paths.slice(0, 3)) {
    const page = await reader.get(path);
    if (!r.expect(page.status >= 200 && page.status < 300, activityChecks.pageAnswers, page)) return r.lines;
  }
  const three = await reader.get('/activity');
  const newestThree = paths.slice(0, 3).reverse();
  r.check(
    three.status === 200 && matchesVisits(visitsOf(three.json), newestThree, since, Date.now()),
    activityChecks.newestFirst,
    `GET ${paths.slice(0, 3).join(', GET ')}, GET /activity`,
    gotVisits(three),
  );

  for (const path of paths.slice(3)) await reader.get(path);
  const all = await reader.get('/activity');
  const newestTen = paths.slice(-ACTIVITY_LIMIT).reverse();
  r.check(
    all.status === 200 && matchesVisits(visitsOf(all.json), newestTen, since, Date.now()),
    activityChecks.capped,
    `GET /pages/… × ${paths.length}, GET /activity`,
    gotVisits(all),
  );

  const other = visitor(context);
  await other.get('/');
  const own = await other.get('/activity');
  r.check(
    own.status === 200 && matchesVisits(visitsOf(own.json), [], since, Date.now()),
    activityChecks.ownActivity,
    'GET /, GET /activity (2)',
    gotVisits(own),
  );
  return r.lines;
}
