import { expect, test, type APIRequestContext } from '@playwright/test';
import { firstLoadJsOfHtml } from './support/first-load-js';

/**
 * First-load JavaScript budgets, gzip KiB, measured on the production build (docs/PERFORMANCE.md).
 * A regression past these fails `npm test`; raise one only with a reason in that document.
 * Measured on 2026-11-27 after the client bundles stopped carrying both dictionaries:
 *
 * - lessonWithoutDemos: 148.1 KiB (what-is-a-session, both languages), about 4 KiB of headroom.
 *   Lessons load each demo's and widget's code only where they embed it (components/lesson/
 *   lazy-lesson-widgets.tsx); static imports of them in mdx-components.tsx would add 12 KiB to
 *   every lesson, and the options playground (6.7) or the inspector (4.0) alone would exceed it.
 * - lessonWithDemos: 154.8 KiB at most (session-options; shopping-cart 154.7, login 153.3),
 *   their lazy chunks included. 159.4 (shopping-cart) on 2026-12-03: raised to 160 because a
 *   next/og route (the link-preview images) gives Turbopack's browser runtime its async-module
 *   support, 0.45 KiB on every page (docs/PERFORMANCE.md).
 * - lab: 148.9 KiB (/en/lab/cart); the login lab is close to it.
 */
const BUDGET_KIB = { lessonWithoutDemos: 153, lessonWithDemos: 162, lab: 155 } as const;

async function pageKiB(request: APIRequestContext, route: string): Promise<number> {
  const response = await request.get(route, { headers: { 'x-forwarded-for': '198.20.1.1' } });
  expect(response.status(), route).toBe(200);
  const kib = (await firstLoadJsOfHtml(await response.text())).gzip / 1024;
  console.log(`first-load JS ${route}: ${kib.toFixed(1)} KiB gzip`);
  return kib;
}

test.describe('first-load JavaScript budget', () => {
  test(`a lesson that embeds no demo loads at most ${BUDGET_KIB.lessonWithoutDemos} KiB of gzip JS`, async ({ request }) => {
    for (const route of ['/en/learn/what-is-a-session', '/hi-latn/learn/what-is-a-session']) {
      expect(await pageKiB(request, route), route).toBeLessThanOrEqual(BUDGET_KIB.lessonWithoutDemos);
    }
  });

  test(`a lesson with demos loads at most ${BUDGET_KIB.lessonWithDemos} KiB of gzip JS, its demos included`, async ({ request }) => {
    for (const route of ['/en/learn/shopping-cart', '/en/learn/session-options', '/hi-latn/learn/login-with-sessions']) {
      expect(await pageKiB(request, route), route).toBeLessThanOrEqual(BUDGET_KIB.lessonWithDemos);
    }
  });

  test(`a lab page loads at most ${BUDGET_KIB.lab} KiB of gzip JS`, async ({ request }) => {
    for (const route of ['/en/lab/cart', '/en/lab/login']) {
      expect(await pageKiB(request, route), route).toBeLessThanOrEqual(BUDGET_KIB.lab);
    }
  });
});
