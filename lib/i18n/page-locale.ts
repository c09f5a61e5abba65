import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/lib/i18n/locales';

/** The locale of a page's params, or the 404 page. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
