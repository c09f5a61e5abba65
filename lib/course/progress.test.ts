import { describe, expect, it } from 'vitest';
import { doneCount, emptyProgress, isQuizPassed, markDone, markNotDone, parseProgress, visit } from './progress';

const now = new Date('2026-11-27T10:00:00Z');

describe('parseProgress', () => {
  it('round-trips what it stores', () => {
    const progress = visit(markDone(emptyProgress, 'cookies-101', now), 'session-options', now);
    expect(parseProgress(JSON.stringify(progress))).toEqual(progress);
  });

  it('starts empty on nothing, broken JSON or the wrong shape', () => {
    expect(parseProgress(null)).toEqual(emptyProgress);
    expect(parseProgress('{oops')).toEqual(emptyProgress);
    expect(parseProgress('[1,2]')).toEqual({ done: {}, last: null });
    expect(parseProgress('42')).toEqual(emptyProgress);
  });

  it('drops entries that are not lesson slugs', () => {
    const parsed = parseProgress(JSON.stringify({ done: { '<img>': 'x', 'cookies-101': 'x', 'a-b': 5 }, last: { slug: '../x', at: 'y' } }));
    expect(parsed).toEqual({ done: { 'cookies-101': 'x' }, last: null });
  });
});

describe('progress rules', () => {
  it('passes a quiz at three quarters right', () => {
    expect(isQuizPassed(3, 4)).toBe(true);
    expect(isQuizPassed(2, 4)).toBe(false);
    expect(isQuizPassed(3, 3)).toBe(true);
    expect(isQuizPassed(2, 3)).toBe(false);
    expect(isQuizPassed(0, 0)).toBe(false);
  });

  it('marks and unmarks lessons and counts the done ones', () => {
    const progress = markDone(markDone(emptyProgress, 'a', now), 'b', now);
    expect(doneCount(progress, ['a', 'b', 'c'])).toBe(2);
    expect(doneCount(markNotDone(progress, 'a'), ['a', 'b', 'c'])).toBe(1);
  });
});
