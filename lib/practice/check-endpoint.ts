import { errorResponse, jsonResponse, readInput } from '@/lib/http/api-route';
import type { Locale } from '@/lib/i18n/locales';
import { isExerciseId, type ExerciseId } from './exercises';
import { exitCodeOf, grade } from './grader';
import { loopbackTarget, practiceAvailability } from './guard';
import { formatReport } from './report';
import { practiceMessages } from '@/lib/i18n/messages/practice';

/** What the "Check my app" panel gets back: the CLI's own lines and its exit code. */
export interface CheckReply {
  readonly exitCode: 0 | 1 | 2;
  readonly passed: readonly ExerciseId[];
  readonly failedChecks: number;
  readonly totalChecks: number;
  readonly lines: readonly string[];
}

function refusal(status: number, code: string, message: string): Response {
  return jsonResponse({ error: { code, message } }, { status });
}

/** `GET /api/practice/check`: whether this request may use the checker, and why not. */
export function availabilityReply(request: Request): Response {
  return jsonResponse(practiceAvailability(request.headers, process.env));
}

/**
 * `POST /api/practice/check {exercise, app, redis?}`: runs the same grader as `npm run check`
 * against a loopback URL, for a request from this machine only; everything else is refused
 * before any URL is touched.
 */
export async function checkReply(request: Request, locale: Locale): Promise<Response> {
  const strings = practiceMessages(locale);
  const availability = practiceAvailability(request.headers, process.env);
  if (!availability.available) return refusal(403, 'practice_off', strings.checker.off[availability.reason]);

  // The site's JSON rules: application/json only (no cross-site form body types), 16 KB at most.
  const input = await readInput(request, 'json');
  if (!input.ok && input.error.code !== 'invalid_json') return errorResponse(input.error, locale);
  const body = (input.ok && typeof input.value === 'object' && input.value !== null ? input.value : {}) as {
    exercise?: unknown;
    app?: unknown;
    redis?: unknown;
  };
  if (!isExerciseId(body.exercise)) return refusal(400, 'bad_body', strings.api.badBody);
  const app = loopbackTarget(body.app, ['http:', 'https:']);
  const redis = body.redis === undefined || body.redis === '' ? null : loopbackTarget(body.redis, ['redis:']);
  if (app === null || (body.redis !== undefined && body.redis !== '' && redis === null)) {
    return refusal(400, 'target_not_loopback', strings.api.targetNotLoopback);
  }

  const result = await grade([body.exercise], { app, redisUrl: redis });
  const checks = result.kind === 'graded' ? result.results.flatMap((exercise) => exercise.lines) : [];
  const reply: CheckReply = {
    exitCode: exitCodeOf(result),
    passed: result.kind === 'graded' ? result.results.filter((exercise) => exercise.passed).map((exercise) => exercise.id) : [],
    failedChecks: checks.filter((line) => !line.ok).length,
    totalChecks: checks.length,
    lines: formatReport(result, locale),
  };
  return jsonResponse(reply);
}
