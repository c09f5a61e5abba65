import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '@/lib/session/testing/redis-server';
import { createClient } from 'redis';
import {
  advanceQuiz,
  followHref,
  followInputSchema,
  MemoryLiveStore,
  newFollowTarget,
  newLiveQuiz,
  RedisLiveStore,
  tallyAnswers,
  type LiveStore,
} from './live';

describe('the follow target', () => {
  it('takes a lesson with or without a section, or a lab page, and nothing else', () => {
    expect(followInputSchema.safeParse({ kind: 'lesson', slug: 'cookies-101', section: 'attributes' }).success).toBe(true);
    expect(followInputSchema.safeParse({ kind: 'lesson', slug: 'cookies-101' }).success).toBe(true);
    expect(followInputSchema.safeParse({ kind: 'lab', path: 'lab/security/csrf' }).success).toBe(true);
    expect(followInputSchema.safeParse({ kind: 'lab', path: 'https://evil.example/' }).success).toBe(false);
    expect(followInputSchema.safeParse({ kind: 'lab', path: 'lab/../../etc' }).success).toBe(false);
    expect(followInputSchema.safeParse({ kind: 'lesson', slug: 'Cookies 101' }).success).toBe(false);
    expect(followInputSchema.safeParse({ kind: 'lesson', slug: 'cookies-101', section: 'a"b' }).success).toBe(false);
    expect(followInputSchema.safeParse({ kind: 'lesson', slug: 'cookies-101', extra: 1 }).success).toBe(false);
  });

  it("opens in each student's own language, at the section", () => {
    const lesson = newFollowTarget({ kind: 'lesson', slug: 'cookies-101', section: 'attributes' }, 1);
    expect(followHref(lesson, 'hi')).toBe('/hi/learn/cookies-101#attributes');
    expect(followHref(lesson, 'en')).toBe('/en/learn/cookies-101#attributes');
    expect(followHref(newFollowTarget({ kind: 'lesson', slug: 'cookies-101' }, 1), 'hi-latn')).toBe('/hi-latn/learn/cookies-101');
    expect(followHref(newFollowTarget({ kind: 'lab', path: 'lab/cart' }, 1), 'en')).toBe('/en/lab/cart');
  });

  it('gets a fresh id each push, so a page can tell a new push from one it followed', () => {
    const input = { kind: 'lesson', slug: 'cookies-101', section: null } as const;
    expect(newFollowTarget(input, 1).id).not.toBe(newFollowTarget(input, 1).id);
  });
});

describe('the quiz steps', () => {
  it('go open → closed → revealed, and reveal straight from open, never back', () => {
    const open = newLiveQuiz('cookies-101', 0, 3, 1);
    const closed = advanceQuiz(open, 'closed')!;
    expect(closed.status).toBe('closed');
    expect(advanceQuiz(closed, 'closed')).toBeNull();
    expect(advanceQuiz(closed, 'revealed')!.status).toBe('revealed');
    expect(advanceQuiz(open, 'revealed')!.status).toBe('revealed');
    expect(advanceQuiz(advanceQuiz(open, 'revealed')!, 'closed')).toBeNull();
  });

  it('counts one answer per student per option, ignoring options out of range', () => {
    expect(tallyAnswers([0, 1, 1, 2, 1, 7, -1], 3)).toEqual([1, 3, 1]);
    expect(tallyAnswers([], 2)).toEqual([0, 0]);
  });
});

