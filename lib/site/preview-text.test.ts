import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { previewShaper } from './preview-shaper';
import { findPublicPage } from './public-pages';
import { layoutPreviewText, PREVIEW_COLUMN_WIDTH, previewCardTexts, previewTextStyles, type PreviewTextStyle } from './preview-text';

const DESCRIPTION: PreviewTextStyle = { size: 30, weight: 400, lineHeight: 1.35, letterSpacing: 0, width: 600, maxLines: 2 };
const TITLE: PreviewTextStyle = { size: 84, weight: 800, lineHeight: 1.1, letterSpacing: -1, width: 700, maxLines: Infinity };
const LONG =
  'HTTP सब भूल जाता है; session server की short-term memory है। Cookie में सिर्फ़ session ID जाती है, data server पर रहता है, ' +
  'Redis या memory store में, और express-session उसे हर request पर वापस लाता है।';

describe('layoutPreviewText', () => {
  it('should wrap at spaces with no line wider than the width, and keep every word when lines are not limited', async () => {
    const shaper = await previewShaper('hi');
    const text = layoutPreviewText(shaper, LONG, { ...DESCRIPTION, maxLines: Infinity });
    expect(text.lines.length).toBeGreaterThan(2);
    for (const line of text.lines) expect(line.width, line.text).toBeLessThanOrEqual(600);
    expect(text.lines.map((line) => line.text).join(' ')).toBe(LONG.replace(/\s+/g, ' ').trim());
    // Each line is as full as it can be: the next line's first word would not have fitted.
    text.lines.slice(0, -1).forEach((line, i) => {
      const next = text.lines[i + 1]!.text.split(' ')[0]!;
      expect(shaper.shape(`${line.text} ${next}`, DESCRIPTION).advance).toBeGreaterThan(600);
    });
  });

  it('should stop at the last line allowed and end it in an ellipsis that fits', async () => {
    const shaper = await previewShaper('hi');
    const text = layoutPreviewText(shaper, LONG, DESCRIPTION);
    expect(text.lines).toHaveLength(2);
    expect(text.lines[1]!.text).toMatch(/\S…$/);
    for (const line of text.lines) expect(line.width).toBeLessThanOrEqual(600);
    expect(LONG.startsWith(`${text.lines[0]!.text} ${text.lines[1]!.text.slice(0, -1)}`)).toBe(true);
    expect(text.height).toBe(2 * Math.round(30 * 1.35));
  });

  it('should add no ellipsis to a text that fits its lines', async () => {
    const shaper = await previewShaper('hi');
    const text = layoutPreviewText(shaper, 'Session क्या होता है?', DESCRIPTION);
    expect(text.lines.map((line) => line.text)).toEqual(['Session क्या होता है?']);
  });

  it('should cut a word too wide for any line between its letters, never through a conjunct', async () => {
    const shaper = await previewShaper('hi');
    const word = 'सत्र'.repeat(12);
    const text = layoutPreviewText(shaper, word, TITLE);
    expect(text.lines.length).toBeGreaterThan(1);
    for (const line of text.lines) expect(line.width).toBeLessThanOrEqual(700);
    expect(text.lines.map((line) => line.text).join('')).toBe(word);
    for (const line of text.lines) expect(line.text).not.toMatch(/्$/);
  });

  it('should outline every glyph inside a box of its lines, reporting the ink that reaches past it', async () => {
    const shaper = await previewShaper('hi');
    const text = layoutPreviewText(shaper, 'क्या हिन्दी', TITLE);
    expect(text.height).toBe(Math.round(84 * 1.1));
    expect(text.width).toBe(Math.ceil(text.lines[0]!.width));
    expect(text.path).toMatch(/^M-?\d/);
    const ys = [...text.path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((match) => Number(match[2]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(-text.ink.top);
    expect(Math.max(...ys)).toBeLessThanOrEqual(text.height + text.ink.bottom);
    expect(text.ink).toEqual({ top: 0, right: text.ink.right, bottom: text.ink.bottom, left: 0 });
  });

  it('should report the ink above and below lines too short for their glyphs, for the SVG to reach past its box', async () => {
    const shaper = await previewShaper('hi');
    const text = layoutPreviewText(shaper, 'क्या हिन्दी', { ...TITLE, lineHeight: 0.5 });
    expect(text.height).toBe(42);
    const ys = [...text.path.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((match) => Number(match[2]));
    expect(text.ink.top).toBe(Math.ceil(-Math.min(...ys)));
    expect(text.ink.bottom).toBe(Math.ceil(Math.max(...ys) - 42));
    expect(text.ink.top).toBeGreaterThan(0);
    expect(text.ink.bottom).toBeGreaterThan(0);
  });
});

describe('previewCardTexts', () => {
  const page = findPublicPage('/learn/what-is-a-session')!;
  const textsOf = (locale: (typeof locales)[number]) => ({
    siteName: 'Session Pathshala',
    kicker: page.kicker(locale),
    title: page.title(locale),
    description: page.description(locale),
  });

  it('should leave the en and hi-latn texts to next/og, as strings', async () => {
    for (const locale of ['en', 'hi-latn'] as const) expect(await previewCardTexts(locale, textsOf(locale))).toEqual(textsOf(locale));
  });

  it('should shape every text of a hi card, each no wider than its column', async () => {
    const texts = textsOf('hi');
    const shaped = await previewCardTexts('hi', texts);
    const styles = previewTextStyles(texts.title);
    for (const key of ['siteName', 'kicker', 'title', 'description'] as const) {
      const text = shaped[key];
      if (typeof text === 'string') throw new Error(`${key} was not shaped`);
      expect(text.path.length, key).toBeGreaterThan(0);
      expect(text.width, key).toBeLessThanOrEqual(styles[key].width);
    }
    expect(styles.title.width).toBe(PREVIEW_COLUMN_WIDTH);
    expect(PREVIEW_COLUMN_WIDTH).toBe(1040);
  });
});
