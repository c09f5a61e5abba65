import type { CheckContext, CheckLine, CheckSpec, ExerciseRun } from './check-kit';
import { activityChecks, checkActivity } from './checks/activity';
import { cartChecks, checkCart } from './checks/cart';
import { checkCookieFlags, cookieFlagsChecks } from './checks/cookie-flags';
import { checkLogin, loginChecks } from './checks/login';
import { checkLogout, logoutChecks } from './checks/logout';
import { checkNoEmptySessions, noEmptySessionsChecks } from './checks/no-empty-sessions';
import { checkParallelCart, parallelCartChecks } from './checks/parallel-cart';
import { checkRedisStore, redisStoreChecks } from './checks/redis-store';
import { checkSeedApp, seedAppChecks } from './checks/seed-app';
import type { ExerciseId } from './exercises';
import { AppUnreachableError, Visitor } from './http-client';

const runs: Readonly<Record<ExerciseId, { run: ExerciseRun; specs: Readonly<Record<string, CheckSpec>> }>> = {
  'seed-app': { run: checkSeedApp, specs: seedAppChecks },
  'no-empty-sessions': { run: checkNoEmptySessions, specs: noEmptySessionsChecks },
  'cookie-flags': { run: checkCookieFlags, specs: cookieFlagsChecks },
  login: { run: checkLogin, specs: loginChecks },
  logout: { run: checkLogout, specs: logoutChecks },
  cart: { run: checkCart, specs: cartChecks },
  'parallel-cart': { run: checkParallelCart, specs: parallelCartChecks },
  activity: { run: checkActivity, specs: activityChecks },
  'redis-store': { run: checkRedisStore, specs: redisStoreChecks },
};

/** What an exercise's checks verify, for the practice page (the same text the lines print). */
export function checkSpecsOf(id: ExerciseId): readonly CheckSpec[] {
  return Object.values(runs[id].specs);
}

export interface ExerciseResult {
  readonly id: ExerciseId;
  readonly passed: boolean;
  readonly lines: readonly CheckLine[];
}

export type GradeResult =
  | { readonly kind: 'graded'; readonly results: readonly ExerciseResult[] }
  | { readonly kind: 'unreachable'; readonly url: string; readonly reason: string };

/** 0 all passed, 1 some failed, 2 the app could not be reached. */
export function exitCodeOf(result: GradeResult): 0 | 1 | 2 {
  if (result.kind === 'unreachable') return 2;
  return result.results.every((exercise) => exercise.passed) ? 0 : 1;
}

function reasonOf(error: AppUnreachableError): string {
  const cause = error.cause as { cause?: { code?: string }; name?: string; message?: string } | undefined;
  return cause?.cause?.code ?? cause?.name ?? cause?.message ?? 'no answer';
}

/**
 * Runs the exercises one after another against the learner's app. An app that does not
 * answer at all is a different outcome from a failed check: nothing was graded.
 */
export async function grade(ids: readonly ExerciseId[], context: CheckContext): Promise<GradeResult> {
  try {
    await new Visitor(context.app).get('/');
    const results: ExerciseResult[] = [];
    for (const id of ids) {
      const lines = await runs[id].run(context);
      results.push({ id, passed: lines.length > 0 && lines.every((line) => line.ok), lines });
    }
    return { kind: 'graded', results };
  } catch (error) {
    if (error instanceof AppUnreachableError) return { kind: 'unreachable', url: error.url, reason: reasonOf(error) };
    throw error;
  }
}
