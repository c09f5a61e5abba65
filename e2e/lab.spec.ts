import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, locales, useTheme, waitForHydration } from './helpers';

// Failed logins are limited per client address; give every test its own address.
test.beforeEach(async ({ context }, testInfo) => {
  await context.setExtraHTTPHeaders({
    'x-forwarded-for': `10.${testInfo.workerIndex}.${testInfo.repeatEachIndex}.${Math.floor(Math.random() * 250) + 1}`,
  });
});

const text = {
  'hi-latn': {
    username: 'Username',
    password: 'Password',
    login: 'Login kijiye',
    logout: 'Logout',
    greeting: 'Namaste, Riya!',
    addChai: 'Masala chai add kijiye',
    tamper: 'Signature tamper kijiye',
    valid: 'Signature valid',
    rejected: 'Cookie reject',
    run: 'Dono chalaiye',
    inspectorTab: 'Inspector',
  },
  en: {
    username: 'Username',
    password: 'Password',
    login: 'Log in',
    logout: 'Log out',
    greeting: 'Namaste, Riya!',
    addChai: 'Add Masala chai',
    tamper: 'Tamper with the signature',
    valid: 'Signature valid',
    rejected: 'Cookie rejected',
    run: 'Run both',
    inspectorTab: 'Inspector',
  },
  hi: {
    username: 'Username',
    password: 'Password',
    login: 'Login कीजिए',
    logout: 'Logout',
    greeting: 'नमस्ते, Riya!',
    addChai: 'मसाला चाय जोड़िए',
    tamper: 'Signature से tampering कीजिए',
    valid: 'Signature valid है',
    rejected: 'Cookie reject हुई',
    run: 'दोनों चलाइए',
    inspectorTab: 'Inspector',
  },
} as const;

async function storeEntry(page: Page) {
  const entry = page.getByTestId('store-entry');
  return JSON.parse((await entry.textContent()) ?? 'null') as Record<string, unknown>;
}

async function sessionCookie(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name === 'pathshala.sid');
}

for (const { segment } of locales) {
  const t = text[segment];

  test.describe(`lab in ${segment}`, () => {
    test('log in: a new sid, the user in the store; add two chai; reload keeps it; log out clears it', async ({ page }) => {
      await page.goto(`/${segment}/lab/cart`);
      await page.getByRole('button', { name: t.addChai }).click();
      await expect(page.getByTestId('qty-chai')).toHaveText('1');
      const sidBefore = await page.getByTestId('cookie-sid').textContent();
      // The sid's first 6 characters, never the whole HttpOnly value; they match the real cookie's.
      expect(sidBefore).toMatch(/^[A-Za-z0-9_-]{6}…$/);
      const cookieSid = decodeURIComponent((await sessionCookie(page))?.value ?? '').slice(2, 8);
      expect(sidBefore).toBe(`${cookieSid}…`);
      await expect(page.getByTestId('inspector-shortened-note')).toBeVisible();

      await page.goto(`/${segment}/lab/login`);
      await page.getByLabel(t.username).fill('riya');
      await page.getByLabel(t.password).fill('chai-1234');
      await page.getByRole('button', { name: t.login }).click();
      await expect(page.getByTestId('greeting')).toHaveText(t.greeting);
      await expect(page.getByTestId('cookie-sid')).not.toHaveText(sidBefore ?? '');
      await expect(page.getByTestId('store-entry')).toContainText('"username": "riya"');
      const afterLogin = await storeEntry(page);
      expect(afterLogin.user).toEqual({ username: 'riya', displayName: 'Riya' });
      expect(afterLogin.cart).toEqual([{ productId: 'chai', qty: 1 }]);

      await page.goto(`/${segment}/lab/cart`);
      await expect(page.getByTestId('greeting')).toHaveText(t.greeting);
      await page.getByRole('button', { name: t.addChai }).click();
      await expect(page.getByTestId('qty-chai')).toHaveText('2');
      await expect(page.getByTestId('store-entry')).toContainText('"qty": 2');
      expect((await storeEntry(page)).cart).toEqual([{ productId: 'chai', qty: 2 }]);
      await page.reload();
      await expect(page.getByTestId('qty-chai')).toHaveText('2');
      await expect(page.getByTestId('cart-total')).toHaveText('₹40');

      await page.goto(`/${segment}/lab/login`);
      const sid = (await sessionCookie(page))?.value;
      expect(sid).toBeDefined();
      await page.getByRole('button', { name: t.logout, exact: true }).click();
      await expect(page.getByLabel(t.username)).toBeVisible();
      await expect.poll(async () => (await sessionCookie(page))?.value ?? null).toBeNull();
      await expect(page.getByTestId('store-entry-none')).toBeVisible();
    });

    test('tamper: the signature is rejected and the next request starts a fresh session', async ({ page }) => {
      await page.goto(`/${segment}/lab/cart`);
      await page.getByRole('button', { name: t.addChai }).click();
      await expect(page.getByTestId('cookie-verdict')).toHaveText(t.valid);
      const sid = await page.getByTestId('cookie-sid').textContent();
      await page.getByRole('button', { name: t.tamper }).click();
      await expect(page.getByTestId('cookie-verdict')).toContainText(t.rejected);
      await expect(page.getByTestId('cookie-verdict').locator('[data-icon="cross"]')).toHaveCount(1);
      await page.reload();
      await page.getByRole('button', { name: t.addChai }).click();
      await expect(page.getByTestId('qty-chai')).toHaveText('1');
      await expect(page.getByTestId('cookie-verdict')).toHaveText(t.valid);
      await expect(page.getByTestId('cookie-sid')).not.toHaveText(sid ?? '');
    });

    test('the race lab ends at 20 with locking and loses updates without it', async ({ page }) => {
      await page.goto(`/${segment}/lab/cart`);
      await page.getByRole('button', { name: t.run }).click();
      await expect(page.getByTestId('race-locked').locator('p').nth(1)).toHaveText('20', { timeout: 20_000 });
      const unlocked = Number(await page.getByTestId('race-unlocked').locator('p').nth(1).textContent());
      expect(unlocked).toBeLessThan(20);
      // The real cart was not touched.
      await expect(page.getByTestId('cart')).not.toContainText('₹');
    });
  });
}

