import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { publishedSlugs } from '../lib/course/content';
import { startAppServer, type AppServer } from './support/servers';

/*
 * The service worker against production servers this file owns (their own port, so it can stop
 * one and start another build at the same origin): lessons stay readable offline, labs say they
 * need the server, nothing session-bearing is stored, a new build replaces the old cache.
 */

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

// Each test here starts production servers of its own; two at once only slow each other down.
test.describe.configure({ mode: 'serial' });

/** Replaces `from` with `to` in every file of `dir` whose path contains `route` (a prerendered page, its RSC and its route-cache copies). */
function rewritePage(dir: string, route: string, from: string, to: string) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !file.includes(route)) continue;
    const text = readFileSync(file, 'utf8');
    if (text.includes(from)) writeFileSync(file, text.replaceAll(from, to));
  }
}

/** Every URL stored in any cache of this origin. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** Waits until this page is controlled by the worker and `path` is kept in its cache. */
async function waitUntilKept(page: Page, path: string) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await expect.poll(async () => (await cachedUrls(page)).map((url) => new URL(url).pathname), { timeout: 20_000 }).toContain(path);
}

async function newContext(server: AppServer, browser: import('@playwright/test').Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.origin, serviceWorkers: 'allow' });
}

test.describe('offline reading', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  let server: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    server = await startAppServer({});
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a lesson opened before reloads with its text and styles offline', async ({ browser }) => {
    const context = await newContext(server, browser);
    const page = await context.newPage();
    await page.goto('/en/learn/cookies-101');
    await waitUntilKept(page, '/en/learn/cookies-101');

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Cookies 101' })).toBeVisible();
    await expect(page.getByText('In the last lesson the session ID travelled inside a cookie.')).toBeVisible();

    // Its stylesheet came from the cache too: the heading is Tailwind's font-extrabold.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('font-weight', '800');
    await context.setOffline(false);
    await context.close();
  });

  test('offline, a lab or a lesson never opened shows the offline page in its language', async ({ browser }) => {
    const context = await newContext(server, browser);
    const page = await context.newPage();
    await page.goto('/hi-latn/learn/what-is-a-session');
    await waitUntilKept(page, '/hi-latn/offline');
    await context.setOffline(true);

    await page.goto('/hi-latn/lab/cart');
    await expect(page.getByRole('heading', { level: 1, name: 'Aap offline hain' })).toBeVisible();
    await expect(page.getByTestId('offline-labs')).toHaveText(/Labs aur cookie inspector .* server chahiye\. Connection wapas aate hi/);

    await page.goto('/en/lab/login');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await expect(page.getByTestId('offline-labs')).toContainText('work again as soon as the connection is back');

    await page.goto('/en/learn/session-stores');
    await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
    await context.setOffline(false);
    await context.close();
  });

  test('an open lab says it needs the server while offline, and stops when the connection is back', async ({ browser }) => {
    const context = await newContext(server, browser);
    const page = await context.newPage();
    await page.goto('/en/lab/cart');
    const notice = page.getByTestId('server-needed');
    await expect(notice).toBeEmpty();
    await context.setOffline(true);
    await expect(notice).toContainText('No connection to the server');
    await expect(notice).toContainText('This lab and the inspector run on the server');
    await context.setOffline(false);
    await expect(notice).toBeEmpty();

    await page.goto('/hi-latn/lab/security/fixation');
    await context.setOffline(true);
    await expect(page.getByTestId('server-needed')).toContainText('Server se connection nahi hai');
    await context.setOffline(false);
    await context.close();
  });

  test('the API and the labs stay no-store, and the worker never stores them', async ({ browser }) => {
    const context = await newContext(server, browser);
    const page = await context.newPage();
    await page.goto('/en/learn/login-with-sessions');
    await waitUntilKept(page, '/en/learn/login-with-sessions');

    const lab = await page.goto('/en/lab/login');
    expect(lab?.headers()['cache-control']).toContain('no-store');
    const answers = await page.evaluate(async () => {
      const login = await fetch('/api/demo/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'riya', password: 'chai-1234' }),
      });
      const me = await fetch('/api/demo/me');
      const inspect = await fetch('/api/inspect');
      return [login, me, inspect].map((response) => ({ status: response.status, cacheControl: response.headers.get('cache-control') }));
    });
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.cacheControl).toContain('no-store');
    }
    await page.goto('/en/lab/cart');
    await page.goto('/en/lab/account');
    await page.goto('/en/learn/shopping-cart');
    await waitUntilKept(page, '/en/learn/shopping-cart');

    const kept = (await cachedUrls(page)).map((url) => new URL(url).pathname);
    expect(kept).toContain('/en/learn/login-with-sessions');
    expect(kept.filter((path) => path.startsWith('/api') || path.includes('/lab'))).toEqual([]);
    await context.close();
  });

  test('"Save the whole course" keeps every lesson of the language, with progress, at 360 px', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.origin, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/hi-latn/learn');
    await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => true), null, { timeout: 20_000 });
    const button = page.getByRole('button', { name: 'Poora course offline ke liye save kijiye' });
    const box = await button.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);

    await button.click();
    const total = publishedSlugs().length;
    await expect(page.getByRole('status').filter({ hasText: 'lessons is device par saved hain' })).toHaveText(
      `Saare ${total} lessons is device par saved hain.`,
      { timeout: 30_000 },
    );
    await expect(page.getByRole('progressbar', { name: 'Saved lessons' })).toHaveAttribute('value', String(total));
    const kept = (await cachedUrls(page)).map((url) => new URL(url).pathname);
    for (const slug of publishedSlugs()) expect(kept, slug).toContain(`/hi-latn/learn/${slug}`);
    expect(kept.filter((path) => path.startsWith('/en/learn/'))).toEqual([]);

    await context.setOffline(true);
    await page.goto('/hi-latn/learn/session-stores');
    await expect(page.getByRole('heading', { level: 1, name: 'Session stores' })).toBeVisible();
    await context.setOffline(false);
    await context.close();
  });
});

