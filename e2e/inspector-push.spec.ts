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

  // Quiet: minutes of the page's time pass and the inspector asks nothing.
  await expect.poll(() => counts.streams).toBeGreaterThanOrEqual(1);
  const settled = counts.reads;
  await page.clock.runFor(60_000);
  expect(counts.reads).toBe(settled);

  // Another tab of the same browser adds one.
  const second = await context.newPage();
  await second.goto('/en/lab/cart');
  const more = second.getByRole('button', { name: 'One more Samosa' });
  await waitForHydration(more);
  await more.click();
  await expect(second.getByTestId('qty-samosa')).toHaveText('2');
  await expect(page.getByTestId('store-entry')).toContainText('"qty": 2');
  await second.close();

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
  // One read for the one change.
  expect(counts.reads - readsBeforeCurl).toBe(1);

  const afterCurl = counts.reads;
  await page.clock.runFor(60_000);
  expect(counts.reads).toBe(afterCurl);
  expect(counts.streams).toBe(1);
});

test('the stream follows the session through a login in another tab (a new sid), and a logout gives the page a new stream', async ({
  context,
  page,
}) => {
  const counts = countInspectorTraffic(page);
  await page.goto('/en/lab/cart');
  const add = page.getByRole('button', { name: 'Add Samosa' });
  await waitForHydration(add);
  await add.click();
  await expect(page.getByTestId('store-entry')).toContainText('"samosa"');
  await expect.poll(() => counts.streams).toBe(1);

  const other = await context.newPage();
  await other.goto('/en/lab/login');
  await other.getByLabel('Username').fill('riya');
  await other.getByLabel('Password').fill('chai-1234');
  const login = other.getByRole('button', { name: 'Log in' });
  await waitForHydration(login);
  await login.click();
  await expect(page.getByTestId('store-entry')).toContainText('"riya"');
  // A new cookie, so the page watches the new session on a stream of its own.
  await expect.poll(() => counts.streams).toBe(2);
});

test('the stream refuses other methods, and a browser without a session still gets a stream', async ({ request }) => {
  const post = await request.post('/api/inspect/stream');
  expect(post.status()).toBe(405);
});
