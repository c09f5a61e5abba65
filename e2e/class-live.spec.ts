import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { useTheme, waitForHydration } from './helpers';
import { startAppServer, startRedisServer, type AppServer, type RedisServer } from './support/servers';
import { lessonQuizQuestions } from '@/lib/classroom/quiz-source';

/*
 * Follow-me and the live quiz: an instructor's presenter view and three student browsers at
 * once, first on a server of its own (the class state is server-wide), then on two instances
 * sharing one redis-server. Extra servers take ports from E2E_EXTRA_PORT_BASE when it is set.
 */

const instructorToken = () =>
  process.env.INSTRUCTOR_TOKEN?.trim() || readFileSync(join(process.cwd(), '.data', 'instructor-token'), 'utf8').trim();

const extraPort = (offset: number) => {
  const base = Number(process.env.E2E_EXTRA_PORT_BASE);
  return Number.isInteger(base) && base > 0 ? { port: base + offset } : {};
};

let nextAddress = 0;
const address = () => `10.22.${Math.floor(Math.random() * 250)}.${++nextAddress % 250}`;

const plain = (text: string) => text.replace(/`/g, '');
const quizEn = lessonQuizQuestions('en', 'cookies-101')!;
const quizHi = lessonQuizQuestions('hi', 'cookies-101')!;

async function joinAs(page: Page, locale: 'en' | 'hi', nickname: string) {
  await page.goto(`/${locale}/join`);
  const input = page.locator('input#nickname');
  await waitForHydration(input);
  await input.fill(nickname);
  await input.press('Enter');
  // Joined: the page remembers it (and may already be moving to where the class is).
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem('pathshala.class')).catch(() => null)).toBe('joined');
}

async function studentPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: origin, viewport, extraHTTPHeaders: { 'x-forwarded-for': address() } });
  return { context, page: await context.newPage() };
}

/** The instructor's lesson page in presenter view, signed in, 1920×1080 (a projector). */
async function presenterPage(browser: Browser, origin: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width: 1920, height: 1080 },
    extraHTTPHeaders: { 'x-forwarded-for': address() },
  });
  expect((await context.request.post('/api/instructor/login', { data: { token: instructorToken() } })).status()).toBe(204);
  await context.addInitScript(() => window.localStorage.setItem('pathshala.presenter', 'on'));
  return { context, page: await context.newPage() };
}

/** Brings the class to the instructor's current page (and the section at her reading line). */
async function bringClassHere(presenter: Page, section?: string) {
  const panel = presenter.getByTestId('live-class-panel');
  await expect(panel).toBeVisible();
  if (section !== undefined) {
    // Scrolled to the section and still there a frame later (widgets above may still be laying out).
    await expect
      .poll(() =>
        presenter.evaluate(async (id) => {
          const heading = document.getElementById(id)!;
          heading.scrollIntoView({ block: 'start', behavior: 'instant' });
          // As the presenter's → key leaves it.
          history.replaceState(history.state, '', `#${id}`);
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const top = heading.getBoundingClientRect().top;
          return top >= 0 && top <= window.innerHeight * 0.3;
        }, section),
      )
      .toBe(true);
  }
  const button = presenter.getByTestId('follow-here');
  await waitForHydration(button);
  await button.click();
}

