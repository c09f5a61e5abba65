import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';
import { startAppServer, type AppServer } from './support/servers';
import { format } from '@/lib/i18n/format';
import { labsMessages } from '@/lib/i18n/messages/labs';
import { lanIPv4s } from '@/lib/instructor/network';

/*
 * A live class: an instructor's dashboard and several student browsers at once. It counts and
 * resets the class, so it runs on a server of its own (the shared one serves the other suites
 * in parallel); handouts and the projector layout, which only read, use the shared server.
 */

const instructorToken = () =>
  process.env.INSTRUCTOR_TOKEN?.trim() || readFileSync(join(process.cwd(), '.data', 'instructor-token'), 'utf8').trim();

let nextAddress = 0;
const address = () => `10.21.${Math.floor(Math.random() * 250)}.${++nextAddress % 250}`;

async function joinAs(page: Page, nickname: string) {
  const input = page.getByLabel(/^(Nickname|Change your nickname)$/);
  await waitForHydration(input);
  await input.fill(nickname);
  await page.getByRole('button', { name: /^(Join|Save)$/ }).click();
}

function row(dashboard: Page, nickname: string) {
  return dashboard.locator(`[data-testid="student-row"][data-nickname="${nickname}"]`);
}

test.describe('a live class on a server of its own', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let server: AppServer | undefined;
  let origin = '';

  test.beforeAll(async () => {
    server = await startAppServer({});
    origin = server.origin;
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  async function student(browser: Browser): Promise<BrowserContext> {
    return browser.newContext({ baseURL: origin, extraHTTPHeaders: { 'x-forwarded-for': address() } });
  }

  async function instructorPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<Page> {
    const context = await browser.newContext({ baseURL: origin, viewport, extraHTTPHeaders: { 'x-forwarded-for': address() } });
    expect((await context.request.post('/api/instructor/login', { data: { token: instructorToken() } })).status()).toBe(204);
    return context.newPage();
  }

  test('students join with nicknames; the dashboard shows each one: where, quiz first tries, cart, stuck after three wrong answers', async ({
    browser,
  }) => {
    const dashboard = await instructorPage(browser);
    await dashboard.goto('/en/instructor');
    await expect(dashboard.getByText('Nobody has joined yet.', { exact: false })).toBeVisible();
    await expect(dashboard.getByText('this is exactly what a session is for', { exact: false })).toBeVisible();

    const [asha, bilal, chitra] = await Promise.all([student(browser), student(browser), student(browser)]);
    const pages = await Promise.all([asha!.newPage(), bilal!.newPage(), chitra!.newPage()]);
    const [a, b, c] = pages as [Page, Page, Page];
    await Promise.all(pages.map((page) => page.goto('/en/join')));

    // Hostile input is refused and changes nothing.
    await joinAs(a, '<img src=x onerror=alert(1)>');
    await expect(a.getByTestId('join-status')).toHaveText(/That nickname cannot be used/);
    const refused = await asha!.request.post('/api/class/join', { data: { nickname: 'a\u202eb' } });
    expect(refused.status()).toBe(400);

    await joinAs(a, 'Asha');
    await joinAs(b, '  Bilal  ');
    await joinAs(c, 'Chitra');
    await expect(a.getByTestId('joined-as')).toHaveText('You are in the class as Asha.');
    await expect(b.getByTestId('joined-as')).toHaveText('You are in the class as Bilal.');
    await expect(dashboard.getByTestId('student-count')).toHaveText('3');
    await expect(row(dashboard, 'Asha')).toBeVisible();

    // Where each one is, as her page reports it.
    await a.goto('/en/learn/cookies-101#attributes');
    await expect(row(dashboard, 'Asha').getByTestId('student-place')).toContainText('Cookies 101');
    await expect(row(dashboard, 'Asha').getByTestId('student-place')).toContainText('Attributes');
    await b.goto('/en/lab/cart');
    expect((await bilal!.request.post('/api/demo/cart', { data: { productId: 'chai', qty: 2 } })).status()).toBe(200);
    await expect(row(dashboard, 'Bilal').getByTestId('student-place')).toContainText('Cart');
    await expect(row(dashboard, 'Bilal').getByTestId('student-cart')).toHaveText('2');

    // Chitra: the first question right, then three wrong answers in a row (a retry counts too).
    await c.goto('/en/learn/cookies-101#quiz');
    const quiz = c.locator('[data-quiz="cookies-101"]');
    const first = quiz.getByRole('button', { name: /60 seconds/ });
    await waitForHydration(first);
    await first.click();
    await expect(row(dashboard, 'Chitra').getByTestId('student-quiz')).toHaveText('1 of 1');
    await quiz.getByRole('button', { name: /Yes, they are the same site/ }).click();
    await quiz.getByRole('button', { name: 'Try again' }).click();
    await quiz.getByRole('button', { name: /Yes, if it has/ }).click();
    await expect(row(dashboard, 'Chitra')).toHaveAttribute('data-stuck', 'no');
    await quiz.getByRole('button', { name: /It is sent only over HTTPS/ }).click();
    await expect(row(dashboard, 'Chitra').getByTestId('student-quiz')).toHaveText('1 of 3');
    await expect(row(dashboard, 'Chitra')).toHaveAttribute('data-stuck', 'yes');
    await expect(row(dashboard, 'Chitra').getByTestId('student-stuck')).toContainText('3 wrong answers in a row');
    await expect(dashboard.getByTestId('stuck-count')).toHaveText('1');
    // Sorted stuck first.
    await expect(dashboard.getByTestId('student-row').first()).toHaveAttribute('data-nickname', 'Chitra');

    // A nickname can change; the row keeps its place.
    await a.goto('/en/join');
    await expect(a.getByTestId('joined-as')).toHaveText('You are in the class as Asha.');
    await joinAs(a, 'Asha K');
    await expect(a.getByTestId('join-status')).toHaveText('Saved: you are now Asha K.');
    await expect(row(dashboard, 'Asha K')).toBeVisible();
    await expect(row(dashboard, 'Asha')).toHaveCount(0);

    // Filter and search.
    await dashboard.getByLabel('Show').selectOption('stuck');
    await expect(dashboard.getByTestId('student-row')).toHaveCount(1);
    await dashboard.getByLabel('Show').selectOption('all');
    await dashboard.getByLabel('Find a student or a lesson').fill('bil');
    await expect(dashboard.getByTestId('student-row')).toHaveCount(1);
    await expect(dashboard.getByTestId('student-row')).toHaveAttribute('data-nickname', 'Bilal');

    // The full nickname only ever appears as text.
    expect(await dashboard.locator('img[src="x"]').count()).toBe(0);
    await Promise.all([asha!.close(), bilal!.close(), chitra!.close(), dashboard.context().close()]);
  });

  test('a student on one section for 5 minutes is flagged stuck when the dashboard clock moves on', async ({ browser }) => {
    const dashboard = await instructorPage(browser);
    await dashboard.clock.install();
    await dashboard.goto('/en/instructor');
    const dev = await student(browser);
    const page = await dev.newPage();
    await page.goto('/en/join');
    await joinAs(page, 'Dev');
    await expect(page.getByTestId('joined-as')).toBeVisible();
    await page.goto('/en/learn/what-is-a-session');
    await expect(row(dashboard, 'Dev').getByTestId('student-place')).toContainText('What is a session?');
    await expect(row(dashboard, 'Dev')).toHaveAttribute('data-stuck', 'no');

    await dashboard.clock.fastForward('04:00');
    await expect(row(dashboard, 'Dev').getByTestId('student-idle')).toHaveText(/^4:0\d$/);
    await expect(row(dashboard, 'Dev')).toHaveAttribute('data-stuck', 'no');
    await dashboard.clock.fastForward('01:05');
    await expect(row(dashboard, 'Dev')).toHaveAttribute('data-stuck', 'yes');
    await expect(row(dashboard, 'Dev').getByTestId('student-stuck')).toContainText('5+ min on one section');
    // A longer threshold un-flags her.
    await dashboard.getByLabel('Stuck after, minutes on one section').selectOption('10');
    await expect(row(dashboard, 'Dev')).toHaveAttribute('data-stuck', 'no');
    await Promise.all([dev.close(), dashboard.context().close()]);
  });

  test('the dashboard fits one screen with 30 students; the join chart counts students and keeps its history across a reset', async ({
    browser,
  }) => {
    const joiners = await Promise.all(Array.from({ length: 30 }, () => student(browser)));
    await Promise.all(
      joiners.map(async (context, index) => {
        expect((await context.request.post('/api/class/join', { data: { nickname: `Student ${index + 1}` } })).status()).toBe(200);
        // A login regenerates the session ID: still one student.
        if (index % 3 === 0) await context.request.post('/api/demo/login', { data: { username: 'riya', password: 'chai-1234' } });
        expect(
          (
            await context.request.post('/api/class/report', {
              data: { kind: 'place', path: '/en/learn/cookies-101', section: 'attributes' },
            })
          ).status(),
        ).toBe(204);
      }),
    );
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const dashboard = await instructorPage(browser, viewport);
      await dashboard.goto('/en/instructor');
      await expect(row(dashboard, 'Student 30')).toBeAttached();
      const { scrollHeight, innerHeight, scrollWidth, innerWidth } = await dashboard.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        innerHeight: window.innerHeight,
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      await dashboard.context().close();
    }

    const dashboard = await instructorPage(browser);
    await dashboard.goto('/en/instructor');
    await dashboard.getByRole('tab', { name: 'Joining' }).click();
    const summary = dashboard.getByTestId('joins-summary');
    const before = Number(/(\d+) students joined/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(before).toBeGreaterThanOrEqual(30);
    await expect(dashboard.getByTestId('joins-value').first()).toBeVisible();

    // Reset: the sessions go, the history stays with the reset marked, and a student who
    // joins again under the same nickname is not counted twice.
    const reset = await dashboard.context().request.post('/api/instructor/reset');
    expect(reset.status()).toBe(200);
    await expect(dashboard.getByTestId('joins-reset')).toHaveCount(1);
    await expect(dashboard.getByTestId('session-count')).toHaveText('0');
    expect((await joiners[0]!.request.post('/api/class/join', { data: { nickname: 'Student 1' } })).status()).toBe(200);
    await expect(dashboard.getByTestId('student-count')).toHaveText('1');
    await expect(summary).toContainText(`${before} students joined`);
    await Promise.all([...joiners.map((context) => context.close()), dashboard.context().close()]);
  });

  test('a joined student is told when the instructor reset the class, and can join again', async ({ browser }) => {
    const dashboard = await instructorPage(browser);
    const eva = await student(browser);
    const page = await eva.newPage();
    await page.goto('/en/join');
    await joinAs(page, 'Eva');
    await expect(page.getByTestId('joined-as')).toBeVisible();
    await page.goto('/en/lab/cart');
    expect((await dashboard.context().request.post('/api/instructor/reset')).status()).toBe(200);
    await page.reload();
    const notice = page.getByTestId('class-ended');
    await expect(notice).toHaveText(/Your instructor reset the class/);
    // On a phone the sentence keeps a line's width and the buttons wrap below it (it once
    // shrank to one word per line under them).
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(async () => (await notice.locator('p').boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(240);
    await notice.getByRole('link', { name: 'Join again' }).click();
    await expect(page).toHaveURL(/\/en\/join$/);

    await joinAs(page, 'Eva');
    await expect(page.getByTestId('joined-as')).toBeVisible();
    expect((await dashboard.context().request.post('/api/instructor/expire-all')).status()).toBe(200);
    await page.goto('/hi-latn/learn/cookies-101');
    await expect(page.getByTestId('class-ended')).toHaveText(/Aapke instructor ne saare sessions khatam kar diye/);
    await Promise.all([eva.close(), dashboard.context().close()]);
  });

  test('the join slide: a QR code over a third of the screen, the address on one line, the class language, the address checked', async ({
    browser,
  }) => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const slide = await instructorPage(browser, viewport);
      await slide.goto('/en/instructor');
      await slide.getByTestId('open-join-slide').click();
      await expect(slide).toHaveURL(/\/en\/instructor\/join$/);
      await slide.locator('[data-join-slide]').getByRole('link', { name: 'Hinglish', exact: true }).click();
      await expect(slide.getByTestId('class-language')).toHaveText('Hinglish');
      const url = slide.getByTestId('join-url');
      await expect(url).toHaveText(new RegExp(`^http://[0-9.]+:${server!.port}/hi-latn/join$`));
      const qr = slide.getByTestId('join-qr');
      const qrBox = await qr.boundingBox();
      expect(qrBox!.height).toBeGreaterThanOrEqual(viewport.height / 3);
      // One line, inside the screen.
      const line = await url.evaluate((element) => ({
        lines: Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight || '1')),
        right: element.getBoundingClientRect().right,
        scroll: element.scrollWidth - element.clientWidth,
      }));
      expect(line.lines).toBe(1);
      expect(line.right).toBeLessThanOrEqual(viewport.width);
      expect(line.scroll).toBeLessThanOrEqual(0);
      await expect(slide.getByTestId('address-check')).toHaveAttribute('data-state', 'ok');
      await expect(slide.getByTestId('address-check')).toHaveText('Checked: this address answers from this computer.');
      // The address on the slide is the one that answers.
      const health = await slide.context().request.get(`${(await url.textContent())!.replace(/\/hi-latn\/join$/, '')}/api/health`);
      expect(health.status()).toBe(200);
      await slide.context().close();
    }
  });
});

