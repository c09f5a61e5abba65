import type { Locale } from './locales';
import { en } from './dictionaries/en';
import { hiLatn, type Dictionary } from './dictionaries/hi-latn';

export type { Dictionary };

const dictionaries: Record<Locale, Dictionary> = { 'hi-latn': hiLatn, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

export { format } from './format';
