import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import express from 'express';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '@/lib/session/testing/redis-server';
import { type ExerciseId, exerciseIds } from './exercises';
import { noEmptySessionsChecks } from './checks/no-empty-sessions';
import { exitCodeOf, grade, type GradeResult } from './grader';

/*
 * The grader tested like a mutation test: the reference solution passes every exercise, and
 * each broken variant (one known mistake) fails exactly the exercise it breaks, no more.
 */

interface SolutionModule {
  createApp(options?: { redisClient?: ReturnType<typeof createClient>; brokenFor?: string }): express.Express;
  BROKEN_VARIANTS: readonly string[];
}

const { createApp, BROKEN_VARIANTS } = createRequire(import.meta.url)('../../practice/solutions/app.js') as SolutionModule;

const withoutRedis = exerciseIds.filter((id) => id !== 'redis-store');

async function listen(app: express.Express): Promise<{ server: Server; url: URL }> {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`) };
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

function failedExercises(result: GradeResult): ExerciseId[] {
  if (result.kind !== 'graded') throw new Error(`the app did not answer: ${result.reason}`);
  return result.results.filter((exercise) => !exercise.passed).map((exercise) => exercise.id);
}

async function gradeApp(app: express.Express, ids: readonly ExerciseId[], redisUrl: URL | null = null): Promise<GradeResult> {
  const { server, url } = await listen(app);
  try {
    return await grade(ids, { app: url, redisUrl });
  } finally {
    await close(server);
  }
}

describe('the reference solution (memory store)', () => {
  it('should pass every exercise that needs no Redis', async () => {
    const result = await gradeApp(createApp(), withoutRedis);
    expect(failedExercises(result)).toEqual([]);
    expect(exitCodeOf(result)).toBe(0);
  });
});

describe('each broken variant (memory store)', () => {
  const variants = BROKEN_VARIANTS.filter((variant) => !variant.startsWith('redis-store:'));

  it('should cover every exercise that needs no Redis', () => {
    expect(new Set(variants.map((variant) => variant.split(':')[0]))).toEqual(new Set(withoutRedis));
  });

  it.each(variants)('%s should fail exactly its own exercise', async (variant) => {
    const result = await gradeApp(createApp({ brokenFor: variant }), withoutRedis);
    expect(failedExercises(result)).toEqual([variant.split(':')[0]]);
    expect(exitCodeOf(result)).toBe(1);
  });
});

describe('with connect-redis on a real redis-server', () => {
  let redis: RedisServer;
  let client: ReturnType<typeof createClient>;
  beforeAll(async () => {
    redis = await startRedisServer();
    client = createClient({ url: redis.url });
    await client.connect();
  });
  afterAll(async () => {
    client.destroy();
    await redis.stop();
  });

  it('should pass all nine exercises with the reference solution', async () => {
    const result = await gradeApp(createApp({ redisClient: client }), exerciseIds, new URL(redis.url));
    expect(failedExercises(result)).toEqual([]);
  });

  it.each(BROKEN_VARIANTS.filter((variant) => variant.startsWith('redis-store:')))('%s should fail only redis-store', async (variant) => {
    const result = await gradeApp(createApp({ redisClient: client, brokenFor: variant }), exerciseIds, new URL(redis.url));
    expect(failedExercises(result)).toEqual(['redis-store']);
  });

  it('should see the empty sessions saveUninitialized: true writes into Redis', async () => {
    const result = await gradeApp(
      createApp({ redisClient: client, brokenFor: 'no-empty-sessions:save-uninitialized' }),
      ['no-empty-sessions'],
      new URL(redis.url),
    );
    if (result.kind !== 'graded') throw new Error('the app did not answer');
    const storeLine = result.results[0]?.lines.find((line) => line.title.en === noEmptySessionsChecks.storeUntouched.title.en);
    expect(storeLine?.ok).toBe(false);
    expect(storeLine?.got).toMatch(/^sess:\* \d+ → \d+$/);
  });

  it('should fail redis-store when the Redis named is not the one the app uses', async () => {
    const result = await gradeApp(createApp(), ['redis-store'], new URL(redis.url));
    expect(failedExercises(result)).toEqual(['redis-store']);
  });
});

describe('an app that answers 200 with plausible JSON to everything', () => {
  function plausibleApp(): express.Express {
    const app = express();
    app.use((req, res) => {
      res.cookie('sid', 's:fixed.signature', { httpOnly: true, sameSite: 'lax', maxAge: 1_800_000 });
      res.json({
        user: { username: 'riya' },
        items: [{ productId: 'chai', qty: 21 }],
        visits: [{ path: '/pages/home', at: new Date().toISOString() }],
      });
    });
    return app;
  }

  it('should fail every exercise', async () => {
    const redis = await startRedisServer();
    try {
      const result = await gradeApp(plausibleApp(), exerciseIds, new URL(redis.url));
      expect(failedExercises(result)).toEqual([...exerciseIds]);
    } finally {
      await redis.stop();
    }
  });
});

describe('an app that does not answer', () => {
  it('should be reported as unreachable, exit code 2', async () => {
    const { server, url } = await listen(express());
    await close(server);
    const result = await grade(['seed-app'], { app: url, redisUrl: null });
    expect(result.kind).toBe('unreachable');
    expect(exitCodeOf(result)).toBe(2);
  });
});
