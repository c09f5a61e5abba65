import { describe, expect, it } from 'vitest';
import { playgroundMessages } from '@/lib/i18n/messages/playground';
import { DEFAULT_PLAYGROUND_OPTIONS, maxAgeLabel, optionsConflict, optionsKey } from './options';

describe('optionsConflict', () => {
  it("should flag sameSite 'none' with secure false only", () => {
    expect(optionsConflict({ ...DEFAULT_PLAYGROUND_OPTIONS, sameSite: 'none', secure: false })).toBe('same-site-none-needs-secure');
    expect(optionsConflict({ ...DEFAULT_PLAYGROUND_OPTIONS, sameSite: 'none', secure: 'auto' })).toBeNull();
    expect(optionsConflict({ ...DEFAULT_PLAYGROUND_OPTIONS, sameSite: 'none', secure: true })).toBeNull();
    expect(optionsConflict({ ...DEFAULT_PLAYGROUND_OPTIONS, sameSite: 'lax', secure: false })).toBeNull();
  });
});

describe('optionsKey', () => {
  it('should tell apart combinations that differ in any one option', () => {
    const variants = [
      DEFAULT_PLAYGROUND_OPTIONS,
      { ...DEFAULT_PLAYGROUND_OPTIONS, resave: true },
      { ...DEFAULT_PLAYGROUND_OPTIONS, saveUninitialized: true },
      { ...DEFAULT_PLAYGROUND_OPTIONS, rolling: true },
      { ...DEFAULT_PLAYGROUND_OPTIONS, maxAgeMs: null },
      { ...DEFAULT_PLAYGROUND_OPTIONS, secure: true },
      { ...DEFAULT_PLAYGROUND_OPTIONS, httpOnly: false },
      { ...DEFAULT_PLAYGROUND_OPTIONS, sameSite: 'strict' as const },
    ];
    expect(new Set(variants.map(optionsKey)).size).toBe(variants.length);
  });

  it('should not depend on the order of the keys', () => {
    const reversed = Object.fromEntries(Object.entries(DEFAULT_PLAYGROUND_OPTIONS).reverse()) as typeof DEFAULT_PLAYGROUND_OPTIONS;
    expect(optionsKey(reversed)).toBe(optionsKey(DEFAULT_PLAYGROUND_OPTIONS));
  });
});

describe('maxAgeLabel', () => {
  it('should write the maxAge choices in seconds or minutes with the ms value', () => {
    const en = playgroundMessages('en');
    expect(maxAgeLabel(en, null)).toBe('none (browser-session cookie)');
    expect(maxAgeLabel(en, 10_000)).toBe('10 s (10000 ms)');
    expect(maxAgeLabel(en, 1_800_000)).toBe('30 min (1800000 ms)');
  });
});
