import type { Metadata } from 'next';
import { defaultLocale, htmlLang, type Locale, locales } from '@/lib/i18n/locales';
import { siteMessages } from '@/lib/i18n/messages/site';
import { findPublicPage, PREVIEW_IMAGE_SIZE, previewImagePath } from './public-pages';

/** `hi-Latn` → `hi_IN`-style OpenGraph locale; `og:locale` wants language_TERRITORY. */
const ogLocale: Record<Locale, string> = { 'hi-latn': 'hi_IN', en: 'en_IN', hi: 'hi_IN' };

/** hreflang alternates of `/<locale><path>` in every locale, plus x-default (Hinglish). */
export function languageAlternates(path: string): Record<string, string> {
  return Object.fromEntries([
    ...locales.map((locale) => [htmlLang[locale], `/${locale}${path}`]),
    ['x-default', path === '' ? '/' : `/${defaultLocale}${path}`],
  ]);
}

/**
 * The metadata every public page carries, in the page's language: title and description,
 * the canonical URL and its hreflang alternates, and the link preview (OpenGraph and the large
 * Twitter card) with its build-time image. URLs are relative; the layout's `metadataBase`
 * (`SITE_URL`) makes them absolute.
 */
export function publicPageMetadata(locale: Locale, path: string): Metadata {
  const page = findPublicPage(path);
  if (!page) throw new Error(`page-metadata: ${path} is not in publicPages() (lib/site/public-pages.ts); add it there first.`);
  const title = page.title(locale);
  const description = page.description(locale);
  const image = { url: previewImagePath(locale, path), ...PREVIEW_IMAGE_SIZE, type: 'image/png', alt: title };
  return {
    title: path === '' ? { absolute: siteMessages(locale).site.name } : title,
    description,
    alternates: { canonical: `/${locale}${path}`, languages: languageAlternates(path) },
    openGraph: {
      type: path.startsWith('/learn/') ? 'article' : 'website',
      siteName: siteMessages(locale).site.name,
      title,
      description,
      url: `/${locale}${path}`,
      locale: ogLocale[locale],
      alternateLocale: locales.filter((other) => other !== locale).map((other) => ogLocale[other]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}
