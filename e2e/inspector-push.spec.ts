import { expect, test, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';

// Failed logins and new sessions are limited per client address; give every test its own.
test.beforeEach(async ({ context }, testInfo) => {
  await context.setExtraHTTPHeaders({
    'x-forwarded-for': `10.${testInfo.workerIndex}.${testInfo.repeatEachIndex}.${Math.floor(Math.random() * 250) + 1}`,
  });
});

/** Counts a page's inspector reads and stream openings. */
function countInspectorTraffic(page: Page) {
  const counts = { reads: 0, streams: 0 };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === '/api/inspect') counts.reads += 1;
    if (path === '/api/inspect/stream') counts.streams += 1;
  });
  return counts;
}

test('two tabs and a curl move one inspector through its stream, and nothing polls while nothing changes', async ({
  context,
  page,
  request,
}) => {
  // A fake clock for the page's timers: a poll would fire as the clock runs ahead.
  await page.clock.install();
  const counts = countInspectorTraffic(page);
  const streamOpened = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/inspect/stream');
  await page.goto('/en/lab/cart');
  const add = page.getByRole('button', { name: 'Add Samosa' });
  await waitForHydration(add);
  await add.click();
  await expect(page.getByTestId('store-entry')).toContainText('"qty": 1');
  const stream = await streamOpened;
  expect(stream.headers()['content-type']).toBe('text/event-stream; charset=utf-8');
  expect(stream.headers()['cache-control']).toBe('no-store, no-transform');
  // The first stream watched no session; the add made one, so the page watches it on a second.
  await expect.poll(() => counts.streams).toBe(2);
  await expect(page.locator('[data-inspector]')).toHaveAttribute('data-live', 'stream');

  // Quiet: a minute of the page's time passes and the inspector asks nothing (a poll every 2 s
  // would ask 30 times; one read may still be on its way for a request made as the stream opened).
  const settled = counts.reads;
  await page.clock.runFor(60_000);
  expect(counts.reads).toBeLessThanOrEqual(settled + 1);

  // Another tab of the same browser adds one.
  const second = await context.newPage();
  await second.goto('/en/lab/cart');
  const more = second.getByRole('button', { name: 'One more Samosa' });
  await waitForHydration(more);
  await more.click();
  await expect(second.getByTestId('qty-samosa')).toHaveText('2');
  await expect(page.getByTestId('store-entry')).toContainText('"qty": 2');
  // The second tab stays open to the end: closing it would focus this one, and a focused demo
  // asks the server for its truth (use-server-truth.ts), a real change the stream then reports,
  // which would land among the curl's reads below.

  // A curl with the same cookie: no tab of this browser knows, only the server's stream tells.
  const sid = (await context.cookies()).find((cookie) => cookie.name === 'pathshala.sid');
  expect(sid).toBeDefined();
  const readsBeforeCurl = counts.reads;
  const curl = await request.post('/api/demo/cart', {
    headers: { cookie: `pathshala.sid=${sid!.value}`, 'content-type': 'application/json', 'x-forwarded-for': '10.200.0.1' },
    data: { productId: 'samosa', qty: 1 },
  });
  expect(curl.status()).toBe(200);
  await expect(page.getByTestId('store-entry')).toContainText('"qty": 3');
  // One read for the one change. A demo may also reload its cart when its page gets focus
  // (use-server-truth.ts; headless Chromium moves focus between the two open pages as it likes),
  // and that reload is a request of its own the stream reports: at most one read more, never a poll.
  const curlReads = counts.reads - readsBeforeCurl;
  expect(curlReads).toBeGreaterThanOrEqual(1);
  expect(curlReads).toBeLessThanOrEqual(2);

  const afterCurl = counts.reads;
  await page.clock.runFor(60_000);
  expect(counts.reads).toBe(afterCurl);
  // The same stream all along: the other tab and the curl changed the session, not the cookie.
  expect(counts.streams).toBe(2);
  await second.close();
});

