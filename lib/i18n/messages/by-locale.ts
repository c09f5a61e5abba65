import type { Locale } from '../locales';

/**
 * One area's catalogues, read by locale: `labsMessages('en').csrf.title`. Each area has its own
 * module, so a client component that reads one area bundles that area only. `Record<Locale, T>`
 * makes a locale that lacks this area a type error.
 */
export function byLocale<T>(catalogues: Readonly<Record<Locale, T>>): (locale: Locale) => T {
  return (locale) => catalogues[locale];
}
