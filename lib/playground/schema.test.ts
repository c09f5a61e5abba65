import { describe, expect, it } from 'vitest';
import { parseInput } from '@/lib/demo/schemas';
import { DEFAULT_PLAYGROUND_OPTIONS, optionsConflict, optionsKey, playgroundRequestSchema } from './schema';

const valid = { options: DEFAULT_PLAYGROUND_OPTIONS, kind: 'modify' };

describe('playground request schema', () => {
  it('should accept every kind and every offered maxAge', () => {
    for (const kind of ['read', 'modify', 'nothing']) {
      for (const maxAgeMs of [null, 10_000, 60_000, 1_800_000]) {
        expect(playgroundRequestSchema.safeParse({ kind, options: { ...DEFAULT_PLAYGROUND_OPTIONS, maxAgeMs } }).success).toBe(true);
      }
    }
  });

  it.each([
    ['an unknown kind', { ...valid, kind: 'write' }, ['kind']],
    ['a maxAge that is not on offer', { ...valid, options: { ...DEFAULT_PLAYGROUND_OPTIONS, maxAgeMs: 5 } }, ['options.maxAgeMs']],
    ["secure 'yes'", { ...valid, options: { ...DEFAULT_PLAYGROUND_OPTIONS, secure: 'yes' } }, ['options.secure']],
    ["sameSite 'auto' (not offered)", { ...valid, options: { ...DEFAULT_PLAYGROUND_OPTIONS, sameSite: 'auto' } }, ['options.sameSite']],
    ['a string for a boolean', { ...valid, options: { ...DEFAULT_PLAYGROUND_OPTIONS, resave: 'true' } }, ['options.resave']],
    [
      'a missing option',
      { ...valid, options: { resave: false } },
      ['options.saveUninitialized', 'options.rolling', 'options.maxAgeMs', 'options.secure', 'options.httpOnly', 'options.sameSite'],
    ],
    [
      'an extra option (the cookie path is not the learner’s to choose)',
      { ...valid, options: { ...DEFAULT_PLAYGROUND_OPTIONS, path: '/' } },
      ['options'],
    ],
    ['an array', [], ['body']],
  ])('should refuse %s, naming the fields', (_name, body, fields) => {
    expect(parseInput(playgroundRequestSchema, body)).toEqual({ ok: false, error: { code: 'bad_request', params: { fields } } });
  });
});

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
