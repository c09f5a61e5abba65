import { describe, expect, it } from 'vitest';
import { isLocale, preferredLocale, switchLocalePath } from './locales';

describe('isLocale', () => {
  it('accepts the two URL segments and nothing else', () => {
    expect(isLocale('hi-latn')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('hi-Latn')).toBe(false);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});

describe('preferredLocale', () => {
  it('sends a first-time visitor to Hinglish', () => {
    expect(preferredLocale(undefined)).toBe('hi-latn');
  });
  it('keeps an explicit choice from the preference cookie', () => {
    expect(preferredLocale('en')).toBe('en');
    expect(preferredLocale('hi-latn')).toBe('hi-latn');
  });
  it('ignores a cookie value that is not a locale', () => {
    expect(preferredLocale('<script>')).toBe('hi-latn');
    expect(preferredLocale('EN')).toBe('hi-latn');
  });
});

describe('switchLocalePath', () => {
  it('swaps the locale segment and keeps the rest', () => {
    expect(switchLocalePath('/en/learn/cookies-101', 'hi-latn')).toBe('/hi-latn/learn/cookies-101');
    expect(switchLocalePath('/hi-latn', 'en')).toBe('/en');
    expect(switchLocalePath('/', 'en')).toBe('/en');
  });
});
