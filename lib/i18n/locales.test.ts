import { describe, expect, it } from 'vitest';
import {
  acceptLanguageWantsHindi,
  htmlLang,
  isLocale,
  localeNames,
  locales,
  otherLocales,
  preferredLocale,
  switchLocalePath,
} from './locales';

describe('isLocale', () => {
  it('accepts the three URL segments and nothing else', () => {
    expect(isLocale('hi-latn')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('hi')).toBe(true);
    expect(isLocale('HI')).toBe(false);
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

describe('the three locales', () => {
  it('tags Devanagari Hindi hi and Hinglish hi-Latn, each named in its own script', () => {
    expect(locales).toEqual(['hi-latn', 'en', 'hi']);
    expect(htmlLang).toEqual({ 'hi-latn': 'hi-Latn', en: 'en', hi: 'hi' });
    expect(localeNames.hi.name).toBe('हिन्दी');
    expect(localeNames['hi-latn'].name).toBe('Hinglish');
  });

  it('offers every other locale from each one', () => {
    expect(otherLocales('hi-latn')).toEqual(['en', 'hi']);
    expect(otherLocales('en')).toEqual(['hi-latn', 'hi']);
    expect(otherLocales('hi')).toEqual(['hi-latn', 'en']);
  });

  it('switches a path to hi and back', () => {
    expect(switchLocalePath('/hi-latn/learn/cookies-101', 'hi')).toBe('/hi/learn/cookies-101');
    expect(switchLocalePath('/hi/lab/cart', 'en')).toBe('/en/lab/cart');
    expect(switchLocalePath('/hi', 'hi-latn')).toBe('/hi-latn');
  });
});

describe('acceptLanguageWantsHindi', () => {
  it('should say yes when hi (any region, not Latin script) is the first choice', () => {
    expect(acceptLanguageWantsHindi('hi')).toBe(true);
    expect(acceptLanguageWantsHindi('hi-IN,hi;q=0.9,en-US;q=0.8,en;q=0.7')).toBe(true);
    expect(acceptLanguageWantsHindi('HI-in')).toBe(true);
    expect(acceptLanguageWantsHindi('hi-Deva-IN')).toBe(true);
  });

  it('should respect q-values, not header order', () => {
    expect(acceptLanguageWantsHindi('en;q=0.5, hi;q=0.8')).toBe(true);
    expect(acceptLanguageWantsHindi('en-IN,en;q=0.9,hi;q=0.8')).toBe(false);
    expect(acceptLanguageWantsHindi('hi;q=0.4, en;q=0.6')).toBe(false);
    expect(acceptLanguageWantsHindi('hi ; q = 0.7, en;q=0.3')).toBe(true);
  });

  it('should let the earlier of two equal choices win', () => {
    expect(acceptLanguageWantsHindi('en, hi')).toBe(false);
    expect(acceptLanguageWantsHindi('hi, en')).toBe(true);
  });

  it('should not count hi-Latn, hin, q=0, * or nonsense as Hindi', () => {
    expect(acceptLanguageWantsHindi('hi-Latn')).toBe(false);
    expect(acceptLanguageWantsHindi('hi-Latn-IN,en;q=0.5')).toBe(false);
    expect(acceptLanguageWantsHindi('hin')).toBe(false);
    expect(acceptLanguageWantsHindi('hi;q=0')).toBe(false);
    expect(acceptLanguageWantsHindi('*')).toBe(false);
    expect(acceptLanguageWantsHindi('hi;q=2')).toBe(false);
    expect(acceptLanguageWantsHindi('hi;q=abc')).toBe(false);
    expect(acceptLanguageWantsHindi('hi;q=abc, en;q=0.1')).toBe(false);
    expect(acceptLanguageWantsHindi('')).toBe(false);
    expect(acceptLanguageWantsHindi(null)).toBe(false);
    expect(acceptLanguageWantsHindi(undefined)).toBe(false);
  });

  it('should read only the first 512 characters of a hostile header', () => {
    expect(acceptLanguageWantsHindi(`${'x;q=0.1,'.repeat(100)}hi`)).toBe(false);
    expect(acceptLanguageWantsHindi(`hi,${'en;q=0.1,'.repeat(100_000)}`)).toBe(true);
  });
});

describe('preferredLocale with Accept-Language', () => {
  it('should keep the cookie first, then Hindi if the browser asks for it first, else Hinglish', () => {
    expect(preferredLocale('en', 'hi')).toBe('en');
    expect(preferredLocale('hi', 'en')).toBe('hi');
    expect(preferredLocale(undefined, 'hi-IN,en;q=0.8')).toBe('hi');
    expect(preferredLocale(undefined, 'en-US,en;q=0.9')).toBe('hi-latn');
    expect(preferredLocale('fr', 'hi')).toBe('hi');
    expect(preferredLocale(undefined, 'hi-Latn')).toBe('hi-latn');
  });
});
