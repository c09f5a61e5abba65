import { jsonResponse, readInput, type RouteReply } from '@/lib/http/api-route';
import { apiRoute } from '@/lib/site/api-route';
import type { Locale } from '@/lib/i18n/locales';
import { isExerciseId, type ExerciseId } from './exercises';
import { exitCodeOf, grade } from './grader';
import { loopbackTarget, practiceAvailability } from './guard';
import { formatReport } from './report';


/** What the "Check my app" panel gets back: the CLI's own lines and its exit code. */
export interface CheckReply {
  readonly exitCode: 0 | 1 | 2;
  readonly passed: readonly ExerciseId[];
  readonly failedChecks: number;
  readonly totalChecks: number;
  readonly lines: readonly string[];
}

/** `GET /api/practice/check`: whether this request may use the checker, and why not. */
export const availabilityRoute = apiRoute({}, ({ request }) => jsonResponse(practiceAvailability(request.headers, process.env)));

/**
 * `POST /api/practice/check {exercise, app, redis?}`: runs the same grader as `npm run check`
 * against a loopback URL, for a request from this machine only; everything else is refused
 * before any URL is touched.
 */
export async function checkReply(request: Request, locale: Locale): Promise<RouteReply> {
  const availability = practiceAvailability(request.headers, process.env);
  if (!availability.available) return { ok: false, error: { code: 'practice_off', params: { practiceOffReason: availability.reason } } };

  // The site's JSON rules: application/json only (no cross-site form body types), 16 KB at most;
  // read here rather than by `apiRoute`, because a caller from elsewhere is refused unread.
  const input = await readInput(request, 'json');
  if (!input.ok && input.error.code !== 'invalid_json') return input;
  const body = (input.ok && typeof input.value === 'object' && input.value !== null ? input.value : {}) as {
    exercise?: unknown;
    app?: unknown;
    redis?: unknown;
  };
  if (!isExerciseId(body.exercise)) return { ok: false, error: { code: 'bad_body' } };
  const app = loopbackTarget(body.app, ['http:', 'https:']);
  const redis = body.redis === undefined || body.redis === '' ? null : loopbackTarget(body.redis, ['redis:']);
  if (app === null || (body.redis !== undefined && body.redis !== '' && redis === null)) {
    return { ok: false, error: { code: 'target_not_loopback' } };
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

/** `POST /api/practice/check`: `checkReply` behind the API's guards, the body left for it to read. */
export const checkRoute = apiRoute({ body: 'unread' }, ({ request, locale }) => checkReply(request, locale));
