import { expect, test, type Request } from '@playwright/test';

/**
 * Links prefetch the page they lead to when the reader reaches for them, not when they scroll
 * into view (components/site/link.tsx): a lesson shows 10–20 links, and prefetching them all
 * cost every page view as many requests to the server the whole class shares.
 */

/** A router request for another page's payload (`?_rsc=`, as Next's prefetches and navigations send). */
const isRouterFetch = (request: Request) => new URL(request.url()).searchParams.has('_rsc');

test.describe('prefetching on intent', () => {
  test('a lesson fetches no other page until a link is reached for', async ({ page }) => {
    const routerFetches: string[] = [];
    page.on('request', (request) => {
      if (isRouterFetch(request)) routerFetches.push(new URL(request.url()).pathname);
    });
    await page.goto('/en/learn/what-is-a-session');
    await page.waitForLoadState('networkidle');
    // Scrolling every link into view used to prefetch each of them.
    await page
      .getByRole('link', { name: /Cookies 101/ })
      .last()
      .scrollIntoViewIfNeeded();
    // This stays a wait: it proves a prefetch does NOT happen, and an absence has no event to wait for.
    await page.waitForTimeout(1000);
    expect(routerFetches).toEqual([]);

    const next = page.getByRole('link', { name: /Cookies 101/ }).last();
    const prefetch = page.waitForRequest(
      (request) => isRouterFetch(request) && new URL(request.url()).pathname === '/en/learn/cookies-101',
    );
    await next.hover();
    await prefetch;

    await next.click();
    await expect(page).toHaveURL(/\/en\/learn\/cookies-101$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Cookies 101' })).toBeVisible();
  });

  test('keyboard focus on a link prefetches its page too', async ({ page }) => {
    await page.goto('/en');
    await page.waitForLoadState('networkidle');
    const learn = page.getByRole('banner').getByRole('link', { name: 'Lessons', exact: true });
    const prefetch = page.waitForRequest((request) => isRouterFetch(request) && new URL(request.url()).pathname === '/en/learn');
    await learn.focus();
    await prefetch;
  });
});
