import { describe, expect, it } from 'vitest';
import { LAB_STRINGS } from './strings';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): [string, string][] {
  return keyPaths(value).map((path) => [
    path,
    path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value) as string,
  ]);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('lab strings', () => {
  it('should have the same keys in both locales', () => {
    expect(keyPaths(LAB_STRINGS['hi-latn']).sort()).toEqual(keyPaths(LAB_STRINGS.en).sort());
  });

  it.each(['hi-latn', 'en'] as const)('should have no empty string in %s', (locale) => {
    for (const [path, text] of leaves(LAB_STRINGS[locale])) expect(text.trim(), path).not.toBe('');
  });

  it('should use the same placeholders in both locales', () => {
    const en = new Map(leaves(LAB_STRINGS.en));
    for (const [path, text] of leaves(LAB_STRINGS['hi-latn'])) expect(placeholders(text), path).toEqual(placeholders(en.get(path) ?? ''));
  });

  it('should translate the prose, not copy it', () => {
    expect(LAB_STRINGS['hi-latn'].stateless.lead).not.toBe(LAB_STRINGS.en.stateless.lead);
    expect(LAB_STRINGS['hi-latn'].csrf.explanation).not.toBe(LAB_STRINGS.en.csrf.explanation);
  });
});
