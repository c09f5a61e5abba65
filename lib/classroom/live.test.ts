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
});
