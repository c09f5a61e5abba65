import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { firstLoadJs } from './support/first-load-js';

/**
 * First-load JavaScript budgets, gzip KiB, measured on the production build (docs/PERFORMANCE.md).
 * A regression past these fails `npm test`; raise one only with a reason in that document.
 */
const BUDGET_KIB = { lesson: 170, lab: 165 } as const;

const distDir = process.env.NEXT_DIST_DIR ?? '.next';

/** Gzip KiB of every `<script src>` a page's HTML loads (module browsers skip `noModule`). */
function scriptKiB(html: string): number {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/noModule/i.test(tag));
  const sources = [...new Set(tags.map((tag) => /src="([^"]+\.js)"/.exec(tag)?.[1]).filter((src): src is string => src !== undefined))];
  const bytes = sources.map((src) => gzipSync(readFileSync(join(distDir, src.replace(/^\/_next\//, ''))), { level: 9 }).length);
  return bytes.reduce((sum, size) => sum + size, 0) / 1024;
}

test.describe('first-load JavaScript budget', () => {
  test(`a prerendered lesson loads at most ${BUDGET_KIB.lesson} KiB of gzip JS`, async () => {
    for (const route of ['en/learn/what-is-a-session', 'hi-latn/learn/what-is-a-session']) {
      const { gzip, files } = await firstLoadJs(route);
      const kib = gzip / 1024;
      console.log(`first-load JS ${route}: ${files.length} scripts, ${kib.toFixed(1)} KiB gzip`);
      expect(kib, route).toBeLessThanOrEqual(BUDGET_KIB.lesson);
    }
  });

  test(`a lab page (rendered per request) loads at most ${BUDGET_KIB.lab} KiB of gzip JS`, async ({ request }) => {
    for (const route of ['/en/lab/cart', '/en/lab/login']) {
      const response = await request.get(route, { headers: { 'x-forwarded-for': '198.20.1.1' } });
      expect(response.status()).toBe(200);
      const kib = scriptKiB(await response.text());
      console.log(`first-load JS ${route}: ${kib.toFixed(1)} KiB gzip`);
      expect(kib, route).toBeLessThanOrEqual(BUDGET_KIB.lab);
    }
  });
});
