import { describe, expect, it } from 'vitest';
import { en } from './dictionaries/en';
import { hiLatn } from './dictionaries/hi-latn';
import { format } from './dictionary';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leafKeys(inner, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value];
  return Object.values(value).flatMap(leaves);
}

describe('UI dictionaries', () => {
  it('have exactly the same keys in Hinglish and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(hiLatn).sort());
  });

  it('have a non-empty string for every key in both locales', () => {
    for (const value of [...leaves(en), ...leaves(hiLatn)]) {
      expect(typeof value).toBe('string');
      expect((value as string).trim()).not.toBe('');
    }
  });

  it('use the same placeholders in both locales', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const enByKey = new Map(leafKeys(en).map((key, i) => [key, leaves(en)[i]]));
    leafKeys(hiLatn).forEach((key, i) => {
      expect(placeholders(enByKey.get(key)), key).toEqual(placeholders(leaves(hiLatn)[i]));
    });
  });
});

describe('format', () => {
  it('fills named placeholders and leaves unknown ones alone', () => {
    expect(format('{score} of {total}', { score: 3, total: 4 })).toBe('3 of 4');
    expect(format('{missing}', {})).toBe('{missing}');
  });
});
