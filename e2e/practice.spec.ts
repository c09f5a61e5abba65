import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { request as playwrightRequest, type APIRequestContext, expect, test } from '@playwright/test';
import type { Express } from 'express';
import { exerciseIds, exercises } from '@/lib/practice/exercises';
import { practiceMessages } from '@/lib/i18n/messages/practice';
import { baseURL } from '../playwright.config';
import { expectNoAxeViolations } from './helpers';

const { createApp } = createRequire(join(process.cwd(), 'package.json'))('./practice/solutions/app.js') as {
  createApp(options?: { brokenFor?: string }): Express;
};

/** The reference solution (or a broken variant) on a free loopback port: the learner's app. */
async function startLearnerApp(brokenFor?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createApp({ brokenFor }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function client(headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-pathshala-locale': 'en', ...headers } });
}

test.describe('the practice page', () => {
  for (const locale of ['hi-latn', 'en'] as const) {
    test(`lists every exercise in course order with its command (${locale})`, async ({ page }) => {
      const strings = practiceMessages(locale);
      await page.goto(`/${locale}/practice`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings.title);
      const titles = exercises.map((exercise, index) => `${index + 1}. ${exercise.statement[locale].title}`);
      await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: /^\d+\. / })).toHaveText(titles);
      const lang = locale === 'en' ? ' --lang en' : '';
      await expect(page.locator('#login pre').first()).toHaveText(`npm run check -- login --app http://127.0.0.1:4000${lang}`);
      await expect(page.locator('#redis-store pre').first()).toContainText('--redis redis://127.0.0.1:6379');
      // The checker appears once the page has asked whether it may run here.
      await expect(page.getByRole('button', { name: strings.checker.run })).toHaveCount(exercises.length);
      await expectNoAxeViolations(page);
    });
  }

  test('is linked from the header and from the end of an exercise’s lesson', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/hi-latn/learn/login-with-sessions');
    const box = page.getByRole('region', { name: 'Ab aap banaiye' });
    await expect(box.getByRole('link')).toHaveText(['Login, regenerate ke saath', 'Logout jo sach mein khatam kare']);
    await box.getByRole('link', { name: 'Login, regenerate ke saath' }).click();
    await expect(page).toHaveURL(/\/hi-latn\/practice#login$/);
    await page.goto('/en/learn/cookies-101');
    await expect(page.getByRole('region', { name: 'Now you build it' })).toHaveCount(0);
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Practice' }).click();
    await expect(page).toHaveURL(/\/en\/practice$/);
  });

  test('checks an app on this machine with the button, shows the lines and remembers the pass', async ({ page }) => {
    const app = await startLearnerApp();
    try {
      await page.goto('/en/practice');
      const card = page.locator('section#seed-app');
      await card.getByLabel('Your app’s address').fill(app.url);
      await card.getByRole('button', { name: 'Check my app' }).click();
      await expect(card.getByRole('status')).toHaveText('All checks passed.', { timeout: 20_000 });
      await expect(card.getByTestId('check-output')).toContainText('✓ First visit: the greeting and a session cookie · sent: GET /');
      await expect(card.getByText('Passed', { exact: true })).toBeVisible();
      await page.reload();
      await expect(page.locator('section#seed-app').getByText('Passed', { exact: true })).toBeVisible();
      await expect(page.getByText(`1 of ${exerciseIds.length} exercises passed`)).toBeVisible();
    } finally {
      await app.stop();
    }
  });

  test('shows the failed lines of a broken app, with the hint, and no pass mark', async ({ page }) => {
    const app = await startLearnerApp('login:no-regenerate');
    try {
      await page.goto('/en/practice');
      const card = page.locator('section#login');
      await card.getByLabel('Your app’s address').fill(app.url);
      await card.getByRole('button', { name: 'Check my app' }).click();
      await expect(card.getByRole('status')).toHaveText(/^\d+ of \d+ checks failed\.$/, { timeout: 20_000 });
      await expect(card.getByTestId('check-output')).toContainText('✗ A new session ID at login (against fixation)');
      await expect(card.getByTestId('check-output')).toContainText('→ /en/learn/login-with-sessions#regenerate-on-login');
      await expect(card.getByText('Not passed yet', { exact: true })).toBeVisible();
    } finally {
      await app.stop();
    }
  });
});

test.describe('the in-site checker API', () => {
  test('serves a request from this machine', async () => {
    const api = await client();
    expect(await (await api.get('/api/practice/check')).json()).toEqual({ available: true });
    await api.dispose();
  });

  test('refuses a client a proxy on this machine speaks for, even with forged address headers', async () => {
    // The e2e server trusts one proxy hop: X-Forwarded-For names the client. The front door must
    // overwrite the forged x-pathshala-* headers with what the socket and that hop really say.
    const relayed = await client({
      'x-forwarded-for': '203.0.113.9',
      'x-pathshala-client-address': '127.0.0.1',
      'x-pathshala-socket-address': '127.0.0.1',
    });
    expect(await (await relayed.get('/api/practice/check')).json()).toEqual({ available: false, reason: 'not-this-machine' });
    const refused = await relayed.post('/api/practice/check', { data: { exercise: 'seed-app', app: 'http://127.0.0.1:9' } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('practice_off');
    await relayed.dispose();
  });

  test('is not fooled by a forged socket address from this machine either way', async () => {
    const forged = await client({ 'x-pathshala-socket-address': '203.0.113.9', 'x-pathshala-client-address': '203.0.113.9' });
    expect(await (await forged.get('/api/practice/check')).json()).toEqual({ available: true });
    await forged.dispose();
  });

  test('checks only loopback targets, and only for this site’s own pages', async () => {
    const api = await client();
    const remote = await api.post('/api/practice/check', { data: { exercise: 'seed-app', app: 'http://example.com' } });
    expect(remote.status()).toBe(400);
    expect((await remote.json()).error.code).toBe('target_not_loopback');
    const unknown = await api.post('/api/practice/check', { data: { exercise: 'signup', app: 'http://127.0.0.1:4000' } });
    expect(unknown.status()).toBe(400);
    const crossSite = await api.post('/api/practice/check', {
      data: { exercise: 'seed-app', app: 'http://127.0.0.1:9' },
      headers: { origin: 'http://evil.example' },
    });
    expect(crossSite.status()).toBe(403);
    await api.dispose();
  });

  test('answers exit code 2 and the reason when the app does not answer', async () => {
    const app = await startLearnerApp();
    await app.stop();
    const api = await client();
    const response = await api.post('/api/practice/check', { data: { exercise: 'seed-app', app: app.url } });
    expect(response.status()).toBe(200);
    const reply = await response.json();
    expect(reply.exitCode).toBe(2);
    expect(reply.lines[0]).toMatch(/^No answer from http:\/\/127\.0\.0\.1:\d+/);
    await api.dispose();
  });
});
