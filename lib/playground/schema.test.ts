import { describe, expect, it } from 'vitest';
import { parseInput } from '@/lib/http/request-guards';
import { DEFAULT_PLAYGROUND_OPTIONS } from './options';
import { playgroundRequestSchema } from './schema';

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
