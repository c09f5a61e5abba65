import type { MetadataRoute } from 'next';
import { locales } from '@/lib/i18n/locales';
import { languageAlternates } from '@/lib/site/page-metadata';
import { publicPages } from '@/lib/site/public-pages';
import { absoluteUrl } from '@/lib/site/url';

/** Every public page in every locale, each with its hreflang alternates; built from the course data. */
export default function sitemap(): MetadataRoute.Sitemap {
  return publicPages().flatMap((page) => {
    const languages = Object.fromEntries(Object.entries(languageAlternates(page.path)).map(([lang, path]) => [lang, absoluteUrl(path)]));
    return locales.map((locale) => ({ url: absoluteUrl(`/${locale}${page.path}`), alternates: { languages } }));
  });
}
