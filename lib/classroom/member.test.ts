import { describe, expect, it } from 'vitest';
import { joinClass, leaveClass, MAX_QUIZZES, MEMBER_KEY, movePlace, readMember, recordAnswer } from './member';

const now = Date.UTC(2026, 11, 3, 10, 0, 0);

describe('joining the class', () => {
  it('should keep the nickname and a random row key in the session, never the session ID', () => {
    const data: Record<string, unknown> = {};
    const { member, isNew } = joinClass(data, 'Riya', now);
    expect(isNew).toBe(true);
    expect(member).toMatchObject({ nickname: 'Riya', joinedAt: now, place: null, quizzes: {}, wrongStreak: 0 });
    expect(member.id).toMatch(/^[a-f0-9]{12}$/);
    expect(readMember(data)).toEqual(member);
  });

  it('should rename without losing the place or the quizzes', () => {
    const data: Record<string, unknown> = {};
    const { member } = joinClass(data, 'Riya', now);
    data[MEMBER_KEY] = movePlace(recordAnswer(member, { quiz: 'q', question: 0, total: 2, right: true }, now), '/en/lab/cart', null, now);
    const renamed = joinClass(data, 'Riya S', now + 1000);
    expect(renamed).toMatchObject({ renamed: true, isNew: false });
    expect(readMember(data)).toMatchObject({
      id: member.id,
      nickname: 'Riya S',
      place: { path: '/en/lab/cart' },
      quizzes: { q: { first: [1, null] } },
    });
  });

  it('should leave the class and keep the rest of the session', () => {
    const data: Record<string, unknown> = { cart: [{ productId: 'chai', qty: 1 }] };
    joinClass(data, 'Riya', now);
    leaveClass(data);
    expect(data).toEqual({ cart: [{ productId: 'chai', qty: 1 }] });
  });

  it('should read a damaged or hostile record as "not joined"', () => {
    expect(readMember({ [MEMBER_KEY]: { nickname: '<b>x</b>' } })).toBeNull();
    const data: Record<string, unknown> = {};
    joinClass(data, 'Riya', now);
    expect(readMember({ [MEMBER_KEY]: { ...(data[MEMBER_KEY] as object), nickname: '<script>' } })).toBeNull();
    expect(readMember({ [MEMBER_KEY]: 'Riya' })).toBeNull();
  });
});

describe('place and answers', () => {
  const { member } = joinClass({}, 'Riya', now);

  it('should restart the section clock only when the place changes', () => {
    const there = movePlace(member, '/en/learn/cookies-101', 'attributes', now);
    const again = movePlace(there, '/en/learn/cookies-101', 'attributes', now + 60_000);
    expect(again.place).toEqual({ path: '/en/learn/cookies-101', section: 'attributes', since: now });
    expect(again.lastActiveAt).toBe(now + 60_000);
    expect(movePlace(again, '/en/learn/cookies-101', 'the-cookie-jar', now + 90_000).place?.since).toBe(now + 90_000);
  });

  it('should keep the first try of each question and count wrong answers in a row', () => {
    let m = recordAnswer(member, { quiz: 'cookies-101', question: 1, total: 3, right: false }, now);
    m = recordAnswer(m, { quiz: 'cookies-101', question: 1, total: 3, right: true }, now);
    expect(m.quizzes['cookies-101']).toEqual({ first: [null, 0, null] });
    expect(m.wrongStreak).toBe(0);
    m = recordAnswer(m, { quiz: 'cookies-101', question: 0, total: 3, right: false }, now);
    m = recordAnswer(m, { quiz: 'cookies-101', question: 0, total: 3, right: false }, now);
    m = recordAnswer(m, { quiz: 'cookies-101', question: 2, total: 3, right: false }, now);
    expect(m.wrongStreak).toBe(3);
    expect(m.quizzes['cookies-101']).toEqual({ first: [0, 0, 0] });
  });

  it(`should keep at most ${MAX_QUIZZES} quizzes, dropping the oldest`, () => {
    let m = member;
    for (let i = 0; i < MAX_QUIZZES + 2; i++) m = recordAnswer(m, { quiz: `q-${i}`, question: 0, total: 1, right: true }, now);
    expect(Object.keys(m.quizzes)).toHaveLength(MAX_QUIZZES);
    expect(m.quizzes['q-0']).toBeUndefined();
  });
});
