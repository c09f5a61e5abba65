import { expect, test } from '@playwright/test';
import { course } from '@/lib/course/course';
import { PROGRESS_KEY } from '@/lib/course/progress';
import { format } from '@/lib/i18n/format';
import { siteMessages } from '@/lib/i18n/messages/site';
import { waitForHydration } from './helpers';

const site = siteMessages('hi-latn');

test.use({ viewport: { width: 360, height: 780 } });

test.describe('the CSRF lab on a phone', () => {
  test('at 360 px the SameSite=None result is on screen, with no sideways scroll of the page or the table', async ({ page }) => {
    await page.goto('/hi-latn/lab/security/csrf');
    const none = page.getByTestId('csrf-post-none');
    await none.scrollIntoViewIfNeeded();
    await expect(none).toBeInViewport({ ratio: 1 });
    const layout = await none.evaluate((cell) => {
      const region = cell.closest('[role=region]')!;
      return {
        pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
        tableOverflow: region.scrollWidth - region.clientWidth,
        scrolledBy: window.scrollX + region.scrollLeft,
        right: cell.getBoundingClientRect().right,
      };
    });
    expect(layout).toMatchObject({ pageOverflow: 0, tableOverflow: 0, scrolledBy: 0 });
    expect(layout.right).toBeLessThanOrEqual(360);
    // The card names the column its result belongs to.
    expect(await none.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"SameSite=None"');
    await expect(page.getByTestId('csrf-post-lax')).toBeInViewport({ ratio: 1 });
  });
});

test.describe('progress marks on a phone', () => {
  const [first, second] = course;

  test.beforeEach(async ({ page }) => {
    await page.addInitScript(
      ([key, slug]) => window.localStorage.setItem(key, JSON.stringify({ done: { [slug]: '2026-12-01T10:00:00.000Z' }, last: null })),
      [PROGRESS_KEY, first!.slug] as const,
    );
  });

  const summary = format(site.progress.summary, { done: 1, total: course.length });

  test('the lesson index shows the count and a mark on the finished lesson only', async ({ page }) => {
    await page.goto('/hi-latn/learn');
    await expect(page.getByTestId('course-progress')).toContainText(summary);
    await expect(page.getByTestId(`done-${first!.slug}`)).toBeVisible();
    await expect(page.getByTestId(`done-${second!.slug}`)).toHaveCount(0);
  });

  test('the menu shows the count and a mark on the finished lesson only', async ({ page }) => {
    await page.goto('/hi-latn/glossary');
    const open = page.getByRole('button', { name: site.nav.openMenu });
    await waitForHydration(open);
    await open.click();
    const menu = page.getByRole('dialog');
    await expect(menu.getByTestId('course-progress')).toContainText(summary);
    await expect(menu.getByRole('link', { name: first!.title['hi-latn'] })).toContainText(site.progress.doneMark);
    await expect(menu.getByTestId(`done-${first!.slug}`)).toBeVisible();
    await expect(menu.getByTestId(`done-${second!.slug}`)).toHaveCount(0);
  });
});
