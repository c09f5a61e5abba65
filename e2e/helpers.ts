import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const locales = [
  { segment: 'hi-latn', lang: 'hi-Latn' },
  { segment: 'en', lang: 'en' },
  { segment: 'hi', lang: 'hi' },
] as const;

/** Runs axe for WCAG 2.2 A/AA and fails with the rule IDs and the offending nodes. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/** Sets the remembered theme before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript((value) => window.localStorage.setItem('pathshala.theme', value), theme);
}

/**
 * Waits until React has hydrated `element`, so a click reaches its handler. A server-rendered
 * button can be clicked before the page's JavaScript has run, and that click is lost; React
 * marks each element it hydrates with its props (`__reactProps$…`).
 */
export async function waitForHydration(element: Locator) {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactProps$'))), { timeout: 15_000 })
    .toBe(true);
}
