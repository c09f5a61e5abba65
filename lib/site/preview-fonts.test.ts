import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { siteMessages } from '@/lib/i18n/messages/site';
import { previewFontFile, previewFontsByLocale, type PreviewFont } from './preview-fonts';
import { publicPages } from './public-pages';

/** The code points of `font`'s subset, from its package's unicode.json (`U+0000-00FF,U+0131,…`). */
function covers(font: PreviewFont): (codePoint: number) => boolean {
  const table = JSON.parse(readFileSync(join('node_modules', font.package, 'unicode.json'), 'utf8')) as Record<string, string>;
  const ranges = (table[font.subset] ?? '').split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)] as const;
  });
  return (codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

describe.each(locales)('the preview fonts of %s', (locale) => {
  const fonts = previewFontsByLocale[locale];

  it('should be files that exist in node_modules, as WOFF (next/og reads no WOFF2)', () => {
    for (const font of fonts) {
      expect(previewFontFile(font)).toMatch(/\.woff$/);
      expect(existsSync(join('node_modules', previewFontFile(font))), previewFontFile(font)).toBe(true);
    }
  });

  // next/og would fetch a font for a glyph it lacks from the network; HarfBuzz's shaper (hi) refuses one.
  it('should hold every character the cards draw', () => {
    const coverage = fonts.map(covers);
    const text = [
      siteMessages(locale).site.name,
      ...publicPages().flatMap((page) => [page.kicker(locale), page.title(locale), page.description(locale)]),
    ].join('');
    const missing = [...new Set(text)].filter((char) => !/\s/.test(char) && !coverage.some((has) => has(char.codePointAt(0)!)));
    expect(missing).toEqual([]);
  });

  it('should give each file its own name and weight: next/og keeps only one font per pair', () => {
    const pairs = fonts.map((font) => `${font.name}@${font.weight}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('should have a Latin file in both weights the cards use', () => {
    expect(fonts.filter((font) => font.subset === 'latin').map((font) => font.weight)).toEqual([400, 800]);
  });
});
