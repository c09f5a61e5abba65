/** URL segments of the two languages; Hinglish first, as it is the default. */
export const locales = ['hi-latn', 'en'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'hi-latn';

/** The BCP 47 tag for `<html lang>` and `hreflang`. */
export const htmlLang: Record<Locale, string> = { 'hi-latn': 'hi-Latn', en: 'en' };

/** A plain preference cookie (not a session): the language a visitor chose. */
export const LOCALE_COOKIE = 'pathshala.lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'hi-latn' : 'en';
}

/**
 * The language for a visitor whose URL names none: the choice they made earlier with the
 * language switch, else Hinglish — the course's first language, whatever the browser says.
 */
export function preferredLocale(cookieValue: string | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : defaultLocale;
}

/** Replaces the locale segment of a path: `/en/learn/x` → `/hi-latn/learn/x`. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  const tail = isLocale(first) ? rest : [first, ...rest].filter((part) => part !== undefined && part !== '');
  const joined = tail.join('/');
  return joined ? `/${to}/${joined}` : `/${to}`;
}
