import { describe, expect, it } from 'vitest';
import { maxAgeLabel, playgroundStrings } from './strings';

/** Every path to a leaf string, with arrays as their indices. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

function leafAt(root: unknown, path: string): string {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root) as string;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('playground strings', () => {
  const en = leafPaths(playgroundStrings.en);

  it('should have the same keys in Hinglish and English', () => {
    expect(leafPaths(playgroundStrings['hi-latn'])).toEqual(en);
  });

  it('should have no empty string and the same placeholders and code spans in both languages', () => {
    for (const path of en) {
      const english = leafAt(playgroundStrings.en, path);
      const hinglish = leafAt(playgroundStrings['hi-latn'], path);
      expect(english.trim(), path).not.toBe('');
      expect(hinglish.trim(), path).not.toBe('');
      expect(placeholders(hinglish), path).toEqual(placeholders(english));
      expect((hinglish.match(/`/g) ?? []).length % 2, path).toBe(0);
      expect((english.match(/`/g) ?? []).length % 2, path).toBe(0);
    }
  });

  it('should write the maxAge choices in seconds or minutes with the ms value', () => {
    expect(maxAgeLabel(playgroundStrings.en, null)).toBe('none (browser-session cookie)');
    expect(maxAgeLabel(playgroundStrings.en, 10_000)).toBe('10 s (10000 ms)');
    expect(maxAgeLabel(playgroundStrings.en, 1_800_000)).toBe('30 min (1800000 ms)');
  });
});