test.describe('handouts', () => {
  for (const { segment, recap, quizTitle } of [
    { segment: 'en', recap: 'Remember', quizTitle: 'Quiz' },
    { segment: 'hi-latn', recap: 'Yaad rakhiye', quizTitle: 'Quiz' },
  ]) {
    test(`${segment}: a lesson handout has the title, key ideas, recap, the quiz without answers and a QR code back`, async ({ page }) => {
      await page.goto(`/${segment}/learn/cookies-101/handout`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cookies 101');
      await expect(page.locator('#what-you-will-learn')).toBeVisible();
      await expect(page.getByRole('heading', { name: recap })).toBeVisible();
      const quiz = page.getByTestId('handout-quiz');
      await expect(quiz.getByRole('heading', { name: quizTitle })).toBeVisible();
      await expect(quiz.locator('ol > li')).toHaveCount(4);
      const html = await page.content();
      // Every option is there, but nothing says which is right or why.
      expect(html).toContain(segment === 'en' ? '60 seconds' : '60 second');
      expect(html).not.toContain(segment === 'en' ? 'Order does not matter' : 'Kram maayne nahi rakhta');
      await expect(page.getByRole('button', { name: /Try again|Phir try/ })).toHaveCount(0);
      await expect(page.getByTestId('handout-qr').locator('[role="img"]')).toHaveAccessibleName(
        new RegExp(`/${segment}/learn/cookies-101$`),
      );
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByTestId('handout-sections').locator('li').first()).toBeVisible();
    });
  }

  test('the course handout has every lesson, each with its recap', async ({ page }) => {
    await page.goto('/en/learn/handout');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Course handout');
    const lessons = page.getByTestId('handout-lesson');
    await expect(lessons).toHaveCount(13);
    await expect(lessons.first().getByRole('heading', { name: 'Remember' })).toBeVisible();
    await expect(page.getByTestId('handout-qr').locator('[role="img"]')).toHaveAccessibleName(/\/en\/learn$/);
  });
});

