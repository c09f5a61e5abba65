import { expect, test } from '@playwright/test';

/*
 * Text in the site's sans font must stay inside the characters its web font file holds. A
 * character outside them (→, ✓, ✦ …) sends the browser down the fallback fonts, and on Linux
 * each family it tries is a synchronous round trip to the browser process in the page's first
 * layout (docs/PERFORMANCE.md). The interface draws such symbols as SVG (components/ui/icon.tsx).
 * The one exception is the rupee sign: prices are text, and the Latin file has no ₹.
 */
const ALLOWED_OUTSIDE = new Set(['₹']);

const pages = [
  '/en',
  '/hi-latn',
  '/en/learn/what-is-a-session',
  '/hi-latn/learn/session-security',
  '/en/lab/cart',
  '/en/learn',
  '/hi',
  '/hi/learn/session-security',
  '/hi/lab/cart',
];

test.describe('characters outside the web font', () => {
  for (const path of pages) {
    test(`${path} shows none in its sans text but ₹`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const found = await page.evaluate(() => {
        // The web font families and the characters each holds (a family has one face per file).
        const ranges = new Map<string, [number, number][]>();
        for (const face of document.fonts) {
          const family = face.family.replace(/^"|"$/g, '');
          if (!/^notoSans(Devanagari)?$/.test(family)) continue;
          for (const part of face.unicodeRange.split(',')) {
            const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
            ranges.set(family, [...(ranges.get(family) ?? []), [parseInt(from!, 16), parseInt(to!, 16)]]);
          }
        }
        const outside = new Map<string, string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const element = node.parentElement;
          // Only laid-out text is shaped: not scripts, not what display: none hides.
          if (element === null || element.closest('script, style, template') !== null || !element.checkVisibility()) continue;
          const stack = getComputedStyle(element).fontFamily;
          if (!/^notoSans\b/.test(stack)) continue;
          // The web fonts this element's stack names: notoSans everywhere, notoSansDevanagari on hi pages.
          const own = stack
            .split(',')
            .map((name) => name.trim().replace(/^"|"$/g, ''))
            .flatMap((name) => ranges.get(name) ?? []);
          const inFont = (code: number) => own.some(([from, to]) => code >= from && code <= to);
          for (const char of node.textContent ?? '') {
            if (!/\s/.test(char) && !inFont(char.codePointAt(0)!)) outside.set(char, element.outerHTML.slice(0, 80));
          }
        }
        return {
          faces: ranges.get('notoSans')?.length ?? 0,
          devanagari: /devanagari/i.test(getComputedStyle(document.body).fontFamily),
          outside: [...outside],
        };
      });
      expect(found.devanagari, 'Devanagari font only on hi pages').toBe(path.startsWith('/hi/') || path === '/hi');
      expect(found.faces, 'the notoSans faces and their unicode-range').toBeGreaterThan(0);
      expect(found.outside.filter(([char]) => !ALLOWED_OUTSIDE.has(char))).toEqual([]);
    });
  }
});
