import { expect, test } from '@playwright/test';
import { locales } from './helpers';

test.describe('home page', () => {
  for (const { segment, lang } of locales) {
    test(`renders in ${segment} with <html lang="${lang}"> and hreflang alternates`, async ({ page }) => {
      const response = await page.goto(`/${segment}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        segment === 'en' ? 'Understand sessions from the inside' : 'Sessions ko andar se samjhiye',
      );
      await expect(page.locator('link[rel="alternate"][hreflang="hi-Latn"]')).toHaveAttribute('href', /\/hi-latn$/);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en$/);
    });
  }

  test('links to the first lesson', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('link', { name: /Start the first lesson/ }).click();
    await expect(page).toHaveURL(/\/en\/learn\/what-is-a-session$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is a session?');
  });
});

test.describe('the / redirect', () => {
  test('sends a first-time visitor to Hinglish', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toBe('/hi-latn');
  });

  test('remembers an explicit language choice from the preference cookie', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { cookie: 'pathshala.lang=en' } });
    expect(response.headers().location).toBe('/en');
  });

  test('sets no session cookie, only redirects', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0 });
    expect(response.headers()['set-cookie']).toBeUndefined();
  });
});

test.describe('language switch', () => {
  test('keeps the lesson and the section, and is remembered for /', async ({ page }) => {
    await page.goto('/hi-latn/learn/what-is-a-session', { waitUntil: 'networkidle' });
    // Late font swaps move the headings; once every font has loaded, nothing moves #resave.
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.evaluate(() =>
      window.scrollTo({ top: document.getElementById('resave')!.getBoundingClientRect().top + window.scrollY - 90, behavior: 'instant' }),
    );
    const top = await page.evaluate(() => document.getElementById('resave')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(60);
    expect(top).toBeLessThan(120);
    // Keyboard activation without letting focus() scroll the page (a pointer click would scroll to the link).
    await page.getByRole('link', { name: 'English mein padhiye' }).evaluate((link) => (link as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/learn\/what-is-a-session#resave$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is a session?');
    await expect(page.locator('#resave')).toBeInViewport();

    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
  });

  test('works without JavaScript as a plain link', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/learn');
    await expect(page.getByRole('link', { name: 'Hinglish mein padhiye' })).toHaveAttribute('href', '/hi-latn/learn');
    await context.close();
  });
});

test.describe('not found', () => {
  const cases = [
    { path: '/en/learn/no-such-lesson', title: 'Page not found', lang: 'en' },
    { path: '/hi-latn/learn/no-such-lesson', title: 'Yeh page nahi mila', lang: 'hi-Latn' },
    { path: '/hi-latn/nowhere', title: 'Yeh page nahi mila', lang: 'hi-Latn' },
    { path: '/fr/learn/what-is-a-session', title: 'Yeh page nahi mila', lang: 'hi-Latn' },
  ];
  for (const { path, title, lang } of cases) {
    test(`${path} is a 404 in the right language`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }

  test('an unknown locale follows the remembered language', async ({ page, context }) => {
    await context.addCookies([{ name: 'pathshala.lang', value: 'en', domain: 'localhost', path: '/' }]);
    const response = await page.goto('/de/anything');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