test('a second tab’s inspector sees the cart change', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/en/lab/cart');
  const add = first.getByRole('button', { name: 'Add Samosa' });
  // A click before React has hydrated the button is lost.
  await waitForHydration(add);
  await add.click();
  await expect(first.getByTestId('qty-samosa')).toHaveText('1');
  const second = await context.newPage();
  await second.goto('/en/lab/activity');
  await expect(second.getByTestId('store-entry')).toContainText('"samosa"');
  await first.getByRole('button', { name: 'One more Samosa' }).click();
  await expect(second.getByTestId('store-entry')).toContainText('"qty": 2', { timeout: 3_000 });
});

test('the inspector reads the store one request at a time, and still shows the latest state', async ({ page }) => {
  // A lab page's first requests (cart, who am I, activity) each announce themselves; the
  // inspector used to answer each with its own read, several at once.
  let inFlight = 0;
  let mostAtOnce = 0;
  let reads = 0;
  const isRead = (url: string) => new URL(url).pathname === '/api/inspect';
  page.on('request', (request) => {
    if (!isRead(request.url())) return;
    reads += 1;
    inFlight += 1;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
  });
  const done = (url: string) => {
    if (isRead(url)) inFlight -= 1;
  };
  page.on('requestfinished', (request) => done(request.url()));
  page.on('requestfailed', (request) => done(request.url()));

  await page.goto('/en/lab/cart');
  const add = page.getByRole('button', { name: 'Add Samosa' });
  // A click before React has hydrated the button is lost (it flaked once on a loaded machine).
  await waitForHydration(add);
  await add.click();
  await page.getByRole('button', { name: 'One more Samosa' }).click();
  await expect(page.getByTestId('qty-samosa')).toHaveText('2');
  await expect(page.getByTestId('store-entry')).toContainText('"qty": 2');
  expect(reads).toBeGreaterThanOrEqual(2);
  expect(mostAtOnce).toBe(1);
});

test('a username that looks like HTML is shown as text, never rendered', async ({ page }) => {
  await page.goto('/en/lab/login');
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await page.getByLabel('Username').fill(hostile);
  await page.getByLabel('Password').fill('wrong');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByTestId('login-status')).toHaveText('Wrong username or password.');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // Offered back as the field's value (text), never as markup.
  await expect(page.getByLabel('Username')).toHaveValue(hostile);
});

test('a wrong password keeps the username, so the retry needs only the password', async ({ page }) => {
  await page.goto('/en/lab/login');
  const login = page.getByRole('button', { name: 'Log in' });
  await waitForHydration(login);
  await page.getByLabel('Username').fill('riya');
  await page.getByLabel('Password').fill('not-chai');
  await login.click();
  await expect(page.getByTestId('login-status')).toHaveText('Wrong username or password.');
  await expect(page.getByLabel('Username')).toHaveValue('riya');
  await expect(page.getByLabel('Password')).toHaveValue('');
  await page.getByLabel('Password').fill('chai-1234');
  await login.click();
  await expect(page.getByTestId('greeting')).toHaveText('Namaste, Riya!');
});

test('my account sends a logged-out visitor to log in', async ({ page }) => {
  await page.goto('/en/lab/account');
  await expect(page).toHaveURL(/\/en\/lab\/login\?from=account$/);
});

test('the login form works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '10.99.0.1' } });
  const page = await context.newPage();
  await page.goto('/en/lab/login');
  await page.getByLabel('Username').fill('aman');
  await page.getByLabel('Password').fill('samosa-1234');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('Namaste, Aman!')).toBeVisible();
  await page.goto('/en/lab/account');
  await expect(page.getByTestId('greeting')).toHaveText('Namaste, Aman!');
  await context.close();
});

test.describe('narrow lab (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of [
    '/en/lab/stateless',
    '/hi-latn/lab/security',
    ...['fixation', 'xss', 'replay', 'tampering', 'csrf'].map((lab) => `/en/lab/security/${lab}`),
  ]) {
    test(`${path} has no horizontal overflow`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }

  test('shows Demo and Inspector as tabs, without horizontal overflow', async ({ page }) => {
    await page.goto('/en/lab/cart');
    const tabs = page.getByRole('tablist', { name: 'Demo and inspector' });
    await expect(tabs.getByRole('tab', { name: 'Demo' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('[data-inspector]')).toBeHidden();
    await tabs.getByRole('tab', { name: 'Inspector' }).click();
    await expect(page.locator('[data-inspector]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('axe on lab pages', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const { segment } of locales) {
      for (const path of ['/lab', '/lab/login', '/lab/cart', '/lab/activity']) {
        test(`${segment}${path}, ${theme}`, async ({ page }) => {
          await useTheme(page, theme);
          await page.goto(`/${segment}${path}`);
          if (path !== '/lab') await expect(page.getByTestId('inspector-store')).toBeVisible();
          await expectNoAxeViolations(page);
        });
      }
    }
  }
});
