import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations, waitForHydration } from './helpers';
import { startAppServer, type AppServer } from './support/servers';

/*
 * Instructor mode. The read-only checks use the shared test server; everything that counts
 * or empties the store runs against a second server of its own (port + 7), so resetting the
 * class never pulls sessions from under the other suites running in parallel.
 */

// Failed logins are limited per client address; give every test its own address.
test.beforeEach(async ({ context }, testInfo) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.77.${testInfo.workerIndex}.${Math.floor(Math.random() * 250) + 1}` });
});

let nextAddress = 0;
const address = () => `10.78.${Math.floor(Math.random() * 250)}.${++nextAddress % 250}`;

/** The token: INSTRUCTOR_TOKEN, else the one the server generated into `.data/instructor-token` at start. */
function instructorToken(): string {
  return process.env.INSTRUCTOR_TOKEN?.trim() || readFileSync(join(process.cwd(), '.data', 'instructor-token'), 'utf8').trim();
}

/** The sid inside a `pathshala.sid` cookie value (`s:<sid>.<signature>`, URL-encoded). */
function sidOf(cookieValue: string): string {
  return /^s:([^.]+)\./.exec(decodeURIComponent(cookieValue))?.[1] ?? '';
}

async function sessionSid(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((candidate) => candidate.name === 'pathshala.sid');
  return sidOf(cookie?.value ?? '');
}

async function loginAsInstructor(api: APIRequestContext, token = instructorToken()) {
  const response = await api.post('/api/instructor/login', { data: { token } });
  expect(response.status()).toBe(204);
}

interface Overview {
  sessionCount: number;
  loggedInCount: number;
  users: Record<string, number>;
  carts: { id: string; items: number; totalPaise: number }[];
  createdPerMinute: number[];
  rows: { id: string; sizeBytes: number; expires: string | null }[];
}

async function readOverview(api: APIRequestContext): Promise<Overview> {
  const response = await api.get('/api/instructor/overview');
  expect(response.status()).toBe(200);
  return (await response.json()) as Overview;
}

test.describe('instructor API on the shared server', () => {
  test('the overview refuses without the cookie, with a forged cookie and after a wrong token', async ({ playwright }) => {
    const api = await playwright.request.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address(), 'x-pathshala-locale': 'en' } });
    const refused = await api.get('/api/instructor/overview');
    expect(refused.status()).toBe(401);
    expect(refused.headers()['cache-control']).toBe('no-store');
    expect(await refused.json()).toEqual({
      error: { code: 'instructor_login_required', message: expect.stringContaining('Instructor login required') },
    });

    const wrong = await api.post('/api/instructor/login', { data: { token: 'not-the-token' } });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).error.code).toBe('wrong_token');
    expect(wrong.headers()['set-cookie']).toBeUndefined();
    expect((await api.get('/api/instructor/overview')).status()).toBe(401);

    const forged = await api.get('/api/instructor/overview', {
      headers: { cookie: `pathshala.instructor=v1.${Date.now() + 60_000}.${'A'.repeat(43)}` },
    });
    expect(forged.status()).toBe(401);

    await loginAsInstructor(api);
    expect((await api.get('/api/instructor/overview')).status()).toBe(200);
    await api.dispose();
  });

  test('wrong tokens are rate-limited per client address', async ({ playwright }) => {
    const api = await playwright.request.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address(), 'x-pathshala-locale': 'en' } });
    for (let attempt = 0; attempt < 5; attempt++)
      expect((await api.post('/api/instructor/login', { data: { token: `guess-${attempt}` } })).status()).toBe(401);
    const limited = await api.post('/api/instructor/login', { data: { token: instructorToken() } });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
    await api.dispose();
  });

  test('the class actions refuse a foreign Origin and a missing login', async ({ playwright }) => {
    const api = await playwright.request.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address() } });
    await loginAsInstructor(api);
    const foreign = await api.post('/api/instructor/reset', { headers: { origin: 'https://evil.example' } });
    expect(foreign.status()).toBe(403);
    const anonymous = await playwright.request.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address() } });
    expect((await anonymous.post('/api/instructor/reset')).status()).toBe(401);
    expect((await anonymous.post('/api/instructor/expire-all')).status()).toBe(401);
    await Promise.all([api.dispose(), anonymous.dispose()]);
  });
});

test.describe('dashboard page', () => {
  for (const { segment, login, title } of [
    { segment: 'en', login: 'Open the dashboard', title: 'Sessions in the store' },
    { segment: 'hi-latn', login: 'Dashboard kholiye', title: 'Store mein sessions' },
  ]) {
    test(`${segment}: a wrong token is refused, the right one opens the dashboard, which passes axe`, async ({ page }) => {
      await page.goto(`/${segment}/instructor`);
      await page.getByLabel('Instructor token').fill('wrong-token-here');
      await page.getByRole('button', { name: login }).click();
      await expect(page.getByRole('main').getByRole('status')).toHaveText(
        segment === 'en' ? 'That is not the instructor token.' : 'Yeh instructor token nahi hai.',
      );
      await expectNoAxeViolations(page);

      await page.getByLabel('Instructor token').fill(instructorToken());
      await page.getByRole('button', { name: login }).click();
      await expect(page.getByText(title, { exact: true })).toBeVisible();
      await expect(page.getByTestId('open-join-slide')).toHaveAttribute('href', `/${segment}/instructor/join`);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('presenter view on a lesson', () => {
  test('the toggle is remembered; ←/→ move between sections, i hides the inspector, ? lists the shortcuts, f goes full screen', async ({
    page,
  }) => {
    await page.goto('/en/learn/cookies-101');
    const toggle = page.getByRole('button', { name: 'Presenter view' });
    await waitForHydration(toggle);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-presenter', '');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-presenter', '');

    const ids = await page.locator('.lesson-prose > h2[id]').evaluateAll((headings) => headings.map((heading) => heading.id));
    expect(ids.length).toBeGreaterThan(2);
    await page.locator('body').press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
    await expect(page.locator(`[id="${ids[0]}"]`)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#${ids[2]}$`));
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));

    const inspector = page.locator('[data-inspector]').first();
    await expect(inspector).toBeAttached();
    await page.keyboard.press('i');
    await expect(inspector).toBeHidden();
    await page.keyboard.press('i');
    await expect(inspector).not.toBeHidden();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Next section')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

    await toggle.click();
    await expect(page.locator('html')).not.toHaveAttribute('data-presenter');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
  });
});