test.describe('projector layout', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('pathshala.presenter', 'on'));
  });

  test('a lab: demo and inspector side by side, → stops at the inspector, a long Set-Cookie wraps', async ({ page }) => {
    await page.goto('/en/lab/cart');
    await expect(page.locator('html')).toHaveAttribute('data-presenter', '');
    const add = page.getByRole('button', { name: /Add/ }).first();
    await waitForHydration(add);
    await add.click();
    const setCookie = page.getByTestId('last-set-cookie');
    await expect(setCookie).toContainText('pathshala.sid=');
    const demo = await page.locator('[data-lab-panel="demo"]').boundingBox();
    const inspector = await page.locator('[data-lab-panel="inspector"]').boundingBox();
    expect(inspector!.x).toBeGreaterThanOrEqual(demo!.x + demo!.width);
    expect(Math.abs(inspector!.y - demo!.y)).toBeLessThan(40);
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      inspector: [...document.querySelectorAll('[data-inspector] *')]
        .filter((element) => !element.classList.contains('sr-only'))
        .filter((element) => element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
        .map(
          (element) =>
            `${element.tagName}.${element.className} ${element.scrollWidth}>${element.clientWidth}: ${element.textContent?.slice(0, 60)}`,
        ),
    }));
    expect(overflow).toEqual({ page: 0, inspector: [] });
    const box = await setCookie.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);

    await page.locator('body').press('ArrowRight');
    await expect(page.locator('[data-inspector]').first()).toBeFocused();
  });

  test('a lesson: long code lines wrap instead of running off the right edge', async ({ page }) => {
    await page.goto('/en/learn/cookies-101');
    await expect(page.locator('html')).toHaveAttribute('data-presenter', '');
    const overflowing = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      pres: [...document.querySelectorAll('pre')].filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length,
    }));
    expect(overflowing).toEqual({ page: 0, pres: 0 });
  });
});