/** The same behaviour from both stores. */
function storeContract(name: string, make: () => Promise<LiveStore>) {
  describe(name, () => {
    let store: LiveStore;
    beforeEach(async () => {
      store = await make();
    });

    it('keeps the follow target until it is cleared', async () => {
      expect(await store.follow()).toBeNull();
      const target = newFollowTarget({ kind: 'lesson', slug: 'cookies-101', section: 'path' }, 5);
      await store.setFollow(target);
      expect(await store.follow()).toEqual(target);
      await store.setFollow(null);
      expect(await store.follow()).toBeNull();
    });

    it('keeps one answer per student, changeable until the question is closed', async () => {
      const quiz = newLiveQuiz('cookies-101', 1, 3, 5);
      await store.setQuiz(quiz);
      expect(await store.answer(quiz.run, 'riya', 0)).toBe('recorded');
      expect(await store.answer(quiz.run, 'aman', 1)).toBe('recorded');
      expect(await store.answer(quiz.run, 'riya', 2)).toBe('recorded');
      expect([...(await store.answers(quiz.run)).entries()].sort()).toEqual([
        ['aman', 1],
        ['riya', 2],
      ]);
      expect(tallyAnswers((await store.answers(quiz.run)).values(), 3)).toEqual([0, 1, 1]);
      expect((await store.advance(quiz.run, 'closed'))!.status).toBe('closed');
      expect(await store.answer(quiz.run, 'riya', 0)).toBe('closed');
      expect(await store.answer(quiz.run, 'zoya', 0)).toBe('closed');
      expect((await store.answers(quiz.run)).get('riya')).toBe(2);
      expect((await store.quiz())!.status).toBe('closed');
    });

    it('refuses an answer to another run or an option the question does not have', async () => {
      const quiz = newLiveQuiz('cookies-101', 0, 3, 5);
      await store.setQuiz(quiz);
      expect(await store.answer('old-run', 'riya', 0)).toBe('not-current');
      expect(await store.answer(quiz.run, 'riya', 3)).toBe('not-current');
      expect((await store.answers(quiz.run)).size).toBe(0);
      expect(await store.advance('old-run', 'closed')).toBeNull();
    });

    it('forgets the answers when a new question starts or the quiz ends', async () => {
      const first = newLiveQuiz('cookies-101', 0, 3, 5);
      await store.setQuiz(first);
      await store.answer(first.run, 'riya', 1);
      const second = newLiveQuiz('cookies-101', 1, 3, 6);
      await store.setQuiz(second);
      expect((await store.answers(second.run)).size).toBe(0);
      expect((await store.answers(first.run)).size).toBe(0);
      await store.answer(second.run, 'riya', 0);
      await store.setQuiz(null);
      expect(await store.quiz()).toBeNull();
      expect(await store.answer(second.run, 'riya', 1)).toBe('not-current');
    });

    it('counts each nickname once per window in the minute it first joined, and keeps the chart across a reset', async () => {
      const t0 = Date.UTC(2026, 11, 3, 10, 0, 0);
      await store.recordJoin('Riya', t0);
      await store.recordJoin('riya', t0 + 60_000);
      await store.recordJoin('Aman', t0 + 60_000);
      await store.markReset(t0 + 2 * 60_000);
      await store.recordJoin('Riya', t0 + 3 * 60_000);
      await store.recordJoin('Neha', t0 + 3 * 60_000);
      const chart = await store.joinChart(t0 + 3 * 60_000);
      expect(chart.total).toBe(3);
      expect(chart.perMinute.slice(-4)).toEqual([1, 1, 0, 1]);
      expect(chart.resets).toEqual([chart.perMinute.length - 2]);
      // Past the window Riya is a new join again.
      await store.recordJoin('Riya', t0 + 20 * 60_000);
      const later = await store.joinChart(t0 + 20 * 60_000);
      expect(later.total).toBe(1);
      expect(later.resets).toEqual([]);
    });

    it('tells who ended a session, only for the sessions ended, never keeping the sid itself', async () => {
      await store.recordEnded(['sid-a', 'sid-b'], 'reset', 1_000);
      await store.recordEnded(['sid-c'], 'expire-all', 2_000);
      expect(await store.endedBy('sid-a', 3_000)).toBe('reset');
      expect(await store.endedBy('sid-c', 3_000)).toBe('expire-all');
      expect(await store.endedBy('sid-d', 3_000)).toBeNull();
      expect(await store.endedBy(null, 3_000)).toBeNull();
    });
  });
}

storeContract('MemoryLiveStore', async () => new MemoryLiveStore());

describe('two RedisLiveStores on one Redis (two instances)', () => {
  let server: RedisServer;
  const stores: RedisLiveStore[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await server.stop();
  });
  const fresh = async () => {
    const raw = createClient({ url: server.url });
    await raw.connect();
    await raw.flushAll();
    raw.destroy();
    const store = new RedisLiveStore(server.url);
    stores.push(store);
    return store;
  };

  storeContract('RedisLiveStore', fresh);

  it('shows one class: what one instance sets, the other reads and answers', async () => {
    const a = await fresh();
    const b = new RedisLiveStore(server.url);
    stores.push(b);
    const target = newFollowTarget({ kind: 'lab', path: 'lab/security/csrf' }, 9);
    await a.setFollow(target);
    expect(await b.follow()).toEqual(target);
    const quiz = newLiveQuiz('cookies-101', 0, 3, 9);
    await a.setQuiz(quiz);
    expect(await b.answer(quiz.run, 'riya', 1)).toBe('recorded');
    expect(await a.answer(quiz.run, 'aman', 1)).toBe('recorded');
    expect(tallyAnswers((await a.answers(quiz.run)).values(), 3)).toEqual([0, 2, 0]);
    await b.advance(quiz.run, 'closed');
    expect(await a.answer(quiz.run, 'riya', 0)).toBe('closed');
  });

  it('shows one chart and one memory of ended sessions: joins and resets on either instance count once', async () => {
    const a = await fresh();
    const b = new RedisLiveStore(server.url);
    stores.push(b);
    const now = Date.now();
    await a.recordJoin('Riya', now);
    await b.recordJoin('RIYA', now);
    await b.recordJoin('Aman', now);
    await a.markReset(now);
    await a.recordEnded(['the-sid'], 'reset', now);
    const chart = await b.joinChart(now);
    expect(chart.total).toBe(2);
    expect(chart.perMinute.at(-1)).toBe(2);
    expect(chart.resets).toEqual([chart.perMinute.length - 1]);
    expect(await b.endedBy('the-sid', now)).toBe('reset');
    // What Redis holds of an ended session is a digest with a two-hour expiry, not the sid.
    const raw = createClient({ url: server.url });
    await raw.connect();
    const keys = await raw.keys('pathshala:class:ended:*');
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('the-sid');
    const ttl = await raw.pTTL(keys[0]!);
    expect(ttl).toBeGreaterThan(2 * 60 * 60_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(2 * 60 * 60_000);
    raw.destroy();
  });
});
