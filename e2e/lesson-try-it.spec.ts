import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { waitForHydration } from './helpers';

// Issue 18: a learner on a phone can do every step of "Khud karke dekhiye" without a terminal,
// and a glossary word opens its definition without leaving the lesson.

test.beforeEach(async ({ context }, testInfo) => {
  // Each test logs in from an address of its own, so the login limit of one never meets another's.
  await context.setExtraHTTPHeaders({
    'x-forwarded-for': `10.19.${testInfo.workerIndex}.${Math.floor(Math.random() * 250) + 1}`,
  });
});

/** The terminal block (figure) that shows `command`. */
function block(page: Page, command: string) {
  return page.locator('figure[data-terminal]').filter({ has: page.locator('pre', { hasText: command }) });
}

/** The body of a `curl -i`-style answer: what follows the first empty line. */
function bodyOf(output: string): string {
  return output.slice(output.indexOf('\n\n') + 2);
}

test.describe('“run it here” beside a lesson’s curl commands, at 360 px', () => {
  test.use({ viewport: { width: 360, height: 780 }, hasTouch: true });

  test('the login command runs from the page and answers as curl -i prints it, without the HttpOnly value', async ({ page, context }) => {
    await page.goto('/hi-latn/learn/cookies-101#try-it');
    const login = block(page, '/api/demo/login');
    const run = login.getByRole('button', { name: 'Yahin chalaiye POST /api/demo/login' });
    await waitForHydration(run);
    const box = await run.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);
    await run.tap();

    const output = login.getByTestId('try-response');
    await expect(output).toContainText(/^HTTP\/1\.1 200 OK\n/);
    await expect(output).toContainText('content-type: application/json');
    await expect(output).toContainText(/set-cookie: pathshala\.sid=s:\S{6}….\S{6}…; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax/);
    expect(JSON.parse(bodyOf((await output.textContent()) ?? ''))).toEqual({ user: { username: 'riya', displayName: 'Riya' } });
    await expect(login).toContainText('Is browser ki cookies ke saath bheji gayi');

    // The browser got the real cookie; the page shows none of its sid or signature beyond the first characters.
    const cookie = (await context.cookies()).find((c) => c.name === 'pathshala.sid');
    const [sid = '', signature = ''] = decodeURIComponent(cookie?.value ?? '')
      .slice(2)
      .split('.');
    expect(sid.length).toBeGreaterThan(20);
    const shown = await page.locator('body').innerText();
    expect(shown).not.toContain(sid.slice(0, 12));
    expect(shown).not.toContain(signature.slice(0, 12));

    // The next command sends the browser's cookie, as curl sends its jar: Riya is known.
    const me = block(page, 'curl -v -c jar -b jar http://localhost:3000/api/demo/me');
    await me.getByRole('button', { name: 'Yahin chalaiye GET /api/demo/me' }).tap();
    await expect(me.getByTestId('try-response')).toContainText(/^HTTP\/1\.1 200 OK\n/);
    expect(JSON.parse(bodyOf((await me.getByTestId('try-response').textContent()) ?? ''))).toEqual({
      user: { username: 'riya', displayName: 'Riya' },
    });

    // `cat jar` cannot run from a page: no button.
    await expect(block(page, 'cat jar').getByRole('button', { name: /chalaiye/ })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('a command without a jar goes without cookies; a block of several numbers its lines', async ({ page }) => {
    await page.goto('/en/learn/login-with-sessions#try-it');
    const steps = block(page, '/api/demo/logout');
    const first = steps.getByRole('button', { name: 'Run line 1 here GET /api/demo/me' });
    await waitForHydration(first);
    await expect(steps.getByRole('button', { name: /^Run line \d here/ })).toHaveCount(3);

    await page.goto('/en/learn/session-options#try-it');
    const bare = block(page, 'curl -i http://localhost:3000/api/demo/me');
    const run = bare.getByRole('button', { name: 'Run it here GET /api/demo/me' });
    await waitForHydration(run);
    await run.tap();
    await expect(bare.getByTestId('try-response')).toContainText(/^HTTP\/1\.1 200 OK\n/);
    await expect(bare).toContainText('Sent without cookies, as the command has no -b.');
    expect(JSON.parse(bodyOf((await bare.getByTestId('try-response').textContent()) ?? ''))).toEqual({ user: null });
    // The block with its answer passes axe (WCAG 2.2 AA).
    await bare.evaluate((node) => node.setAttribute('data-axe-here', ''));
    const axe = await new AxeBuilder({ page })
      .include('[data-axe-here]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('commands for another client, another header the page cannot send, or a file get no button', async ({ page }) => {
    await page.goto('/en/learn/sessions-in-nextjs#try-it');
    const origin = block(page, 'https://evil.example');
    await expect(origin).toBeVisible();
    await expect(origin.getByRole('button', { name: /Run/ })).toHaveCount(0);
    await page.goto('/en/learn/real-clients#try-it');
    await expect(block(page, '-c phone -b phone').getByRole('button', { name: /Run/ })).toHaveCount(0);
  });
});

test.describe('a glossary word in a lesson', () => {
  const lesson = '/hi-latn/learn/express-session-setup';
  const termLink = (page: Page) => page.locator('main a[data-glossary-term][href="/hi-latn/glossary#store-get"]').first();

  test.describe('at 360 px, by tap', () => {
    test.use({ viewport: { width: 360, height: 780 }, hasTouch: true });

    test('opens its definition in place, inside the screen, with a link to the full entry; a tap outside closes it', async ({ page }) => {
      await page.goto(lesson);
      const term = termLink(page);
      await waitForHydration(term);
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      const popover = page.getByRole('dialog', { name: 'Glossary: store.get' });
      await expect(popover).toBeVisible();
      await expect(popover).toContainText('Store ka method jo session ID se session padhta hai.');
      await expect(popover.getByRole('link', { name: 'Glossary mein poori entry dekhiye' })).toHaveAttribute(
        'href',
        '/hi-latn/glossary#store-get',
      );
      await expect(page).toHaveURL(new RegExp(`${lesson}$`));
      await expect(term).toHaveAttribute('aria-expanded', 'true');
      const box = await popover.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
      const close = await popover.getByRole('button', { name: 'Band kijiye' }).boundingBox();
      expect(close?.height).toBeGreaterThanOrEqual(44);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // The open popover and the word's paragraph pass axe (the whole lesson is a11y.spec's job).
      await term.evaluate((node) => node.parentElement?.setAttribute('data-axe-here', ''));
      const axe = await new AxeBuilder({ page })
        .include('[data-axe-here]')
        .include('[data-testid="glossary-popover"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
        [],
      );
      expect(axe.passes.length).toBeGreaterThan(0);

      await page.locator('h1').tap();
      await expect(popover).toBeHidden();
      await expect(term).toHaveAttribute('aria-expanded', 'false');
    });
  });

  test('works from the keyboard: Enter opens it with focus inside, Escape closes it and focus returns to the word', async ({ page }) => {
    await page.goto(lesson);
    const term = termLink(page);
    await waitForHydration(term);
    await term.focus();
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: 'Glossary: store.get' });
    await expect(popover).toBeVisible();
    await expect(popover).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(popover.getByRole('button', { name: 'Band kijiye' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(term).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`${lesson}$`));

    // The close button closes it too, and focus comes back the same way.
    await page.keyboard.press('Enter');
    await expect(popover).toBeVisible();
    await popover.getByRole('button', { name: 'Band kijiye' }).click();
    await expect(popover).toBeHidden();
    await expect(term).toBeFocused();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('is still a link to the glossary entry', async ({ page }) => {
      await page.goto(lesson);
      await termLink(page).click();
      await expect(page).toHaveURL(/\/hi-latn\/glossary#store-get$/);
      await expect(page.locator('#store-get')).toContainText('store.get');
    });
  });
});