test.describe('follow-me and the live quiz on a server of its own', () => {
  test.describe.configure({ mode: 'serial', timeout: 150_000 });
  let server: AppServer | undefined;
  let origin = '';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startAppServer({}, extraPort(0));
    origin = server.origin;
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test('the class stream is only for students who joined', async ({ browser }) => {
    const { context } = await studentPage(browser, origin);
    const refused = await context.request.get('/api/class/stream');
    expect(refused.status()).toBe(403);
    expect(refused.headers()['set-cookie']).toBeUndefined();
    expect((await context.request.get('/api/class/live')).status()).toBe(403);
    expect((await context.request.post('/api/class/quiz', { data: { run: 'x', option: 0 } })).status()).toBe(403);
    // The instructor's controls need the instructor cookie.
    expect((await context.request.post('/api/instructor/follow', { data: { kind: 'lab', path: 'lab/cart' } })).status()).toBe(401);
    expect(
      (await context.request.post('/api/instructor/quiz', { data: { action: 'start', slug: 'cookies-101', question: 0 } })).status(),
    ).toBe(401);
    await context.close();
  });

  test('follow-me moves every following student to a lesson section and a lab; one who leaves stays, and rejoins', async ({ browser }) => {
    const { context: instructor, page: presenter } = await presenterPage(browser, origin);
    const students = await Promise.all([
      studentPage(browser, origin),
      studentPage(browser, origin, { width: 360, height: 740 }),
      studentPage(browser, origin),
    ]);
    const [a, b, c] = students.map((student) => student.page) as [Page, Page, Page];
    await joinAs(a, 'en', 'Asha');
    await joinAs(b, 'en', 'Bilal');
    await joinAs(c, 'hi', 'Chitra');
    await Promise.all([
      a.goto('/en/learn/what-is-a-session'),
      b.goto('/en/learn/what-is-a-session'),
      c.goto('/hi/learn/what-is-a-session'),
    ]);

    await presenter.goto('/en/learn/cookies-101');
    await expect(presenter.getByTestId('live-joined')).toHaveText(/^3 joined$/);
    await bringClassHere(presenter, 'attributes');
    await expect(presenter.getByTestId('live-follow-state')).toContainText('cookies-101 § attributes');

    // Each student opens it in the language of her own pages, at the section.
    await expect(a).toHaveURL(/\/en\/learn\/cookies-101#attributes$/);
    await expect(b).toHaveURL(/\/en\/learn\/cookies-101#attributes$/);
    await expect(c).toHaveURL(/\/hi\/learn\/cookies-101#attributes$/);
    for (const page of [a, b, c]) await expect(page.locator('#attributes')).toBeInViewport();

    // A lab.
    await presenter.goto('/en/lab/cart');
    await bringClassHere(presenter);
    await expect(a).toHaveURL(/\/en\/lab\/cart$/);
    await expect(b).toHaveURL(/\/en\/lab\/cart$/);
    await expect(c).toHaveURL(/\/hi\/lab\/cart$/);

    // Bilal, on a 360 px phone, leaves follow mode with one tap.
    const leave = b.getByTestId('follow-leave');
    await expect(leave).toBeInViewport();
    const box = (await leave.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await leave.click();
    await expect(b.getByTestId('follow-bar')).toHaveAttribute('data-following', 'no');

    await presenter.goto('/en/learn/session-stores');
    await bringClassHere(presenter);
    await expect(a).toHaveURL(/\/en\/learn\/session-stores$/);
    await expect(c).toHaveURL(/\/hi\/learn\/session-stores$/);
    // The same push reached Bilal's stream too (his bar says where the class is), and he stayed.
    await expect(b.getByTestId('follow-rejoin')).toBeVisible();
    await expect(b).toHaveURL(/\/en\/lab\/cart$/);
    // He stays out across a reload too (the choice is remembered).
    await b.reload();
    await expect(b.getByTestId('follow-rejoin')).toBeVisible();
    await expect(b).toHaveURL(/\/en\/lab\/cart$/);

    // One tap, and he is where the class is.
    await b.getByTestId('follow-rejoin').click();
    await expect(b).toHaveURL(/\/en\/learn\/session-stores$/);
    await expect(b.getByTestId('follow-bar')).toHaveAttribute('data-following', 'yes');

    // The instructor stops leading: the bar goes, nobody moves.
    await presenter.getByTestId('follow-stop').click();
    await expect(a.getByTestId('follow-bar')).toHaveCount(0);
    await expect(a).toHaveURL(/\/en\/learn\/session-stores$/);

    await Promise.all([instructor.close(), ...students.map((student) => student.context.close())]);
  });

  test('a live quiz: three phones answer, one changes its mind, the projector counts, close and reveal show the explanation', async ({
    browser,
  }) => {
    const { context: instructor, page: presenter } = await presenterPage(browser, origin);
    // A fresh class: the students of the test before are still in the store.
    expect((await instructor.request.post('/api/instructor/reset')).status()).toBe(200);
    const students = await Promise.all([
      studentPage(browser, origin, { width: 360, height: 740 }),
      studentPage(browser, origin),
      studentPage(browser, origin),
    ]);
    const [a, b, c] = students.map((student) => student.page) as [Page, Page, Page];
    await joinAs(a, 'en', 'Asha');
    await joinAs(b, 'en', 'Bilal');
    await joinAs(c, 'hi', 'Chitra');
    await Promise.all([a.goto('/en/learn/cookies-101'), b.goto('/en/learn/cookies-101'), c.goto('/hi/learn/cookies-101')]);

    await presenter.goto('/en/learn/cookies-101');
    const start = presenter.getByTestId('live-quiz-start');
    await waitForHydration(start);
    await presenter.getByTestId('live-quiz-question').selectOption('0');
    await start.click();
    const projector = presenter.getByTestId('live-quiz-projector');
    await expect(projector).toHaveAttribute('data-status', 'open');
    await expect(projector).toContainText(plain(quizEn[0]!.prompt));

    // Each phone shows the question in its own page's language.
    for (const page of [a, b]) await expect(page.getByTestId('live-quiz')).toContainText(plain(quizEn[0]!.prompt));
    await expect(c.getByTestId('live-quiz')).toContainText(plain(quizHi[0]!.prompt));
    const option = (page: Page, index: number) => page.getByTestId(`live-option-${index}`);
    const optionBox = (await option(a, 0).boundingBox())!;
    expect(optionBox.height).toBeGreaterThanOrEqual(44);
    expect(optionBox.width).toBeGreaterThanOrEqual(300);

    await option(a, 1).click();
    await option(b, 0).click();
    await option(c, 2).click();
    for (const [page, index] of [
      [a, 1],
      [b, 0],
      [c, 2],
    ] as const)
      await expect(option(page, index)).toHaveAttribute('aria-pressed', 'true');
    const counts = () => Promise.all([0, 1, 2].map((index) => presenter.getByTestId(`live-bar-${index}`).getAttribute('data-count')));
    await expect.poll(counts).toEqual(['1', '1', '1']);
    await expect(presenter.getByTestId('live-answered')).toHaveText('3 of 3 answered');

    // Chitra changes her answer: still one answer, moved.
    await option(c, 1).click();
    await expect(option(c, 1)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(counts).toEqual(['1', '2', '0']);
    await expect(presenter.getByTestId('live-answered')).toHaveText('3 of 3 answered');

    await expect(a.getByTestId('live-quiz')).toBeInViewport();
    await a.screenshot({ path: 'docs/screenshots/live-quiz-phone-360-light.png' });
    await presenter.screenshot({ path: 'docs/screenshots/live-quiz-projector-1920x1080.png' });

    // Closed: no more changes, on the page or through the API.
    await presenter.getByTestId('live-quiz-close').click();
    await expect(projector).toHaveAttribute('data-status', 'closed');
    for (const page of [a, b, c]) await expect(page.getByTestId('live-quiz')).toHaveAttribute('data-status', 'closed');
    await expect(option(b, 1)).toBeDisabled();
    const run = (await (await students[1]!.context.request.get('/api/class/live')).json()) as { quiz: { run: string } };
    const late = await students[1]!.context.request.post('/api/class/quiz', { data: { run: run.quiz.run, option: 1 } });
    expect(late.status()).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('live_quiz_closed');
    await expect.poll(counts).toEqual(['1', '2', '0']);

    // Revealed: the right answer and why, on every phone and on the projector.
    await presenter.getByTestId('live-quiz-reveal').click();
    const right = quizEn[0]!.options.findIndex((candidate) => candidate.correct);
    await expect(presenter.getByTestId('live-projector-explanation')).toContainText(plain(quizEn[0]!.options[right]!.explanation));
    for (const page of [a, b])
      await expect(page.getByTestId('live-explanation')).toContainText(plain(quizEn[0]!.options[right]!.explanation));
    await expect(c.getByTestId('live-explanation')).toContainText(plain(quizHi[0]!.options[right]!.explanation));

    // The phone in dark mode, answering the next question.
    await presenter.getByTestId('live-quiz-question').selectOption('1');
    await presenter.getByTestId('live-quiz-start').click();
    await expect(a.getByTestId('live-quiz')).toContainText(plain(quizEn[1]!.prompt));
    await expect(option(a, 0)).toHaveAttribute('aria-pressed', 'false');
    await option(a, 0).click();
    await expect(option(a, 0)).toHaveAttribute('aria-pressed', 'true');
    const dark = await a.context().newPage();
    await useTheme(dark, 'dark');
    await dark.goto('/en/learn/cookies-101');
    await expect(option(dark, 0)).toHaveAttribute('aria-pressed', 'true');
    await dark.screenshot({ path: 'docs/screenshots/live-quiz-phone-360-dark.png' });
    await presenter.getByTestId('live-quiz-end').click();
    await expect(a.getByTestId('live-quiz')).toHaveCount(0);

    await Promise.all([instructor.close(), ...students.map((student) => student.context.close())]);
  });
});

test.describe('follow-me and the live quiz across two instances on one redis-server', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let redis: RedisServer;
  let one: AppServer;
  let two: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    redis = await startRedisServer();
    const env = { SESSION_STORE: 'redis', REDIS_URL: redis.url, SESSION_SECRET: 'class-live-multi-secret' };
    one = await startAppServer(env, extraPort(1));
    two = await startAppServer(env, extraPort(2));
  });

  test.afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await redis?.stop();
  });

  test('the instructor on one instance leads students on both; an answer given on the other reaches the projector', async ({ browser }) => {
    const { context: instructor, page: presenter } = await presenterPage(browser, one.origin);
    const onOne = await studentPage(browser, one.origin);
    const onTwo = await studentPage(browser, two.origin, { width: 360, height: 740 });
    await joinAs(onOne.page, 'en', 'Asha');
    await joinAs(onTwo.page, 'en', 'Bilal');
    await Promise.all([onOne.page.goto('/en/learn/what-is-a-session'), onTwo.page.goto('/en/learn/what-is-a-session')]);

    await presenter.goto('/en/learn/cookies-101');
    await expect(presenter.getByTestId('live-joined')).toHaveText(/^2 joined$/);
    await bringClassHere(presenter, 'attributes');
    await expect(onOne.page).toHaveURL(/\/en\/learn\/cookies-101#attributes$/);
    await expect(onTwo.page).toHaveURL(/\/en\/learn\/cookies-101#attributes$/);

    // A student who connects later, to the other instance, reads where the class is.
    const late = await studentPage(browser, two.origin);
    await joinAs(late.page, 'en', 'Chitra');
    await expect(late.page).toHaveURL(/\/en\/learn\/cookies-101#attributes$/);

    // The quiz: started on one, answered on two, counted on one's projector.
    await presenter.getByTestId('live-quiz-question').selectOption('0');
    await presenter.getByTestId('live-quiz-start').click();
    await onTwo.page.getByTestId('live-option-2').click();
    await expect(onTwo.page.getByTestId('live-option-2')).toHaveAttribute('aria-pressed', 'true');
    await expect(presenter.getByTestId('live-bar-2')).toHaveAttribute('data-count', '1');
    await onTwo.page.getByTestId('live-option-1').click();
    await expect(presenter.getByTestId('live-bar-1')).toHaveAttribute('data-count', '1');
    await expect(presenter.getByTestId('live-bar-2')).toHaveAttribute('data-count', '0');
    await presenter.getByTestId('live-quiz-reveal').click();
    await expect(onTwo.page.getByTestId('live-explanation')).toBeVisible();

    await Promise.all([instructor.close(), onOne.context.close(), onTwo.context.close(), late.context.close()]);
  });

  test('one class on both instances: the join chart counts students who joined on either, and a reset on one is explained on the other', async ({
    browser,
  }) => {
    const { context: instructor } = await presenterPage(browser, one.origin);
    const onOne = await studentPage(browser, one.origin);
    const onTwo = await studentPage(browser, two.origin);
    const chart = async () =>
      (await instructor.request.get(`${two.origin}/api/instructor/overview`)).json() as Promise<{
        joins: { total: number };
        students: { nickname: string }[];
      }>;
    const before = (await chart()).joins.total;
    await joinAs(onOne.page, 'en', 'Devika');
    await joinAs(onTwo.page, 'en', 'Esha');
    // The same nickname again, on the other instance, is the same student.
    const again = await studentPage(browser, one.origin);
    expect((await again.context.request.post('/api/class/join', { data: { nickname: 'ESHA' } })).status()).toBe(200);
    await expect.poll(async () => (await chart()).joins.total).toBe(before + 2);

    // Reset on one; the student on two is told who ended her session.
    expect((await instructor.request.post(`${one.origin}/api/instructor/reset`)).status()).toBe(200);
    await onTwo.page.goto('/en/lab/cart');
    // The notice comes once the page has hydrated and asked; with two servers, a redis-server and
    // four browsers on a loaded CI machine that took longer than the default 7 s once.
    await expect(onTwo.page.getByTestId('class-ended')).toHaveText(/Your instructor reset the class/, { timeout: 30_000 });
    const overview = await chart();
    expect(overview.students).toEqual([]);
    expect(overview.joins.total).toBe(before + 2);
    await Promise.all([instructor.close(), onOne.context.close(), onTwo.context.close(), again.context.close()]);
  });
});
