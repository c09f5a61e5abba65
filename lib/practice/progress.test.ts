import { describe, expect, it } from 'vitest';
import { markPassed, parsePracticeProgress } from './progress';

describe('practice progress', () => {
  it('should keep known exercise ids with a time and drop everything else', () => {
    const raw = JSON.stringify({ login: '2026-12-03T10:00:00.000Z', nope: 'x', cart: 5 });
    expect(parsePracticeProgress(raw)).toEqual({ login: '2026-12-03T10:00:00.000Z' });
  });

  it('should read broken or missing storage as no marks', () => {
    for (const raw of [null, '', '{', '[]', 'null', '"login"']) expect(parsePracticeProgress(raw)).toEqual({});
  });

  it('should mark passed exercises with the time, keeping the others', () => {
    const at = new Date('2026-12-03T11:00:00.000Z');
    expect(markPassed({ login: 'earlier' }, ['cart'], at)).toEqual({ login: 'earlier', cart: '2026-12-03T11:00:00.000Z' });
  });
});