test('a login in another tab (a new sid and cookie) gives the page a stream on the new session', async ({ context, page }) => {
  const counts = countInspectorTraffic(page);
  await page.goto('/en/lab/cart');
  const add = page.getByRole('button', { name: 'Add Samosa' });
  await waitForHydration(add);
  await add.click();
  await expect(page.getByTestId('store-entry')).toContainText('"samosa"');
  // One stream before the session existed, one on it.
  await expect.poll(() => counts.streams).toBe(2);
  await expect(page.locator('[data-inspector]')).toHaveAttribute('data-live', 'stream');

  const other = await context.newPage();
  await other.goto('/en/lab/login');
  await other.getByLabel('Username').fill('riya');
  await other.getByLabel('Password').fill('chai-1234');
  const login = other.getByRole('button', { name: 'Log in' });
  await waitForHydration(login);
  await login.click();
  await expect(page.getByTestId('store-entry')).toContainText('"riya"');
  // A new cookie, so the page watches the new session on a stream of its own.
  await expect.poll(() => counts.streams).toBe(3);
  await expect(page.locator('[data-inspector]')).toHaveAttribute('data-live', 'stream');
  // And it hears that session: another add in the other tab reaches this inspector.
  await other.goto('/en/lab/cart');
  const more = other.getByRole('button', { name: 'One more Samosa' });
  await waitForHydration(more);
  await more.click();
  await expect(page.getByTestId('store-entry')).toContainText('"qty": 2');
});

test('the stream answers only GET', async ({ request }) => {
  const post = await request.post('/api/inspect/stream');
  expect(post.status()).toBe(405);
});

test('where the stream cannot open, the inspector polls, and a curl’s change still arrives', async ({ context, page, request }) => {
  await page.clock.install();
  await page.route('**/api/inspect/stream', (route) => route.abort());
  const counts = countInspectorTraffic(page);
  await page.goto('/en/lab/cart');
  const add = page.getByRole('button', { name: 'Add Samosa' });
  await waitForHydration(add);
  await add.click();
  await expect(page.getByTestId('store-entry')).toContainText('"qty": 1');
  await expect(page.locator('[data-inspector]')).toHaveAttribute('data-live', 'poll');
  const sid = (await context.cookies()).find((cookie) => cookie.name === 'pathshala.sid');
  const curl = await request.post('/api/demo/cart', {
    headers: { cookie: `pathshala.sid=${sid!.value}`, 'content-type': 'application/json', 'x-forwarded-for': '10.201.0.1' },
    data: { productId: 'samosa', qty: 1 },
  });
  expect(curl.status()).toBe(200);
  const before = counts.reads;
  await page.clock.runFor(2_500);
  await expect(page.getByTestId('store-entry')).toContainText('"qty": 2');
  expect(counts.reads).toBeGreaterThan(before);
});

test('a hidden tab lets its stream go, and reads once and reconnects when it is shown again', async ({ page }) => {
  const counts = countInspectorTraffic(page);
  await page.goto('/en/lab/cart');
  const add = page.getByRole('button', { name: 'Add Samosa' });
  await waitForHydration(add);
  await add.click();
  await expect(page.getByTestId('store-entry')).toContainText('"qty": 1');
  await expect(page.locator('[data-inspector]')).toHaveAttribute('data-live', 'stream');
  const setVisibility = (state: 'hidden' | 'visible') =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await setVisibility('hidden');
  await expect(page.locator('[data-inspector]')).toHaveAttribute('data-live', 'poll');
  const streams = counts.streams;
  const reads = counts.reads;
  await setVisibility('visible');
  await expect(page.locator('[data-inspector]')).toHaveAttribute('data-live', 'stream');
  expect(counts.streams).toBe(streams + 1);
  await expect.poll(() => counts.reads).toBeGreaterThan(reads);
});
