import { expect, type Page, test } from '@playwright/test';
import { locales, waitForHydration } from './helpers';

test.describe('home page', () => {
  for (const { segment, lang } of locales) {
    test(`renders in ${segment} with <html lang="${lang}"> and hreflang alternates`, async ({ page }) => {
      const response = await page.goto(`/${segment}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        { en: 'Understand sessions from the inside', 'hi-latn': 'Sessions ko andar se samjhiye', hi: 'Sessions को अंदर से समझिए' }[segment],
      );
      await expect(page.locator('link[rel="alternate"][hreflang="hi-Latn"]')).toHaveAttribute('href', /\/hi-latn$/);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en$/);
      await expect(page.locator('link[rel="alternate"][hreflang="hi"]')).toHaveAttribute('href', /\/hi$/);
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
    const hindi = await request.get('/', { maxRedirects: 0, headers: { cookie: 'pathshala.lang=hi', 'accept-language': 'en' } });
    expect(hindi.headers().location).toBe('/hi');
  });

  const acceptLanguage = [
    { header: 'hi', to: '/hi' },
    { header: 'hi-IN,hi;q=0.9,en-US;q=0.8,en;q=0.7', to: '/hi' },
    { header: 'en;q=0.5, hi;q=0.8', to: '/hi' },
    { header: 'en-IN,en;q=0.9,hi;q=0.8', to: '/hi-latn' },
    { header: 'en, hi', to: '/hi-latn' },
    { header: 'hi-Latn,hi;q=0.9', to: '/hi-latn' },
    { header: 'hi;q=0', to: '/hi-latn' },
    { header: '*', to: '/hi-latn' },
  ];
  for (const { header, to } of acceptLanguage) {
    test(`sends a first-time visitor with Accept-Language "${header}" to ${to}`, async ({ request }) => {
      const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': header } });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe(to);
      expect(response.headers().vary).toMatch(/Accept-Language/i);
    });
  }

  test('lets the preference cookie win over Accept-Language', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'accept-language': 'hi', cookie: 'pathshala.lang=hi-latn' } });
    expect(response.headers().location).toBe('/hi-latn');
  });

  test('sets no session cookie, only redirects', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0 });
    expect(response.headers()['set-cookie']).toBeUndefined();
  });
});

test.describe('language switch', () => {
  /** Scrolls #resave to just under the header, as a reader who is in that section. */
  async function readAtResave(page: Page) {
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
  }

  /** Opens the language menu and follows `name` by keyboard, without letting focus() scroll the page. */
  async function switchTo(page: Page, name: string) {
    const menu = page.locator('[data-language-switch]');
    await waitForHydration(menu.locator('summary'));
    await menu.locator('summary').evaluate((summary) => (summary.parentElement as HTMLDetailsElement).setAttribute('open', ''));
    await menu.getByRole('link', { name, exact: true }).evaluate((link) => (link as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press('Enter');
  }

  test('offers all three languages, each named in its own language, and marks the current one', async ({ page }) => {
    await page.goto('/hi/learn/cookies-101');
    const menu = page.locator('[data-language-switch]');
    await menu.locator('summary').click();
    const links = menu.getByRole('link');
    await expect(links).toHaveCount(3);
    await expect(menu.getByRole('link', { name: 'Hinglish' })).toHaveAttribute('href', '/hi-latn/learn/cookies-101');
    await expect(menu.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/learn/cookies-101');
    await expect(menu.getByRole('link', { name: 'हिन्दी' })).toHaveAttribute('href', '/hi/learn/cookies-101');
    await expect(menu.getByRole('link', { name: 'हिन्दी' })).toHaveAttribute('aria-current', 'page');
    await expect(menu.getByRole('link', { name: 'हिन्दी' })).toHaveAttribute('lang', 'hi');
    await page.keyboard.press('Escape');
    await expect(links.first()).toBeHidden();
  });

  test('keeps the lesson and the section through all three languages, and is remembered for /', async ({ page }) => {
    await page.goto('/hi-latn/learn/what-is-a-session', { waitUntil: 'networkidle' });
    await readAtResave(page);
    await switchTo(page, 'हिन्दी');
    await expect(page).toHaveURL(/\/hi\/learn\/what-is-a-session#resave$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session क्या होता है?');
    await expect(page.locator('#resave')).toBeInViewport();
    await page.goto('/');
    await expect(page).toHaveURL(/\/hi$/);

    await page.goto('/hi/learn/what-is-a-session', { waitUntil: 'networkidle' });
    await readAtResave(page);
    await switchTo(page, 'English');
    await expect(page).toHaveURL(/\/en\/learn\/what-is-a-session#resave$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is a session?');
    await expect(page.locator('#resave')).toBeInViewport();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);

    await page.goto('/en/learn/what-is-a-session', { waitUntil: 'networkidle' });
    await readAtResave(page);
    await switchTo(page, 'Hinglish');
    await expect(page).toHaveURL(/\/hi-latn\/learn\/what-is-a-session#resave$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi-Latn');
    await expect(page.locator('#resave')).toBeInViewport();
    await page.goto('/');
    await expect(page).toHaveURL(/\/hi-latn$/);
  });

  test('works without JavaScript: the menu opens and its entries are plain links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/learn');
    await page.locator('[data-language-switch] summary').click();
    await expect(page.getByRole('link', { name: 'Hinglish' })).toHaveAttribute('href', '/hi-latn/learn');
    await expect(page.getByRole('link', { name: 'हिन्दी' })).toHaveAttribute('href', '/hi/learn');
    await context.close();
  });
});

test.describe('a hi lesson', () => {
  test('renders in Devanagari under <html lang="hi"> with the Devanagari font and hreflang for all three', async ({ page }) => {
    const response = await page.goto('/hi/learn/cookies-101');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cookies 101');
    await expect(page.locator('h2#what-you-will-learn')).toContainText('आप क्या सीखेंगे');
    for (const [hreflang, href] of [
      ['hi', /\/hi\/learn\/cookies-101$/],
      ['hi-Latn', /\/hi-latn\/learn\/cookies-101$/],
      ['en', /\/en\/learn\/cookies-101$/],
    ] as const) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute('href', href);
    }
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((face) => /notoSansDevanagari/.test(face.family) && face.status === 'loaded');
    });
    expect(fontLoaded).toBe(true);
  });

  test('an en lesson does not fetch the Devanagari font', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    await page.goto('/en/learn/cookies-101', { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const devanagari = await page.evaluate(
      () => [...document.fonts].filter((face) => /notoSansDevanagari/.test(face.family) && face.status !== 'unloaded').length,
    );
    expect(devanagari).toBe(0);
    expect(fonts.length).toBeGreaterThan(0);
  });
});

test.describe('not found', () => {
  const cases = [
    { path: '/en/learn/no-such-lesson', title: 'Page not found', lang: 'en' },
    { path: '/hi-latn/learn/no-such-lesson', title: 'Yeh page nahi mila', lang: 'hi-Latn' },
    { path: '/hi-latn/nowhere', title: 'Yeh page nahi mila', lang: 'hi-Latn' },
    { path: '/fr/learn/what-is-a-session', title: 'Yeh page nahi mila', lang: 'hi-Latn' },
    { path: '/hi/learn/no-such-lesson', title: 'यह page नहीं मिला', lang: 'hi' },
    { path: '/hi/nowhere', title: 'यह page नहीं मिला', lang: 'hi' },
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
