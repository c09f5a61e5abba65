import type { Locale } from './locales';
import { en } from './dictionaries/en';
import { hiLatn, type Dictionary } from './dictionaries/hi-latn';

export type { Dictionary };

const dictionaries: Record<Locale, Dictionary> = { 'hi-latn': hiLatn, en };

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** Fills `{name}` placeholders: `format('{n} min', { n: 5 })`. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