test.describe('on a server of its own', () => {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });
  let server: AppServer | undefined;
  let origin = '';
  let instructor: APIRequestContext;

  test.beforeAll(async ({ playwright }) => {
    server = await startAppServer({});
    origin = server.origin;
    instructor = await playwright.request.newContext({ baseURL: origin, extraHTTPHeaders: { 'x-forwarded-for': address() } });
    await loginAsInstructor(instructor);
  });

  test.afterAll(async () => {
    await instructor?.dispose();
    await server?.stop();
  });

  async function student(browser: Browser): Promise<BrowserContext> {
    return browser.newContext({ baseURL: origin, extraHTTPHeaders: { 'x-forwarded-for': address() } });
  }

  test('its counts match the store after logins from several browsers, and no full sid appears', async ({ browser }) => {
    expect((await instructor.post('/api/instructor/reset')).status()).toBe(200);
    const contexts = await Promise.all([student(browser), student(browser), student(browser), student(browser)]);
    const [riya1, aman, riya2, guest] = contexts as [BrowserContext, BrowserContext, BrowserContext, BrowserContext];
    for (const [context, username, password] of [
      [riya1, 'riya', 'chai-1234'],
      [aman, 'aman', 'samosa-1234'],
      [riya2, 'riya', 'chai-1234'],
    ] as const) {
      expect((await context.request.post('/api/demo/login', { data: { username, password } })).status()).toBe(200);
    }
    expect((await riya1.request.post('/api/demo/cart', { data: { productId: 'chai', qty: 2 } })).status()).toBe(200);
    expect((await guest.request.post('/api/demo/cart', { data: { productId: 'lassi', qty: 1 } })).status()).toBe(200);

    const overview = await readOverview(instructor);
    expect(overview).toMatchObject({ sessionCount: 4, loggedInCount: 3, users: { riya: 2, aman: 1 } });
    expect(overview.rows).toHaveLength(4);
    expect(overview.carts.map((cart) => cart.totalPaise).sort()).toEqual([4_000, 5_000]);
    expect(overview.createdPerMinute).toHaveLength(15);
    expect(overview.createdPerMinute.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(4);

    const text = JSON.stringify(overview);
    const page = await (await student(browser)).newPage();
    // A fake clock for the page's timers: a poll would fire as it runs ahead.
    await page.clock.install();
    let overviewReads = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/instructor/overview') overviewReads += 1;
    });
    await page
      .context()
      .addCookies(await instructor.storageState().then((state) => state.cookies.map((cookie) => ({ ...cookie, domain: '127.0.0.1' }))));
    await page.goto('/en/instructor');
    await expect(page.getByTestId('session-count')).toHaveText('4');
    const html = await page.content();
    for (const context of contexts) {
      const sid = await sessionSid(context);
      expect(sid).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(text).not.toContain(sid.slice(0, 7));
      expect(text).toContain(`${sid.slice(0, 6)}…`);
      expect(html).not.toContain(sid.slice(0, 7));
    }

    // Live, pushed: with the stream open, a minute of the page's time asks for nothing…
    await expect(page.getByTestId('class-dashboard')).toHaveAttribute('data-live', 'stream');
    const quiet = overviewReads;
    await page.clock.runFor(60_000);
    expect(overviewReads).toBe(quiet);
    // …and one more student logging in reaches the dashboard through the stream.
    const late = await student(browser);
    await late.request.post('/api/demo/login', { data: { username: 'aman', password: 'samosa-1234' } });
    await expect(page.getByTestId('session-count')).toHaveText('5', { timeout: 4_000 });
    await expect(page.getByTestId('logged-in-count')).toHaveText('4');

    // Reset, through the dashboard's confirmation.
    await page.getByRole('button', { name: 'Reset the class' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset the class' });
    await expect(dialog).toContainText('Delete every session in the store?');
    await dialog.getByRole('button', { name: 'Reset the class' }).click();
    await expect(page.getByText('The class was reset: 5 sessions deleted.')).toBeVisible();
    await expect(page.getByTestId('session-count')).toHaveText('0');
    expect((await readOverview(instructor)).sessionCount).toBe(0);
    expect(await (await riya1.request.get('/api/demo/me')).json()).toEqual({ user: null });
    await Promise.all([...contexts, late, page.context()].map((context) => context.close()));
  });

  test('expire all ends every session now', async ({ browser }) => {
    const contexts = await Promise.all([student(browser), student(browser)]);
    for (const context of contexts) await context.request.post('/api/demo/cart', { data: { productId: 'samosa', qty: 1 } });
    expect((await readOverview(instructor)).sessionCount).toBeGreaterThanOrEqual(2);
    const response = await instructor.post('/api/instructor/expire-all');
    expect(response.status()).toBe(200);
    expect((await response.json()).expired).toBeGreaterThanOrEqual(2);
    expect((await readOverview(instructor)).sessionCount).toBe(0);
    const cart = await (await contexts[0]!.request.get('/api/demo/cart')).json();
    expect(cart.items).toEqual([]);
    await Promise.all(contexts.map((context) => context.close()));
  });

  test('the class simulator runs 3 students for 3 seconds with no errors and no lost updates', async () => {
    const child = spawn(
      'node',
      ['--import', 'tsx', 'scripts/class-sim/main.ts', '--url', origin, '--students', '3', '--duration', '3', '--json'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      requests: number;
      errors: number;
      lostUpdates: number;
      errorSamples: string[];
    };
    expect(summary.errorSamples).toEqual([]);
    expect(summary).toMatchObject({ errors: 0, lostUpdates: 0 });
    expect(summary.requests).toBeGreaterThan(10);
    expect(code).toBe(0);
    expect((await readOverview(instructor)).loggedInCount).toBeGreaterThan(0);
  });
});
