import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { publishedSlugs } from '@/lib/course/content';
import { expectNoAxeViolations, locales, useTheme } from './helpers';

const pages = [
  { name: 'home', path: '' },
  { name: 'lesson index', path: '/learn' },
  { name: 'glossary', path: '/glossary' },
  { name: '404', path: '/learn/no-such-lesson' },
  ...publishedSlugs().map((slug) => ({ name: `lesson ${slug}`, path: `/learn/${slug}` })),
];

test.describe('axe (WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const { segment } of locales) {
      for (const { name, path } of pages) {
        test(`${name} in ${segment}, ${theme} theme`, async ({ page }) => {
          // axe walks every node: the longest lesson takes 20 s on a quiet machine and more under load.
          test.setTimeout(120_000);
          await useTheme(page, theme);
          await page.goto(`/${segment}${path}`);
          await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
          await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          await expectNoAxeViolations(page);
        });
      }
    }
  }
});

test.describe('narrow screens (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const { segment } of locales) {
    for (const { name, path } of pages) {
      test(`${name} in ${segment} has no horizontal overflow`, async ({ page }) => {
        await page.goto(`/${segment}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(360);
      });
    }
  }

  for (const { segment } of locales) {
    test(`a wide lesson table in ${segment} scrolls in a named region the keyboard can reach`, async ({ page }) => {
      await page.goto(`/${segment}/learn/session-options`);
      const region = page.locator('.lesson-table').first();
      await expect(region).toHaveAttribute('role', 'region');
      await expect(region).toHaveAttribute('tabindex', '0');
      await expect(region).toHaveAttribute('aria-label', /\S/);
      const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      const results = await new AxeBuilder({ page })
        .include('.lesson-table')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test('the navigation drawer opens, lists the course and closes with Escape', async ({ page }) => {
    await page.goto('/en/learn/what-is-a-session');
    // The drawer's links are rendered only once it opens.
    await expect(page.locator('dialog[aria-label="Menu"] a')).toHaveCount(0);
    await page.getByRole('button', { name: 'Open menu' }).click();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByRole('link', { name: 'What is a session?' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(page.locator('dialog[aria-label="Menu"] a')).toHaveCount(0);
    // It opens again, and a link in it navigates and closes it.
    await page.getByRole('button', { name: 'Open menu' }).click();
    await drawer.getByRole('link', { name: 'Cookies 101' }).click();
    await expect(page).toHaveURL(/\/en\/learn\/cookies-101$/);
    await expect(drawer).toBeHidden();
  });
});
