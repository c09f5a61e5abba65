import { expect, test } from '@playwright/test';

/*
 * Text in the site's sans font must stay inside the characters its web font file holds. A
 * character outside them (→, ✓, ✦ …) sends the browser down the fallback fonts, and on Linux
 * each family it tries is a synchronous round trip to the browser process in the page's first
 * layout (docs/PERFORMANCE.md). The interface draws such symbols as SVG (components/ui/icon.tsx).
 * The one exception is the rupee sign: prices are text, and the Latin file has no ₹.
 */
const ALLOWED_OUTSIDE = new Set(['₹']);

const pages = ['/en', '/hi-latn', '/en/learn/what-is-a-session', '/hi-latn/learn/session-security', '/en/lab/cart', '/en/learn'];

test.describe('characters outside the web font', () => {
  for (const path of pages) {
    test(`${path} shows none in its sans text but ₹`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const found = await page.evaluate(() => {
        const ranges: [number, number][] = [];
        for (const face of document.fonts) {
          if (!/^"?notoSans"?$/.test(face.family)) continue;
          for (const part of face.unicodeRange.split(',')) {
            const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
            ranges.push([parseInt(from!, 16), parseInt(to!, 16)]);
          }
        }
        const inFont = (code: number) => ranges.some(([from, to]) => code >= from && code <= to);
        const outside = new Map<string, string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const element = node.parentElement;
          // Only laid-out text is shaped: not scripts, not what display: none hides.
          if (element === null || element.closest('script, style, template') !== null || !element.checkVisibility()) continue;
          if (!/^notoSans\b/.test(getComputedStyle(element).fontFamily)) continue;
          for (const char of node.textContent ?? '') {
            if (!/\s/.test(char) && !inFont(char.codePointAt(0)!)) outside.set(char, element.outerHTML.slice(0, 80));
          }
        }
        return { faces: ranges.length, outside: [...outside] };
      });
      expect(found.faces, 'the notoSans faces and their unicode-range').toBeGreaterThan(0);
      expect(found.outside.filter(([char]) => !ALLOWED_OUTSIDE.has(char))).toEqual([]);
    });
  }
});