test.describe('a new build', () => {
  test.describe.configure({ timeout: 180_000 });
  const rebuilt = `.next-e2e-sw-update-${process.pid}`;

  test.afterAll(() => rmSync(rebuilt, { recursive: true, force: true }));

  test('replaces the old cache, and no lesson of the old build is served', async ({ browser }) => {
    test.setTimeout(240_000);
    const first = await startAppServer({});
    const context = await browser.newContext({ baseURL: first.origin });
    const page = await context.newPage();
    let second: AppServer | null = null;
    try {
      await page.goto('/en/learn/cookies-101');
      await waitUntilKept(page, '/en/learn/cookies-101');
      const oldBuild = readFileSync(join(distDir, 'BUILD_ID'), 'utf8').trim();
      expect(await page.evaluate(() => caches.keys())).toEqual([`pathshala-${oldBuild}`]);

      // Another build, as the worker and the server see one: a copy of this build's files under
      // a new BUILD_ID, with a lesson whose text changed (a real `next build` would cost a minute).
      cpSync(distDir, rebuilt, { recursive: true, filter: (source) => !source.startsWith(join(distDir, 'cache')) });
      const newBuild = `e2e-${Date.now().toString(36)}`;
      writeFileSync(join(rebuilt, 'BUILD_ID'), newBuild);
      rewritePage(join(rebuilt, 'server'), 'en/learn/cookies-101', 'Cookies 101', 'Cookies 101, rebuilt');

      await first.stop();
      second = await startAppServer({ NEXT_DIST_DIR: rebuilt }, { port: first.port });

      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cookies 101, rebuilt');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([`pathshala-${newBuild}`]);

      await second.stop();
      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cookies 101, rebuilt');
    } finally {
      await context.close();
      await first.stop();
      await second?.stop();
    }
  });
});