test.describe('the CSRF lab from a classroom address', () => {
  test('the other site is the same address in its IPv6 form; a forged link from it carries the Lax cookie', async ({ page, baseURL }) => {
    const t = labsMessages('en').csrf;
    const lan = lanIPv4s(networkInterfaces())[0];
    expect(lan, 'this machine needs a network address for this test').toBeTruthy();
    const origin = `http://${lan}:${new URL(baseURL!).port}`;
    await page.goto(`${origin}/en/lab/security/csrf`);
    await expect(page.getByTestId('csrf-lan-note')).toContainText(`You came in by the classroom address ${new URL(origin).host}`);
    const set = page.getByRole('button', { name: new RegExp(`^(${t.setCookies}|${t.setCookiesWithNone})$`) });
    await waitForHydration(set);
    await set.click();
    const mapped = new URL(`http://[::ffff:${lan}]:${new URL(baseURL!).port}`).host;
    const attacker = page.getByRole('link', { name: format(t.openAttacker, { host: mapped }) });
    await expect(attacker).toHaveAttribute(
      'href',
      new RegExp(`^http://${mapped.replace(/[[\].:]/g, '\\$&')}/api/lab/security/csrf/attacker\\?`),
    );
    await attacker.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.attackerTitle);
    await page.getByRole('link', { name: t.attackerLink }).click();
    await expect(page).toHaveURL(new RegExp(`^${origin}/`));
    await page.goto(`${origin}/en/lab/security/csrf`);
    await page.getByRole('button', { name: t.refresh }).click();
    await expect(page.getByTestId('csrf-link-lax')).toHaveText(t.sent);
    await expect(page.getByTestId('csrf-link-strict')).toHaveText(t.notSent);
  });
});
