import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { findPublicPage } from '@/lib/site/public-pages';
import { previewCard } from './preview-card';

const page = findPublicPage('/learn/what-is-a-session')!;
const markupOf = async (locale: Locale) =>
  renderToStaticMarkup(
    await previewCard(locale, {
      siteName: 'Session Pathshala',
      kicker: page.kicker(locale),
      title: page.title(locale),
      description: page.description(locale),
    }),
  );

describe('the preview card', () => {
  it('should draw a hi card’s four texts as shaped SVG outlines, leaving no Devanagari for next/og to set', async () => {
    const html = await markupOf('hi');
    expect(page.title('hi')).toBe('Session क्या होता है?');
    expect(html).not.toMatch(/\p{Script=Devanagari}/u);
    expect(html).not.toContain('Session Pathshala');
    const svgs = [...html.matchAll(/<svg [^>]*>(.*?)<\/svg>/g)];
    expect(svgs).toHaveLength(4);
    for (const [, inner] of svgs) expect(inner).toMatch(/^<path d="M-?\d[^"]+" fill="#[0-9a-f]{6}"><\/path>$/);
  });

  it('should leave an en card’s texts as text for next/og, with no SVG', async () => {
    const html = await markupOf('en');
    expect(html).toContain('>What is a session?</div>');
    expect(html).toContain('>Session Pathshala</div>');
    expect(html).not.toContain('<svg');
  });
});
