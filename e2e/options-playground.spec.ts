import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { playgroundMessages } from '@/lib/i18n/messages/playground';
import { locales, useTheme, waitForHydration } from './helpers';

/*
 * The options playground on the lesson 'session-options': a sandbox session with the
 * learner's options, on its own cookie, compared with express-session after every request.
 */

const SANDBOX_COOKIE = 'pathshala.playground';

/** The playground, once React has hydrated it: its code loads after the page, and a click before that is lost. */
async function readyWidget(page: Page): Promise<Locator> {
  const widget = page.locator('[data-widget="options-playground"]');
  await waitForHydration(widget.getByRole('button').first());
  return widget;
}

async function cookieNamed(context: BrowserContext, name: string) {
  return (await context.cookies()).find((cookie) => cookie.name === name) ?? null;
}

for (const { segment } of locales) {
  const t = playgroundMessages(segment);

  test.describe(`options playground (${segment})`, () => {
    test('should show Set-Cookie and store calls for nothing, modify and read, next to express-session', async ({ page, context }) => {
      await page.goto(`/${segment}/learn/session-options`);
      const widget = await readyWidget(page);
      await expect(widget.getByRole('heading', { name: t.title })).toBeVisible();
      const realSessionBefore = await cookieNamed(context, 'pathshala.sid');
      const latest = widget.getByTestId('playground-result').first();
      const send = (kind: 'read' | 'modify' | 'nothing') => widget.getByRole('button', { name: t.kinds[kind].label, exact: true }).click();

      // saveUninitialized is off by default: a request that never touches the session leaves no trace.
      await expect(
        widget.getByRole('group', { name: 'saveUninitialized', exact: true }).getByRole('radio', { name: 'false' }),
      ).toBeChecked();
      await send('nothing');
      await expect(latest.getByRole('heading', { name: `Request 1: ${t.kinds.nothing.label}` })).toBeVisible();
      await expect(latest.getByTestId('our-set-cookie')).toContainText(`${t.none}: `);
      await expect(latest.getByTestId('our-set-cookie')).toContainText('saveUninitialized');
      await expect(latest.getByTestId('our-store-ops')).toHaveText(t.noStoreCalls);
      await expect(latest.getByTestId('express-set-cookie')).toHaveText(t.none);
      await expect(latest.getByTestId('express-store-ops')).toHaveText(t.noStoreCalls);
      await expect(latest.getByTestId('result-verdict')).toContainText(t.same);
      expect(await cookieNamed(context, SANDBOX_COOKIE)).toBeNull();

      // Writing into the session stores it and sends the sandbox cookie, on its own path.
      await send('modify');
      await expect(latest.getByRole('heading', { name: `Request 2: ${t.kinds.modify.label}` })).toBeVisible();
      await expect(latest.getByTestId('our-set-cookie')).toContainText(
        /^pathshala\.playground=s%3A.+; Path=\/api\/playground\/options; Expires=.+; HttpOnly; SameSite=Lax$/,
      );
      await expect(latest.getByTestId('our-store-ops').locator('code')).toHaveText(['set']);
      await expect(latest.getByTestId('express-set-cookie')).toHaveText(t.expressSetCookieYes);
      await expect(latest.getByTestId('express-store-ops').locator('code')).toHaveText(['set']);
      const sandbox = await cookieNamed(context, SANDBOX_COOKIE);
      expect(sandbox).toMatchObject({ path: '/api/playground/options', httpOnly: true, sameSite: 'Lax' });

      // rolling and resave off: reading only touches the store, and no cookie goes out.
      await expect(widget.getByRole('group', { name: 'rolling', exact: true }).getByRole('radio', { name: 'false' })).toBeChecked();
      await expect(widget.getByRole('group', { name: 'resave', exact: true }).getByRole('radio', { name: 'false' })).toBeChecked();
      await send('read');
      await expect(latest.getByRole('heading', { name: `Request 3: ${t.kinds.read.label}` })).toBeVisible();
      await expect(latest.getByTestId('our-store-ops').locator('code')).toHaveText(['get', 'touch']);
      await expect(latest.getByTestId('our-set-cookie')).toContainText(`${t.none}: `);
      await expect(latest.getByTestId('express-store-ops').locator('code')).toHaveText(['get', 'touch']);
      await expect(latest.getByTestId('express-set-cookie')).toHaveText(t.none);
      await expect(latest).toContainText('{"counter":1}');

      // rolling on: the same read now sends the cookie again.
      await widget.getByRole('group', { name: 'rolling', exact: true }).getByRole('radio', { name: 'true' }).check();
      await send('read');
      await expect(latest.getByRole('heading', { name: `Request 4: ${t.kinds.read.label}` })).toBeVisible();
      await expect(latest.getByTestId('our-set-cookie')).toContainText(/^pathshala\.playground=s%3A/);
      await expect(latest.getByTestId('our-store-ops').locator('code')).toHaveText(['get', 'touch']);
      await expect(latest.getByTestId('express-set-cookie')).toHaveText(t.expressSetCookieYes);
      await expect(latest.getByTestId('result-verdict')).toContainText(t.same);
      await expect(widget.getByRole('status')).toContainText('Request 4');

      // The learner's real session was never touched.
      expect(await cookieNamed(context, 'pathshala.sid')).toEqual(realSessionBefore);

      // Reset: the sandbox session and its cookie are gone, and the list starts over.
      await widget.getByRole('button', { name: t.reset, exact: true }).click();
      await expect(widget.getByRole('status')).toHaveText(t.status.reset);
      await expect(widget.getByTestId('playground-result')).toHaveCount(0);
      expect(await cookieNamed(context, SANDBOX_COOKIE)).toBeNull();
    });
  });
}

