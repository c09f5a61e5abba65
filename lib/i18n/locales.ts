/** URL segments of the three languages; Hinglish first, as it is the default. */
export const locales = ['hi-latn', 'en', 'hi'] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'hi-latn';

/** The BCP 47 tag for `<html lang>` and `hreflang`. */
export const htmlLang: Record<Locale, string> = { 'hi-latn': 'hi-Latn', en: 'en', hi: 'hi' };

/**
 * What the language switch shows for each locale: a short mark and the language's own name,
 * each written in that language, so a reader finds their language whatever page they are on.
 */
export const localeNames: Record<Locale, { readonly short: string; readonly name: string }> = {
  'hi-latn': { short: 'HI', name: 'Hinglish' },
  en: { short: 'EN', name: 'English' },
  hi: { short: 'हिं', name: 'हिन्दी' },
};

/** A plain preference cookie (not a session): the language a visitor chose. */
export const LOCALE_COOKIE = 'pathshala.lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locales a reader of `locale` can switch to, in the order of `locales`. */
export function otherLocales(locale: Locale): Locale[] {
  return locales.filter((other) => other !== locale);
}

/** Longest Accept-Language header read; a longer one is cut here, not parsed whole. */
const MAX_ACCEPT_LANGUAGE = 512;

/**
 * Whether the browser's Accept-Language puts Hindi (`hi`, `hi-IN`, but not `hi-Latn`, which is
 * Hinglish's own tag) above every other language. Ties keep header order; `q=0` means "not this",
 * and an entry with a malformed weight counts for nothing.
 */
export function acceptLanguageWantsHindi(header: string | null | undefined): boolean {
  if (!header) return false;
  let best: { tag: string; q: number } | null = null;
  for (const part of header.slice(0, MAX_ACCEPT_LANGUAGE).split(',')) {
    const [rawTag, ...params] = part.trim().split(';');
    const tag = (rawTag ?? '').trim().toLowerCase();
    if (!tag) continue;
    let q = 1;
    for (const param of params) {
      if (!/^\s*q\s*=/i.test(param)) continue;
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      q = match ? Number(match[1]) : Number.NaN; // a broken weight drops the entry
    }
    if (q > 1 || q <= 0 || Number.isNaN(q)) continue;
    if (best === null || q > best.q) best = { tag, q };
  }
  if (best === null) return false;
  const [language, script] = best.tag.split('-');
  return language === 'hi' && script !== 'latn';
}

/**
 * The language for a visitor whose URL names none: the choice they made earlier with the
 * language switch; else Devanagari Hindi when the browser asks for Hindi first; else Hinglish,
 * the course's first language (an English-first browser still starts in Hinglish).
 */
export function preferredLocale(cookieValue: string | undefined, acceptLanguage?: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  return acceptLanguageWantsHindi(acceptLanguage) ? 'hi' : defaultLocale;
}

/** Replaces the locale segment of a path: `/en/learn/x` → `/hi-latn/learn/x`. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const [, first, ...rest] = pathname.split('/');
  const tail = isLocale(first) ? rest : [first, ...rest].filter((part) => part !== undefined && part !== '');
  const joined = tail.join('/');
  return joined ? `/${to}/${joined}` : `/${to}`;
}
