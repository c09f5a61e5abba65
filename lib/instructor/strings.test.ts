import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { fill, instructorStrings } from './strings';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('instructor strings', () => {
  it('should have the same keys in every locale', () => {
    const [first, ...rest] = locales.map((locale) => Object.keys(instructorStrings[locale]).sort());
    for (const keys of rest) expect(keys).toEqual(first);
  });

  it('should leave no string empty', () => {
    for (const locale of locales) {
      for (const [key, value] of Object.entries(instructorStrings[locale])) expect(value.trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  it('should use the same placeholders in both languages', () => {
    for (const key of Object.keys(instructorStrings.en) as (keyof typeof instructorStrings.en)[]) {
      expect(placeholders(instructorStrings['hi-latn'][key]), key).toEqual(placeholders(instructorStrings.en[key]));
    }
  });
});

describe('fill', () => {
  it('should replace known placeholders and keep unknown ones', () => {
    expect(fill('{n} of {total}, {other}', { n: 3, total: '10' })).toBe('3 of 10, {other}');
  });

  it('should not treat JSON braces as placeholders', () => {
    expect(fill('Send {"token": "…"}.', {})).toBe('Send {"token": "…"}.');
  });
});
