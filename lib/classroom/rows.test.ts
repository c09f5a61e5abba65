import { describe, expect, it } from 'vitest';
import { classRows, formatDuration, stuckReasons, type StudentView } from './rows';

const MINUTE = 60_000;
const now = Date.UTC(2026, 11, 3, 10, 30, 0);
const FIVE = 5 * MINUTE;

function student(overrides: Partial<StudentView> & { nickname: string }): StudentView {
  return {
    id: overrides.nickname.toLowerCase(),
    joinedAt: now - 20 * MINUTE,
    lastActiveAt: now,
    place: { path: '/en/learn/cookies-101', title: 'Cookies 101', section: 'Attributes', kind: 'lesson', since: now - MINUTE },
    firstTryRight: 0,
    answered: 0,
    wrongStreak: 0,
    cartItems: 0,
    user: null,
    ...overrides,
  };
}

describe('stuck', () => {
  it('should flag a student on one section for the threshold, not a second less', () => {
    const place = { path: '/en/learn/x', title: 'X', section: null, kind: 'lesson' as const, since: now - FIVE };
    expect(stuckReasons(student({ nickname: 'a', place }), now, FIVE)).toEqual(['idle']);
    expect(stuckReasons(student({ nickname: 'a', place }), now - 1000, FIVE)).toEqual([]);
  });

  it('should flag three wrong answers in a row, not two', () => {
    expect(stuckReasons(student({ nickname: 'a', wrongStreak: 3 }), now, FIVE)).toEqual(['wrong-answers']);
    expect(stuckReasons(student({ nickname: 'a', wrongStreak: 2 }), now, FIVE)).toEqual([]);
  });

  it('should not flag a student whose page has not reported a place yet', () => {
    expect(stuckReasons(student({ nickname: 'a', place: null }), now + 60 * MINUTE, FIVE)).toEqual([]);
  });
});

describe('classRows', () => {
  const riya = student({ nickname: 'Riya', lastActiveAt: now - 30_000, firstTryRight: 3, answered: 4 });
  const aman = student({
    nickname: 'aman',
    lastActiveAt: now - 9 * MINUTE,
    place: { path: '/en/lab/cart', title: 'Cart', section: null, kind: 'lab', since: now - 9 * MINUTE },
  });
  const neha = student({ nickname: 'Neha', wrongStreak: 4, firstTryRight: 1, answered: 4 });

  it('should compute idle time and time on the section from the clock it is given', () => {
    const [row] = classRows([aman], { now, stuckAfterMs: FIVE, sort: 'name', filter: 'all' });
    expect(row).toMatchObject({ idleMs: 9 * MINUTE, onSectionMs: 9 * MINUTE, stuck: ['idle'] });
  });

  it('should sort the stuck first, the longest on one section at the top', () => {
    const rows = classRows([riya, neha, aman], { now, stuckAfterMs: FIVE, sort: 'stuck', filter: 'all' });
    expect(rows.map((row) => row.nickname)).toEqual(['aman', 'Neha', 'Riya']);
  });

  it('should sort by name ignoring case, by idle time, and by score lowest first', () => {
    const options = { now, stuckAfterMs: FIVE, filter: 'all' as const };
    expect(classRows([riya, neha, aman], { ...options, sort: 'name' }).map((r) => r.nickname)).toEqual(['aman', 'Neha', 'Riya']);
    expect(classRows([riya, neha, aman], { ...options, sort: 'idle' }).map((r) => r.nickname)).toEqual(['aman', 'Riya', 'Neha']);
    expect(classRows([riya, neha, aman], { ...options, sort: 'score' }).map((r) => r.nickname)).toEqual(['aman', 'Neha', 'Riya']);
  });

  it('should filter to the stuck, to the active, and by a query on nickname or place', () => {
    const options = { now, stuckAfterMs: FIVE, sort: 'name' as const };
    expect(classRows([riya, neha, aman], { ...options, filter: 'stuck' }).map((r) => r.nickname)).toEqual(['aman', 'Neha']);
    expect(classRows([riya, neha, aman], { ...options, filter: 'active' }).map((r) => r.nickname)).toEqual(['Neha', 'Riya']);
    expect(classRows([riya, neha, aman], { ...options, filter: 'all', query: 'CART' }).map((r) => r.nickname)).toEqual(['aman']);
    expect(classRows([riya, neha, aman], { ...options, filter: 'all', query: 'riy' }).map((r) => r.nickname)).toEqual(['Riya']);
  });

  it('should move a student into "stuck" as the clock runs, with no new data', () => {
    const rows = (at: number) => classRows([riya], { now: at, stuckAfterMs: FIVE, sort: 'stuck', filter: 'stuck' });
    expect(rows(now)).toHaveLength(0);
    expect(rows(now + 4 * MINUTE)).toHaveLength(1);
  });
});

describe('formatDuration', () => {
  it('should write minutes and seconds, and hours past an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(245_900)).toBe('4:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});
