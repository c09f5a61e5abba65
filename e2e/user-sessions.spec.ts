import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { startAppServer, startRedisServer, type AppServer, type RedisServer } from './support/servers';

/*
 * "Your sessions" in the login lab (lesson: real-clients#try-it). On servers of its own: "log
 * out everywhere" as riya would log out every other spec that is logged in as riya.
 */

/** A browser of its own (its own cookie jar and client address), on the login lab of `origin`. */
async function openBrowser(browser: Browser, origin: string, address: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
  const page = await context.newPage();
  await page.goto(`${origin}/en/lab/login`);
  return page;
}

async function logIn(page: Page) {
  await page.getByLabel('Username').fill('riya');
  await page.getByLabel('Password').fill('chai-1234');
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(page.getByTestId('greeting')).toHaveText('Namaste, Riya!');
}

const rows = (page: Page) => page.getByTestId('session-row');

async function refreshList(page: Page, count: number) {
  await page.getByRole('button', { name: 'Refresh the list' }).click();
  await expect(rows(page)).toHaveCount(count);
}

async function expectLoggedOut(page: Page) {
  await page.reload();
  await expect(page.getByText('You are not logged in.')).toBeVisible();
  expect(await (await page.request.get(new URL('/api/demo/me', page.url()).toString())).json()).toEqual({ user: null });
}

for (const setup of ['one instance, memory store', 'two instances sharing one redis-server'] as const) {
  test.describe(`your sessions: ${setup}`, () => {
    test.describe.configure({ mode: 'serial', timeout: 150_000 });
    let redis: RedisServer | undefined;
    let first: AppServer;
    let second: AppServer;

    test.beforeAll(async () => {
      test.setTimeout(300_000);
      if (setup === 'one instance, memory store') {
        first = await startAppServer({ SESSION_SECRET: 'user-sessions-secret' });
        second = first;
      } else {
        redis = await startRedisServer();
        const env = { SESSION_STORE: 'redis', REDIS_URL: redis.url, SESSION_SECRET: 'user-sessions-secret' };
        first = await startAppServer(env);
        second = await startAppServer(env);
      }
    });

    test.afterAll(async () => {
      await first?.stop();
      if (second !== first) await second?.stop();
      await redis?.stop();
    });

    test('two browsers logged in as riya each list both sessions; "log out this one" ends the other', async ({ browser }) => {
      const laptop = await openBrowser(browser, first.origin, '10.77.0.1');
      const phone = await openBrowser(browser, second.origin, '10.77.0.2');
      await logIn(laptop);
      await logIn(phone);

      await refreshList(laptop, 2);
      await refreshList(phone, 2);
      for (const page of [laptop, phone]) {
        await expect(rows(page).and(page.locator('[data-current="true"]'))).toHaveCount(1);
        await expect(rows(page).first()).toContainText('Chrome');
      }
      // Only the first characters of a sid reach the page; the phone's cookie never does.
      const phoneCookie = (await phone.context().cookies()).find((cookie) => cookie.name === 'pathshala.sid')?.value ?? '';
      const phoneSid = decodeURIComponent(phoneCookie).slice(2).split('.')[0] ?? '';
      expect(phoneSid.length).toBeGreaterThan(20);
      await expect(laptop.getByTestId('user-sessions')).not.toContainText(phoneSid);
      const phoneRow = laptop.locator('[data-testid="session-row"][data-current="false"]');
      await expect(phoneRow).toContainText(`sid ${phoneSid.slice(0, 6)}…`);

      await phoneRow.getByRole('button', { name: /^Log out .*Chrome.* \(sid / }).click();
      await expect(laptop.getByTestId('user-sessions-status')).toHaveText(
        `Session ${phoneSid.slice(0, 6)}… ended. That browser is now logged out.`,
      );
      await expect(rows(laptop)).toHaveCount(1);
      await expect(rows(laptop)).toHaveAttribute('data-current', 'true');

      await expectLoggedOut(phone);
      await laptop.reload();
      await expect(laptop.getByTestId('greeting')).toHaveText('Namaste, Riya!');
      await laptop.getByRole('button', { name: 'Log out', exact: true }).click();
      await expect(laptop.getByText('You are not logged in.')).toBeVisible();
      await laptop.context().close();
      await phone.context().close();
    });

    test('"log out everywhere" ends every session of riya, this one included', async ({ browser }) => {
      const laptop = await openBrowser(browser, first.origin, '10.77.0.3');
      const phone = await openBrowser(browser, second.origin, '10.77.0.4');
      await logIn(laptop);
      await logIn(phone);
      await refreshList(phone, 2);

      await phone.getByRole('button', { name: 'Log out everywhere' }).click();
      await expect(phone.getByText('You are not logged in.')).toBeVisible();
      await expectLoggedOut(phone);
      await expectLoggedOut(laptop);
      await laptop.context().close();
      await phone.context().close();
    });

    test('the API names sessions by short ids and refuses a logged-out visitor', async ({ browser }) => {
      const page = await openBrowser(browser, first.origin, '10.77.0.5');
      const listed = await page.request.get(`${first.origin}/api/demo/sessions`);
      expect(listed.status()).toBe(401);
      expect((await listed.json()).error.code).toBe('not_logged_in');
      await logIn(page);
      const body = (await (await page.request.get(`${first.origin}/api/demo/sessions`)).json()) as { sessions: { id: string }[] };
      expect(body.sessions).toHaveLength(1);
      expect(body.sessions[0]?.id).toMatch(/^[A-Za-z0-9_-]{6}$/);
      const unknown = await page.request.delete(`${first.origin}/api/demo/sessions/zzzzzz`);
      expect(unknown.status()).toBe(404);
      expect((await unknown.json()).error.code).toBe('unknown_session');
      expect((await page.request.post(`${first.origin}/api/demo/logout`)).status()).toBe(200);
      await page.context().close();
    });

    // The layout does not depend on the store: checked once.
    if (setup === 'one instance, memory store')
      test('fits 360 px with tap targets of at least 44 px, and passes axe, in Hinglish', async ({ browser }) => {
        const context = await browser.newContext({
          viewport: { width: 360, height: 740 },
          extraHTTPHeaders: { 'x-forwarded-for': '10.77.0.6' },
        });
        const page = await context.newPage();
        await page.goto(`${first.origin}/hi-latn/lab/login`);
        await page.getByLabel('Username').fill('riya');
        await page.getByLabel('Password').fill('chai-1234');
        await page.getByRole('button', { name: 'Login kijiye', exact: true }).click();
        await expect(page.getByTestId('greeting')).toHaveText('Namaste, Riya!');
        await expect(rows(page)).toHaveCount(1);
        await expect(page.getByRole('heading', { name: /Aapke sessions/ })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        for (const name of [/ko logout kijiye$/, /^Sab jagah se logout$/, /^List refresh kijiye$/]) {
          const box = await page.getByRole('button', { name }).boundingBox();
          expect(box?.height, String(name)).toBeGreaterThanOrEqual(44);
          expect(box?.width, String(name)).toBeGreaterThanOrEqual(44);
        }
        await expectNoAxeViolations(page);
        await context.close();
      });
  });
}
