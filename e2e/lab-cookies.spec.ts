import { expect, type Page, test } from '@playwright/test';
import { labsMessages } from '@/lib/i18n/messages/labs';
import { siteMessages } from '@/lib/i18n/messages/site';
import { waitForHydration } from './helpers';

const t = labsMessages('hi-latn');
const site = siteMessages('hi-latn');

// The stateless lab refuses on the per-address login limit like every other endpoint; give each test its own address.
test.beforeEach(async ({ context }, testInfo) => {
  await context.setExtraHTTPHeaders({
    'x-forwarded-for': `10.${100 + testInfo.workerIndex}.${testInfo.repeatEachIndex}.${Math.floor(Math.random() * 250) + 1}`,
  });
});

/** The `Cookie` header the page's own `fetch` sends to `path`. */
async function cookieHeaderSentTo(page: Page, path: string): Promise<string> {
  const [request] = await Promise.all([
    page.waitForRequest((candidate) => new URL(candidate.url()).pathname === path),
    page.evaluate((url) => fetch(url, { credentials: 'same-origin' }).then((response) => response.text()), path),
  ]);
  return (await request.allHeaders()).cookie ?? '';
}

async function growTheSeal(page: Page) {
  await page.goto('/hi-latn/lab/stateless');
  const grow = page.getByRole('button', { name: t.stateless.grow });
  await waitForHydration(grow);
  await grow.click();
  await expect(page.getByTestId('grow-status')).toContainText(t.stateless.grewTo.split('{count}')[1]!.trim(), { timeout: 30_000 });
}

test.describe('lab cookies stay in their lab', () => {
  test('after growing the seal, the stateless API still gets it but /api/demo/me carries no pathshala.iron', async ({ page }) => {
    await growTheSeal(page);
    expect(await cookieHeaderSentTo(page, '/api/demo/stateless/me')).toMatch(/(?:^|; )pathshala\.iron=Fe26\.2\*/);
    expect(await cookieHeaderSentTo(page, '/api/demo/me')).not.toContain('pathshala.iron');
    const iron = (await page.context().cookies()).find((cookie) => cookie.name === 'pathshala.iron');
    expect(iron?.path).toBe('/api/demo/stateless');
  });

  test('an old pathshala.iron left on Path=/ is cleared by the next page load', async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: 'pathshala.iron', value: 'Fe26.2*1*old~2', url: `${baseURL}/`, httpOnly: true }]);
    const response = await page.goto('/hi-latn/lab');
    expect(await response?.headerValues('set-cookie')).toContain(
      'pathshala.iron=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    );
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('pathshala.iron');
    expect(await cookieHeaderSentTo(page, '/api/demo/me')).not.toContain('pathshala.iron');
  });

  test('"reset my lab cookies" on the lab index clears every lab cookie and keeps the site session', async ({ page, baseURL }) => {
    // By domain and path: a `url` would give each cookie its directory (`/api/demo`), not the lab's path.
    const domain = new URL(baseURL!).hostname;
    const cookie = (name: string, path: string) => ({ name, value: 'x', domain, path });
    await page
      .context()
      .addCookies([
        cookie('pathshala.iron', '/api/demo/stateless'),
        cookie('pathshala.iron', '/'),
        cookie('pathshala.lab-fixation.sid', '/api/lab/security/fixation'),
        cookie('pathshala.lab-csrf-lax', '/api/lab/security/csrf'),
        cookie('pathshala.lab-xss', '/'),
        cookie('pathshala.lab-replay.iron', '/api/lab/security/replay'),
        cookie('pathshala.race', '/api/demo/race/locked'),
        cookie('pathshala.playground', '/api/playground/options'),
        cookie('pathshala.sid', '/'),
      ]);
    // The page load itself clears the stray seal on `/`; the button clears the rest.
    await page.goto('/hi-latn/lab');
    const reset = page.getByRole('button', { name: site.lab.resetCookies });
    await waitForHydration(reset);
    await reset.click();
    await expect(page.getByText(site.lab.resetCookiesDone)).toBeVisible();
    expect((await page.context().cookies()).map((cookie) => cookie.name)).toEqual(['pathshala.sid']);
  });
});
