import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * First-load JavaScript budgets, gzip KiB, measured on the production build (docs/PERFORMANCE.md).
 * A regression past these fails `npm test`; raise one only with a reason in that document.
 *
 * - lessonWithoutDemos: 154.8 KiB measured on 2026-11-27, plus about 3 KiB of headroom. Lessons
 *   load each demo's and widget's code only where they embed it (components/lesson/
 *   lazy-lesson-widgets.tsx); static imports of them in mdx-components.tsx would add 12 KiB to
 *   every lesson, and the two largest alone (options playground 6.7, inspector 4.0) would also
 *   exceed this budget.
 * - lessonWithDemos: 161.4 KiB measured (shopping-cart, session-options), their lazy chunks
 *   included.
 * - lab: 155.5 KiB measured (/en/lab/cart), about 6 % of headroom.
 */
const BUDGET_KIB = { lessonWithoutDemos: 158, lessonWithDemos: 170, lab: 165 } as const;

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

/**
 * Gzip KiB of the JavaScript a page's HTML makes the browser load on first visit: every
 * `<script src>` (module browsers skip `noModule`) and every `<link rel="preload" as="script">`,
 * which is how a server-rendered next/dynamic component names the chunk it hydrates with.
 */
function firstLoadKiB(html: string): number {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/noModule/i.test(tag))
    .map((tag) => /src="([^"]+\.js)"/.exec(tag)?.[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => /rel="preload"/.test(tag) && /as="script"/.test(tag))
    .map((tag) => /href="([^"]+\.js)"/.exec(tag)?.[1]);
  const sources = new Set([...scripts, ...preloads].filter((src): src is string => src !== undefined));
  const bytes = [...sources].map((src) => gzipSync(readFileSync(join(distDir, src.replace(/^\/_next\//, ''))), { level: 9 }).length);
  return bytes.reduce((sum, size) => sum + size, 0) / 1024;
}

async function pageKiB(request: APIRequestContext, route: string): Promise<number> {
  const response = await request.get(route, { headers: { 'x-forwarded-for': '198.20.1.1' } });
  expect(response.status(), route).toBe(200);
  const kib = firstLoadKiB(await response.text());
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