test.describe('options playground (keyboard, refusals, accessibility)', () => {
  const t = playgroundMessages('en');

  test('should be operable from the keyboard alone', async ({ page }) => {
    await page.goto('/en/learn/session-options');
    const widget = await readyWidget(page);
    const saveUninitialized = widget.getByRole('group', { name: 'saveUninitialized', exact: true });
    await saveUninitialized.getByRole('radio', { name: 'false' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(saveUninitialized.getByRole('radio', { name: 'true' })).toBeChecked();
    await widget.getByRole('button', { name: t.kinds.read.label, exact: true }).focus();
    await page.keyboard.press('Enter');
    const latest = widget.getByTestId('playground-result').first();
    // saveUninitialized on: even an untouched new session is stored and gets a cookie.
    await expect(latest.getByTestId('our-store-ops').locator('code')).toHaveText(['set']);
    await expect(latest.getByTestId('our-set-cookie')).toContainText('pathshala.playground=');
    await expect(widget.getByRole('button', { name: t.kinds.read.label, exact: true })).toBeFocused();
  });

  test("should explain the engine's refusal of sameSite 'none' without secure", async ({ page }) => {
    await page.goto('/en/learn/session-options');
    const widget = await readyWidget(page);
    await widget.getByRole('group', { name: 'cookie.secure', exact: true }).getByRole('radio', { name: 'false' }).check();
    await widget.getByRole('group', { name: 'cookie.sameSite', exact: true }).getByRole('radio', { name: "'none'" }).check();
    await expect(widget.getByTestId('options-conflict')).toContainText("sameSite: 'none' needs secure");
    await widget.getByRole('button', { name: t.kinds.modify.label, exact: true }).click();
    await expect(widget.getByRole('status')).toContainText("The request failed: sameSite: 'none' needs secure");
    await expect(widget.getByTestId('playground-result')).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`should pass axe on the widget with results shown (${theme})`, async ({ page }) => {
      await useTheme(page, theme);
      await page.goto('/en/learn/session-options');
      const widget = await readyWidget(page);
      await widget.getByRole('button', { name: t.kinds.modify.label, exact: true }).click();
      await expect(widget.getByTestId('playground-result')).toHaveCount(1);
      await widget.getByRole('button', { name: t.kinds.read.label, exact: true }).click();
      await expect(widget.getByTestId('playground-result')).toHaveCount(2);
      await widget.getByText(t.differencesHeading).click();
      const results = await new AxeBuilder({ page })
        .include('[data-widget="options-playground"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});
